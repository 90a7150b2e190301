#include "analysis/experimentrecommendation.h"

#include <algorithm>
#include <cmath>

namespace caliper {

QList<ComparisonColumn> recommendationMetrics(const QList<ComparisonColumn>& columns)
{
    QList<ComparisonColumn> metrics;
    std::copy_if(columns.cbegin(), columns.cend(), std::back_inserter(metrics),
        [](const ComparisonColumn& column) { return column.compared; });
    return metrics;
}

QList<analysis::ModelScores> recommendationInput(const ExperimentScores& scores, const QString& key)
{
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
    QList<analysis::ModelScores> models;
    for (const ModelSampleValues& values : scores.models) {
        analysis::ModelScores model;
        model.name = values.name;
        model.parameters = values.parameters;
        if (values.done > 0)
            model.cost = values.totalCost;
        double latency = 0;
        qsizetype latencies = 0;
        for (double value : values.values.value(QLatin1String(valuekeys::Latency))) {
            if (!std::isnan(value)) {
                latency += value;
                ++latencies;
            }
        }
        if (latencies > 0)
            model.latency = latency / static_cast<double>(latencies);
        model.scores = values.values.value(key);
        if (model.scores.isEmpty())
            model.scores = QList<double>(scores.sampleIds.size(), NaN);
        models.append(model);
    }
    return models;
}

std::optional<DefaultRecommendation> defaultRecommendation(
    const ExperimentScores& scores, const QList<ComparisonColumn>& columns)
{
    const QList<ComparisonColumn> metrics = recommendationMetrics(columns);
    if (metrics.isEmpty())
        return std::nullopt;
    DefaultRecommendation result;
    result.metric = metrics.first();
    result.options.tolerance = analysis::ToleranceMode::NotSignificantlyWorse;
    const bool sizesKnown = !scores.models.isEmpty()
        && std::all_of(scores.models.cbegin(), scores.models.cend(),
            [](const ModelSampleValues& model) { return model.parameters.has_value(); });
    result.options.smallest = sizesKnown ? analysis::SizeMeasure::Parameters : analysis::SizeMeasure::Cost;
    return result;
}

Result<analysis::Recommendation> recommendOn(
    const ExperimentScores& scores, const ComparisonColumn& metric, analysis::RecommendationOptions options)
{
    options.metricName = metric.label;
    options.displayScale = metric.kind == ColumnKind::Fraction ? 100 : 1;
    options.comparison.higherIsBetter = metric.direction != ScoreDirection::LowerIsBetter;
    return analysis::recommend(recommendationInput(scores, metric.key), options);
}

} // namespace caliper
