#include "runs/runservice.h"

#include "endpoints/keystore.h"
#include "experiments/experimentstore.h"
#include "experiments/responsecache.h"
#include "runs/runqueue.h"
#include "workspace/connection.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHash>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace caliper {

namespace {

// How long the destructor lets requests already in flight finish (and be committed) before it cancels them;
// a cancelled item is simply requested again next time.
constexpr int ShutdownGraceMs = 2000;

void registerMetaTypes()
{
    static const bool registered = [] {
        qRegisterMetaType<caliper::RunProgress>();
        qRegisterMetaType<caliper::WorkOutcome>();
        qRegisterMetaType<caliper::Error>();
        return true;
    }();
    Q_UNUSED(registered);
}

bool anyInFlight(const RunQueue& queue)
{
    const QList<RunProgress> all = queue.allProgress();
    return std::any_of(all.cbegin(), all.cend(), [](const RunProgress& p) { return p.inFlight > 0; });
}

} // namespace

/// Lives on the service's thread: owns that thread's database connection, the key store and the queue, and
/// reports back by posting to the service, so signals reach listeners on the service's own thread.
class RunService::Worker : public QObject
{
public:
    Worker(RunService* service, QString databaseFile, QString keychainService)
        : m_service(service)
        , m_databaseFile(std::move(databaseFile))
        , m_keychainService(std::move(keychainService))
    { }

    void start(qint64 experimentId, bool retryFailed);
    void shutdown();
    RunQueue* queue() const { return m_queue; }

private:
    Status open();
    RunHooks hooks(qint64 experimentId);
    RunHooks judgeHooks(qint64 experimentId, const JudgeSpec& judge);
    void startJudging(qint64 experimentId, const RunProgress& generated);
    void endWithoutWork(const RunPlan& plan);
    void fail(qint64 experimentId, const Error& error);
    void post(std::function<void(RunService*)> emitter);
    void forwardQueueSignals();

    RunService* m_service; ///< outlives the worker: its destructor deletes the worker first
    QString m_databaseFile;
    QString m_keychainService;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<ExperimentStore> m_store;
    std::unique_ptr<ResponseCache> m_cache;
    KeyStore* m_keys = nullptr;
    RunQueue* m_queue = nullptr;
    QHash<qint64, bool> m_retryFailed; ///< by experiment, for its judge phase
};

// Posting (rather than emitting from this thread) drops reports still queued when the service is destroyed.
void RunService::Worker::post(std::function<void(RunService*)> emitter)
{
    RunService* service = m_service;
    QMetaObject::invokeMethod(
        service, [service, emitter = std::move(emitter)] { emitter(service); }, Qt::QueuedConnection);
}

// The connection is opened on first use, so it belongs to this thread (Qt SQL connections are per thread).
Status RunService::Worker::open()
{
    if (m_queue)
        return Ok {};
    Result<std::unique_ptr<Connection>> connection = Connection::open(m_databaseFile);
    if (!connection)
        return connection.error();
    m_connection = std::move(connection).value();
    m_store = std::make_unique<ExperimentStore>(m_connection->database());
    m_cache = std::make_unique<ResponseCache>(m_connection->database());
    m_keys = new KeyStore(m_keychainService, this);
    m_queue = new RunQueue(m_keys, this);
    forwardQueueSignals();
    return Ok {};
}

void RunService::Worker::forwardQueueSignals()
{
    connect(m_queue, &RunQueue::progressChanged, this, [this](const RunProgress& progress) {
        post([progress](RunService* s) { Q_EMIT s->progressChanged(progress); });
    });
    connect(m_queue, &RunQueue::runEnded, this, [this](const RunProgress& progress) {
        // Generation finished: the judge phase follows (issue 5), and the run ends after it.
        if (!progress.judging && progress.state == RunState::Finished)
            return startJudging(progress.runId, progress);
        post([progress](RunService* s) { Q_EMIT s->runEnded(progress); });
    });
    connect(m_queue, &RunQueue::itemFinished, this, [this](qint64 runId, const WorkOutcome& outcome) {
        const qint64 modelId = outcome.item.modelId;
        const qint64 sampleId = outcome.item.sampleId;
        post([=](RunService* s) { Q_EMIT s->outputStored(runId, modelId, sampleId); });
    });
}

RunHooks RunService::Worker::hooks(qint64 experimentId)
{
    RunHooks hooks;
    ResponseCache* cache = m_cache.get();
    hooks.lookupCache
        = [cache](const Endpoint& endpoint, const WorkItem& item) { return cache->lookup(endpoint, item.request); };
    ExperimentStore* store = m_store.get();
    hooks.commit = [this, store, experimentId](const WorkOutcome& outcome) {
        Status stored = store->recordOutcome(outcome);
        if (!stored) {
            const Error error = stored.error();
            post([experimentId, error](RunService* s) { Q_EMIT s->runError(experimentId, error); });
        }
        return stored;
    };
    return hooks;
}

