#include "cli/runrecommendation.h"

#include "analysis/experimentrecommendation.h"
#include "analysis/resultsdata.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace caliper::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper::cli", text);
}

QString smallestName(analysis::SizeMeasure measure)
{
    switch (measure) {
    case analysis::SizeMeasure::Parameters:
        return QStringLiteral("parameters");
    case analysis::SizeMeasure::Cost:
        return QStringLiteral("cost");
    case analysis::SizeMeasure::Latency:
        break;
    }
    return QStringLiteral("latency");
}

QJsonArray verdictsArray(const QList<analysis::ModelVerdict>& verdicts)
{
    QJsonArray array;
    for (const analysis::ModelVerdict& verdict : verdicts)
        array.append(QJsonObject {{QStringLiteral("model"), verdict.name}, {QStringLiteral("reason"), verdict.reason}});
    return array;
}

} // namespace

Result<std::optional<RunRecommendation>> runRecommendation(QSqlDatabase db, qint64 experimentId)
{
    // Through the Results page's loader, so the snapshot it writes makes the GUI open this experiment at once.
    const Result<ResultsData> data = loadResultsData(db, experimentId);
    if (!data.ok())
        return data.error();
    const ExperimentScores& scores = data->scores;
    const QList<ComparisonColumn> columns = comparisonColumns(QSet<QString>(scores.keys.cbegin(), scores.keys.cend()));
    const std::optional<DefaultRecommendation> chosen = defaultRecommendation(scores, columns);
    if (!chosen)
        return std::optional<RunRecommendation>();
    const Result<analysis::Recommendation> decided = recommendOn(scores, chosen->metric, chosen->options);
    if (!decided.ok())
        return std::optional<RunRecommendation>();
    const analysis::Recommendation& recommendation = decided.value();
    RunRecommendation result;
    const QJsonValue model = recommendation.recommended ? QJsonValue(scores.models.at(*recommendation.recommended).name)
                                                        : QJsonValue(QJsonValue::Null);
    result.json = QJsonObject {{QStringLiteral("metric"), chosen->metric.key},
        {QStringLiteral("metric_name"), chosen->metric.label},
        {QStringLiteral("tolerance"), QStringLiteral("not_significantly_worse")},
        {QStringLiteral("smallest"), smallestName(chosen->options.smallest)}, {QStringLiteral("model"), model},
        {QStringLiteral("reason"), recommendation.reason},
        {QStringLiteral("beaten"), verdictsArray(recommendation.beaten)},
        {QStringLiteral("excluded"), verdictsArray(recommendation.excluded)}};
    const QString measure
        = chosen->options.smallest == analysis::SizeMeasure::Parameters ? tr("smallest model size") : tr("lowest cost");
    result.line = tr("Recommendation (%1, not significantly worse than the best, %2): %3")
                      .arg(chosen->metric.label, measure, recommendation.reason);
    return std::optional<RunRecommendation>(result);
}

} // namespace caliper::cli
