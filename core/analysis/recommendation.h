#pragma once

#include "common/error.h"
#include "stats/multiplecomparisons.h"

#include <QList>
#include <QString>

#include <optional>

namespace caliper::analysis {

/// What "smallest" means when choosing among models that are good enough.
enum class SizeMeasure { Parameters, Cost, Latency };

/// How far below the best a model may score and still count as good enough.
enum class ToleranceMode {
    WithinPoints, ///< mean at most RecommendationOptions::points below the best mean
    NotSignificantlyWorse, ///< not significantly worse than the best (paired test, Holm-corrected)
};

/// One model of an experiment as the recommendation sees it.
struct ModelScores
{
    QString name;
    std::optional<double> parameters; ///< model size in parameters; unknown when empty
    std::optional<double> cost; ///< cost of the run in the endpoints' currency; unknown when empty
    std::optional<double> latency; ///< mean seconds per sample; unknown when empty
    /// The chosen metric per sample, in the same sample order for every model; NaN where the sample failed.
    QList<double> scores;
};

struct RecommendationOptions
{
    QString metricName; ///< as the user sees it ("ROUGE-1"), for the sentences
    SizeMeasure smallest = SizeMeasure::Parameters;
    ToleranceMode tolerance = ToleranceMode::NotSignificantlyWorse;
    double points = 1.0; ///< WithinPoints: allowed distance from the best, in displayed points
    double displayScale = 100; ///< displayed value = score × this, as the table shows it (ROUGE 0.412 → 41.2)
    double maxFailedShare = 0.1; ///< a model that failed on a larger share of the samples is left out
    stats::BestComparisonOptions comparison; ///< alpha, direction, resamples and seed of the paired tests
};

enum class Verdict {
    Recommended,
    NotSmaller, ///< good enough, but not smaller than the recommended model (or equal and scoring lower)
    Worse, ///< outside the tolerance and not smaller
    SmallerButWorse, ///< smaller than the recommended model, but outside the tolerance
    UnknownSize, ///< good enough or not, its size (cost, latency) is unknown, so it cannot be ranked
    TooManyFailures, ///< failed on more than maxFailedShare of the samples
};

struct ModelVerdict
{
    qsizetype index = 0; ///< into the models passed in
    QString name;
    Verdict verdict = Verdict::Worse;
    double mean = 0; ///< over the samples compared; NaN when the model was not compared
    double adjustedPValue = 1; ///< Holm-adjusted p against the best; 1 for the best and the uncompared
    QString reason; ///< translated clause: "larger (70B) and 6.1 points below the best"
};

struct Recommendation
{
    std::optional<qsizetype> recommended; ///< index into the models passed in; empty when none qualifies
    QString reason; ///< one translated sentence, for the page and for `caliper run`
    std::optional<qsizetype> best; ///< the model with the best mean on the compared samples
    qsizetype samplesCompared = 0; ///< samples every compared model has a score for
    QList<ModelVerdict> beaten; ///< NotSmaller and Worse: what the recommended model was chosen over
    QList<ModelVerdict> excluded; ///< SmallerButWorse, UnknownSize and TooManyFailures, each saying why
};

/// Picks the smallest model that is good enough: the best mean is found over the samples every model with
/// few enough failures has scored (so all means are paired), each model is tested against it with the
/// paired approximate-randomization test and Holm's correction (stats::compareWithBest), and among the
/// models within the tolerance the one with the smallest known size wins; equal sizes go to the higher mean,
/// then to the earlier model. Models with score lists of different lengths are an error.
Result<Recommendation> recommend(const QList<ModelScores>& models, const RecommendationOptions& options = {});

} // namespace caliper::analysis
