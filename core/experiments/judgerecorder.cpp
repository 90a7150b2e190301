// ExperimentStore::recordJudgement(): one judge reply becomes a judgements row with its provenance, the output's
// geval_<criterion> score and a cache entry; judgeRetry() decides when a reply without a score is asked again.
#include "experiments/experimentstore.h"

#include "experiments/responsecache.h"
#include "experiments/storesupport.h"
#include "judge/judgescore.h"
#include "metrics/tokencount.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caliper {

using experimentstore::queryError;
using experimentstore::run;
using experimentstore::text;
using experimentstore::tr;

namespace {

// A failed judgement never replaces a done one (a retry of failed ones may fail again).
const QString UpsertJudgement = QStringLiteral(
    "INSERT INTO judgements(output_id, criterion, repeat, status, score, raw_score, judge_endpoint, judge_model, "
    "method, template_id, prompt_sha256, raw_reply, logprobs, error, attempts, prompt_tokens, completion_tokens, "
    "cost) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(output_id, criterion, repeat) DO UPDATE SET status = excluded.status, score = excluded.score, "
    "raw_score = excluded.raw_score, judge_endpoint = excluded.judge_endpoint, judge_model = excluded.judge_model, "
    "method = excluded.method, template_id = excluded.template_id, prompt_sha256 = excluded.prompt_sha256, "
    "raw_reply = excluded.raw_reply, logprobs = excluded.logprobs, error = excluded.error, "
    "attempts = excluded.attempts, prompt_tokens = excluded.prompt_tokens, "
    "completion_tokens = excluded.completion_tokens, cost = excluded.cost, "
    "created_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE excluded.status = 'done' OR judgements.status = 'failed'");

qint64 countedTokens(const QString& text)
{
    return text.isEmpty() ? 0 : std::max<qint64>(0, cl100kTokenCount(text));
}

// The logprobs the score was weighted with: the score token's alternatives, each with whether it counted.
QString weightingJson(const JudgeScore& score)
{
    if (!score.weighting)
        return {};
    QJsonArray alternatives;
    for (const ScoreAlternative& alternative : score.weighting->alternatives)
        alternatives.append(
            QJsonObject {{QStringLiteral("token"), alternative.token}, {QStringLiteral("logprob"), alternative.logprob},
                {QStringLiteral("value"), alternative.value ? QJsonValue(*alternative.value) : QJsonValue()},
                {QStringLiteral("counted"), alternative.counted}});
    const QJsonObject object {
        {QStringLiteral("token_index"), score.weighting->tokenIndex}, {QStringLiteral("alternatives"), alternatives}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString templateId(const JudgeCriterion& criterion)
{
    return criterion.id + QStringLiteral(" (")
        + (criterion.source.isEmpty() ? QStringLiteral("custom") : criterion.source) + QLatin1Char(')');
}

// Everything of the judgements row except the keys, computed before the transaction.
struct JudgementRow
{
    std::optional<JudgeScore> score;
    QString error;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    double cost = 0;
};

JudgementRow makeRow(const JudgeSpec& judge, const JudgeCriterion& criterion, const WorkOutcome& outcome)
{
    JudgementRow row;
    const ChatResult& result = outcome.result;
    const JudgeWork& work = *outcome.item.judge;
    if (Result<JudgeScore> score = scoreJudgeResult(criterion, result)) {
        row.score = std::move(score).value();
        // The paper's n samples: the judgement is the mean of every sample's score.
        if (!work.sampleScores.isEmpty()) {
            double sum = row.score->score;
            for (double earlier : work.sampleScores)
                sum += earlier;
            row.score->score = sum / static_cast<double>(work.sampleScores.size() + 1);
            row.score->normalised = normaliseScore(row.score->score, criterion.minScore, criterion.maxScore);
        }
    } else {
        row.error = score.error().message;
    }
    qint64 sent = 0;
    for (const ChatMessage& message : outcome.item.request.messages)
        sent += countedTokens(message.content);
    // Tokens are the server's figures where it gives them; a judge counts toward the run's cost even from cache.
    row.promptTokens = work.earlierPromptTokens + result.usage.promptTokens.value_or(sent);
    row.completionTokens
        = work.earlierCompletionTokens + result.usage.completionTokens.value_or(countedTokens(result.content));
    row.cost = judge.endpoint.cost(row.promptTokens, row.completionTokens);
    return row;
}

// The output's geval_<criterion>: the mean of its successful repeats, or nothing when none succeeded.
Status updateScore(QSqlDatabase& db, qint64 outputId, const JudgeCriterion& criterion, const QString& what)
{
    QSqlQuery query(db);
    const QString key = judgeScoreKey(criterion);
    if (!run(query, QStringLiteral("DELETE FROM scores WHERE output_id = ? AND key = ?"), {outputId, key})
        || !run(query,
            QStringLiteral("INSERT INTO scores(output_id, key, value) SELECT output_id, ?, avg(score) FROM judgements "
                           "WHERE output_id = ? AND criterion = ? AND status = 'done' GROUP BY output_id"),
            {key, outputId, criterion.id}))
        return queryError(what, query, db);
    return Ok {};
}

Status writeJudgement(QSqlDatabase& db, const JudgeSpec& judge, const JudgeCriterion& criterion,
    const WorkOutcome& outcome, const JudgementRow& row)
{
    const ChatResult& result = outcome.result;
    const JudgeWork& work = *outcome.item.judge;
    const QString what = tr("cannot save the judgement of sample %1").arg(outcome.item.sampleKey);
    const QString failure = result.ok() ? row.error : result.failure->error.toString();
    QSqlQuery query(db);
    if (!run(query, UpsertJudgement,
            {work.outputId, criterion.id, work.repeat, row.score ? QStringLiteral("done") : QStringLiteral("failed"),
                row.score ? QVariant(row.score->normalised) : QVariant(),
                row.score ? QVariant(row.score->score) : QVariant(), displayUrl(judge.endpoint.baseUrl),
                text(result.model.isEmpty() ? judge.endpoint.model : result.model), judgeMethodName(criterion.method),
                templateId(criterion), promptHash(outcome.item.request.messages), text(result.content),
                text(row.score ? weightingJson(*row.score) : QString()), text(failure),
                outcome.fromCache ? 0 : work.attempt, row.promptTokens, row.completionTokens, row.cost}))
        return queryError(what, query, db);
    if (query.numRowsAffected() == 0)
        return Ok {}; // a failure after a success: the success stays
    if (Status scored = updateScore(db, work.outputId, criterion, what); !scored)
        return scored;
    // A mean of n samples is not the answer to one request: only single replies are cached.
    if (row.score && !outcome.fromCache && work.samples == 1)
        return ResponseCache(db).store(judge.endpoint, outcome.item.request, result, work.repeat);
    return Ok {};
}

} // namespace

Status ExperimentStore::recordJudgement(const WorkOutcome& outcome)
{
    if (!outcome.item.judge)
        return Error {tr("sample %1: not a judge request").arg(outcome.item.sampleKey), m_db.databaseName()};
    QSqlQuery query(m_db);
    if (!run(query,
            QStringLiteral("SELECT e.definition FROM experiment_models m JOIN experiments e ON e.id = m.experiment_id "
                           "WHERE m.id = ?"),
            {outcome.item.modelId})
        || !query.next())
        return queryError(tr("cannot read the experiment"), query, m_db);
    Result<ExperimentDefinition> definition = experimentstore::storedDefinition(query.value(0).toString(), m_db);
    query.finish();
    if (!definition)
        return definition.error();
    const JudgeSpec& judge = definition->judge;
    const JudgeCriterion* criterion = judge.criterion(outcome.item.judge->criterionId);
    if (!criterion)
        return Error {
            tr("the experiment has no judge criterion '%1'").arg(outcome.item.judge->criterionId), m_db.databaseName()};
    const JudgementRow row = makeRow(judge, *criterion, outcome);
    if (!m_db.transaction())
        return sqlError(tr("cannot start a transaction"), m_db.lastError(), m_db.databaseName());
    Status written = writeJudgement(m_db, judge, *criterion, outcome, row);
    if (written && m_db.commit())
        return Ok {};
    const Error error
        = written ? sqlError(tr("cannot save the judgement"), m_db.lastError(), m_db.databaseName()) : written.error();
    m_db.rollback();
    return error;
}

std::optional<WorkItem> judgeRetry(const JudgeSpec& judge, const WorkOutcome& outcome)
{
    const std::optional<JudgeWork>& work = outcome.item.judge;
    const JudgeCriterion* criterion = work ? judge.criterion(work->criterionId) : nullptr;
    if (!criterion || !outcome.result.ok())
        return std::nullopt;
    const Result<JudgeScore> score = scoreJudgeResult(*criterion, outcome.result);
    if (!score && work->parseFailures >= judge.parseRetries)
        return std::nullopt; // out of retries: stored as failed with this raw reply
    if (score && work->sampleScores.size() + 1 >= work->samples)
        return std::nullopt; // the last (or only) sample: stored
    WorkItem again = outcome.item;
    if (score)
        again.judge->sampleScores.append(score->score);
    else
        again.judge->parseFailures += 1;
    again.judge->attempt += 1;
    again.judge->earlierPromptTokens += outcome.result.usage.promptTokens.value_or(0);
    again.judge->earlierCompletionTokens += outcome.result.usage.completionTokens.value_or(0);
    return again;
}

} // namespace caliper
