#include "stats/bootstrap.h"

#include "stats/descriptive.h"
#include "stats/normal.h"
#include "stats/random.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace caliper::stats {

ConfidenceInterval bootstrapMeanInterval(const QList<double>& values, const BootstrapOptions& options)
{
    if (values.isEmpty()) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        return {nan, nan};
    }
    if (values.size() == 1)
        return {values.first(), values.first()};
    if (values.size() > options.normalAbove)
        return normalMeanInterval(values, options.level);
    Random random(options.seed);
    const auto n = static_cast<quint64>(values.size());
    QList<double> means;
    means.reserve(std::max(options.resamples, 1));
    for (int resample = 0; resample < std::max(options.resamples, 1); ++resample) {
        double sum = 0;
        for (quint64 draw = 0; draw < n; ++draw)
            sum += values.at(static_cast<qsizetype>(random.below(n)));
        means.append(sum / static_cast<double>(n));
    }
    std::sort(means.begin(), means.end());
    const double tail = (1 - options.level) / 2;
    return {quantileSorted(means, tail), quantileSorted(means, 1 - tail)};
}

ConfidenceInterval normalMeanInterval(const QList<double>& values, double level)
{
    if (values.isEmpty()) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        return {nan, nan};
    }
    const double centre = mean(values);
    double squares = 0;
    for (double value : values)
        squares += (value - centre) * (value - centre);
    const auto n = static_cast<double>(values.size());
    const double halfWidth = normalQuantile((1 + level) / 2) * std::sqrt(squares / n) / std::sqrt(n);
    return {centre - halfWidth, centre + halfWidth};
}

Summary summarize(const QList<double>& values, const BootstrapOptions& options)
{
    Summary summary;
    summary.n = values.size();
    summary.mean = mean(values);
    summary.standardDeviation = standardDeviation(values);
    summary.interval = bootstrapMeanInterval(values, options);
    return summary;
}

} // namespace caliper::stats
