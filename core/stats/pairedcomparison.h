#pragma once

#include "common/error.h"
#include "stats/bootstrap.h"

#include <QList>

namespace caliper::stats {

/// Whether model A differs from model B on the same samples, from the per-sample differences d = a − b.
struct PairedComparison
{
    qsizetype n = 0;
    double meanDifference = 0; ///< mean of a − b; NaN when n = 0
    ConfidenceInterval interval; ///< paired bootstrap (percentile) interval of the mean difference
    /// Two-sided p-value of "no difference" by approximate randomization (Noreen 1989): each sample's two
    /// scores are swapped at random, i.e. d's signs are flipped, and p is the share of those assignments whose
    /// |mean difference| reaches the observed one. When 2^n ≤ resamples every assignment is enumerated and p is
    /// exact; otherwise p = (hits + 1) / (resamples + 1), which never reports 0. Above normalAbove samples p
    /// comes from the normal limit of the randomization distribution instead (see signFlipPValue()). NaN when
    /// n = 0.
    double pValue = 0;
    bool exact = false; ///< all 2^n sign assignments were enumerated
    bool normal = false; ///< p is the normal approximation, not counted from sign assignments
};

/// Compares two models' scores on the same samples (same order). Unequal lengths are an error.
Result<PairedComparison> comparePaired(
    const QList<double>& a, const QList<double>& b, const BootstrapOptions& options = {});

/// The approximate-randomization p-value alone, for differences d (see PairedComparison::pValue). When 2^n ≤
/// resamples it is exact. Otherwise, with more than normalAbove differences, sampling (resamples × n draws) gives
/// way to the normal limit of the same statistic: Σ±dᵢ over random signs has mean 0 and variance Σdᵢ², so
/// p = erfc(|Σd| / √(2·Σd²)), or 1 when every d is 0.
double signFlipPValue(const QList<double>& differences, int resamples, quint64 seed, qsizetype normalAbove,
    bool* exact = nullptr, bool* normal = nullptr);

} // namespace caliper::stats
