#include "runs/endpointscheduler.h"

#include "endpoints/chatclient.h"

#include <QNetworkAccessManager>

#include <algorithm>

namespace caliper {

namespace {

/// Connections one QNetworkAccessManager opens to an HTTP/1.1 host (fixed inside Qt).
constexpr int ConnectionsPerManager = 6;

} // namespace

EndpointScheduler::EndpointScheduler(
    const Endpoint& endpoint, KeyStore* keys, const QElapsedTimer* clock, QObject* parent)
    : QObject(parent)
    , m_keys(keys)
    , m_clock(clock)
    , m_name(endpoint.name)
    , m_builtin(runsInProcess(endpoint))
    , m_concurrency(endpoint.concurrency)
{
    m_wakeTimer.setSingleShot(true);
    // Pacing is a minimum spacing: a coarse timer may fire up to 5% early and would only cost a second wake-up.
    m_wakeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, &EndpointScheduler::wake);
}

// Clients go before their managers (PooledClient's member order); a client aborts what it still has in flight.
EndpointScheduler::~EndpointScheduler() = default;

bool EndpointScheduler::runsInProcess(const Endpoint& endpoint)
{
    return endpoint.model.startsWith(QLatin1String("builtin:"));
}

QString EndpointScheduler::identity(const Endpoint& endpoint)
{
    if (runsInProcess(endpoint))
        return endpoint.model;
    const QUrl base
        = endpoint.baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo | QUrl::NormalizePathSegments);
    return base.toString(QUrl::FullyEncoded) + QLatin1Char(' ') + endpoint.model;
}

void EndpointScheduler::setRetryPolicy(const RetryPolicy& policy)
{
    m_retryPolicy = policy;
    for (PooledClient& pooled : m_pool)
        pooled.client->setRetryPolicy(policy);
}

void EndpointScheduler::addLane(Lane* lane)
{
    const bool idle = m_lanes.isEmpty() && m_inFlight == 0;
    m_lanes.append(lane);
    applyLimits(idle);
}

void EndpointScheduler::removeLane(Lane* lane)
{
    const qsizetype index = m_lanes.indexOf(lane);
    if (index < 0)
        return;
    m_lanes.removeAt(index);
    if (m_turn > index)
        --m_turn;
    if (!m_lanes.isEmpty())
        applyLimits(false);
}

void EndpointScheduler::applyLimits(bool idle)
{
    // Runs that share a server share its limits; when their settings differ the strictest one holds.
    int concurrency = std::numeric_limits<int>::max();
    int rpm = 0;
    for (const Lane* lane : std::as_const(m_lanes)) {
        concurrency = std::min(concurrency, std::max(1, lane->model.endpoint.concurrency));
        const int laneRpm = lane->model.endpoint.requestsPerMinute;
        if (laneRpm > 0)
            rpm = rpm > 0 ? std::min(rpm, laneRpm) : laneRpm;
    }
    const int before = m_concurrency.current();
    m_concurrency.setLimit(concurrency, idle);
    m_pacer.setRequestsPerMinute(m_builtin ? 0 : rpm);
    if (!m_builtin)
        growPool((m_concurrency.limit() + ConnectionsPerManager - 1) / ConnectionsPerManager);
    if (m_concurrency.current() != before)
        Q_EMIT concurrencyChanged(m_name, m_concurrency.current());
}

void EndpointScheduler::growPool(int clients)
{
    while (static_cast<int>(m_pool.size()) < clients) {
        PooledClient pooled;
        pooled.network = std::make_unique<QNetworkAccessManager>();
        pooled.client = std::make_unique<ChatClient>(pooled.network.get(), m_keys);
        pooled.client->setRetryPolicy(m_retryPolicy);
        connect(pooled.client.get(), &ChatClient::retrying, this,
            [this](const QString&, const ChatFailure& failure, qint64 delayMs) { onRetrying(failure, delayMs); });
        m_pool.push_back(std::move(pooled));
    }
}

qint64 EndpointScheduler::admissionWaitMs() const
{
    if (m_inFlight >= m_concurrency.current())
        return -1;
    return m_pacer.waitMs(now());
}

Lane* EndpointScheduler::nextLane(const std::function<bool(const Lane&)>& ready) const
{
    const qsizetype count = m_lanes.size();
    for (qsizetype i = 0; i < count; ++i) {
        Lane* lane = m_lanes.at((m_turn + i) % count);
        if (ready(*lane))
            return lane;
    }
    return nullptr;
}

void EndpointScheduler::served(Lane* lane)
{
    const qsizetype index = m_lanes.indexOf(lane);
    if (index >= 0)
        m_turn = (index + 1) % m_lanes.size();
}

ChatClient* EndpointScheduler::begin()
{
    ++m_inFlight;
    m_pacer.started(now());
    if (m_pool.empty())
        return nullptr;
    // The least busy client: with at most limit ≤ 6 × pool requests in flight, none ever has more than 6.
    auto least = std::min_element(m_pool.begin(), m_pool.end(),
        [](const PooledClient& a, const PooledClient& b) { return a.inFlight < b.inFlight; });
    ++least->inFlight;
    return least->client.get();
}

void EndpointScheduler::end(ChatClient* client, bool succeeded)
{
    --m_inFlight;
    for (PooledClient& pooled : m_pool) {
        if (pooled.client.get() == client)
            --pooled.inFlight;
    }
    if (succeeded && m_concurrency.succeeded())
        Q_EMIT concurrencyChanged(m_name, m_concurrency.current());
}

void EndpointScheduler::wakeAfter(qint64 ms)
{
    const int delay = static_cast<int>(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max()));
    if (m_wakeTimer.isActive() && m_wakeTimer.remainingTime() <= delay)
        return;
    m_wakeTimer.start(delay);
}

void EndpointScheduler::onRetrying(const ChatFailure& failure, qint64 delayMs)
{
    if (failure.httpStatus != 429)
        return;
    if (m_concurrency.rateLimited(now(), delayMs))
        Q_EMIT concurrencyChanged(m_name, m_concurrency.current());
}

} // namespace caliper
