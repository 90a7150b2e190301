#include "judge/judgeprompt.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace caliper {

namespace {

struct Field
{
    bool JudgeFields::*seen;
    QString JudgeTexts::*text;
    const char* deepEvalLabel; ///< DeepEval's name of the test-case parameter
    const char* paperLabel;
    const char* missing; ///< translated when reported
};

// DeepEval's order (Input, Actual Output, Expected Output), which Lumigator's evaluation_params follow.
const Field fields[] = {
    {&JudgeFields::source, &JudgeTexts::source, "Input", "Source Text",
        QT_TRANSLATE_NOOP("caliper::JudgePrompt", "the judge criterion needs the source, which is empty")},
    {&JudgeFields::answer, &JudgeTexts::answer, "Actual Output", "Summary",
        QT_TRANSLATE_NOOP("caliper::JudgePrompt", "the judge criterion needs the answer, which is empty")},
    {&JudgeFields::reference, &JudgeTexts::reference, "Expected Output", "Reference Summary",
        QT_TRANSLATE_NOOP("caliper::JudgePrompt", "the judge criterion needs the reference, which is empty")},
};

/// "1. step\n2. step\n": DeepEval numbers the steps this way, a newline after each.
QString numberedSteps(const QStringList& steps)
{
    QString text;
    for (qsizetype i = 0; i < steps.size(); ++i)
        text += QString::number(i + 1) + QLatin1String(". ") + steps.at(i) + QLatin1Char('\n');
    return text;
}

/// "Input:\n…" blocks as DeepEval writes a test case (a space before each blank line), or the paper's layout.
QString testCase(const JudgeCriterion& criterion, const JudgeTexts& texts)
{
    QStringList blocks;
    QString deepEval;
    for (const Field& field : fields) {
        if (!(criterion.fields.*field.seen))
            continue;
        const QString& value = texts.*field.text;
        deepEval += QLatin1String(field.deepEvalLabel) + QLatin1String(":\n") + value + QLatin1String(" \n\n");
        blocks << QLatin1String(field.paperLabel) + QLatin1String(":\n\n") + value;
    }
    return criterion.method == JudgeMethod::Lumigator ? deepEval : blocks.join(QLatin1String("\n\n"));
}

/// "Input", "Input and Actual Output", "Input, Actual Output, and Expected Output".
QString parameterNames(const JudgeFields& seen)
{
    QStringList names;
    for (const Field& field : fields) {
        if (seen.*field.seen)
            names << QLatin1String(field.deepEvalLabel);
    }
    if (names.size() <= 2)
        return names.join(QLatin1String(" and "));
    const QString last = names.takeLast();
    return names.join(QLatin1String(", ")) + QLatin1String(", and ") + last;
}

QHash<QString, QString> placeholders(const JudgeCriterion& criterion, const JudgeTexts& texts)
{
    return {
        {QStringLiteral("Document"), texts.source},
        {QStringLiteral("Source"), texts.source},
        {QStringLiteral("Summary"), texts.answer},
        {QStringLiteral("Answer"), texts.answer},
        {QStringLiteral("Reference"), texts.reference},
        {QStringLiteral("Name"), criterion.name},
        {QStringLiteral("Criteria"), criterion.criteria},
        {QStringLiteral("EvaluationSteps"), numberedSteps(criterion.steps)},
        {QStringLiteral("TestCase"), testCase(criterion, texts)},
        {QStringLiteral("Parameters"), parameterNames(criterion.fields)},
        {QStringLiteral("MinScore"), QString::number(criterion.minScore)},
        {QStringLiteral("MaxScore"), QString::number(criterion.maxScore)},
    };
}

/// One pass over the template, so a placeholder that happens to appear inside a sample's text stays as written.
QString fill(const QString& text, const QHash<QString, QString>& values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{(\\w+)\\}\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const auto value = values.constFind(match.captured(1));
        if (value == values.constEnd())
            continue;
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += *value;
        last = match.capturedEnd();
    }
    return out + QStringView(text).mid(last);
}

void applyMethodDefaults(
    GenerationParameters& parameters, int& samples, JudgeMethod method, const JudgeOptions& options)
{
    const bool paper = method == JudgeMethod::Paper;
    parameters.logprobs = options.logprobs.value_or(!paper);
    parameters.topLogprobs = parameters.logprobs ? options.topLogprobs : 0;
    parameters.temperature = options.temperature.value_or(paper ? 2.0 : 0.0);
    parameters.maxTokens = options.maxTokens ? options.maxTokens : (paper ? std::optional<int>(5) : std::nullopt);
    if (paper) {
        parameters.topP = 1.0;
        parameters.frequencyPenalty = 0.0;
    }
    samples = std::max(1, options.samples.value_or(paper && !parameters.logprobs ? 20 : 1));
}

} // namespace

Result<QString> renderJudgePrompt(const JudgeCriterion& criterion, const JudgeTexts& texts)
{
    if (Status valid = validateCriterion(criterion); !valid)
        return valid.error();
    for (const Field& field : fields) {
        if (criterion.fields.*field.seen && (texts.*field.text).trimmed().isEmpty())
            return Error {QCoreApplication::translate("caliper::JudgePrompt", field.missing), criterion.id};
    }
    return fill(criterion.templateText, placeholders(criterion, texts));
}

Result<JudgeRequest> buildJudgeRequest(
    const JudgeCriterion& criterion, const JudgeTexts& texts, const JudgeOptions& options)
{
    Result<QString> prompt = renderJudgePrompt(criterion, texts);
    if (!prompt)
        return prompt.error();
    JudgeRequest request;
    // DeepEval's GPTModel sends the prompt as the user's message; the paper's script as the system message.
    const QString role = criterion.method == JudgeMethod::Paper ? QStringLiteral("system") : QStringLiteral("user");
    request.chat.messages = {ChatMessage {role, std::move(prompt).value()}};
    applyMethodDefaults(request.chat.parameters, request.samples, criterion.method, options);
    request.promptSha256 = promptHash(request.chat.messages);
    return request;
}

QByteArray canonicalMessagesJson(const QList<ChatMessage>& messages)
{
    QJsonArray array;
    for (const ChatMessage& message : messages)
        array.append(
            QJsonObject {{QStringLiteral("role"), message.role}, {QStringLiteral("content"), message.content}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString promptHash(const QList<ChatMessage>& messages)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalMessagesJson(messages), QCryptographicHash::Sha256).toHex());
}

} // namespace caliper
