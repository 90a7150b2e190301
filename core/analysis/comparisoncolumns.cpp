#include "analysis/comparisoncolumns.h"

#include "analysis/experimentscores.h"
#include "metrics/registry.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper", text);
}

ComparisonColumn column(const char* key, const QString& label, ColumnKind kind, ScoreDirection direction)
{
    return {QString::fromLatin1(key), label, kind, direction, false};
}

ColumnKind kindOf(const ScoreDefinition& definition)
{
    if (std::isinf(definition.maximum))
        return ColumnKind::Tokens;
    return definition.maximum > 1 ? ColumnKind::Points : ColumnKind::Fraction;
}

ComparisonColumn scoreColumn(const QString& key)
{
    ComparisonColumn result;
    result.key = key;
    if (const ScoreDefinition* definition = MetricRegistry::builtIn().score(key)) {
        result.label = definition->displayName();
        result.kind = kindOf(*definition);
        result.direction = definition->direction;
    } else {
        // A judge dimension: "geval_coherence" → "G-Eval coherence".
        QString dimension = key.mid(5);
        while (!dimension.isEmpty() && !dimension.front().isLetterOrNumber())
            dimension.remove(0, 1);
        result.label = tr("G-Eval %1").arg(dimension);
    }
    result.compared = result.direction != ScoreDirection::Neutral;
    return result;
}

// The G-Eval dimensions in the study's order, others after them alphabetically.
QStringList gevalKeys(const QSet<QString>& present)
{
    static const QStringList Order = {QStringLiteral("coherence"), QStringLiteral("consistency"),
        QStringLiteral("fluency"), QStringLiteral("relevance")};
    QStringList keys;
    for (const QString& key : present) {
        if (isGEvalKey(key))
            keys.append(key);
    }
    const auto rank = [](const QString& key) {
        for (qsizetype i = 0; i < Order.size(); ++i) {
            if (key.endsWith(Order.at(i), Qt::CaseInsensitive))
                return i;
        }
        return Order.size();
    };
    std::sort(keys.begin(), keys.end(), [&](const QString& left, const QString& right) {
        return std::pair(rank(left), left) < std::pair(rank(right), right);
    });
    return keys;
}

} // namespace

bool isGEvalKey(const QString& key)
{
    return key.startsWith(QLatin1String("geval"), Qt::CaseInsensitive);
}

QList<ComparisonColumn> comparisonColumns(const QSet<QString>& presentKeys)
{
    QList<ComparisonColumn> columns = {
        column(valuekeys::ReasoningTokens, tr("Avg reasoning tokens"), ColumnKind::Tokens, ScoreDirection::Neutral),
        column(valuekeys::AnswerTokens, tr("Avg answer tokens"), ColumnKind::Tokens, ScoreDirection::Neutral),
    };
    const auto addScores = [&](const QStringList& keys) {
        for (const QString& key : keys) {
            if (presentKeys.contains(key))
                columns.append(scoreColumn(key));
        }
    };
    addScores({QStringLiteral("rouge1"), QStringLiteral("rouge2"), QStringLiteral("rougeL")});
    addScores(gevalKeys(presentKeys));
    addScores({QStringLiteral("meteor"), QStringLiteral("bleu")});
    if (presentKeys.contains(QLatin1String(valuekeys::HumanRating))) {
        ComparisonColumn rating
            = column(valuekeys::HumanRating, tr("Human rating"), ColumnKind::Fraction, ScoreDirection::HigherIsBetter);
        rating.compared = true;
        columns.append(rating);
    }
    columns.append(column(valuekeys::Latency, tr("Latency (s)"), ColumnKind::Seconds, ScoreDirection::LowerIsBetter));
    columns.append(column(valuekeys::Cost, tr("Cost"), ColumnKind::Cost, ScoreDirection::LowerIsBetter));
    return columns;
}

double displayedValue(const ComparisonColumn& column, double value, bool percent)
{
    return column.kind == ColumnKind::Fraction && percent ? value * 100 : value;
}

int displayDecimals(const ComparisonColumn& column, bool percent)
{
    switch (column.kind) {
    case ColumnKind::Fraction:
        return percent ? 1 : 3;
    case ColumnKind::Points:
    case ColumnKind::Tokens:
        return 1;
    case ColumnKind::Seconds:
        return 2;
    case ColumnKind::Cost:
        return 4;
    }
    return 2;
}

QStringList orderedScoreKeys(const QSet<QString>& keys)
{
    QStringList ordered;
    for (const Metric& metric : MetricRegistry::builtIn().metrics()) {
        for (const ScoreDefinition& definition : metric.scores) {
            if (keys.contains(definition.key))
                ordered.append(definition.key);
        }
    }
    QStringList others;
    for (const QString& key : keys) {
        if (!ordered.contains(key))
            others.append(key);
    }
    std::sort(others.begin(), others.end());
    return ordered + others;
}

} // namespace caliper
