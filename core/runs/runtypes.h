#pragma once

#include "common/error.h"
#include "endpoints/chattypes.h"
#include "endpoints/endpoint.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>
#include <optional>

namespace caliper {

/// One model of a run and where its requests go. An endpoint whose model is "builtin:lead" or "builtin:textrank"
/// runs offline (see baselines/baselines.h) and needs no URL.
struct RunModel
{
    qint64 id = 0; ///< experiment_models.id
    QString name;
    Endpoint endpoint;
};

/// What a judge request rates (issue 5): one stored output by one criterion, one of its repeats. Attempts and the
/// tokens of earlier attempts travel with the item, because a reply without a score is asked again.
struct JudgeWork
{
    qint64 outputId = 0; ///< outputs.id of the answer being judged
    QString criterionId;
    int repeat = 0; ///< 0 … repeats − 1
    int attempt = 1; ///< requests sent for this judgement so far, this one included
    int parseFailures = 0; ///< replies without a score so far
    int samples = 1; ///< requests whose scores are averaged (the paper's n without logprobs)
    QList<double> sampleScores; ///< the scores of the samples before this one, on the criterion's scale
    qint64 earlierPromptTokens = 0; ///< of the attempts before this one
    qint64 earlierCompletionTokens = 0;
};

/// One request still to make: a sample for a model, or (with `judge`) a judgement of that model's output.
struct WorkItem
{
    qint64 modelId = 0;
    qint64 sampleId = 0; ///< samples.id
    QString sampleKey; ///< the sample's external id, for messages
    ChatRequest request;
    std::optional<JudgeWork> judge;
};

/// Everything a run needs to start: built from an experiment by ExperimentStore::plan(), or by hand in tests.
/// `items` holds only the work not yet done, so building the plan again after a crash resumes the run.
struct RunPlan
{
    qint64 runId = 0; ///< the experiment id
    QString name;
    QList<RunModel> models;
    QList<WorkItem> items;
    int alreadyDone = 0; ///< items finished in an earlier session (they count toward progress)
    bool judging = false; ///< the judge phase: the items are judge requests (ExperimentStore::judgePlan)
};

/// What came back for one WorkItem after its retries.
struct WorkOutcome
{
    WorkItem item;
    ChatResult result;
    bool fromCache = false; ///< answered by the response cache, no request sent
};

/// The queue's link to storage. Both are called on the queue's thread.
struct RunHooks
{
    /// The stored successful answer to exactly this item's request, if there is one (the response cache). Given
    /// the whole item, so a judge's repeats of one identical request can be cached apart. May be empty.
    std::function<std::optional<ChatResult>(const Endpoint&, const WorkItem&)> lookupCache;
    /// Asked for every answer a request brought back (not for cache hits) before it is committed: an item
    /// returned is sent again instead, past the cache (a judge reply without a score). May be empty.
    std::function<std::optional<WorkItem>(const WorkOutcome&)> resend;
    /// Persists one finished item — success or final failure — before anything reports it done. An Error
    /// pauses the run with that message (a full disk must not turn into lost outputs).
    std::function<Status(const WorkOutcome&)> commit;
};

enum class RunState { Queued, Running, Paused, Finished, Cancelled, Failed };

/// A run's progress, as the queue page and the CLI progress bar show it.
struct RunProgress
{
    qint64 runId = 0;
    QString name;
    RunState state = RunState::Queued;
    int total = 0; ///< items of the plan plus alreadyDone
    int done = 0; ///< finished successfully, including alreadyDone and cache hits
    int failed = 0; ///< failed for good (after retries)
    int inFlight = 0;
    int cached = 0; ///< answered from the response cache
    double requestsPerSecond = 0; ///< finished requests per second over the last ~10 s
    qint64 etaMs = -1; ///< -1 when unknown
    QString lastError; ///< the last failure's message (HTTP status and endpoint included), empty when none
    bool judging = false; ///< the figures are of the judge phase (RunPlan::judging)
};

/// A run's state as a short translated word ("Running", "Paused", …).
QString runStateName(RunState state);

} // namespace caliper

Q_DECLARE_METATYPE(caliper::RunProgress)
Q_DECLARE_METATYPE(caliper::WorkOutcome)
