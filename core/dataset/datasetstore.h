#pragma once

#include "common/error.h"
#include "dataset/datasetinfo.h"

#include <QList>
#include <QSqlDatabase>

namespace caliper {

/// Average lengths of a dataset's samples, in whitespace words.
struct DatasetWordStatistics
{
    double averageSourceWords = 0;
    double averageReferenceWords = 0; ///< over the samples that have a reference
    qint64 samplesWithoutReference = 0;
};

/// Reads (and removes) the datasets stored in a workspace. Works on whichever connection it is given, so each
/// thread uses its own.
class DatasetStore
{
public:
    explicit DatasetStore(QSqlDatabase db);

    /// Every dataset, oldest first.
    Result<QList<DatasetInfo>> datasets() const;
    Result<DatasetInfo> dataset(qint64 id) const;
    Result<DatasetInfo> datasetByName(const QString& name) const;
    /// The datasets whose file had exactly these bytes (usually none or one).
    Result<QList<DatasetInfo>> datasetsByContentHash(const QString& contentHash) const;
    Result<DatasetWordStatistics> wordStatistics(qint64 id) const;
    /// Removes the dataset and its samples.
    Status remove(qint64 id);

private:
    Result<QList<DatasetInfo>> select(const QString& where, const QVariant& value) const;
    QSqlDatabase m_db;
};

} // namespace caliper
