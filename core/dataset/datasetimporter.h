#pragma once

#include "common/error.h"
#include "dataset/columnmapping.h"
#include "dataset/datasetinfo.h"
#include "dataset/tablereader.h"

#include <QSqlDatabase>

#include <functional>

namespace caliper {

struct ImportOptions
{
    QString path; ///< a file, or a Qt resource (":/…")
    QString name; ///< empty: the file's base name
    TableFormat format = TableFormat::Auto;
    /// An empty inputColumn means "detect": ColumnMapping::detect() on the file's columns.
    ColumnMapping mapping;
};

struct ImportProgress
{
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
    qint64 rows = 0;
};

/// Called after the first row, then about every megabyte, and once more before committing; return false to cancel.
using ImportProgressCallback = std::function<bool(const ImportProgress&)>;

/// Imports a table file into the workspace as a new dataset: streams the rows (memory stays bounded however large
/// the file), stores each sample's text exactly as the file has it with its word counts, and the file's SHA-256.
/// Runs on any thread with that thread's own connection. Everything happens in one transaction: on any error
/// (which names file, line and column) or cancel, nothing is kept.
Result<DatasetInfo> importDataset(
    QSqlDatabase db, const ImportOptions& options, const ImportProgressCallback& progress = {});

/// True for the Error importDataset() returns when the progress callback cancelled it (not worth an error dialog).
bool isImportCancelled(const Error& error);

} // namespace caliper
