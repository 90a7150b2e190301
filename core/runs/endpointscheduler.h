#pragma once

#include "endpoints/endpoint.h"
#include "endpoints/retrypolicy.h"
#include "runs/adaptiveconcurrency.h"
#include "runs/ratepacer.h"
#include "runs/runtypes.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace caliper {

class ChatClient;
class KeyStore;
struct ChatFailure;

/// An item waiting in a lane. `outcome` holds a result whose commit failed: it is committed again on resume
/// instead of being requested again.
struct PendingItem
{
    WorkItem item;
    bool cacheChecked = false;
    std::optional<WorkOutcome> outcome;
};

/// One run's remaining items for one of its models: what a scheduler takes turns between.
struct Lane
{
    qint64 runId = 0;
    quint64 runSerial = 0; ///< tells a run from a later one with the same id
    RunModel model;
    std::deque<PendingItem> pending;
    int inFlight = 0;
    bool running = false; ///< the run is in state Running (may start requests)
};

/// Everything that shares one endpoint's limits (same base URL and model, across all runs): the lanes of every
/// run that uses it, taken in turn; the adaptive concurrency; the requests-per-minute pacer; and the pool of
/// ChatClients, ceil(limit / 6) of them, each with its own QNetworkAccessManager because one manager opens at
/// most 6 connections to a host. The pool lives as long as the scheduler.
class EndpointScheduler : public QObject
{
    Q_OBJECT
public:
    EndpointScheduler(const Endpoint& endpoint, KeyStore* keys, const QElapsedTimer* clock, QObject* parent = nullptr);
    ~EndpointScheduler() override;

    /// What makes two endpoints the same server and model.
    static QString identity(const Endpoint& endpoint);
    /// Whether the endpoint is a "builtin:" model, answered in-process. An unknown builtin id fails there with a
    /// clear message instead of being sent to a server.
    static bool runsInProcess(const Endpoint& endpoint);

    bool isBuiltin() const { return m_builtin; }
    QString name() const { return m_name; }
    void setRetryPolicy(const RetryPolicy& policy);

    /// Lanes are not owned; the limits become the strictest of the lanes' endpoints.
    void addLane(Lane* lane);
    void removeLane(Lane* lane);

    int currentConcurrency() const { return m_concurrency.current(); }
    int inFlight() const { return m_inFlight; }
    /// 0 when a request may start now; -1 when every slot is taken (a finishing request frees one); otherwise how
    /// many ms until the pacer allows the next start.
    qint64 admissionWaitMs() const;
    /// The first lane, in round-robin order, that `ready` accepts; null when none does.
    Lane* nextLane(const std::function<bool(const Lane&)>& ready) const;
    /// Moves the round-robin turn past `lane`, which was just served.
    void served(Lane* lane);

    /// Takes a slot and a pacing turn; returns the least busy client (null for built-in models).
    ChatClient* begin();
    /// Gives the slot back.
    void end(ChatClient* client, bool succeeded);
    /// Emits wake() after `ms` (the pacer's wait), unless an earlier wake is already due.
    void wakeAfter(qint64 ms);

Q_SIGNALS:
    void wake();
    void concurrencyChanged(const QString& endpointName, int concurrency);

private:
    struct PooledClient
    {
        std::unique_ptr<QNetworkAccessManager> network; ///< declared first: it must outlive the client
        std::unique_ptr<ChatClient> client;
        int inFlight = 0;
    };

    void applyLimits(bool idle);
    void growPool(int clients);
    void onRetrying(const ChatFailure& failure, qint64 delayMs);
    qint64 now() const { return m_clock->elapsed(); }

    KeyStore* m_keys;
    const QElapsedTimer* m_clock;
    QString m_name;
    bool m_builtin = false;
    RetryPolicy m_retryPolicy;
    AdaptiveConcurrency m_concurrency;
    RatePacer m_pacer;
    QList<Lane*> m_lanes;
    qsizetype m_turn = 0;
    std::vector<PooledClient> m_pool;
    int m_inFlight = 0;
    QTimer m_wakeTimer;
};

} // namespace caliper
