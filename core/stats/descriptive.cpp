#include "stats/descriptive.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace caliper::stats {

double mean(const QList<double>& values)
{
    if (values.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    double sum = 0;
    for (double value : values)
        sum += value;
    return sum / static_cast<double>(values.size());
}

double standardDeviation(const QList<double>& values)
{
    if (values.size() < 2)
        return std::numeric_limits<double>::quiet_NaN();
    const double centre = mean(values);
    double squares = 0;
    for (double value : values)
        squares += (value - centre) * (value - centre);
    return std::sqrt(squares / static_cast<double>(values.size() - 1));
}

double quantileSorted(const QList<double>& sorted, double p)
{
    if (sorted.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    const double position = static_cast<double>(sorted.size() - 1) * std::clamp(p, 0.0, 1.0);
    const double below = std::floor(position);
    const auto lower = static_cast<qsizetype>(below);
    const qsizetype upper = std::min(lower + 1, sorted.size() - 1);
    const double fraction = position - below;
    const double a = sorted.at(lower);
    const double b = sorted.at(upper);
    // numpy interpolates from the nearer end, which keeps the result within [a, b] despite rounding.
    return fraction >= 0.5 ? b - (b - a) * (1 - fraction) : a + (b - a) * fraction;
}

double quantile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return quantileSorted(values, p);
}

} // namespace caliper::stats
