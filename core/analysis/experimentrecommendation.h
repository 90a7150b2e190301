#pragma once

#include "analysis/comparisoncolumns.h"
#include "analysis/experimentscores.h"
#include "analysis/recommendation.h"

#include <QList>
#include <QString>

namespace caliper {

/// The columns a recommendation can be made on: the compared (quality) ones, in table order.
QList<ComparisonColumn> recommendationMetrics(const QList<ComparisonColumn>& columns);

/// What recommend() needs for one experiment and metric: each model's per-sample values of `key` (NaN where it
/// failed), its size, its total cost and its mean latency (both unknown when it finished nothing).
QList<analysis::ModelScores> recommendationInput(const ExperimentScores& scores, const QString& key);

/// The headless default, as `caliper run` prints it: the first quality metric of the experiment (ROUGE-1 when
/// ROUGE ran), not significantly worse than the best, smallest by parameters when every model's size is known,
/// else by cost. Empty when the experiment has no quality metric.
struct DefaultRecommendation
{
    ComparisonColumn metric;
    analysis::RecommendationOptions options;
};
std::optional<DefaultRecommendation> defaultRecommendation(
    const ExperimentScores& scores, const QList<ComparisonColumn>& columns);

/// recommend() on one column of an experiment; options.metricName, displayScale and the direction of the
/// comparison are taken from the column.
Result<analysis::Recommendation> recommendOn(
    const ExperimentScores& scores, const ComparisonColumn& metric, analysis::RecommendationOptions options);

} // namespace caliper
