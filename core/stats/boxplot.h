#pragma once

#include <QList>

namespace caliper::stats {

/// The five numbers and outliers of a Tukey box plot, computed in core so every chart and report draws the same
/// box (QBoxSet takes lowerWhisker, q1, median, q3, upperWhisker). Quartiles use quantile definition 7
/// (numpy's default, see quantileSorted()); each whisker reaches the most extreme value within 1.5 IQR of
/// its quartile, as matplotlib's boxplot does; everything beyond the whiskers is an outlier.
struct BoxPlot
{
    qsizetype n = 0;
    double q1 = 0;
    double median = 0;
    double q3 = 0;
    double lowerWhisker = 0;
    double upperWhisker = 0;
    QList<double> outliers; ///< ascending

    /// For no values every number is NaN and there are no outliers.
    static BoxPlot of(const QList<double>& values);
};

} // namespace caliper::stats
