#pragma once

#include "common/error.h"
#include "dataset/datasetinfo.h"
#include "experiments/experimentdefinition.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <optional>

namespace caliper {

/// A stored experiment as a file `caliper run` and Experiment ▸ Import definition read: prompt, generation
/// parameters, models (where their keys live, never a key), metrics, judge, and the dataset by name, column
/// mapping, the path it was imported from and its sha256 — the hash is what pins the data. Like a report it holds
/// nothing secret: URLs lose user info, query and fragment (publicUrl()), judge settings go through
/// publicJudgeSettings().
Result<ExperimentDefinition> exportableDefinition(QSqlDatabase db, qint64 experimentId);
/// The same, as indented JSON.
Result<QByteArray> experimentDefinitionFile(QSqlDatabase db, qint64 experimentId);

/// Whether a stored dataset's columns are the ones a definition names (columns it leaves out agree with any).
bool agrees(const ColumnMapping& stored, const DatasetSpec& spec);

/// The workspace's dataset with these bytes whose columns agree with the spec; empty when there is none.
Result<std::optional<DatasetInfo>> findDatasetByHash(QSqlDatabase db, const DatasetSpec& spec, const QString& sha256);

/// The workspace's dataset a definition means: one with the same bytes (sha256) and no conflicting column
/// mapping, so no file is needed when the workspace already has the data; without a hash, the dataset of that
/// name. When the workspace has no such data, the file at `spec.path` is imported (and must have the sha256).
Result<DatasetInfo> resolveDefinitionDataset(QSqlDatabase db, const DatasetSpec& spec);

/// Experiment ▸ Import definition: the experiment of the definition's name when it is the same experiment (so
/// running it resumes, and finished samples are never requested again), else a new one. A name taken by a
/// different experiment is an Error that says to rename.
Result<qint64> importExperimentDefinition(QSqlDatabase db, const ExperimentDefinition& definition);

} // namespace caliper
