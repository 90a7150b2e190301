#pragma once

#include <QtGlobal>

namespace caliper {

/// How many requests an endpoint may have in flight right now: the configured limit, halved when the server
/// says it is overloaded (HTTP 429) and raised again by one after every 2 × current consecutive successes.
/// Several requests rejected together are one signal, not many: after a halving, further 429s are ignored until
/// the rejected request is due back (the retry delay), so one burst does not collapse the limit to 1.
/// Time is passed in, so the rule is tested without clocks.
class AdaptiveConcurrency
{
public:
    explicit AdaptiveConcurrency(int limit = 1);

    int limit() const { return m_limit; }
    int current() const { return m_current; }

    /// A new configured limit. An idle endpoint starts over at the limit; a busy one keeps what it learnt,
    /// clamped to the new limit.
    void setLimit(int limit, bool idle);
    /// A 429 at `nowMs`, retried after `retryDelayMs`. Returns whether current() changed.
    bool rateLimited(qint64 nowMs, qint64 retryDelayMs);
    /// A request that ended well. Returns whether current() changed.
    bool succeeded();

private:
    int m_limit = 1;
    int m_current = 1;
    int m_streak = 0;
    qint64 m_quietUntilMs = -1;
};

} // namespace caliper
