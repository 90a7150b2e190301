#include "mockcompletion.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace caliper::mock {

namespace {

// Invented, neutral sentences: the mock's answers must look like text, never like anyone's data.
const QStringList& reasoningBank()
{
    static const QStringList bank = {
        QStringLiteral("The request asks for a short structured summary."),
        QStringLiteral("I should list the problems first and then the plan."),
        QStringLiteral("The conversation mentions a follow-up visit."),
        QStringLiteral("Medication changes need to be stated clearly."),
        QStringLiteral("Keep the assessment brief and the plan as bullets."),
        QStringLiteral("There is no mention of allergies, so leave that out."),
    };
    return bank;
}

const QStringList& answerBank()
{
    static const QStringList bank = {
        QStringLiteral("Assessment: stable condition with mild symptoms."),
        QStringLiteral("Plan: continue the current medication."),
        QStringLiteral("Order routine blood work before the next visit."),
        QStringLiteral("Patient educated about warning signs."),
        QStringLiteral("Follow up in four weeks."),
        QStringLiteral("Refer to physical therapy for strengthening exercises."),
        QStringLiteral("Discussed risks and benefits; the patient agrees."),
        QStringLiteral("Recheck blood pressure at home twice a day."),
    };
    return bank;
}

QString lastUserMessage(const QJsonArray& messages)
{
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject message = messages.at(i).toObject();
        if (message.value(QLatin1String("role")).toString() == QLatin1String("user"))
            return message.value(QLatin1String("content")).toString();
    }
    return {};
}

QString pick(const QStringList& bank, const QByteArray& digest, int offset, int count)
{
    QStringList chosen;
    for (int i = 0; i < count; ++i)
        chosen << bank.at(static_cast<uchar>(digest.at(offset + i)) % bank.size());
    return chosen.join(QLatin1Char(' '));
}

void appendTokens(MockCompletion& completion, const QString& text, bool reasoning, const QByteArray& digest)
{
    for (const QString& token : tokenize(text)) {
        const auto byte = static_cast<uchar>(digest.at(completion.tokens.size() % digest.size()));
        completion.tokens.append({token, reasoning, -static_cast<double>(byte) / 128.0, {}});
    }
}

QJsonObject logprobEntry(const MockToken& token, int top)
{
    QJsonArray alternatives;
    for (qsizetype i = 0; i < std::min<qsizetype>(top, token.top.size()); ++i) {
        alternatives.append(QJsonObject {
            {QStringLiteral("token"), token.top.at(i).text}, {QStringLiteral("logprob"), token.top.at(i).logprob}});
    }
    for (int i = 0; token.top.isEmpty() && i < top; ++i) {
        const QString text = i == 0 ? token.text : token.text.trimmed() + QStringLiteral("~%1").arg(i);
        alternatives.append(
            QJsonObject {{QStringLiteral("token"), text}, {QStringLiteral("logprob"), token.logprob - 1.5 * i}});
    }
    return QJsonObject {{QStringLiteral("token"), token.text}, {QStringLiteral("logprob"), token.logprob},
        {QStringLiteral("top_logprobs"), alternatives}};
}

QJsonObject usageJson(const MockCompletion& completion)
{
    const auto completionTokens = static_cast<qint64>(completion.tokens.size());
    return QJsonObject {
        {QStringLiteral("prompt_tokens"), completion.promptTokens},
        {QStringLiteral("completion_tokens"), completionTokens},
        {QStringLiteral("total_tokens"), completion.promptTokens + completionTokens},
        {QStringLiteral("completion_tokens_details"),
            QJsonObject {{QStringLiteral("reasoning_tokens"), completion.reasoningTokenCount()}}},
    };
}

} // namespace

QStringList tokenize(const QString& text)
{
    static const QRegularExpression piece(QStringLiteral("\\s*\\S+\\s*"));
    QStringList tokens;
    for (auto it = piece.globalMatch(text); it.hasNext();)
        tokens << it.next().captured();
    return tokens;
}

qint64 MockCompletion::reasoningTokenCount() const
{
    return std::count_if(tokens.cbegin(), tokens.cend(), [](const MockToken& t) { return t.reasoning; });
}

QString MockCompletion::text(bool reasoning) const
{
    QString out;
    for (const MockToken& token : tokens) {
        if (reasoningInField ? token.reasoning == reasoning : !reasoning)
            out += token.text;
    }
    return out;
}

namespace {

/// What a model whose id contains "judge" answers: a G-Eval judgement as the "lumigator" method asks for it,
/// {"score": N, "reason": …}, N from 5 to 9 picked by the request, its token alone with the alternatives N (0.7),
/// N − 1 (0.2) and N + 1 (0.1), so the probability-weighted score is N − 0.1.
QList<MockToken> judgeTokens(const QByteArray& digest)
{
    const int score = 5 + static_cast<unsigned char>(digest.at(0)) % 5;
    auto plain = [](const QString& text) { return MockToken {text, false, -0.01, {}}; };
    const QList<MockAlternative> top = {{QString::number(score), std::log(0.7)},
        {QString::number(score - 1), std::log(0.2)}, {QString::number(score + 1), std::log(0.1)}};
    return {plain(QStringLiteral("{\"")), plain(QStringLiteral("score")), plain(QStringLiteral("\":")),
        plain(QStringLiteral(" ")), MockToken {QString::number(score), false, std::log(0.7), top},
        plain(QStringLiteral(", \"reason\": \"A mock judgement.\"}"))};
}

} // namespace

