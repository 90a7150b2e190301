#include "experiments/definitionexport.h"

#include "dataset/datasetstore.h"
#include "experiments/experimentstore.h"
#include "experiments/publicsettings.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper", text);
}

DatasetSpec datasetSpec(const DatasetInfo& dataset)
{
    DatasetSpec spec;
    // Resources (":/…", the built-in sample) are no path another program can open.
    if (!dataset.sourcePath.startsWith(QLatin1Char(':')))
        spec.path = dataset.sourcePath;
    spec.name = dataset.name;
    spec.idColumn = dataset.mapping.idColumn;
    spec.inputColumn = dataset.mapping.inputColumn;
    spec.referenceColumn = dataset.mapping.referenceColumn;
    spec.contentHash = dataset.contentHash;
    return spec;
}

} // namespace

Result<ExperimentDefinition> exportableDefinition(QSqlDatabase db, qint64 experimentId)
{
    const Result<ExperimentInfo> experiment = ExperimentStore(db).get(experimentId);
    if (!experiment)
        return experiment.error();
    const Result<DatasetInfo> dataset = DatasetStore(db).dataset(experiment->datasetId);
    if (!dataset)
        return dataset.error();
    ExperimentDefinition definition = experiment->definition;
    definition.name = experiment->name;
    definition.dataset = datasetSpec(dataset.value());
    // A definition file gets shared like a report: the same rules keep secrets out of it. Keys never were in it
    // (only where they live); credentials typed into a URL and key-like judge settings are dropped here.
    for (ModelSpec& model : definition.models) {
        if (!model.endpoint.baseUrl.isEmpty())
            model.endpoint.baseUrl = QUrl(publicUrl(model.endpoint.baseUrl));
    }
    definition.judge.settings = publicJudgeSettings(definition.judge.settings);
    return definition;
}

Result<QByteArray> experimentDefinitionFile(QSqlDatabase db, qint64 experimentId)
{
    const Result<ExperimentDefinition> definition = exportableDefinition(db, experimentId);
    if (!definition)
        return definition.error();
    return QJsonDocument(experimentDefinitionToJson(definition.value())).toJson(QJsonDocument::Indented);
}

bool agrees(const ColumnMapping& stored, const DatasetSpec& spec)
{
    return (spec.idColumn.isEmpty() || spec.idColumn == stored.idColumn)
        && (spec.inputColumn.isEmpty() || spec.inputColumn == stored.inputColumn)
        && (spec.referenceColumn.isEmpty() || spec.referenceColumn == stored.referenceColumn);
}

Result<std::optional<DatasetInfo>> findDatasetByHash(QSqlDatabase db, const DatasetSpec& spec, const QString& sha256)
{
    const Result<QList<DatasetInfo>> candidates = DatasetStore(db).datasetsByContentHash(sha256);
    if (!candidates)
        return candidates.error();
    for (const DatasetInfo& dataset : candidates.value()) {
        if (agrees(dataset.mapping, spec))
            return std::optional<DatasetInfo>(dataset);
    }
    return std::optional<DatasetInfo>();
}

Result<DatasetInfo> resolveDefinitionDataset(QSqlDatabase db, const DatasetSpec& spec)
{
    if (spec.contentHash.isEmpty()) {
        if (spec.name.isEmpty())
            return Error {tr("the definition names no dataset sha256 and no dataset name"), {}};
        return DatasetStore(db).datasetByName(spec.name);
    }
    const Result<std::optional<DatasetInfo>> found = findDatasetByHash(db, spec, spec.contentHash);
    if (!found)
        return found.error();
    if (found->has_value())
        return found->value();
    // Importing from a path is `caliper run`'s job; here the data must already be in the workspace.
    return Error {tr("this workspace has no dataset with sha256 %1; import %2 first")
                      .arg(spec.contentHash, spec.path.isEmpty() ? spec.name : spec.path),
        {}};
}

Result<qint64> importExperimentDefinition(QSqlDatabase db, const ExperimentDefinition& definition)
{
    if (Status valid = validateExperimentDefinition(definition); !valid)
        return valid.error();
    const Result<DatasetInfo> dataset = resolveDefinitionDataset(db, definition.dataset);
    if (!dataset)
        return dataset.error();
    return ExperimentStore(db).findOrCreate(definition, dataset->id);
}

} // namespace caliper
