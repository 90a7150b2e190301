#pragma once

#include "analysis/comparisoncolumns.h"
#include "analysis/experimentscores.h"
#include "stats/bootstrap.h"
#include "stats/multiplecomparisons.h"

#include <QList>
#include <QString>

namespace caliper {

/// One model's value in one column.
struct ComparisonCell
{
    qsizetype n = 0; ///< samples behind the value; 0: no value
    double value = 0; ///< the mean (the sum for ColumnKind::Cost); NaN when n is 0
    /// 95% interval of the mean (bootstrap; its normal approximation above BootstrapOptions::normalAbove samples);
    /// NaN ends for Cost and until the statistics are computed.
    stats::ConfidenceInterval interval;
    bool best = false;
    /// For compared columns: not the best, yet not significantly worse than it.
    bool notSignificantlyWorse = false;
    double adjustedPValue = 1; ///< against the best (Holm-adjusted); 1 for the best and uncompared columns
};

/// One model's row: a cell per column, in the columns' order.
struct ComparisonRow
{
    QString model;
    int total = 0; ///< outputs stored, done or failed
    int done = 0;
    int failed = 0;
    QList<ComparisonCell> cells;
};

struct ComparisonOptions
{
    stats::BootstrapOptions bootstrap;
    stats::BestComparisonOptions comparison; ///< alpha, resamples and seed; the direction comes from each column
};

/// The quick part of the table: counts, means (sums for cost) and the best per column, with NaN intervals and
/// nothing marked as not significantly worse. Linear in the number of values; what the GUI shows at once.
QList<ComparisonRow> comparisonMeans(const ExperimentScores& scores, const QList<ComparisonColumn>& columns);

/// The whole table: comparisonMeans() plus bootstrap intervals and, for compared columns, each model tested
/// against the best (paired approximate randomization on the samples both finished, Holm-corrected). Above
/// normalAbove samples both use their normal approximations, which keeps a 100,000-sample column well under a
/// second; below it the resampling dominates, so the GUI still calls this off its thread.
QList<ComparisonRow> comparisonTable(
    const ExperimentScores& scores, const QList<ComparisonColumn>& columns, const ComparisonOptions& options = {});

/// A p-value as the table's tooltips and the recommendation print it: "= 0.006", or "< 0.001" below 0.001 (the
/// normal approximation gives values like 1e-16 that no resampling could, and that no reader needs).
QString formatPValue(double p);

} // namespace caliper
