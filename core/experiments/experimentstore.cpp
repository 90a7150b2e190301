#include "experiments/experimentstore.h"

#include "experiments/canonicaljson.h"
#include "experiments/storesupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caliper {

using experimentstore::queryError;
using experimentstore::run;
using experimentstore::tr;

namespace {

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// What makes two runs comparable: everything but where the dataset file was, which is replaced by the
// workspace dataset (and its bytes) the experiment reads.
QJsonObject identity(const ExperimentDefinition& definition, qint64 datasetId, const QString& datasetHash)
{
    QJsonObject object = experimentDefinitionToJson(definition);
    object.insert(QStringLiteral("dataset"),
        QJsonObject {{QStringLiteral("id"), datasetId}, {QStringLiteral("sha256"), datasetHash}});
    return object;
}

// The parts of two definitions that differ, in words, for the "use a new name" message.
QStringList differences(const QJsonObject& stored, const QJsonObject& wanted)
{
    static const QList<QPair<QString, const char*>> parts = {
        {QStringLiteral("dataset"), QT_TRANSLATE_NOOP("caliper::ExperimentStore", "dataset")},
        {QStringLiteral("system_prompt"), QT_TRANSLATE_NOOP("caliper::ExperimentStore", "system prompt")},
        {QStringLiteral("generation"), QT_TRANSLATE_NOOP("caliper::ExperimentStore", "generation parameters")},
        {QStringLiteral("models"), QT_TRANSLATE_NOOP("caliper::ExperimentStore", "models")},
        {QStringLiteral("metrics"), QT_TRANSLATE_NOOP("caliper::ExperimentStore", "metrics")},
        {QStringLiteral("judge"), QT_TRANSLATE_NOOP("caliper::ExperimentStore", "judge")},
    };
    QStringList names;
    for (const auto& [key, name] : parts) {
        if (canonicalJson(stored.value(key)) != canonicalJson(wanted.value(key)))
            names.append(tr(name));
    }
    return names;
}

const QString InfoColumns
    = QStringLiteral("SELECT e.id, e.name, e.dataset_id, d.name, d.content_hash, "
                     "(SELECT count(*) FROM samples s WHERE s.dataset_id = e.dataset_id), e.definition, e.created_at "
                     "FROM experiments e JOIN datasets d ON d.id = e.dataset_id ");

} // namespace

ExperimentStore::ExperimentStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<qint64> ExperimentStore::create(const ExperimentDefinition& wanted, qint64 datasetId)
{
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("SELECT content_hash, name FROM datasets WHERE id = ?"), {datasetId}))
        return queryError(tr("cannot read the dataset"), query, m_db);
    if (!query.next())
        return Error {tr("there is no dataset with id %1").arg(datasetId), m_db.databaseName()};
    const QString hash = query.value(0).toString();
    // An experiment set up in the GUI names its dataset by id only; the exported file should name it too.
    ExperimentDefinition definition = wanted;
    if (definition.dataset.path.isEmpty() && definition.dataset.name.isEmpty())
        definition.dataset.name = query.value(1).toString();
    if (Status valid = validateExperimentDefinition(definition); !valid)
        return valid.error();
    if (!run(query, QStringLiteral("SELECT 1 FROM experiments WHERE name = ?"), {definition.name}))
        return queryError(tr("cannot read the experiments"), query, m_db);
    if (query.next())
        return Error {tr("an experiment named '%1' exists already").arg(definition.name), m_db.databaseName()};
    if (!m_db.transaction())
        return sqlError(tr("cannot start a transaction"), m_db.lastError(), m_db.databaseName());
    Result<qint64> id = insertExperiment(definition, datasetId, hash);
    if (!id || !m_db.commit()) {
        const Error error
            = id ? sqlError(tr("cannot save the experiment"), m_db.lastError(), m_db.databaseName()) : id.error();
        m_db.rollback();
        return error;
    }
    return id;
}

Result<qint64> ExperimentStore::insertExperiment(
    const ExperimentDefinition& definition, qint64 datasetId, const QString& datasetHash)
{
    QSqlQuery query(m_db);
    const QString what = tr("cannot save the experiment '%1'").arg(definition.name);
    if (!run(query,
            QStringLiteral(
                "INSERT INTO experiments(name, dataset_id, definition, definition_hash) VALUES (?, ?, ?, ?)"),
            {definition.name, datasetId, compact(experimentDefinitionToJson(definition)),
                QString::fromLatin1(canonicalJsonHash(identity(definition, datasetId, datasetHash)))}))
        return queryError(what, query, m_db);
    const qint64 id = query.lastInsertId().toLongLong();
    for (qsizetype position = 0; position < definition.models.size(); ++position) {
        const ModelSpec& model = definition.models.at(position);
        if (!run(query,
                QStringLiteral(
                    "INSERT INTO experiment_models(experiment_id, position, name, endpoint) VALUES (?, ?, ?, ?)"),
                {id, position, model.name, compact(modelSpecToJson(model))}))
            return queryError(what, query, m_db);
    }
    return id;
}

