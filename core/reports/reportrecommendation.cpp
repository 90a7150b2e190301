#include "reports/reportrecommendation.h"

#include "analysis/experimentrecommendation.h"

#include <QCoreApplication>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper", text);
}

QString criteria(const analysis::RecommendationOptions& options)
{
    const QString tolerance = options.tolerance == analysis::ToleranceMode::NotSignificantlyWorse
        ? tr("not significantly worse than the best (paired approximate randomization, its normal approximation "
             "above %L1 samples, Holm-corrected, α = %2)")
              .arg(options.comparison.normalAbove)
              .arg(options.comparison.alpha)
        : tr("at most %1 points below the best").arg(options.points);
    QString smallest;
    switch (options.smallest) {
    case analysis::SizeMeasure::Parameters:
        smallest = tr("fewest parameters");
        break;
    case analysis::SizeMeasure::Cost:
        smallest = tr("lowest cost");
        break;
    case analysis::SizeMeasure::Latency:
        smallest = tr("lowest latency");
        break;
    }
    return tr("The smallest model (%1) that is %2 on %3, among models that failed on at most %4% of the samples.")
        .arg(smallest, tolerance, options.metricName)
        .arg(options.maxFailedShare * 100);
}

} // namespace

std::optional<ReportRecommendation> reportRecommendation(
    const ExperimentScores& scores, const QList<ComparisonColumn>& columns)
{
    std::optional<DefaultRecommendation> chosen = defaultRecommendation(scores, columns);
    if (!chosen)
        return std::nullopt;
    ReportRecommendation recommendation;
    recommendation.metric = chosen->metric.label;
    chosen->options.metricName = chosen->metric.label;
    recommendation.criteria = criteria(chosen->options);
    const Result<analysis::Recommendation> result = recommendOn(scores, chosen->metric, chosen->options);
    if (!result) {
        recommendation.reason = result.error().message;
        return recommendation;
    }
    if (result->recommended)
        recommendation.model = scores.models.at(*result->recommended).name;
    recommendation.reason = result->reason;
    return recommendation;
}

QString recommendationHeadline(const ReportRecommendation& recommendation)
{
    return recommendation.model.isEmpty()
        ? tr("No model qualifies for a recommendation on %1.").arg(recommendation.metric)
        : tr("Recommended: %1 (on %2)").arg(recommendation.model, recommendation.metric);
}

} // namespace caliper
