// ExperimentStore::recordOutcome(): one finished work item becomes an output row, its scores and a cache entry.
#include "experiments/experimentstore.h"

#include "experiments/responsecache.h"
#include "experiments/storesupport.h"
#include "metrics/reasoning.h"
#include "metrics/registry.h"
#include "metrics/tokencount.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace caliper {

using experimentstore::queryError;
using experimentstore::run;
using experimentstore::text;
using experimentstore::tr;

namespace {

// What recordOutcome needs besides the outcome: the frozen endpoint (cost, cache key), the metrics, the texts
// the metrics compare the answer with.
struct OutcomeContext
{
    Endpoint endpoint;
    QStringList metrics;
    bool sampleFound = false;
    QString source;
    std::optional<QString> reference;
};

// The values of an output row, in the column order of UpsertOutput.
struct OutputRow
{
    bool done = false;
    ReasoningSplit split;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 reasoningTokens = 0;
    qint64 answerTokens = 0;
    double cost = 0;
};

// A failure never replaces a done output; a success replaces whatever was there.
const QString UpsertOutput = QStringLiteral(
    "INSERT INTO outputs(model_id, sample_id, status, content, answer, reasoning, unclosed_reasoning, prompt_tokens, "
    "completion_tokens, reasoning_tokens, answer_tokens, ttft_ms, latency_ms, cost, attempts, http_status, error, "
    "from_cache) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(model_id, sample_id) DO UPDATE SET status = excluded.status, content = excluded.content, "
    "answer = excluded.answer, reasoning = excluded.reasoning, unclosed_reasoning = excluded.unclosed_reasoning, "
    "prompt_tokens = excluded.prompt_tokens, completion_tokens = excluded.completion_tokens, "
    "reasoning_tokens = excluded.reasoning_tokens, answer_tokens = excluded.answer_tokens, "
    "ttft_ms = excluded.ttft_ms, latency_ms = excluded.latency_ms, cost = excluded.cost, "
    "attempts = excluded.attempts, http_status = excluded.http_status, error = excluded.error, "
    "from_cache = excluded.from_cache, finished_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') "
    "WHERE excluded.status = 'done' OR outputs.status = 'failed'");

qint64 tokens(const QString& text)
{
    return text.isEmpty() ? 0 : std::max<qint64>(0, cl100kTokenCount(text));
}

OutputRow makeRow(const WorkOutcome& outcome, const Endpoint& endpoint)
{
    OutputRow row;
    const ChatResult& result = outcome.result;
    row.done = result.ok();
    if (!row.done)
        return row;
    row.split = splitReasoning(result.content, result.reasoningContent);
    const TokenCounts counts = cl100kTokenCounts(row.split);
    row.answerTokens = counts.answer;
    row.reasoningTokens = result.usage.reasoningTokens.value_or(counts.reasoning);
    qint64 requestTokens = 0;
    for (const ChatMessage& message : outcome.item.request.messages)
        requestTokens += tokens(message.content);
    row.promptTokens = result.usage.promptTokens.value_or(requestTokens);
    row.completionTokens
        = result.usage.completionTokens.value_or(tokens(result.content) + tokens(result.reasoningContent));
    // A cached answer costs nothing now, but it is charged as if sent: the cost compares models, not sessions.
    row.cost = endpoint.cost(row.promptTokens, row.completionTokens);
    return row;
}

Result<ScoreMap> scoresFor(const OutcomeContext& context, const ReasoningSplit& split)
{
    QStringList keys = context.metrics;
    keys.removeAll(QStringLiteral("geval")); // the judge (issue 5) scores on its own
    Result<QList<const Metric*>> selected = MetricRegistry::builtIn().select(keys);
    if (!selected)
        return selected.error();
    QList<const Metric*> metrics;
    for (const Metric* metric : *selected) {
        // Without a reference only the metrics that do not compare with one can say anything.
        if (context.reference || !metric->needs.testFlag(MetricField::Reference))
            metrics.append(metric);
    }
    const MetricInput input {split.answer, split.reasoning, context.reference.value_or(QString()), context.source};
    return computeScores(metrics, input, MetricOptions {});
}

Status writeOutcome(QSqlDatabase& db, const WorkOutcome& outcome, const Endpoint& endpoint, const OutputRow& row,
    const ScoreMap& scores);

} // namespace

