#pragma once

#include "common/error.h"

#include <QList>

namespace caliper::stats {

/// Holm's step-down adjustment (Holm 1979) of p-values from a family of tests, in the input's order:
/// with p sorted ascending, adjusted p(i) = max over j ≤ i of min(1, (m − j + 1)·p(j)). Rejecting where the
/// adjusted p < alpha controls the family-wise error rate at alpha, with more power than Bonferroni.
QList<double> holmAdjust(const QList<double>& pValues);

struct BestComparisonOptions
{
    double alpha = 0.05;
    bool higherIsBetter = true;
    int resamples = 10000; ///< approximate-randomization rounds per comparison
    quint64 seed = 0x43616c6970657221ULL;
    /// With more paired samples than this, p is the normal approximation of the randomization test
    /// (see signFlipPValue()), which takes O(n) instead of O(resamples × n).
    qsizetype normalAbove = 2000;
};

/// One model's standing against the best model on one score.
struct BestComparison
{
    double mean = 0;
    bool isBest = false;
    double pValue = 1; ///< raw two-sided p against the best (1 for the best itself)
    double adjustedPValue = 1; ///< Holm-adjusted across all comparisons with the best
    /// True when the model is worse than the best and adjustedPValue < alpha; a model for which this is
    /// false is "not significantly worse than the best".
    bool significantlyWorse = false;
};

/// Given each model's per-sample scores on the same samples (same order), finds the best mean (the first
/// one on ties) and tests every other model against it with a paired approximate-randomization test (its normal
/// approximation above options.normalAbove samples), Holm-corrected across the models. Models with different sample
/// counts are an error.
Result<QList<BestComparison>> compareWithBest(
    const QList<QList<double>>& scoresPerModel, const BestComparisonOptions& options = {});

} // namespace caliper::stats
