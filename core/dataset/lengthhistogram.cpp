#include "dataset/lengthhistogram.h"

#include "workspace/connection.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace caliper {

qint64 roundStep(qint64 minimum)
{
    for (qint64 power = 1;; power *= 10) {
        for (qint64 step : {1, 2, 5}) {
            if (step * power >= minimum)
                return step * power;
        }
    }
}

LengthHistogram LengthHistogram::compute(const QList<qint64>& values, int maxBins)
{
    LengthHistogram histogram;
    if (values.isEmpty())
        return histogram;
    maxBins = std::max(maxBins, 1);
    const auto [minIt, maxIt] = std::minmax_element(values.begin(), values.end());
    const qint64 low = std::max<qint64>(*minIt, 0);
    const qint64 high = std::max<qint64>(*maxIt, 0);

    // Aligning the first bin down to a multiple of the width can push the count one over maxBins; widen then.
    qint64 width = roundStep((high - low + maxBins) / maxBins);
    while ((high / width - low / width + 1) > maxBins)
        width = roundStep(width + 1);

    const qint64 first = low / width * width;
    const qint64 binCount = high / width - low / width + 1;
    for (qint64 i = 0; i < binCount; ++i)
        histogram.bins.append(HistogramBin {first + i * width, first + (i + 1) * width, 0});
    for (qint64 value : values)
        ++histogram.bins[static_cast<qsizetype>((std::max<qint64>(value, 0) - first) / width)].count;
    histogram.binWidth = width;
    histogram.total = values.size();
    return histogram;
}

Result<DatasetLengths> loadDatasetLengths(const QSqlDatabase& db, qint64 datasetId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT source_words, reference_words, "
                                 "reference IS NULL OR trim(reference) = '' FROM samples "
                                 "WHERE dataset_id = ? ORDER BY row_index"));
    query.addBindValue(datasetId);
    if (!query.exec())
        return sqlError(QObject::tr("cannot read the sample lengths"), query.lastError(), db.databaseName());
    DatasetLengths lengths;
    while (query.next()) {
        ++lengths.samples;
        lengths.sourceWords.append(query.value(0).toLongLong());
        if (query.value(2).toBool())
            ++lengths.missingReference;
        else
            lengths.referenceWords.append(query.value(1).toLongLong());
    }
    return lengths;
}

} // namespace caliper
