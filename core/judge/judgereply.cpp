#include "judge/judgereply.h"

#include "judge/lenientjson.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper", text);
}

const QString numberPattern = QStringLiteral("(-?\\d+(?:\\.\\d+)?)");

/// The number a judge wrote at `offset` (possibly inside a string value such as "7" or "7/10").
std::optional<ParsedJudgement> numberAt(const QString& reply, qsizetype offset, qsizetype length)
{
    static const QRegularExpression leading(QStringLiteral("\\A\\s*") + numberPattern);
    const QRegularExpressionMatch match = leading.match(reply.mid(offset, length));
    if (!match.hasMatch())
        return std::nullopt;
    ParsedJudgement parsed;
    parsed.score = match.captured(1).toDouble();
    parsed.scoreOffset = offset + match.capturedStart(1);
    parsed.scoreLength = match.capturedLength(1);
    return parsed;
}

bool isKey(const LenientMember& member, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        if (member.key.trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<ParsedJudgement> fromObject(const QString& reply, const QList<LenientMember>& members)
{
    std::optional<ParsedJudgement> parsed;
    QString reason;
    for (const LenientMember& member : members) {
        if (isKey(member, {"score", "rating", "grade"}))
            parsed = numberAt(reply, member.valueOffset, member.valueLength);
        else if (isKey(member, {"reason", "reasoning", "explanation", "rationale"}))
            reason = member.value;
    }
    if (parsed)
        parsed->reason = reason.trimmed();
    return parsed;
}

/// The last JSON-like object in the reply that carries a score (a reply may echo the example first).
std::optional<ParsedJudgement> fromJson(const QString& reply, qsizetype from)
{
    std::optional<ParsedJudgement> found;
    for (qsizetype at = reply.indexOf(QLatin1Char('{'), from); at >= 0; at = reply.indexOf(QLatin1Char('{'), at + 1)) {
        qsizetype end = at;
        const std::optional<QList<LenientMember>> members = scanLenientObject(reply, at, &end);
        if (!members)
            continue;
        if (std::optional<ParsedJudgement> parsed = fromObject(reply, *members)) {
            found = parsed;
            at = end - 1;
        }
    }
    return found;
}

QString labelledReason(const QString& reply, qsizetype from)
{
    static const QRegularExpression reason(
        QStringLiteral("(?i)\\b(?:reason|explanation|rationale)\\b[\"']?\\s*\\**\\s*[:=]\\s*\\**\\s*(.+)"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = reason.match(reply, from);
    if (!match.hasMatch())
        return {};
    QString text = match.captured(1).trimmed();
    while (!text.isEmpty() && QStringLiteral("\"'`}*").contains(text.back()))
        text.chop(1);
    return text.trimmed();
}

/// "Score: 7/10", "**Score:** 8", "- Coherence: 4", "Fluency (1-3): 2", "'score' = 6".
std::optional<ParsedJudgement> fromLabel(const QString& reply, qsizetype from, const QStringList& labels)
{
    QStringList names {QStringLiteral("score"), QStringLiteral("rating"), QStringLiteral("grade")};
    for (const QString& label : labels)
        names << QRegularExpression::escape(label);
    const QRegularExpression pattern(QStringLiteral("(?i)\\b(?:") + names.join(QLatin1Char('|'))
        + QStringLiteral(")\\b[\"']?\\s*(?:\\([^)\\n]*\\))?\\s*\\**\\s*[:=]\\s*\\**\\s*[\"']?") + numberPattern);
    const QRegularExpressionMatch match = pattern.match(reply, from);
    if (!match.hasMatch())
        return std::nullopt;
    ParsedJudgement parsed;
    parsed.score = match.captured(1).toDouble();
    parsed.scoreOffset = match.capturedStart(1);
    parsed.scoreLength = match.capturedLength(1);
    parsed.reason = labelledReason(reply, match.capturedEnd(1));
    return parsed;
}

/// A reply that is (or starts with) a number, perhaps fenced or quoted: the paper's judges answer "4".
std::optional<ParsedJudgement> fromLeadingNumber(const QString& reply, qsizetype from)
{
    static const QRegularExpression leading(
        QStringLiteral("\\A(?:\\s|```[A-Za-z]*|[`*\"'>])*") + numberPattern + QStringLiteral("(?![\\d.]*[A-Za-z])"));
    const QRegularExpressionMatch match = leading.match(reply.mid(from));
    if (!match.hasMatch())
        return std::nullopt;
    ParsedJudgement parsed;
    parsed.score = match.captured(1).toDouble();
    parsed.scoreOffset = from + match.capturedStart(1);
    parsed.scoreLength = match.capturedLength(1);
    return parsed;
}

} // namespace

bool ParsedJudgement::isInteger() const
{
    return std::isfinite(score) && std::floor(score) == score;
}

Result<ParsedJudgement> parseJudgeReply(const QString& reply, int minScore, int maxScore, const QStringList& labels)
{
    // A reasoning judge thinks first; only what follows its last </think> is the answer.
    const qsizetype thinkEnd = reply.lastIndexOf(QLatin1String("</think>"));
    if (thinkEnd < 0 && reply.contains(QLatin1String("<think>")))
        return Error {tr("the judge's reply ends inside its <think> block: no answer to read"), {}};
    const qsizetype from = thinkEnd < 0 ? 0 : thinkEnd + QLatin1String("</think>").size();
    std::optional<ParsedJudgement> parsed = fromJson(reply, from);
    if (!parsed)
        parsed = fromLabel(reply, from, labels);
    if (!parsed)
        parsed = fromLeadingNumber(reply, from);
    if (!parsed)
        return Error {tr("no score found in the judge's reply"), {}};
    if (!std::isfinite(parsed->score) || parsed->score < minScore || parsed->score > maxScore)
        return Error {tr("the judge's score %1 is outside the scale %2–%3")
                          .arg(parsed->scoreText(reply))
                          .arg(minScore)
                          .arg(maxScore),
            QString(), 0, parsed->scoreOffset + 1};
    return *parsed;
}

} // namespace caliper
