#include "experiments/experimentstore.h"

#include "experiments/storesupport.h"

#include <QSet>

namespace caliper {

using experimentstore::queryError;
using experimentstore::run;
using experimentstore::tr;

namespace {

// Outputs that take a (sample, model) pair off the plan: done ones, and failed ones unless they are retried.
const QString FinishedQuery
    = QStringLiteral("SELECT o.sample_id, o.model_id FROM outputs o JOIN experiment_models m ON m.id = o.model_id "
                     "WHERE m.experiment_id = ? AND (o.status = 'done' OR ? = 0)");

QList<ChatMessage> messagesFor(const QString& systemPrompt, const QString& source)
{
    QList<ChatMessage> messages;
    if (!systemPrompt.isEmpty())
        messages.append({QStringLiteral("system"), systemPrompt});
    messages.append({QStringLiteral("user"), source});
    return messages;
}

} // namespace

Result<RunPlan> ExperimentStore::plan(qint64 experimentId, bool retryFailed) const
{
    Result<ExperimentInfo> experiment = get(experimentId);
    if (!experiment)
        return experiment.error();
    Result<QList<ExperimentModel>> models = this->models(experimentId);
    if (!models)
        return models.error();
    RunPlan plan;
    plan.runId = experimentId;
    plan.name = experiment->name;
    for (const ExperimentModel& model : *models)
        plan.models.append({model.id, model.name, model.endpoint});
    QSqlQuery query(m_db);
    if (!run(query,
            QStringLiteral("SELECT count(*) FROM outputs o JOIN experiment_models m ON m.id = o.model_id "
                           "WHERE m.experiment_id = ? AND o.status = 'done'"),
            {experimentId})
        || !query.next())
        return queryError(tr("cannot read the experiment's outputs"), query, m_db);
    plan.alreadyDone = query.value(0).toInt();
    Result<QList<WorkItem>> items = pendingItems(*experiment, *models, retryFailed);
    if (!items)
        return items.error();
    plan.items = std::move(items).value();
    return plan;
}

// Two linear reads joined in memory: the finished pairs into a hash set, then the samples in row order with the
// models inner, so every endpoint has work from the start (model-major order would leave all but the first
// endpoint idle). One SQL query with NOT EXISTS took 21 s instead of 2.3 s for 100,000 samples × 10 models (it sorts
// a million rows and converts each sample's source once per model).
Result<QList<WorkItem>> ExperimentStore::pendingItems(
    const ExperimentInfo& experiment, const QList<ExperimentModel>& models, bool retryFailed) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, FinishedQuery, {experiment.id, retryFailed ? 1 : 0}))
        return queryError(tr("cannot plan the experiment's work"), query, m_db);
    QSet<std::pair<qint64, qint64>> finished;
    while (query.next())
        finished.insert({query.value(0).toLongLong(), query.value(1).toLongLong()});
    if (!run(query,
            QStringLiteral("SELECT id, external_id, source FROM samples WHERE dataset_id = ? ORDER BY row_index"),
            {experiment.datasetId}))
        return queryError(tr("cannot plan the experiment's work"), query, m_db);
    QList<WorkItem> items;
    WorkItem item;
    item.request.parameters = experiment.definition.generation;
    while (query.next()) {
        item.sampleId = query.value(0).toLongLong();
        item.request.messages.clear();
        for (const ExperimentModel& model : models) {
            if (finished.contains({item.sampleId, model.id}))
                continue;
            if (item.request.messages.isEmpty()) {
                // Shared (not copied) by the items of every model of this sample.
                item.sampleKey = query.value(1).toString();
                item.request.messages = messagesFor(experiment.definition.systemPrompt, query.value(2).toString());
            }
            item.modelId = model.id;
            items.append(item);
        }
    }
    if (query.lastError().isValid())
        return queryError(tr("cannot plan the experiment's work"), query, m_db);
    return items;
}

} // namespace caliper
