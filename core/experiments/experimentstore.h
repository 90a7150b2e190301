#pragma once

#include "common/error.h"
#include "experiments/experimentdefinition.h"
#include "metrics/metric.h"
#include "runs/runtypes.h"

#include <QList>
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
    double cost = 0; ///< sum
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

    /// Outputs with scores, by model position then sample row; modelId 0: every model.
    Result<QList<OutputRecord>> outputs(qint64 experimentId, qint64 modelId = 0) const;
    Result<QList<ModelSummary>> summaries(qint64 experimentId) const;

private:
    Result<qint64> insertExperiment(const ExperimentDefinition& definition, qint64 datasetId, const QString& hash);
    Result<QList<ExperimentInfo>> select(const QString& tail, const QVariant& value) const;
    Result<QList<WorkItem>> pendingItems(
        const ExperimentInfo& experiment, const QList<ExperimentModel>& models, bool retryFailed) const;

    QSqlDatabase m_db;
};

} // namespace caliper
