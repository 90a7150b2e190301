#include "stats/pairedcomparison.h"

#include "stats/descriptive.h"
#include "stats/random.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace caliper::stats {

namespace {

// Sums that are equal in exact arithmetic can differ in their last bits once signs are flipped; the slack
// keeps such ties counted as "at least as extreme", as they should be.
double tieSlack(const QList<double>& differences)
{
    double magnitude = 0;
    for (double d : differences)
        magnitude += std::abs(d);
    return magnitude * 1e-12;
}

double exactSignFlipPValue(const QList<double>& differences, double observed, double slack)
{
    const auto n = static_cast<int>(differences.size());
    const quint64 assignments = quint64(1) << n;
    quint64 hits = 0;
    for (quint64 signs = 0; signs < assignments; ++signs) {
        double sum = 0;
        for (int i = 0; i < n; ++i)
            sum += (signs >> i) & 1 ? -differences.at(i) : differences.at(i);
        if (std::abs(sum) >= observed - slack)
            ++hits;
    }
    return static_cast<double>(hits) / static_cast<double>(assignments);
}

double sampledSignFlipPValue(
    const QList<double>& differences, double observed, double slack, int resamples, quint64 seed)
{
    Random random(seed);
    quint64 hits = 0;
    for (int resample = 0; resample < resamples; ++resample) {
        double sum = 0;
        for (double d : differences)
            sum += random.next() >> 63 ? -d : d;
        if (std::abs(sum) >= observed - slack)
            ++hits;
    }
    return static_cast<double>(hits + 1) / static_cast<double>(resamples + 1);
}

// The randomization distribution of Σ±dᵢ is a sum of independent terms with mean 0 and variance Σdᵢ²; by the
// central limit theorem its two-sided tail beyond the observed |Σd| is erfc(|Σd| / √(2·Σd²)).
double normalSignFlipPValue(const QList<double>& differences, double observed)
{
    double squares = 0;
    for (double d : differences)
        squares += d * d;
    return squares > 0 ? std::erfc(observed / std::sqrt(2 * squares)) : 1.0;
}

} // namespace

double signFlipPValue(
    const QList<double>& differences, int resamples, quint64 seed, qsizetype normalAbove, bool* exact, bool* normal)
{
    if (differences.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    double observed = 0;
    for (double d : differences)
        observed += d;
    observed = std::abs(observed);
    const double slack = tieSlack(differences);
    const bool enumerate
        = differences.size() < 63 && (quint64(1) << differences.size()) <= quint64(std::max(resamples, 1));
    const bool approximate = !enumerate && differences.size() > normalAbove;
    if (exact)
        *exact = enumerate;
    if (normal)
        *normal = approximate;
    if (enumerate)
        return exactSignFlipPValue(differences, observed, slack);
    return approximate ? normalSignFlipPValue(differences, observed)
                       : sampledSignFlipPValue(differences, observed, slack, std::max(resamples, 1), seed);
}

Result<PairedComparison> comparePaired(const QList<double>& a, const QList<double>& b, const BootstrapOptions& options)
{
    if (a.size() != b.size()) {
        Error error;
        error.message = QCoreApplication::translate(
            "caliper::stats", "cannot pair %1 scores with %2: both models must be scored on the same samples")
                            .arg(a.size())
                            .arg(b.size());
        return error;
    }
    QList<double> differences;
    differences.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        differences.append(a.at(i) - b.at(i));
    PairedComparison comparison;
    comparison.n = differences.size();
    comparison.meanDifference = mean(differences);
    comparison.interval = bootstrapMeanInterval(differences, options);
    comparison.pValue = signFlipPValue(
        differences, options.resamples, options.seed, options.normalAbove, &comparison.exact, &comparison.normal);
    return comparison;
}

} // namespace caliper::stats
