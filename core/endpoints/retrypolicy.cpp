#include "endpoints/retrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace caliper {

qint64 retryDelayMs(int attempt, const RetryPolicy& policy, std::optional<qint64> retryAfterMs, double jitter)
{
    jitter = std::clamp(jitter, 0.0, 1.0);
    if (retryAfterMs) {
        const qint64 asked = std::clamp<qint64>(*retryAfterMs, 0, policy.maxRetryAfterMs);
        return asked + static_cast<qint64>(static_cast<double>(policy.initialDelayMs) * jitter);
    }
    qint64 base = policy.initialDelayMs;
    for (int i = 0; i < attempt && base < policy.maxDelayMs; ++i)
        base *= 2;
    base = std::min(base, policy.maxDelayMs);
    const qint64 half = base / 2;
    return half + static_cast<qint64>(static_cast<double>(base - half) * jitter);
}

std::optional<qint64> parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // IMF-fixdate, the form HTTP/1.1 servers send: "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime local
        = QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!local.isValid())
        return std::nullopt;
    const QDateTime when(local.date(), local.time(), QTimeZone::utc());
    return std::max<qint64>(0, now.msecsTo(when));
}

bool isRetryableStatus(int status)
{
    if (status == 408 || status == 425 || status == 429)
        return true;
    return status >= 500 && status <= 599 && status != 501 && status != 505;
}

} // namespace caliper
