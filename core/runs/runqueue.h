#pragma once

#include "endpoints/retrypolicy.h"
#include "runs/runtypes.h"

#include <QObject>

#include <memory>

namespace caliper {

class KeyStore;

/// Runs many RunPlans at once against their endpoints, on the thread it lives on (the GUI puts it on a worker
/// thread through RunService; the CLI and tests use it directly).
///
/// - Per-endpoint concurrency (Endpoint::concurrency) and requests-per-minute pacing (requestsPerMinute) hold
///   across all runs that use the same endpoint (same base URL + model). Concurrency above 6 against one
///   HTTP/1.1 host is reached with several ChatClients, each with its own QNetworkAccessManager (see
///   chatclient.h).
/// - Retries come from ChatClient (backoff, jitter, Retry-After). When an endpoint answers 429 its concurrency
///   is halved (not below 1) and raised again by one after each run of successes, up to the configured limit.
/// - Before sending, hooks.lookupCache is asked; a hit is committed as fromCache without a request.
/// - Each finished item goes through hooks.commit before progress counts it; a failed commit pauses the run.
/// - builtin: models run in-process (baselines), off the queue's thread for long inputs.
///
/// Signals are delivered from the event loop, never from inside a call, so their handlers may call back into the
/// queue. The hooks are called directly and must not. Destroying the queue cancels what is in flight (nothing more
/// is committed) and waits, with the event loop running, until every request has let go of it.
class RunQueue : public QObject
{
    Q_OBJECT
public:
    /// `keys` may be null when no endpoint needs a key.
    explicit RunQueue(KeyStore* keys, QObject* parent = nullptr);
    ~RunQueue() override;

    /// Starts (or queues) a run; returns plan.runId. Adding a run whose id is already active is an error.
    Result<qint64> add(RunPlan plan, RunHooks hooks);

    /// Pausing stops new requests; those in flight finish and are committed. Cancelling aborts them too.
    void pause(qint64 runId);
    void resume(qint64 runId);
    void cancel(qint64 runId);
    void pauseAll();
    void resumeAll();
    void cancelAll();

    /// True from add() until the run has ended (runEnded), including while a cancelled run's requests stop.
    bool isActive(qint64 runId) const;
    /// An active run's progress, or an ended run's last one.
    RunProgress progress(qint64 runId) const;
    /// The active runs' progress.
    QList<RunProgress> allProgress() const;

    /// How many requests the endpoint may have in flight right now (lower than Endpoint::concurrency after a
    /// 429); 0 when no run has used it.
    int currentConcurrency(const Endpoint& endpoint) const;
    /// Backoff for every client the queue creates (tests shorten it).
    void setRetryPolicy(const RetryPolicy& policy);

Q_SIGNALS:
    /// At most every 100 ms per run, and always on a state change.
    void progressChanged(const caliper::RunProgress& progress);
    /// After hooks.commit succeeded for the item.
    void itemFinished(qint64 runId, const caliper::WorkOutcome& outcome);
    /// The run finished, was cancelled or failed; its last progress.
    void runEnded(const caliper::RunProgress& progress);
    /// An endpoint's current concurrency went down after a 429 or back up after successes.
    void concurrencyChanged(const QString& endpointName, int concurrency);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace caliper
