#include "runs/runqueue.h"

#include "runs/runqueue_p.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace caliper {

namespace {

constexpr qint64 ProgressIntervalMs = 100;
/// How long destruction waits for cancelled requests to let go.
constexpr int ShutdownWaitMs = 10'000;

Error planError(const QString& message, const QString& runName)
{
    Error error;
    error.message = message;
    error.location = runName;
    return error;
}

} // namespace

RunQueue::Private::Private(RunQueue* queue, KeyStore* keyStore)
    : q(queue)
    , keys(keyStore)
{
    clock.start();
}

RunRecord* RunQueue::Private::find(qint64 runId) const
{
    const auto it = runs.find(runId);
    return it == runs.end() ? nullptr : it->second.get();
}

RunRecord* RunQueue::Private::find(const LaneRef& ref) const
{
    RunRecord* run = find(ref.runId);
    return run && run->serial == ref.serial ? run : nullptr;
}

EndpointScheduler* RunQueue::Private::scheduler(const Endpoint& endpoint)
{
    const QString identity = EndpointScheduler::identity(endpoint);
    auto it = schedulers.find(identity);
    if (it != schedulers.end())
        return it->second.get();
    auto created = std::make_unique<EndpointScheduler>(endpoint, keys, &clock);
    created->setRetryPolicy(retryPolicy);
    QObject::connect(created.get(), &EndpointScheduler::wake, q, [this] { postDispatch(); });
    QObject::connect(
        created.get(), &EndpointScheduler::concurrencyChanged, q, &RunQueue::concurrencyChanged, Qt::QueuedConnection);
    return schedulers.emplace(identity, std::move(created)).first->second.get();
}

Status RunQueue::Private::validate(const RunPlan& plan) const
{
    if (find(plan.runId))
        return planError(RunQueue::tr("the run %1 is already in the queue").arg(plan.runId), plan.name);
    QSet<qint64> models;
    for (const RunModel& model : plan.models) {
        models.insert(model.id);
        const Endpoint& endpoint = model.endpoint;
        if (!EndpointScheduler::runsInProcess(endpoint) && (!endpoint.baseUrl.isValid() || endpoint.baseUrl.isEmpty()))
            return planError(RunQueue::tr("the model %1 has no server URL").arg(model.name), plan.name);
    }
    for (const WorkItem& item : plan.items) {
        if (!models.contains(item.modelId))
            return planError(
                RunQueue::tr("sample %1 is planned for a model that is not part of the run").arg(item.sampleKey),
                plan.name);
    }
    return Ok {};
}

/// Hands the run's lanes to the schedulers of their endpoints and announces it.
void RunQueue::Private::admit(RunRecord& run)
{
    run.setState(RunState::Running);
    for (const auto& lane : run.lanes) {
        if (!lane->pending.empty())
            scheduler(lane->model.endpoint)->addLane(lane.get());
    }
    emitProgress(run);
    settle(run); // an empty plan is finished at once
    postDispatch();
}

/// Ends the run once nothing is in flight: cancelled, or finished when every item is committed.
void RunQueue::Private::settle(RunRecord& run)
{
    const RunState state = run.progress.state;
    if (run.progress.inFlight == 0 && state == RunState::Cancelled)
        return end(run, RunState::Cancelled);
    if (run.progress.inFlight == 0 && !run.hasPending() && (state == RunState::Running || state == RunState::Paused))
        return end(run, RunState::Finished);
    noteProgress(run);
}

void RunQueue::Private::end(RunRecord& run, RunState state)
{
    run.setState(state);
    run.refreshRates(now());
    for (const auto& lane : run.lanes) {
        if (auto it = schedulers.find(EndpointScheduler::identity(lane->model.endpoint)); it != schedulers.end())
            it->second->removeLane(lane.get());
    }
    const RunProgress last = run.progress;
    ended.insert(last.runId, last);
    runs.erase(last.runId); // `run` is gone from here on
    post([this, last] {
        Q_EMIT q->progressChanged(last);
        Q_EMIT q->runEnded(last);
    });
}

void RunQueue::Private::changeState(RunRecord& run, RunState state)
{
    run.setState(state);
    emitProgress(run);
}

/// Progress at most every ProgressIntervalMs: the latest figures go out when the interval is over.
void RunQueue::Private::noteProgress(RunRecord& run)
{
    const qint64 since = now() - run.lastEmitMs;
    if (run.lastEmitMs < 0 || since >= ProgressIntervalMs)
        return emitProgress(run);
    if (run.emitPending)
        return;
    run.emitPending = true;
    const LaneRef ref {run.progress.runId, run.serial, 0};
    // Only if nothing went out meanwhile: a state change emits at once, and a timer armed before it is stale.
    QTimer::singleShot(std::chrono::milliseconds(ProgressIntervalMs - since), q, [this, ref, after = run.lastEmitMs] {
        if (RunRecord* later = find(ref); later && later->emitPending && later->lastEmitMs == after)
            emitProgress(*later);
    });
}

void RunQueue::Private::emitProgress(RunRecord& run)
{
    run.emitPending = false;
    run.lastEmitMs = now();
    run.refreshRates(run.lastEmitMs);
    post([this, progress = run.progress] { Q_EMIT q->progressChanged(progress); });
}

