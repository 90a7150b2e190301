#include "judge/builtincriteria.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace caliper {

namespace {

struct Dimension
{
    const char* key;
    const char* name; ///< translated when shown
    const char* paperFile;
    int paperMin;
    int paperMax;
};

// The scales are the paper's (its prompts state them in the criteria text); Lumigator's are all 0–10.
constexpr Dimension dimensions[] = {
    {"coherence", QT_TRANSLATE_NOOP("caliper::JudgeCriterion", "Coherence"), "coh_detailed.txt", 1, 5},
    {"consistency", QT_TRANSLATE_NOOP("caliper::JudgeCriterion", "Consistency"), "con_detailed.txt", 1, 5},
    {"fluency", QT_TRANSLATE_NOOP("caliper::JudgeCriterion", "Fluency"), "flu_detailed.txt", 1, 3},
    {"relevance", QT_TRANSLATE_NOOP("caliper::JudgeCriterion", "Relevance"), "rel_detailed.txt", 1, 5},
};

QString translatedName(const Dimension& dimension)
{
    return QCoreApplication::translate("caliper::JudgeCriterion", dimension.name);
}

/// A resource as text with LF line ends: the paper's script read its prompts in Python's text mode, which turns
/// the CRLF of some of its files into LF before they were sent.
QString readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

/// The text between two headings of a SummEval prompt ("Evaluation Criteria:" … "Evaluation Steps:").
QString section(const QString& text, const QString& heading, const QStringList& nextHeadings)
{
    const qsizetype start = text.indexOf(heading);
    if (start < 0)
        return {};
    const qsizetype from = start + heading.size();
    qsizetype end = text.size();
    for (const QString& next : nextHeadings) {
        const qsizetype at = text.indexOf(next, from);
        if (at >= 0 && at < end)
            end = at;
    }
    return text.mid(from, end - from).trimmed();
}

QStringList numberedSteps(const QString& text)
{
    static const QRegularExpression step(
        QStringLiteral("^\\s*\\d+\\.\\s+(.*\\S)\\s*$"), QRegularExpression::MultilineOption);
    QStringList steps;
    for (auto it = step.globalMatch(text); it.hasNext();)
        steps << it.next().captured(1);
    return steps;
}

JudgeCriterion paperCriterion(const Dimension& dimension)
{
    JudgeCriterion criterion;
    criterion.id = QStringLiteral("paper/") + QLatin1String(dimension.key);
    criterion.name = translatedName(dimension);
    criterion.method = JudgeMethod::Paper;
    criterion.minScore = dimension.paperMin;
    criterion.maxScore = dimension.paperMax;
    criterion.templateText
        = readResource(QStringLiteral(":/judge/geval-summeval/") + QLatin1String(dimension.paperFile));
    const QString stepsHeading = QStringLiteral("Evaluation Steps:");
    const QString exampleHeading = QStringLiteral("Example:");
    criterion.criteria
        = section(criterion.templateText, QStringLiteral("Evaluation Criteria:"), {stepsHeading, exampleHeading});
    criterion.steps = numberedSteps(section(criterion.templateText, stepsHeading, {exampleHeading}));
    criterion.fields.source = criterion.templateText.contains(QLatin1String("{{Document}}"));
    criterion.fields.answer = criterion.templateText.contains(QLatin1String("{{Summary}}"));
    criterion.fields.reference = false;
    criterion.source = QStringLiteral("G-Eval paper (Liu et al., 2023), nlpyang/geval prompts/summeval; MIT");
    return criterion;
}

JudgeCriterion lumigatorCriterion(const Dimension& dimension, const QJsonObject& prompts)
{
    const QJsonObject entry = prompts.value(QLatin1String(dimension.key)).toObject();
    JudgeCriterion criterion;
    criterion.id = QStringLiteral("lumigator/") + QLatin1String(dimension.key);
    criterion.name = translatedName(dimension);
    criterion.method = JudgeMethod::Lumigator;
    criterion.criteria = entry.value(QLatin1String("criteria")).toString();
    for (const QJsonValue& step : entry.value(QLatin1String("evaluation_steps")).toArray())
        criterion.steps << step.toString();
    criterion.minScore = 0;
    criterion.maxScore = 10;
    // Lumigator's summarization G-Eval passes input, actual output and expected output.
    criterion.fields = JudgeFields {true, true, true};
    criterion.templateText = defaultJudgeTemplate(JudgeMethod::Lumigator);
    criterion.source = QStringLiteral(
        "mozilla-ai/lumigator g_eval_prompts.json (Apache-2.0); prompt of DeepEval 2.x GEval (Apache-2.0)");
    return criterion;
}

} // namespace

QString defaultJudgeTemplate(JudgeMethod method)
{
    return readResource(method == JudgeMethod::Lumigator ? QStringLiteral(":/judge/deepeval/geval_results.txt")
                                                         : QStringLiteral(":/judge/caliper/paper_default.txt"));
}

QList<JudgeCriterion> builtInJudgeCriteria()
{
    const QJsonObject prompts
        = QJsonDocument::fromJson(readResource(QStringLiteral(":/judge/lumigator/g_eval_prompts.json")).toUtf8())
              .object()
              .value(QLatin1String("summarization"))
              .toObject();
    QList<JudgeCriterion> criteria;
    if (prompts.isEmpty())
        return criteria;
    for (const Dimension& dimension : dimensions)
        criteria << lumigatorCriterion(dimension, prompts);
    for (const Dimension& dimension : dimensions)
        criteria << paperCriterion(dimension);
    return criteria;
}

Result<JudgeCriterion> builtInJudgeCriterion(JudgeMethod method, const QString& dimension)
{
    const QString id = judgeMethodName(method) + QLatin1Char('/') + dimension;
    for (const JudgeCriterion& criterion : builtInJudgeCriteria()) {
        if (criterion.id == id)
            return criterion;
    }
    return Error {QCoreApplication::translate("caliper::JudgeCriterion",
                      "no built-in judge criterion \"%1\" (expected coherence, consistency, fluency or relevance)")
                      .arg(dimension),
        judgeMethodName(method)};
}

} // namespace caliper