Result<qint64> ExperimentStore::findOrCreate(const ExperimentDefinition& definition, qint64 datasetId)
{
    QSqlQuery query(m_db);
    if (!run(query,
            QStringLiteral("SELECT e.id, e.definition_hash, e.definition, e.dataset_id, d.content_hash "
                           "FROM experiments e JOIN datasets d ON d.id = e.dataset_id WHERE e.name = ?"),
            {definition.name}))
        return queryError(tr("cannot read the experiments"), query, m_db);
    if (!query.next())
        return create(definition, datasetId);
    const qint64 id = query.value(0).toLongLong();
    QSqlQuery dataset(m_db);
    if (!run(dataset, QStringLiteral("SELECT content_hash FROM datasets WHERE id = ?"), {datasetId}))
        return queryError(tr("cannot read the dataset"), dataset, m_db);
    const QString hash = dataset.next() ? dataset.value(0).toString() : QString();
    const QJsonObject wanted = identity(definition, datasetId, hash);
    if (QString::fromLatin1(canonicalJsonHash(wanted)) == query.value(1).toString())
        return id;
    Result<ExperimentDefinition> stored = experimentstore::storedDefinition(query.value(2).toString(), m_db);
    QStringList differ = stored
        ? differences(identity(*stored, query.value(3).toLongLong(), query.value(4).toString()), wanted)
        : QStringList();
    if (differ.isEmpty())
        differ.append(tr("definition"));
    return Error {tr("the experiment '%1' exists with a different %2; changing an experiment is not supported, "
                     "use a new name")
                      .arg(definition.name, differ.join(QStringLiteral(", "))),
        m_db.databaseName()};
}

Result<QList<ExperimentInfo>> ExperimentStore::list() const
{
    return select(QStringLiteral("ORDER BY e.created_at, e.id"), {});
}

Result<ExperimentInfo> ExperimentStore::get(qint64 id) const
{
    Result<QList<ExperimentInfo>> found = select(QStringLiteral("WHERE e.id = ?"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error {tr("there is no experiment with id %1").arg(id), m_db.databaseName()};
    return found->constFirst();
}

Result<ExperimentInfo> ExperimentStore::byName(const QString& name) const
{
    Result<QList<ExperimentInfo>> found = select(QStringLiteral("WHERE e.name = ?"), name);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error {tr("there is no experiment named '%1'").arg(name), m_db.databaseName()};
    return found->constFirst();
}

Result<QList<ExperimentInfo>> ExperimentStore::select(const QString& tail, const QVariant& value) const
{
    QSqlQuery query(m_db);
    query.prepare(InfoColumns + tail);
    if (value.isValid())
        query.addBindValue(value);
    if (!query.exec())
        return queryError(tr("cannot read the experiments"), query, m_db);
    QList<ExperimentInfo> experiments;
    while (query.next()) {
        ExperimentInfo info;
        info.id = query.value(0).toLongLong();
        info.name = query.value(1).toString();
        info.datasetId = query.value(2).toLongLong();
        info.datasetName = query.value(3).toString();
        info.datasetHash = query.value(4).toString();
        info.sampleCount = query.value(5).toInt();
        Result<ExperimentDefinition> definition = experimentstore::storedDefinition(query.value(6).toString(), m_db);
        if (!definition)
            return definition.error();
        info.definition = std::move(definition).value();
        info.createdAt = query.value(7).toString();
        experiments.append(info);
    }
    return experiments;
}

Status ExperimentStore::remove(qint64 id)
{
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("DELETE FROM experiments WHERE id = ?"), {id}))
        return queryError(tr("cannot remove the experiment"), query, m_db);
    return Ok {};
}

Result<QList<ExperimentModel>> ExperimentStore::models(qint64 experimentId) const
{
    QSqlQuery query(m_db);
    if (!run(query,
            QStringLiteral("SELECT id, position, name, endpoint FROM experiment_models WHERE experiment_id = ? "
                           "ORDER BY position"),
            {experimentId}))
        return queryError(tr("cannot read the experiment's models"), query, m_db);
    QList<ExperimentModel> models;
    while (query.next()) {
        const QJsonObject entry = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        Result<ModelSpec> spec = parseModelSpec(entry);
        if (!spec)
            return Error {
                tr("the stored model '%1' is damaged: %2").arg(query.value(2).toString(), spec.error().message),
                m_db.databaseName()};
        models.append({query.value(0).toLongLong(), experimentId, query.value(1).toInt(), query.value(2).toString(),
            spec->endpoint});
    }
    return models;
}

} // namespace caliper
