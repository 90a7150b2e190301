#include "endpoints/chatprotocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper", text);
}

std::optional<qint64> optionalInt(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

void readUsage(const QJsonValue& value, TokenUsage& usage)
{
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    usage.promptTokens = optionalInt(object.value(QLatin1String("prompt_tokens")));
    usage.completionTokens = optionalInt(object.value(QLatin1String("completion_tokens")));
    usage.reasoningTokens = optionalInt(
        object.value(QLatin1String("completion_tokens_details")).toObject().value(QLatin1String("reasoning_tokens")));
}

void readLogprobs(const QJsonValue& value, QList<TokenLogprob>& out)
{
    const QJsonArray content = value.toObject().value(QLatin1String("content")).toArray();
    for (const QJsonValue& entry : content) {
        const QJsonObject object = entry.toObject();
        TokenLogprob token {
            object.value(QLatin1String("token")).toString(), object.value(QLatin1String("logprob")).toDouble(), {}};
        for (const QJsonValue& alternative : object.value(QLatin1String("top_logprobs")).toArray()) {
            const QJsonObject alt = alternative.toObject();
            token.top.append(
                {alt.value(QLatin1String("token")).toString(), alt.value(QLatin1String("logprob")).toDouble()});
        }
        out.append(token);
    }
}

// vLLM's newer reasoning parsers call the field "reasoning"; DeepSeek and older vLLM "reasoning_content".
QString reasoningOf(const QJsonObject& message)
{
    const QJsonValue value = message.value(QLatin1String("reasoning_content"));
    return value.isString() ? value.toString() : message.value(QLatin1String("reasoning")).toString();
}

Result<QJsonObject> parseObject(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error {
            tr("the server's answer is not valid JSON (%1 at byte %2)")
                .arg(parseError.error == QJsonParseError::NoError ? tr("not an object") : parseError.errorString())
                .arg(parseError.offset),
            {}};
    return document.object();
}

} // namespace

QByteArray chatRequestBody(const Endpoint& endpoint, const ChatRequest& request)
{
    QJsonArray messages;
    for (const ChatMessage& message : request.messages)
        messages.append(
            QJsonObject {{QStringLiteral("role"), message.role}, {QStringLiteral("content"), message.content}});
    QJsonObject body {{QStringLiteral("model"), endpoint.model}, {QStringLiteral("messages"), messages}};
    const GenerationParameters& p = request.parameters;
    if (p.temperature)
        body.insert(QStringLiteral("temperature"), *p.temperature);
    if (p.topP)
        body.insert(QStringLiteral("top_p"), *p.topP);
    if (p.maxTokens)
        body.insert(QStringLiteral("max_tokens"), *p.maxTokens);
    if (p.frequencyPenalty)
        body.insert(QStringLiteral("frequency_penalty"), *p.frequencyPenalty);
    if (p.seed)
        body.insert(QStringLiteral("seed"), *p.seed);
    if (p.logprobs) {
        body.insert(QStringLiteral("logprobs"), true);
        if (p.topLogprobs > 0)
            body.insert(QStringLiteral("top_logprobs"), p.topLogprobs);
    }
    body.insert(QStringLiteral("stream"), p.stream);
    // Mistral's API refuses unknown fields and sends usage in its last chunk anyway.
    if (p.stream && endpoint.preset != QLatin1String("mistral"))
        body.insert(QStringLiteral("stream_options"), QJsonObject {{QStringLiteral("include_usage"), true}});
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<ChatResult> parseChatCompletion(const QByteArray& body)
{
    Result<QJsonObject> object = parseObject(body);
    if (!object)
        return object.error();
    const QJsonArray choices = object->value(QLatin1String("choices")).toArray();
    if (choices.isEmpty())
        return Error {tr("the server's answer has no choices"), {}};
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value(QLatin1String("message")).toObject();
    ChatResult result;
    result.content = message.value(QLatin1String("content")).toString();
    result.reasoningContent = reasoningOf(message);
    result.finishReason = choice.value(QLatin1String("finish_reason")).toString();
    result.model = object->value(QLatin1String("model")).toString();
    readLogprobs(choice.value(QLatin1String("logprobs")), result.logprobs);
    readUsage(object->value(QLatin1String("usage")), result.usage);
    return result;
}

Result<QStringList> parseModelList(const QByteArray& body)
{
    Result<QJsonObject> object = parseObject(body);
    if (!object)
        return object.error();
    if (!object->value(QLatin1String("data")).isArray())
        return Error {tr("the server's answer is not a model list"), {}};
    QStringList models;
    for (const QJsonValue& model : object->value(QLatin1String("data")).toArray())
        models << model.toObject().value(QLatin1String("id")).toString();
    return models;
}

QString serverErrorMessage(const QByteArray& body)
{
    constexpr qsizetype MaxLength = 300;
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(body, &parseError).object();
    QString message;
    if (object.value(QLatin1String("error")).isObject())
        message = object.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    else if (object.value(QLatin1String("error")).isString())
        message = object.value(QLatin1String("error")).toString();
    else if (object.contains(QLatin1String("detail")))
        message = object.value(QLatin1String("detail")).toVariant().toString();
    else if (object.contains(QLatin1String("message")))
        message = object.value(QLatin1String("message")).toString();
    else if (parseError.error != QJsonParseError::NoError)
        message = QString::fromUtf8(body).simplified();
    return message.size() > MaxLength ? message.left(MaxLength) + QStringLiteral("…") : message;
}

Status StreamAccumulator::add(const SseEvent& event)
{
    if (event.data.trimmed() == "[DONE]") {
        m_done = true;
        return Ok {};
    }
    Result<QJsonObject> object = parseObject(event.data);
    if (!object)
        return object.error();
    if (object->contains(QLatin1String("error")))
        return Error {QCoreApplication::translate("caliper", "the server reported an error in the stream: %1")
                          .arg(serverErrorMessage(event.data)),
            {}};
    if (m_result.model.isEmpty())
        m_result.model = object->value(QLatin1String("model")).toString();
    readUsage(object->value(QLatin1String("usage")), m_result.usage);
    const QJsonArray choices = object->value(QLatin1String("choices")).toArray();
    if (choices.isEmpty())
        return Ok {};
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
    const QString content = delta.value(QLatin1String("content")).toString();
    const QString reasoning = reasoningOf(delta);
    m_result.content += content;
    m_result.reasoningContent += reasoning;
    m_hasTokens = m_hasTokens || !content.isEmpty() || !reasoning.isEmpty();
    if (choice.value(QLatin1String("finish_reason")).isString())
        m_result.finishReason = choice.value(QLatin1String("finish_reason")).toString();
    readLogprobs(choice.value(QLatin1String("logprobs")), m_result.logprobs);
    return Ok {};
}

} // namespace caliper
