#include "runs/adaptiveconcurrency.h"

#include <algorithm>

namespace caliper {

AdaptiveConcurrency::AdaptiveConcurrency(int limit)
    : m_limit(std::max(1, limit))
    , m_current(m_limit)
{ }

void AdaptiveConcurrency::setLimit(int limit, bool idle)
{
    m_limit = std::max(1, limit);
    m_current = idle ? m_limit : std::min(m_current, m_limit);
    if (idle) {
        m_streak = 0;
        m_quietUntilMs = -1;
    }
}

bool AdaptiveConcurrency::rateLimited(qint64 nowMs, qint64 retryDelayMs)
{
    m_streak = 0;
    if (nowMs < m_quietUntilMs)
        return false;
    m_quietUntilMs = nowMs + std::max<qint64>(0, retryDelayMs);
    const int halved = std::max(1, m_current / 2);
    const bool changed = halved != m_current;
    m_current = halved;
    return changed;
}

bool AdaptiveConcurrency::succeeded()
{
    if (m_current >= m_limit)
        return false;
    if (++m_streak < 2 * m_current)
        return false;
    m_streak = 0;
    ++m_current;
    return true;
}

} // namespace caliper
