#pragma once

#include "analysis/resultsdata.h"

#include <QString>

#include <optional>

namespace caliper {

/// A binary copy of an experiment's ResultsData, kept under the workspace folder in cache/ and tagged with the
/// experiments.scores_generation it was read at. Triggers change that generation with every write to the
/// experiment's models, outputs, scores or reviews (workspace/migrations.cpp, schema 5), so a snapshot with the
/// current generation holds exactly what the tables hold. Model names and sizes are not in it: they are read
/// fresh, so renaming a model needs no new snapshot.
namespace resultssnapshot {

/// <folder of the database>/cache/results-<experimentId>.snapshot; empty for a database without a file.
QString path(const QString& databaseFile, qint64 experimentId);

/// The snapshot at `file` if it is intact, of this experiment and of this generation; nothing otherwise (missing,
/// stale, truncated, another format version): the caller reads the tables instead.
std::optional<ResultsData> read(const QString& file, qint64 experimentId, qint64 generation);

/// Writes `data` atomically (a reader never sees half a snapshot). Returns the error for the caller to ignore
/// or report; nothing depends on the snapshot existing.
Status write(const QString& file, const ResultsData& data);

} // namespace resultssnapshot

} // namespace caliper