Status ExperimentStore::recordOutcome(const WorkOutcome& outcome)
{
    QSqlQuery query(m_db);
    if (!run(query,
            QStringLiteral("SELECT m.endpoint, e.definition, e.dataset_id, s.dataset_id, s.source, s.reference "
                           "FROM experiment_models m JOIN experiments e ON e.id = m.experiment_id "
                           "LEFT JOIN samples s ON s.id = ? WHERE m.id = ?"),
            {outcome.item.sampleId, outcome.item.modelId}))
        return queryError(tr("cannot read the experiment"), query, m_db);
    if (!query.next())
        return Error {tr("there is no experiment model with id %1").arg(outcome.item.modelId), m_db.databaseName()};
    if (!query.value(3).isNull() && query.value(3).toLongLong() != query.value(2).toLongLong())
        return Error {
            tr("sample %1 is not in the experiment's dataset").arg(outcome.item.sampleKey), m_db.databaseName()};
    OutcomeContext context;
    Result<ModelSpec> model = parseModelSpec(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    Result<ExperimentDefinition> definition = experimentstore::storedDefinition(query.value(1).toString(), m_db);
    if (!model || !definition)
        return model ? definition.error() : model.error();
    context.endpoint = model->endpoint;
    context.metrics = definition->metrics;
    context.source = query.value(4).toString();
    if (!query.value(5).isNull())
        context.reference = query.value(5).toString();
    query.finish();

    // Everything slow (token counts, metrics) happens before the write transaction, which stays short.
    const OutputRow row = makeRow(outcome, context.endpoint);
    ScoreMap scores;
    if (row.done) {
        Result<ScoreMap> computed = scoresFor(context, row.split);
        if (!computed)
            return computed.error();
        scores = std::move(computed).value();
    }
    if (!m_db.transaction())
        return sqlError(tr("cannot start a transaction"), m_db.lastError(), m_db.databaseName());
    Status written = writeOutcome(m_db, outcome, context.endpoint, row, scores);
    if (written && m_db.commit())
        return Ok {};
    const Error error
        = written ? sqlError(tr("cannot save the output"), m_db.lastError(), m_db.databaseName()) : written.error();
    m_db.rollback();
    return error;
}

namespace {

Status writeOutcome(QSqlDatabase& db, const WorkOutcome& outcome, const Endpoint& endpoint, const OutputRow& row,
    const ScoreMap& scores)
{
    const ChatResult& result = outcome.result;
    const QString what = QCoreApplication::translate("caliper::ExperimentStore", "cannot save the output of sample %1")
                             .arg(outcome.item.sampleKey);
    QSqlQuery query(db);
    if (!run(query, UpsertOutput,
            {outcome.item.modelId, outcome.item.sampleId, row.done ? QStringLiteral("done") : QStringLiteral("failed"),
                text(result.content), text(row.split.answer), text(row.split.reasoning), row.split.unclosed ? 1 : 0,
                row.promptTokens, row.completionTokens, row.reasoningTokens, row.answerTokens,
                result.timeToFirstTokenMs, result.latencyMs, row.cost, result.attempts,
                result.failure ? result.failure->httpStatus : 0,
                text(result.failure ? result.failure->error.message : QString()), outcome.fromCache ? 1 : 0}))
        return queryError(what, query, db);
    if (query.numRowsAffected() == 0)
        return Ok {}; // a failure after a success: the success stays
    if (!run(query, QStringLiteral("SELECT id FROM outputs WHERE model_id = ? AND sample_id = ?"),
            {outcome.item.modelId, outcome.item.sampleId})
        || !query.next())
        return queryError(what, query, db);
    const qint64 outputId = query.value(0).toLongLong();
    if (!run(query, QStringLiteral("DELETE FROM scores WHERE output_id = ?"), {outputId}))
        return queryError(what, query, db);
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        // SQLite stores NaN as NULL; a score that is not a number is left out rather than stored as one.
        if (!std::isfinite(it.value()))
            continue;
        if (!run(query, QStringLiteral("INSERT INTO scores(output_id, key, value) VALUES (?, ?, ?)"),
                {outputId, it.key(), it.value()}))
            return queryError(what, query, db);
    }
    if (row.done && !outcome.fromCache)
        return ResponseCache(db).store(endpoint, outcome.item.request, result);
    return Ok {};
}

} // namespace

} // namespace caliper