void RunQueue::Private::shutDown()
{
    shuttingDown = true;
    q->blockSignals(true);
    for (const auto& [id, run] : runs)
        run->cancel->cancel();
    // Built-in models cannot be interrupted; they take milliseconds. Their results are then waiting as events.
    for (QFuture<ChatResult>& job : builtinJobs)
        job.waitForFinished();
    // Cancelled requests come back through the event loop (QCoro resumes from it): run it until they have, so no
    // coroutine is left suspended on a queue that no longer exists.
    if (live > 0 && QCoreApplication::instance()) {
        QEventLoop loop;
        drain = &loop;
        QTimer::singleShot(ShutdownWaitMs, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        drain = nullptr;
    }
    // Anything still out (a keychain that does not answer) finds `alive` false and touches nothing of ours.
    *alive = false;
}

RunQueue::RunQueue(KeyStore* keys, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, keys))
{
    qRegisterMetaType<caliper::RunProgress>();
    qRegisterMetaType<caliper::WorkOutcome>();
}

RunQueue::~RunQueue()
{
    d->shutDown();
}

Result<qint64> RunQueue::add(RunPlan plan, RunHooks hooks)
{
    if (!hooks.commit)
        return planError(tr("a run needs somewhere to store its results"), plan.name);
    if (Status valid = d->validate(plan); !valid)
        return valid.error();
    auto run = std::make_unique<RunRecord>();
    run->serial = d->nextSerial++;
    run->hooks = std::move(hooks);
    run->startedAtMs = d->now();
    run->progress.runId = plan.runId;
    run->progress.name = plan.name;
    run->progress.total = static_cast<int>(plan.items.size()) + plan.alreadyDone;
    run->progress.done = plan.alreadyDone;
    run->progress.judging = plan.judging;
    for (const RunModel& model : std::as_const(plan.models)) {
        auto lane = std::make_unique<Lane>();
        lane->runId = plan.runId;
        lane->runSerial = run->serial;
        lane->model = model;
        run->lanes.push_back(std::move(lane));
    }
    for (WorkItem& item : plan.items) {
        Lane* lane = run->lane(item.modelId);
        lane->pending.push_back(PendingItem {std::move(item), false, std::nullopt});
    }
    RunRecord& added = *run;
    d->ended.remove(plan.runId);
    d->runs.emplace(plan.runId, std::move(run));
    d->admit(added);
    return plan.runId;
}

void RunQueue::pause(qint64 runId)
{
    if (RunRecord* run = d->find(runId); run && run->progress.state == RunState::Running)
        d->changeState(*run, RunState::Paused);
}

void RunQueue::resume(qint64 runId)
{
    RunRecord* run = d->find(runId);
    if (!run || run->progress.state != RunState::Paused)
        return;
    d->changeState(*run, RunState::Running);
    d->settle(*run); // paused after its last commit: nothing left to do
    d->postDispatch();
}

void RunQueue::cancel(qint64 runId)
{
    RunRecord* run = d->find(runId);
    if (!run || (run->progress.state != RunState::Running && run->progress.state != RunState::Paused))
        return;
    const LaneRef ref {runId, run->serial, 0};
    d->changeState(*run, RunState::Cancelled);
    // Aborting makes the requests come back (through the event loop) as cancelled: they are not committed, and
    // the run ends when the last one is back.
    const CancelToken token = run->cancel;
    token->cancel();
    if (RunRecord* still = d->find(ref))
        d->settle(*still);
}

namespace {

QList<qint64> runIds(const std::map<qint64, std::unique_ptr<RunRecord>>& runs)
{
    QList<qint64> ids;
    for (const auto& entry : runs)
        ids.append(entry.first);
    return ids;
}

} // namespace

void RunQueue::pauseAll()
{
    for (qint64 id : runIds(d->runs))
        pause(id);
}

void RunQueue::resumeAll()
{
    for (qint64 id : runIds(d->runs))
        resume(id);
}

void RunQueue::cancelAll()
{
    for (qint64 id : runIds(d->runs))
        cancel(id);
}

bool RunQueue::isActive(qint64 runId) const
{
    return d->find(runId) != nullptr;
}

RunProgress RunQueue::progress(qint64 runId) const
{
    if (RunRecord* run = d->find(runId)) {
        run->refreshRates(d->now());
        return run->progress;
    }
    return d->ended.value(runId);
}

QList<RunProgress> RunQueue::allProgress() const
{
    QList<RunProgress> all;
    for (const auto& entry : d->runs) {
        entry.second->refreshRates(d->now());
        all.append(entry.second->progress);
    }
    return all;
}

int RunQueue::currentConcurrency(const Endpoint& endpoint) const
{
    const auto it = d->schedulers.find(EndpointScheduler::identity(endpoint));
    return it == d->schedulers.end() ? 0 : it->second->currentConcurrency();
}

void RunQueue::setRetryPolicy(const RetryPolicy& policy)
{
    d->retryPolicy = policy;
    for (const auto& entry : d->schedulers)
        entry.second->setRetryPolicy(policy);
}

} // namespace caliper
