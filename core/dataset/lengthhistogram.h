#pragma once

#include "common/error.h"

#include <QList>
#include <QSqlDatabase>

namespace caliper {

/// One bar of a histogram: how many values v have lower <= v < upper.
struct HistogramBin
{
    qint64 lower = 0;
    qint64 upper = 0;
    qint64 count = 0;
};

/// The distribution of text lengths (in words) of a dataset, as equal-width bins. The width is a "round"
/// number (1, 2 or 5 times a power of ten) and bins start at a multiple of it, so chart labels read as
/// 0–99, 100–199, … rather than 13–87.
struct LengthHistogram
{
    qint64 binWidth = 0; ///< 0 when there are no values
    QList<HistogramBin> bins; ///< contiguous, from the bin holding the smallest value to the one holding the largest
    qint64 total = 0; ///< number of values binned

    /// Bins non-negative values into at most maxBins bins (maxBins >= 1).
    static LengthHistogram compute(const QList<qint64>& values, int maxBins = 12);
};

/// The word counts of one dataset's samples, as the import stored them, for its statistics.
struct DatasetLengths
{
    QList<qint64> sourceWords; ///< one per sample, in row order
    QList<qint64> referenceWords; ///< one per sample that has a reference
    qint64 samples = 0;
    qint64 missingReference = 0; ///< samples whose reference is absent or blank
};

Result<DatasetLengths> loadDatasetLengths(const QSqlDatabase& db, qint64 datasetId);

/// The smallest of 1, 2, 5, 10, 20, 50, … that is at least `minimum`: round bin widths and axis steps.
qint64 roundStep(qint64 minimum);

} // namespace caliper