MockCompletion makeCompletion(const QJsonObject& request, const QString& scripted)
{
    MockCompletion completion;
    completion.model = request.value(QLatin1String("model")).toString();
    completion.reasoningInField = completion.model.contains(QLatin1String("reasoner"));
    const QJsonArray messages = request.value(QLatin1String("messages")).toArray();
    for (const QJsonValue& message : messages)
        completion.promptTokens += tokenize(message.toObject().value(QLatin1String("content")).toString()).size();
    const QByteArray digest = QCryptographicHash::hash(
        (completion.model + QLatin1Char('\n') + lastUserMessage(messages)).toUtf8(), QCryptographicHash::Sha256);
    if (scripted.isEmpty() && completion.model.contains(QLatin1String("judge")))
        return makeCompletion(request, judgeTokens(digest));
    if (!scripted.isEmpty()) {
        appendTokens(completion, scripted, false, digest);
    } else {
        const QString reasoning = pick(reasoningBank(), digest, 0, 2);
        appendTokens(completion,
            completion.reasoningInField ? reasoning : QStringLiteral("<think>\n%1\n</think>\n\n").arg(reasoning), true,
            digest);
        appendTokens(completion, pick(answerBank(), digest, 2, 3), false, digest);
    }
    const int maxTokens = request.value(QLatin1String("max_tokens")).toInt(-1);
    if (maxTokens >= 0 && maxTokens < completion.tokens.size()) {
        completion.tokens.resize(maxTokens);
        completion.finishReason = QStringLiteral("length");
    }
    if (request.value(QLatin1String("logprobs")).toBool())
        completion.topLogprobs = request.value(QLatin1String("top_logprobs")).toInt(0);
    return completion;
}

MockCompletion makeCompletion(const QJsonObject& request, const QList<MockToken>& scriptedTokens)
{
    QString text;
    for (const MockToken& token : scriptedTokens)
        text += token.text;
    MockCompletion completion = makeCompletion(request, text);
    completion.tokens = scriptedTokens;
    completion.finishReason = QStringLiteral("stop");
    const int maxTokens = request.value(QLatin1String("max_tokens")).toInt(-1);
    if (maxTokens >= 0 && maxTokens < completion.tokens.size()) {
        completion.tokens.resize(maxTokens);
        completion.finishReason = QStringLiteral("length");
    }
    return completion;
}

QJsonObject completionJson(const MockCompletion& completion, const QString& id)
{
    QJsonObject message {
        {QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), completion.text(false)}};
    if (completion.reasoningInField)
        message.insert(QStringLiteral("reasoning_content"), completion.text(true));
    QJsonObject choice {{QStringLiteral("index"), 0}, {QStringLiteral("message"), message},
        {QStringLiteral("finish_reason"), completion.finishReason}};
    if (completion.topLogprobs >= 0) {
        QJsonArray content;
        for (const MockToken& token : completion.tokens) {
            if (!(completion.reasoningInField && token.reasoning))
                content.append(logprobEntry(token, completion.topLogprobs));
        }
        choice.insert(QStringLiteral("logprobs"), QJsonObject {{QStringLiteral("content"), content}});
    }
    return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("created"), 0}, {QStringLiteral("model"), completion.model},
        {QStringLiteral("choices"), QJsonArray {choice}}, {QStringLiteral("usage"), usageJson(completion)}};
}

QList<QJsonObject> completionChunks(const MockCompletion& completion, const QString& id)
{
    const QJsonObject base {{QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")}, {QStringLiteral("created"), 0},
        {QStringLiteral("model"), completion.model}};
    auto chunk = [&base](const QJsonObject& choice) {
        QJsonObject object = base;
        object.insert(QStringLiteral("choices"), QJsonArray {choice});
        return object;
    };
    QList<QJsonObject> chunks;
    chunks << chunk({{QStringLiteral("index"), 0},
        {QStringLiteral("delta"), QJsonObject {{QStringLiteral("role"), QStringLiteral("assistant")}}}});
    for (const MockToken& token : completion.tokens) {
        const bool toField = completion.reasoningInField && token.reasoning;
        QJsonObject choice {{QStringLiteral("index"), 0},
            {QStringLiteral("delta"),
                QJsonObject {{toField ? QStringLiteral("reasoning_content") : QStringLiteral("content"), token.text}}},
            {QStringLiteral("finish_reason"), QJsonValue::Null}};
        if (completion.topLogprobs >= 0 && !toField)
            choice.insert(QStringLiteral("logprobs"),
                QJsonObject {{QStringLiteral("content"), QJsonArray {logprobEntry(token, completion.topLogprobs)}}});
        chunks << chunk(choice);
    }
    chunks << chunk({{QStringLiteral("index"), 0}, {QStringLiteral("delta"), QJsonObject {}},
        {QStringLiteral("finish_reason"), completion.finishReason}});
    QJsonObject usage = base;
    usage.insert(QStringLiteral("choices"), QJsonArray {});
    usage.insert(QStringLiteral("usage"), usageJson(completion));
    chunks << usage;
    return chunks;
}

} // namespace caliper::mock
