#pragma once

#include <QList>

namespace caliper::stats {

/// How bootstrap resampling runs. The defaults are what Caliper reports everywhere; a fixed seed makes every
/// interval reproducible (see Random).
struct BootstrapOptions
{
    static constexpr quint64 DefaultSeed = 0x43616c6970657221ULL; // "Caliper!"
    int resamples = 2000;
    double level = 0.95;
    quint64 seed = DefaultSeed;
    /// With more values than this, the interval is the normal limit of the bootstrap distribution
    /// (normalMeanInterval()) instead of resampling, which costs resamples × n draws: at 100,000 samples the two
    /// agree far within the resampling's own Monte-Carlo noise. comparePaired() switches its test at the same size.
    qsizetype normalAbove = 2000;
};

struct ConfidenceInterval
{
    double low = 0;
    double high = 0;
};

/// Percentile bootstrap interval of the mean: `resamples` times, draw n values with replacement and take their
/// mean; the interval is the (1 − level)/2 and (1 + level)/2 quantiles (definition 7) of those means.
/// For no values both ends are NaN; for one value both are that value. Above options.normalAbove values it
/// returns normalMeanInterval(values, options.level).
ConfidenceInterval bootstrapMeanInterval(const QList<double>& values, const BootstrapOptions& options = {});

/// The normal approximation of the percentile bootstrap interval of the mean: x̄ ± z·σ̂/√n with
/// z = normalQuantile((1 + level)/2) and the plug-in variance σ̂² = Σ(x − x̄)²/n, because the bootstrap
/// distribution of the mean has exactly the variance σ̂²/n. Same edge cases as bootstrapMeanInterval().
ConfidenceInterval normalMeanInterval(const QList<double>& values, double level);

/// What reports print for one score across samples.
struct Summary
{
    qsizetype n = 0;
    double mean = 0; ///< NaN when n = 0
    double standardDeviation = 0; ///< sample (n − 1); NaN when n < 2
    ConfidenceInterval interval; ///< bootstrap interval of the mean
};

Summary summarize(const QList<double>& values, const BootstrapOptions& options = {});

} // namespace caliper::stats
