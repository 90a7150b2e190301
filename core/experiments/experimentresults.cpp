// ExperimentStore's read side: outputs with their scores, and per-model summaries computed in SQL.
#include "experiments/experimentstore.h"

#include "experiments/storesupport.h"

#include <QHash>

namespace caliper {

using experimentstore::queryError;
using experimentstore::run;
using experimentstore::tr;

namespace {

// modelId 0 selects every model: "? = 0 OR m.id = ?" binds it twice.
const QString OutputsQuery = QStringLiteral(
    "SELECT o.id, o.model_id, o.sample_id, s.external_id, o.status, o.content, o.answer, o.reasoning, "
    "o.unclosed_reasoning, o.prompt_tokens, o.completion_tokens, o.reasoning_tokens, o.answer_tokens, o.ttft_ms, "
    "o.latency_ms, o.cost, o.attempts, o.http_status, o.error, o.from_cache, o.finished_at "
    "FROM outputs o JOIN experiment_models m ON m.id = o.model_id JOIN samples s ON s.id = o.sample_id "
    "WHERE m.experiment_id = ? AND (? = 0 OR m.id = ?) ORDER BY m.position, s.row_index");

// Ordered by the outputs_failed index (model_id, sample_id) inside each model: models are created in position
// order and samples in row order, and sorting every failure of a large failed run would take seconds.
const QString FailuresQuery = QStringLiteral(
    "SELECT o.id, o.model_id, o.sample_id, s.external_id, o.attempts, o.http_status, o.error "
    "FROM experiment_models m JOIN outputs o ON o.model_id = m.id JOIN samples s ON s.id = o.sample_id "
    "WHERE m.experiment_id = ? AND o.status = 'failed' ORDER BY m.position, o.sample_id LIMIT ?");

const QString ScoresQuery
    = QStringLiteral("SELECT sc.output_id, sc.key, sc.value FROM scores sc JOIN outputs o ON o.id = sc.output_id "
                     "JOIN experiment_models m ON m.id = o.model_id WHERE m.experiment_id = ? AND (? = 0 OR m.id = ?)");

// Averages over done outputs only: a failure has no tokens or latency worth averaging.
const QString SummaryQuery = QStringLiteral(
    "SELECT m.id, m.name, (SELECT count(*) FROM samples s WHERE s.dataset_id = e.dataset_id), "
    "  count(CASE WHEN o.status = 'done' THEN 1 END), count(CASE WHEN o.status = 'failed' THEN 1 END), "
    "  avg(CASE WHEN o.status = 'done' THEN o.reasoning_tokens END), "
    "  avg(CASE WHEN o.status = 'done' THEN o.answer_tokens END), "
    "  avg(CASE WHEN o.status = 'done' THEN o.latency_ms END) / 1000.0, total(o.cost) "
    "FROM experiment_models m JOIN experiments e ON e.id = m.experiment_id "
    "LEFT JOIN outputs o ON o.model_id = m.id WHERE m.experiment_id = ? GROUP BY m.id ORDER BY m.position");

const QString MeanScoresQuery
    = QStringLiteral("SELECT o.model_id, sc.key, avg(sc.value) FROM scores sc JOIN outputs o ON o.id = sc.output_id "
                     "JOIN experiment_models m ON m.id = o.model_id WHERE m.experiment_id = ? AND o.status = 'done' "
                     "GROUP BY o.model_id, sc.key");

OutputRecord readOutput(const QSqlQuery& q)
{
    OutputRecord r;
    r.id = q.value(0).toLongLong();
    r.modelId = q.value(1).toLongLong();
    r.sampleId = q.value(2).toLongLong();
    r.sampleKey = q.value(3).toString();
    r.done = q.value(4).toString() == QLatin1String("done");
    r.content = q.value(5).toString();
    r.answer = q.value(6).toString();
    r.reasoning = q.value(7).toString();
    r.unclosedReasoning = q.value(8).toBool();
    r.promptTokens = q.value(9).toLongLong();
    r.completionTokens = q.value(10).toLongLong();
    r.reasoningTokens = q.value(11).toLongLong();
    r.answerTokens = q.value(12).toLongLong();
    r.timeToFirstTokenMs = q.value(13).toLongLong();
    r.latencyMs = q.value(14).toLongLong();
    r.cost = q.value(15).toDouble();
    r.attempts = q.value(16).toInt();
    r.httpStatus = q.value(17).toInt();
    r.error = q.value(18).toString();
    r.fromCache = q.value(19).toBool();
    r.finishedAt = q.value(20).toString();
    return r;
}

} // namespace

Result<QList<OutputRecord>> ExperimentStore::outputs(qint64 experimentId, qint64 modelId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, ScoresQuery, {experimentId, modelId, modelId}))
        return queryError(tr("cannot read the scores"), query, m_db);
    QHash<qint64, ScoreMap> scores;
    while (query.next())
        scores[query.value(0).toLongLong()].insert(query.value(1).toString(), query.value(2).toDouble());
    if (!run(query, OutputsQuery, {experimentId, modelId, modelId}))
        return queryError(tr("cannot read the outputs"), query, m_db);
    QList<OutputRecord> outputs;
    while (query.next()) {
        OutputRecord record = readOutput(query);
        record.scores = scores.value(record.id);
        outputs.append(std::move(record));
    }
    return outputs;
}

Result<QList<OutputRecord>> ExperimentStore::failures(qint64 experimentId, int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, FailuresQuery, {experimentId, limit}))
        return queryError(tr("cannot read the failed outputs"), query, m_db);
    QList<OutputRecord> failures;
    while (query.next()) {
        OutputRecord record;
        record.id = query.value(0).toLongLong();
        record.modelId = query.value(1).toLongLong();
        record.sampleId = query.value(2).toLongLong();
        record.sampleKey = query.value(3).toString();
        record.attempts = query.value(4).toInt();
        record.httpStatus = query.value(5).toInt();
        record.error = query.value(6).toString();
        failures.append(std::move(record));
    }
    return failures;
}

Result<QList<ModelSummary>> ExperimentStore::summaries(qint64 experimentId) const
{
    QSqlQuery query(m_db);
    if (!run(query, MeanScoresQuery, {experimentId}))
        return queryError(tr("cannot read the scores"), query, m_db);
    QHash<qint64, ScoreMap> means;
    while (query.next())
        means[query.value(0).toLongLong()].insert(query.value(1).toString(), query.value(2).toDouble());
    if (!run(query, SummaryQuery, {experimentId}))
        return queryError(tr("cannot read the outputs"), query, m_db);
    QList<ModelSummary> summaries;
    while (query.next()) {
        ModelSummary summary;
        summary.modelId = query.value(0).toLongLong();
        summary.name = query.value(1).toString();
        summary.total = query.value(2).toInt();
        summary.done = query.value(3).toInt();
        summary.failed = query.value(4).toInt();
        summary.avgReasoningTokens = query.value(5).toDouble();
        summary.avgAnswerTokens = query.value(6).toDouble();
        summary.avgLatencyS = query.value(7).toDouble();
        summary.cost = query.value(8).toDouble();
        summary.meanScores = means.value(summary.modelId);
        summaries.append(summary);
    }
    if (Status judged = addJudgeFigures(experimentId, summaries); !judged)
        return judged.error();
    return summaries;
}

} // namespace caliper
