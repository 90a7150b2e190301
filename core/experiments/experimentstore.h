#pragma once

#include "common/error.h"
#include "experiments/experimentdefinition.h"
#include "metrics/metric.h"
#include "runs/runtypes.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace caliper {

/// An experiment as stored (table experiments).
struct ExperimentInfo
{
    qint64 id = 0;
    QString name;
    qint64 datasetId = 0;
    QString datasetName;
    QString datasetHash;
    int sampleCount = 0;
    ExperimentDefinition definition;
    QString createdAt; ///< ISO 8601 UTC
};

/// One model of a stored experiment (table experiment_models), its endpoint frozen when the experiment was made.
struct ExperimentModel
{
    qint64 id = 0;
    qint64 experimentId = 0;
    int position = 0; ///< order in the experiment
    QString name;
    Endpoint endpoint;
};

/// One sample's output for one model (table outputs) with its scores (table scores).
struct OutputRecord
{
    qint64 id = 0;
    qint64 modelId = 0;
    qint64 sampleId = 0;
    QString sampleKey; ///< the sample's external id
    bool done = false; ///< false: failed for good
    QString content; ///< raw, as the server sent it
    QString answer; ///< after splitReasoning()
    QString reasoning;
    bool unclosedReasoning = false;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 reasoningTokens = 0; ///< the server's completion_tokens_details, else cl100k of the reasoning
    qint64 answerTokens = 0; ///< cl100k of the answer
    qint64 timeToFirstTokenMs = -1;
    qint64 latencyMs = 0;
    double cost = 0;
    int attempts = 0;
    int httpStatus = 0; ///< of the final failure; 0 when done or no HTTP answer
    QString error; ///< the final failure's message (never a key)
    bool fromCache = false;
    QString finishedAt;
    ScoreMap scores;
};

/// How much a judge disagrees with itself on one criterion over one model's outputs, from k ≥ 2 repeats (0–1
/// scale): when two models differ by less than this, the judge cannot tell them apart.
struct JudgeSpread
{
    int repeats = 0; ///< the most repeats judged for one output
    double sampleSd = 0; ///< mean over outputs of the SD across that output's repeats
    double repeatMeansSd = 0; ///< SD of the model means of repeat 0, repeat 1, …
};

/// Per-model aggregates: what `caliper run --results` and the comparison table show.
struct ModelSummary
{
    qint64 modelId = 0;
    QString name;
    int total = 0; ///< samples in the experiment's dataset
    int done = 0;
    int failed = 0;
    ScoreMap meanScores; ///< over done samples
    double avgReasoningTokens = 0;
    double avgAnswerTokens = 0;
    double avgLatencyS = 0;
    double cost = 0; ///< sum, the judge's requests included
    double judgeCost = 0; ///< the judge's share of cost
    int judgeFailed = 0; ///< judgements that failed for good
    QMap<QString, JudgeSpread> judgeSpread; ///< by score key (geval_coherence), when judged with repeats
};

/// Which judge produced an experiment's G-Eval numbers, read from the stored judgements (distinct values).
struct JudgeProvenance
{
    QStringList endpoints; ///< URLs without credentials
    QStringList models; ///< as the server named them
    QStringList methods;
    QStringList templates; ///< criterion id and its source
    int done = 0;
    int failed = 0;
};

/// Experiments, their models, outputs and scores in the workspace (migration 3). Works on the connection it
/// is given, so the run worker thread uses its own.
class ExperimentStore
{
public:
    explicit ExperimentStore(QSqlDatabase db);

    /// Stores a new experiment over a dataset already in the workspace. Names are unique.
    Result<qint64> create(const ExperimentDefinition& definition, qint64 datasetId);
    /// `caliper run`: the experiment of that name when its definition (prompt, generation, models, metrics,
    /// dataset) is the same — so running again resumes — or a new one; an Error when the name is taken by a
    /// different definition.
    Result<qint64> findOrCreate(const ExperimentDefinition& definition, qint64 datasetId);
    Result<QList<ExperimentInfo>> list() const;
    Result<ExperimentInfo> get(qint64 id) const;
    Result<ExperimentInfo> byName(const QString& name) const;
    Status remove(qint64 id);

    Result<QList<ExperimentModel>> models(qint64 experimentId) const;

    /// The work left: every (model, sample) without a done output (and, with retryFailed, those that failed),
    /// as requests [system prompt, user: the sample's source] with the experiment's generation parameters.
    Result<RunPlan> plan(qint64 experimentId, bool retryFailed = false) const;

    /// Stores one finished item in one transaction: the output row (reasoning split, token counts, cost) and,
    /// when it succeeded, its scores under the experiment's metrics, and the response cache entry. A success
    /// replaces an earlier failure of the same (model, sample).
    Status recordOutcome(const WorkOutcome& outcome);

    /// The judge phase's work left (issue 5): every (done output, criterion, repeat) without a stored judgement
    /// (with retryFailed, also the failed ones), as judge requests on the lanes of the outputs' models, all going
    /// to the experiment's judge endpoint. Empty when the experiment has no judge.
    Result<RunPlan> judgePlan(qint64 experimentId, bool retryFailed = false) const;
    /// Stores one judgement in one transaction: the judgements row with its provenance, the output's
    /// geval_<criterion> score (mean of its successful repeats) and, on success, the response cache entry.
    Status recordJudgement(const WorkOutcome& outcome);
    Result<JudgeProvenance> judgeProvenance(qint64 experimentId) const;

    /// Outputs with scores, by model position then sample row; modelId 0: every model.
    Result<QList<OutputRecord>> outputs(qint64 experimentId, qint64 modelId = 0) const;
    /// The first `limit` failed outputs, by model position then sample, without texts or scores (the identity,
    /// attempts, HTTP status and error are filled): what the Queue page lists while a run goes on, read through
    /// the outputs_failed index however many outputs the experiment has.
    Result<QList<OutputRecord>> failures(qint64 experimentId, int limit) const;
    Result<QList<ModelSummary>> summaries(qint64 experimentId) const;
    /// Only the judge's figures of each model (judgeCost, judgeFailed, judgeSpread; cost holds the judge's cost),
    /// in model order: what the Results page's judge line needs, without averaging every score as summaries() does.
    Result<QList<ModelSummary>> judgeFigures(qint64 experimentId) const;

private:
    Status addJudgeFigures(qint64 experimentId, QList<ModelSummary>& summaries) const;
    Result<qint64> insertExperiment(const ExperimentDefinition& definition, qint64 datasetId, const QString& hash);
    Result<QList<ExperimentInfo>> select(const QString& tail, const QVariant& value) const;
    Result<QList<WorkItem>> pendingItems(
        const ExperimentInfo& experiment, const QList<ExperimentModel>& models, bool retryFailed) const;

    QSqlDatabase m_db;
};

/// The judge item to send again when `outcome` is a judge reply without a usable score and parse retries are left
/// (attempt and earlier tokens counted up); nullopt otherwise. The RunHooks::resend of the judge phase.
std::optional<WorkItem> judgeRetry(const JudgeSpec& judge, const WorkOutcome& outcome);

} // namespace caliper
