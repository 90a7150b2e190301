#include "stats/boxplot.h"

#include "stats/descriptive.h"

#include <algorithm>
#include <limits>

namespace caliper::stats {

BoxPlot BoxPlot::of(const QList<double>& values)
{
    BoxPlot box;
    box.n = values.size();
    if (values.isEmpty()) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        box.q1 = box.median = box.q3 = box.lowerWhisker = box.upperWhisker = nan;
        return box;
    }
    QList<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    box.q1 = quantileSorted(sorted, 0.25);
    box.median = quantileSorted(sorted, 0.5);
    box.q3 = quantileSorted(sorted, 0.75);
    const double reach = 1.5 * (box.q3 - box.q1);
    const double lowFence = box.q1 - reach;
    const double highFence = box.q3 + reach;
    // An interpolated quartile can lie beyond the last value inside its fence; the whisker then stops at the
    // quartile, as matplotlib draws it, rather than inside the box.
    const auto firstInside = std::lower_bound(sorted.cbegin(), sorted.cend(), lowFence);
    const auto pastInside = std::upper_bound(sorted.cbegin(), sorted.cend(), highFence);
    box.lowerWhisker = std::min(*firstInside, box.q1);
    box.upperWhisker = std::max(*(pastInside - 1), box.q3);
    for (double value : sorted) {
        if (value < box.lowerWhisker || value > box.upperWhisker)
            box.outliers.append(value);
    }
    return box;
}

} // namespace caliper::stats
