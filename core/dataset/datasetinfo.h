#pragma once

#include "dataset/columnmapping.h"

#include <QDateTime>
#include <QString>

namespace caliper {

/// A dataset as the workspace stores it: where it came from, exactly which bytes (the content hash, so every
/// later result can name the data it came from) and how its columns were mapped.
struct DatasetInfo
{
    qint64 id = 0;
    QString name;
    QString sourcePath;
    QString format; ///< tableFormatName(): "csv", "json", "jsonl"
    QString contentHash; ///< sha256 hex of the file bytes
    ColumnMapping mapping;
    qint64 sampleCount = 0;
    QDateTime createdAt; ///< UTC

    bool hasReference() const { return !mapping.referenceColumn.isEmpty(); }
};

} // namespace caliper
