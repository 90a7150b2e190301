#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace caliper {

/// Exponential backoff with jitter, for 429, 5xx and network failures.
struct RetryPolicy
{
    qint64 initialDelayMs = 1'000;
    qint64 maxDelayMs = 60'000;
    qint64 maxRetryAfterMs = 300'000; ///< a longer Retry-After is cut to this
};

/// The wait before retry number `attempt` (0 for the first retry). Without Retry-After: "equal jitter" —
/// half of initial × 2^attempt (capped at maxDelayMs) plus `jitter` (in [0, 1)) times the other half, so many
/// clients that failed together spread out. With Retry-After: at least what the server asked for (capped at
/// maxRetryAfterMs), plus up to initialDelayMs × jitter so they do not all return in the same millisecond.
qint64 retryDelayMs(int attempt, const RetryPolicy& policy, std::optional<qint64> retryAfterMs, double jitter);

/// A Retry-After header in milliseconds: delta-seconds ("2") or an HTTP date relative to `now`.
/// Empty for a missing or unreadable value; 0 for a date in the past.
std::optional<qint64> parseRetryAfter(const QByteArray& value, const QDateTime& now);

/// Whether an HTTP status is worth retrying: 408, 425, 429 and every 5xx except 501 and 505.
bool isRetryableStatus(int status);

} // namespace caliper
