#include "analysis/resultsdata.h"

#include "analysis/resultssnapshot.h"
#include "workspace/connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper", text);
}

Result<qint64> scoresGeneration(QSqlDatabase& db, qint64 experimentId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT scores_generation FROM experiments WHERE id = ?"));
    query.addBindValue(experimentId);
    if (!query.exec())
        return sqlError(tr("cannot read the experiment"), query.lastError(), db.databaseName());
    if (!query.next())
        return Error {tr("there is no experiment with id %1").arg(experimentId), db.databaseName()};
    return query.value(0).toLongLong();
}

// Names and sizes come from the live models; the snapshot only holds numbers keyed by model id. A snapshot whose
// models are not the experiment's (which the generation rules out) is not used.
bool applyModels(ResultsData& data, const QList<ExperimentModel>& models)
{
    if (data.scores.models.size() != models.size() || data.navigation.modelIds.size() != models.size())
        return false;
    data.navigation.modelNames.clear();
    for (qsizetype i = 0; i < models.size(); ++i) {
        const ExperimentModel& model = models.at(i);
        ModelSampleValues& values = data.scores.models[i];
        if (values.modelId != model.id || data.navigation.modelIds.at(i) != model.id)
            return false;
        values.name = model.name;
        values.parameters.reset();
        if (model.endpoint.parameters > 0)
            values.parameters = static_cast<double>(model.endpoint.parameters);
        data.navigation.modelNames.append(model.name);
    }
    return true;
}

Result<ResultsData> readTables(QSqlDatabase& db, qint64 experimentId, qint64 generation)
{
    ResultsData data;
    data.generation = generation;
    Result<ExperimentScores> scores = loadExperimentScores(db, experimentId);
    if (!scores.ok())
        return scores.error();
    data.scores = std::move(scores).value();
    Result<NavigationIndex> navigation = loadNavigationIndex(db, experimentId);
    if (!navigation.ok())
        return navigation.error();
    data.navigation = std::move(navigation).value();
    return data;
}

} // namespace

Result<ResultsData> loadResultsData(QSqlDatabase db, qint64 experimentId)
{
    // One read transaction, so the generation and the numbers come from the same state of the database even
    // while a run writes on another connection. A caller already inside a transaction provides that itself.
    const bool ownTransaction = db.transaction();
    auto finish = [&](Result<ResultsData> result) {
        if (ownTransaction)
            db.rollback(); // nothing was written
        return result;
    };
    const Result<qint64> generation = scoresGeneration(db, experimentId);
    if (!generation.ok())
        return finish(generation.error());
    const Result<QList<ExperimentModel>> models = ExperimentStore(db).models(experimentId);
    if (!models.ok())
        return finish(models.error());
    const QString file = resultssnapshot::path(db.databaseName(), experimentId);
    if (std::optional<ResultsData> cached = resultssnapshot::read(file, experimentId, generation.value())) {
        if (applyModels(*cached, models.value()))
            return finish(std::move(*cached));
    }
    Result<ResultsData> data = finish(readTables(db, experimentId, generation.value()));
    if (data.ok()) {
        if (const Status written = resultssnapshot::write(file, data.value()); !written.ok())
            qWarning("%s", qPrintable(written.error().toString()));
    }
    return data;
}

} // namespace caliper
