// ExperimentStore::judgePlan(): the judge phase's work, built like plan() so a run stopped half-way resumes.
#include "experiments/experimentstore.h"

#include "experiments/storesupport.h"

#include <set>
#include <tuple>

namespace caliper {

using experimentstore::queryError;
using experimentstore::run;
using experimentstore::tr;

namespace {

using JudgementKey = std::tuple<qint64, QString, int>; // output id, criterion id, repeat

const QString StoredJudgementsQuery
    = QStringLiteral("SELECT j.output_id, j.criterion, j.repeat, j.status FROM judgements j "
                     "JOIN outputs o ON o.id = j.output_id JOIN experiment_models m ON m.id = o.model_id "
                     "WHERE m.experiment_id = ?");

// Sample-major like plan(), so every model's lane has work from the start.
const QString DoneOutputsQuery = QStringLiteral(
    "SELECT o.id, o.model_id, o.sample_id, s.external_id, s.source, s.reference, o.answer FROM outputs o "
    "JOIN experiment_models m ON m.id = o.model_id JOIN samples s ON s.id = o.sample_id "
    "WHERE m.experiment_id = ? AND o.status = 'done' ORDER BY s.row_index, m.position");

struct StoredJudgements
{
    std::set<JudgementKey> finished; ///< not to be requested again
    int done = 0;
};

Result<StoredJudgements> storedJudgements(const QSqlDatabase& db, qint64 experimentId, bool retryFailed)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, StoredJudgementsQuery, {experimentId}))
        return queryError(tr("cannot read the judgements"), query, db);
    StoredJudgements stored;
    while (query.next()) {
        const bool done = query.value(3).toString() == QLatin1String("done");
        stored.done += done ? 1 : 0;
        if (done || !retryFailed)
            stored.finished.insert({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt()});
    }
    return stored;
}

// Each model's outputs are judged on their own lane, all lanes going to the judge's one endpoint (so its
// concurrency and pacing hold across them).
QList<RunModel> judgeLanes(const QList<ExperimentModel>& models, const Endpoint& judge)
{
    QList<RunModel> lanes;
    for (const ExperimentModel& model : models)
        lanes.append({model.id, model.name, judge});
    return lanes;
}

} // namespace

Result<RunPlan> ExperimentStore::judgePlan(qint64 experimentId, bool retryFailed) const
{
    Result<ExperimentInfo> experiment = get(experimentId);
    if (!experiment)
        return experiment.error();
    RunPlan plan;
    plan.runId = experimentId;
    plan.name = experiment->name;
    plan.judging = true;
    const JudgeSpec& judge = experiment->definition.judge;
    if (judge.isEmpty())
        return plan;
    Result<QList<ExperimentModel>> models = this->models(experimentId);
    if (!models)
        return models.error();
    plan.models = judgeLanes(*models, judge.endpoint);
    Result<StoredJudgements> stored = storedJudgements(m_db, experimentId, retryFailed);
    if (!stored)
        return stored.error();
    plan.alreadyDone = stored->done;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, DoneOutputsQuery, {experimentId}))
        return queryError(tr("cannot plan the judge's work"), query, m_db);
    while (query.next()) {
        WorkItem item;
        item.modelId = query.value(1).toLongLong();
        item.sampleId = query.value(2).toLongLong();
        item.sampleKey = query.value(3).toString();
        const JudgeTexts texts {query.value(4).toString(), query.value(6).toString(), query.value(5).toString()};
        for (const JudgeCriterion& criterion : judge.criteria) {
            Result<JudgeRequest> request = buildJudgeRequest(criterion, texts, judge.options);
            if (!request)
                continue; // the criterion needs a text this sample lacks (a reference): nothing to judge
            item.request = request->chat;
            for (int repeat = 0; repeat < judge.repeats; ++repeat) {
                if (stored->finished.count({query.value(0).toLongLong(), criterion.id, repeat}) > 0)
                    continue;
                JudgeWork work;
                work.outputId = query.value(0).toLongLong();
                work.criterionId = criterion.id;
                work.repeat = repeat;
                work.samples = request->samples;
                item.judge = work;
                plan.items.append(item);
            }
        }
    }
    if (query.lastError().isValid())
        return queryError(tr("cannot plan the judge's work"), query, m_db);
    return plan;
}

} // namespace caliper
