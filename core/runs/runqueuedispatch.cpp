// Starting requests and taking their results in: the RunQueue's dispatch loop, its request coroutines and the
// commit of every outcome.
#include "runs/runqueue_p.h"

#include "baselines/baselines.h"
#include "endpoints/chatfailure.h"

#include <QEventLoop>
#include <QtConcurrent/QtConcurrentRun>

#include <qcoro/qcorofuture.h>

namespace caliper {

namespace {

/// Cache hits and repeated commits handled in one pass before the event loop gets a turn.
constexpr int QuickItemsPerPass = 64;

QString userText(const ChatRequest& request)
{
    for (auto it = request.messages.crbegin(); it != request.messages.crend(); ++it) {
        if (it->role == QLatin1String("user"))
            return it->content;
    }
    return {};
}

/// A built-in model's answer in the shape of a chat result. Runs on a pool thread.
ChatResult builtinAnswer(const QString& model, const QString& source)
{
    QElapsedTimer clock;
    clock.start();
    ChatResult result;
    if (Result<QString> answer = baselines::runBuiltinModel(model, source); answer) {
        result.content = answer.value();
        result.finishReason = QStringLiteral("stop");
        result.model = model;
    } else {
        result.failure = makeFailure(FailureKind::Protocol, answer.error().message, QUrl(model));
    }
    result.latencyMs = clock.elapsed();
    result.timeToFirstTokenMs = result.latencyMs;
    result.attempts = 1;
    return result;
}

QString failureMessage(const Lane& lane, const WorkOutcome& outcome)
{
    // The failure's location is the endpoint URL (without credentials); its message names the HTTP status.
    return RunQueue::tr("%1, sample %2: %3")
        .arg(lane.model.name, outcome.item.sampleKey, outcome.result.failure->error.toString());
}

} // namespace

void RunQueue::Private::postDispatch()
{
    if (dispatchPosted || shuttingDown)
        return;
    dispatchPosted = true;
    QMetaObject::invokeMethod(
        q,
        [this] {
            dispatchPosted = false;
            for (const auto& entry : schedulers)
                dispatch(*entry.second);
        },
        Qt::QueuedConnection);
}

/// Starts what the endpoint's limits allow, taking the lanes of its runs in turn.
void RunQueue::Private::dispatch(EndpointScheduler& scheduler)
{
    int quick = 0;
    while (!shuttingDown) {
        const qint64 wait = scheduler.admissionWaitMs();
        if (wait < 0)
            return;
        Lane* lane
            = scheduler.nextLane([](const Lane& candidate) { return candidate.running && !candidate.pending.empty(); });
        RunRecord* run = lane ? find(LaneRef {lane->runId, lane->runSerial, 0}) : nullptr;
        if (!run)
            return;
        if (handleWithoutRequest(*run, *lane)) {
            // `lane` and `run` may be gone now (the run may have ended); only the scheduler is used again.
            if (++quick < QuickItemsPerPass)
                continue;
            return postDispatch();
        }
        if (wait > 0)
            return scheduler.wakeAfter(wait);
        scheduler.served(lane);
        start(scheduler, *run, *lane);
    }
}

/// Items that need no request: a result whose commit failed before, or an answer from the response cache.
bool RunQueue::Private::handleWithoutRequest(RunRecord& run, Lane& lane)
{
    PendingItem& next = lane.pending.front();
    if (!next.outcome && (next.cacheChecked || !run.hooks.lookupCache))
        return false;
    lane.pending.front().cacheChecked = true;
    WorkOutcome outcome;
    if (next.outcome) {
        outcome = std::move(*next.outcome);
    } else if (std::optional<ChatResult> hit = run.hooks.lookupCache(lane.model.endpoint, next.item)) {
        outcome = WorkOutcome {next.item, std::move(*hit), true};
    } else {
        return false;
    }
    lane.pending.pop_front();
    commit(run, lane, std::move(outcome));
    settle(run);
    return true;
}

void RunQueue::Private::start(EndpointScheduler& scheduler, RunRecord& run, Lane& lane)
{
    WorkItem item = std::move(lane.pending.front().item);
    lane.pending.pop_front();
    ++lane.inFlight;
    ++run.progress.inFlight;
    ++live;
    noteProgress(run);
    const LaneRef ref {run.progress.runId, run.serial, lane.model.id};
    ChatClient* client = scheduler.begin();
    // Last: a coroutine may run to its end before returning here, and with it the whole run.
    if (scheduler.isBuiltin())
        compute(&scheduler, ref, lane.model.endpoint.model, std::move(item), alive);
    else
        send(&scheduler, client, ref, lane.model.endpoint, std::move(item), run.cancel, alive);
}

QCoro::Task<> RunQueue::Private::send(EndpointScheduler* scheduler, ChatClient* client, LaneRef ref, Endpoint endpoint,
    WorkItem item, CancelToken cancel, std::shared_ptr<bool> queueAlive)
{
    ChatResult result = co_await client->complete(std::move(endpoint), item.request, std::move(cancel));
    if (!*queueAlive || returned())
        co_return;
    finished(scheduler, client, ref, std::move(item), std::move(result));
}

QCoro::Task<> RunQueue::Private::compute(
    EndpointScheduler* scheduler, LaneRef ref, QString model, WorkItem item, std::shared_ptr<bool> queueAlive)
{
    // Off this thread: TextRank over a long transcript must not stall the loop that keeps the requests going.
    QFuture<ChatResult> job = QtConcurrent::run(builtinAnswer, model, userText(item.request));
    builtinJobs.append(job);
    ChatResult result = co_await job;
    if (!*queueAlive)
        co_return;
    builtinJobs.removeIf([](const QFuture<ChatResult>& done) { return done.isFinished(); });
    if (returned())
        co_return;
    finished(scheduler, nullptr, ref, std::move(item), std::move(result));
}

/// Counts a request coroutine back in; true when the queue is shutting down and nothing more is to be done.
bool RunQueue::Private::returned()
{
    --live;
    if (!shuttingDown)
        return false;
    if (live == 0 && drain)
        drain->quit();
    return true;
}

void RunQueue::Private::finished(
    EndpointScheduler* scheduler, ChatClient* client, const LaneRef& ref, WorkItem item, ChatResult result)
{
    scheduler->end(client, result.ok());
    RunRecord* run = find(ref);
    Lane* lane = run ? run->lane(ref.modelId) : nullptr;
    if (!lane)
        return;
    --lane->inFlight;
    --run->progress.inFlight;
    const bool stopped = !result.ok()
        && (run->progress.state == RunState::Cancelled || result.failure->kind == FailureKind::Cancelled);
    std::optional<WorkItem> again;
    if (!stopped && result.ok() && run->hooks.resend)
        again = run->hooks.resend(WorkOutcome {item, result, false});
    if (stopped) // not a failure of the sample: it stays to do in a later session
        lane->pending.push_front(PendingItem {std::move(item), true, std::nullopt});
    else if (again) // cacheChecked: the cache holds nothing better than what just came back
        lane->pending.push_front(PendingItem {std::move(*again), true, std::nullopt});
    else
        commit(*run, *lane, WorkOutcome {std::move(item), std::move(result), false});
    settle(*run);
    postDispatch();
}

/// Stores the outcome, then counts it. A failed store keeps the outcome in the lane (committed again on resume)
/// and pauses the run.
bool RunQueue::Private::commit(RunRecord& run, Lane& lane, WorkOutcome outcome)
{
    const Status stored = run.hooks.commit(outcome);
    if (!stored) {
        run.progress.lastError = RunQueue::tr("%1, sample %2: the result could not be stored: %3")
                                     .arg(lane.model.name, outcome.item.sampleKey, stored.error().toString());
        WorkItem item = outcome.item;
        lane.pending.push_front(PendingItem {std::move(item), true, std::move(outcome)});
        if (run.progress.state == RunState::Running)
            changeState(run, RunState::Paused);
        else
            emitProgress(run);
        return false;
    }
    if (outcome.result.ok()) {
        ++run.progress.done;
        if (outcome.fromCache)
            ++run.progress.cached;
    } else {
        ++run.progress.failed;
        run.progress.lastError = failureMessage(lane, outcome);
    }
    if (!outcome.fromCache)
        run.requestFinished(now());
    post([this, runId = run.progress.runId, outcome = std::move(outcome)] { Q_EMIT q->itemFinished(runId, outcome); });
    return true;
}

} // namespace caliper
