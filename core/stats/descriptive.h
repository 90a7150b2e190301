#pragma once

#include <QList>

namespace caliper::stats {

/// Arithmetic mean, summed in order; NaN for no values.
double mean(const QList<double>& values);

/// Sample standard deviation (divides by n − 1, numpy's std(ddof=1)); NaN for fewer than two values.
double standardDeviation(const QList<double>& values);

/// The p-quantile (0 ≤ p ≤ 1) of values already sorted ascending, by Hyndman & Fan's definition 7: linear
/// interpolation between the order statistics around h = (n − 1)·p. It is numpy's default
/// (`np.quantile(…, method="linear")`), R's default and Excel's PERCENTILE.INC; the interpolation is written
/// the way numpy writes it so results agree to the last bit. NaN for no values.
double quantileSorted(const QList<double>& sorted, double p);

/// quantileSorted() on a copy sorted here.
double quantile(QList<double> values, double p);

} // namespace caliper::stats