RunHooks RunService::Worker::judgeHooks(qint64 experimentId, const JudgeSpec& judge)
{
    RunHooks hooks;
    ResponseCache* cache = m_cache.get();
    // Each repeat is its own cache entry: k identical requests must not collapse into one answer.
    hooks.lookupCache = [cache](const Endpoint& endpoint, const WorkItem& item) {
        return cache->lookup(endpoint, item.request, item.judge ? item.judge->repeat : 0);
    };
    hooks.resend = [judge](const WorkOutcome& outcome) { return judgeRetry(judge, outcome); };
    ExperimentStore* store = m_store.get();
    hooks.commit = [this, store, experimentId](const WorkOutcome& outcome) {
        Status stored = store->recordJudgement(outcome);
        if (!stored)
            fail(experimentId, stored.error());
        return stored;
    };
    return hooks;
}

void RunService::Worker::fail(qint64 experimentId, const Error& error)
{
    post([experimentId, error](RunService* s) { Q_EMIT s->runError(experimentId, error); });
}

// After generation: judges what is not judged yet, or ends the run when there is nothing (no judge, all judged).
void RunService::Worker::startJudging(qint64 experimentId, const RunProgress& generated)
{
    Result<RunPlan> plan = m_store->judgePlan(experimentId, m_retryFailed.value(experimentId));
    if (!plan)
        return fail(experimentId, plan.error());
    if (plan->items.isEmpty()) {
        post([generated](RunService* s) {
            Q_EMIT s->progressChanged(generated);
            Q_EMIT s->runEnded(generated);
        });
        return;
    }
    Result<ExperimentInfo> experiment = m_store->get(experimentId);
    if (!experiment)
        return fail(experimentId, experiment.error());
    Result<qint64> added
        = m_queue->add(std::move(plan).value(), judgeHooks(experimentId, experiment->definition.judge));
    if (!added)
        fail(experimentId, added.error());
}

// A plan with nothing left (everything generated in an earlier session) goes on to the judge phase, which ends the
// run when it has nothing to do either, so waiting callers return.
void RunService::Worker::endWithoutWork(const RunPlan& plan)
{
    RunProgress progress;
    progress.runId = plan.runId;
    progress.name = plan.name;
    progress.state = RunState::Finished;
    progress.total = plan.alreadyDone;
    progress.done = plan.alreadyDone;
    progress.etaMs = 0;
    startJudging(plan.runId, progress);
}

void RunService::Worker::start(qint64 experimentId, bool retryFailed)
{
    if (Status opened = open(); !opened)
        return fail(experimentId, opened.error());
    if (m_queue->isActive(experimentId))
        return m_queue->resume(experimentId);
    m_retryFailed.insert(experimentId, retryFailed);
    Result<RunPlan> plan = m_store->plan(experimentId, retryFailed);
    if (!plan)
        return fail(experimentId, plan.error());
    if (plan->items.isEmpty())
        return endWithoutWork(plan.value());
    Result<qint64> added = m_queue->add(std::move(plan).value(), hooks(experimentId));
    if (!added)
        fail(experimentId, added.error());
}

// Pauses everything, gives requests in flight a moment to finish and be committed, then cancels the rest.
void RunService::Worker::shutdown()
{
    if (!m_queue)
        return;
    m_queue->pauseAll();
    if (anyInFlight(*m_queue)) {
        QEventLoop loop;
        QTimer::singleShot(ShutdownGraceMs, &loop, &QEventLoop::quit);
        connect(m_queue, &RunQueue::progressChanged, &loop, [this, &loop] {
            if (!anyInFlight(*m_queue))
                loop.quit();
        });
        loop.exec();
    }
    m_queue->cancelAll();
    delete m_queue;
    m_queue = nullptr;
    delete m_keys;
    m_keys = nullptr;
    m_store.reset();
    m_cache.reset();
    m_connection.reset();
}

RunService::RunService(QString databaseFile, QString keychainService, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker(this, std::move(databaseFile), std::move(keychainService)))
{
    registerMetaTypes();
    m_thread->setObjectName(QStringLiteral("caliper-runs"));
    m_worker->moveToThread(m_thread);
    // Deleted on its own thread once the thread's event loop has stopped.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

RunService::~RunService()
{
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void RunService::start(qint64 experimentId, bool retryFailed)
{
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, experimentId, retryFailed] { worker->start(experimentId, retryFailed); },
        Qt::QueuedConnection);
}

namespace {

// Queues `action` on the worker's queue, if the worker has one yet (nothing to pause before the first start).
template <typename Worker, typename Action> void onQueue(Worker* worker, Action action)
{
    QMetaObject::invokeMethod(
        worker,
        [worker, action] {
            if (RunQueue* queue = worker->queue())
                action(*queue);
        },
        Qt::QueuedConnection);
}

} // namespace

void RunService::pause(qint64 experimentId)
{
    onQueue(m_worker, [experimentId](RunQueue& queue) { queue.pause(experimentId); });
}

void RunService::resume(qint64 experimentId)
{
    onQueue(m_worker, [experimentId](RunQueue& queue) { queue.resume(experimentId); });
}

void RunService::cancel(qint64 experimentId)
{
    onQueue(m_worker, [experimentId](RunQueue& queue) { queue.cancel(experimentId); });
}

void RunService::pauseAll()
{
    onQueue(m_worker, [](RunQueue& queue) { queue.pauseAll(); });
}

void RunService::resumeAll()
{
    onQueue(m_worker, [](RunQueue& queue) { queue.resumeAll(); });
}

} // namespace caliper
