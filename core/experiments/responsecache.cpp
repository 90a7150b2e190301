#include "experiments/responsecache.h"

#include "experiments/canonicaljson.h"
#include "workspace/connection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace caliper {

namespace {

// Raised when the key's content changes, so old entries stop matching instead of answering the wrong request.
constexpr int CacheKeyVersion = 1;

QJsonObject usageToJson(const TokenUsage& usage)
{
    QJsonObject object;
    if (usage.promptTokens)
        object.insert(QStringLiteral("prompt_tokens"), *usage.promptTokens);
    if (usage.completionTokens)
        object.insert(QStringLiteral("completion_tokens"), *usage.completionTokens);
    if (usage.reasoningTokens)
        object.insert(QStringLiteral("reasoning_tokens"), *usage.reasoningTokens);
    return object;
}

std::optional<qint64> optionalInteger(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

QJsonArray logprobsToJson(const QList<TokenLogprob>& logprobs)
{
    QJsonArray array;
    for (const TokenLogprob& token : logprobs) {
        QJsonArray top;
        for (const auto& [text, logprob] : token.top)
            top.append(QJsonArray {text, logprob});
        array.append(QJsonObject {{QStringLiteral("token"), token.token}, {QStringLiteral("logprob"), token.logprob},
            {QStringLiteral("top"), top}});
    }
    return array;
}

QList<TokenLogprob> logprobsFromJson(const QJsonArray& array)
{
    QList<TokenLogprob> logprobs;
    for (const QJsonValue& entry : array) {
        const QJsonObject object = entry.toObject();
        TokenLogprob token {
            object.value(QLatin1String("token")).toString(), object.value(QLatin1String("logprob")).toDouble(), {}};
        for (const QJsonValue& alternative : object.value(QLatin1String("top")).toArray())
            token.top.append({alternative.toArray().at(0).toString(), alternative.toArray().at(1).toDouble()});
        logprobs.append(token);
    }
    return logprobs;
}

} // namespace

QByteArray requestCacheKeyJson(const Endpoint& endpoint, const ChatRequest& request, int variant)
{
    QJsonArray messages;
    for (const ChatMessage& message : request.messages)
        messages.append(
            QJsonObject {{QStringLiteral("role"), message.role}, {QStringLiteral("content"), message.content}});
    // The URL without user info: credentials in a URL are a key too.
    const QString url = endpoint.baseUrl.isEmpty()
        ? QString()
        : displayUrl(apiUrl(endpoint.baseUrl, QStringLiteral("chat/completions")));
    QJsonObject key {{QStringLiteral("v"), CacheKeyVersion}, {QStringLiteral("url"), url},
        {QStringLiteral("model"), endpoint.model}, {QStringLiteral("messages"), messages}};
    // Unset parameters are left out, as in the request: "unset" (the server's default) is not any value.
    const GenerationParameters& p = request.parameters;
    if (p.temperature)
        key.insert(QStringLiteral("temperature"), *p.temperature);
    if (p.topP)
        key.insert(QStringLiteral("top_p"), *p.topP);
    if (p.maxTokens)
        key.insert(QStringLiteral("max_tokens"), *p.maxTokens);
    if (p.frequencyPenalty)
        key.insert(QStringLiteral("frequency_penalty"), *p.frequencyPenalty);
    if (p.seed)
        key.insert(QStringLiteral("seed"), *p.seed);
    key.insert(QStringLiteral("logprobs"), p.logprobs);
    key.insert(QStringLiteral("top_logprobs"), p.topLogprobs);
    if (variant > 0)
        key.insert(QStringLiteral("variant"), variant);
    return canonicalJson(key);
}

QByteArray requestCacheKey(const Endpoint& endpoint, const ChatRequest& request, int variant)
{
    return QCryptographicHash::hash(requestCacheKeyJson(endpoint, request, variant), QCryptographicHash::Sha256)
        .toHex();
}

QJsonObject chatResultToJson(const ChatResult& result)
{
    return {{QStringLiteral("content"), result.content}, {QStringLiteral("reasoning_content"), result.reasoningContent},
        {QStringLiteral("usage"), usageToJson(result.usage)},
        {QStringLiteral("logprobs"), logprobsToJson(result.logprobs)},
        {QStringLiteral("finish_reason"), result.finishReason}, {QStringLiteral("model"), result.model},
        {QStringLiteral("ttft_ms"), result.timeToFirstTokenMs}, {QStringLiteral("latency_ms"), result.latencyMs}};
}

ChatResult chatResultFromJson(const QJsonObject& object)
{
    ChatResult result;
    result.content = object.value(QLatin1String("content")).toString();
    result.reasoningContent = object.value(QLatin1String("reasoning_content")).toString();
    const QJsonObject usage = object.value(QLatin1String("usage")).toObject();
    result.usage.promptTokens = optionalInteger(usage.value(QLatin1String("prompt_tokens")));
    result.usage.completionTokens = optionalInteger(usage.value(QLatin1String("completion_tokens")));
    result.usage.reasoningTokens = optionalInteger(usage.value(QLatin1String("reasoning_tokens")));
    result.logprobs = logprobsFromJson(object.value(QLatin1String("logprobs")).toArray());
    result.finishReason = object.value(QLatin1String("finish_reason")).toString();
    result.model = object.value(QLatin1String("model")).toString();
    result.timeToFirstTokenMs = object.value(QLatin1String("ttft_ms")).toInteger(-1);
    result.latencyMs = object.value(QLatin1String("latency_ms")).toInteger();
    result.attempts = 0;
    return result;
}

ResponseCache::ResponseCache(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<ChatResult> ResponseCache::lookup(const Endpoint& endpoint, const ChatRequest& request, int variant) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT response FROM response_cache WHERE key = ?"));
    query.addBindValue(QString::fromLatin1(requestCacheKey(endpoint, request, variant)));
    // A cache that cannot be read is a miss: the request is simply sent.
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toString().toUtf8());
    if (!document.isObject())
        return std::nullopt;
    return chatResultFromJson(document.object());
}

Status ResponseCache::store(const Endpoint& endpoint, const ChatRequest& request, const ChatResult& result, int variant)
{
    if (!result.ok())
        return Ok {};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO response_cache(key, response) VALUES (?, ?)"));
    query.addBindValue(QString::fromLatin1(requestCacheKey(endpoint, request, variant)));
    query.addBindValue(QString::fromUtf8(QJsonDocument(chatResultToJson(result)).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return sqlError(QCoreApplication::translate("caliper::ResponseCache", "cannot store the answer in the cache"),
            query.lastError(), m_db.databaseName());
    return Ok {};
}

} // namespace caliper
