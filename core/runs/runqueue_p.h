#pragma once

// The RunQueue's insides, shared by runqueue.cpp (runs, states, progress) and runqueuedispatch.cpp (starting
// requests and taking their results in).

#include "endpoints/chatclient.h"
#include "runs/endpointscheduler.h"
#include "runs/runqueue.h"
#include "runs/runrecord.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>

#include <qcoro/qcorotask.h>

#include <map>
#include <memory>

class QEventLoop;

namespace caliper {

/// Which lane an in-flight request belongs to; looked up again when it returns, since the run may be gone.
struct LaneRef
{
    qint64 runId = 0;
    quint64 serial = 0;
    qint64 modelId = 0;
};

class RunQueue::Private
{
public:
    Private(RunQueue* queue, KeyStore* keyStore);

    RunRecord* find(qint64 runId) const;
    RunRecord* find(const LaneRef& ref) const;
    EndpointScheduler* scheduler(const Endpoint& endpoint);
    Status validate(const RunPlan& plan) const;
    void admit(RunRecord& run);

    void postDispatch();
    void dispatch(EndpointScheduler& scheduler);
    bool handleWithoutRequest(RunRecord& run, Lane& lane);
    void start(EndpointScheduler& scheduler, RunRecord& run, Lane& lane);
    QCoro::Task<> send(EndpointScheduler* scheduler, ChatClient* client, LaneRef ref, Endpoint endpoint, WorkItem item,
        CancelToken cancel, std::shared_ptr<bool> alive);
    QCoro::Task<> compute(
        EndpointScheduler* scheduler, LaneRef ref, QString model, WorkItem item, std::shared_ptr<bool> alive);
    bool returned();
    void finished(
        EndpointScheduler* scheduler, ChatClient* client, const LaneRef& ref, WorkItem item, ChatResult result);

    bool commit(RunRecord& run, Lane& lane, WorkOutcome outcome);
    void settle(RunRecord& run);
    void end(RunRecord& run, RunState state);
    void changeState(RunRecord& run, RunState state);
    void noteProgress(RunRecord& run);
    void emitProgress(RunRecord& run);
    /// Emits from the event loop, so a handler may call back into the queue; never while it is being destroyed.
    template <typename Emit> void post(Emit emit)
    {
        QMetaObject::invokeMethod(
            q,
            [this, emit = std::move(emit)] {
                if (!shuttingDown)
                    emit();
            },
            Qt::QueuedConnection);
    }
    void shutDown();
    qint64 now() const { return clock.elapsed(); }

    RunQueue* q;
    KeyStore* keys;
    RetryPolicy retryPolicy;
    QElapsedTimer clock;
    std::map<qint64, std::unique_ptr<RunRecord>> runs;
    QHash<qint64, RunProgress> ended;
    std::map<QString, std::unique_ptr<EndpointScheduler>> schedulers;
    QList<QFuture<ChatResult>> builtinJobs;
    std::shared_ptr<bool> alive = std::make_shared<bool>(true);
    quint64 nextSerial = 1;
    int live = 0; ///< request coroutines started and not yet returned
    bool dispatchPosted = false;
    bool shuttingDown = false;
    QEventLoop* drain = nullptr;
};

} // namespace caliper
