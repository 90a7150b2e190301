#include "runs/ratepacer.h"

#include <algorithm>
#include <cmath>

namespace caliper {

void RatePacer::setRequestsPerMinute(int rpm)
{
    m_rpm = std::max(0, rpm);
}

qint64 RatePacer::waitMs(qint64 nowMs) const
{
    if (m_rpm <= 0 || !m_any)
        return 0;
    const double wait = m_nextMs - static_cast<double>(nowMs);
    return wait > 0 ? static_cast<qint64>(std::ceil(wait)) : 0;
}

void RatePacer::started(qint64 nowMs)
{
    if (m_rpm <= 0)
        return;
    const double interval = 60'000.0 / m_rpm;
    // From the later of the planned slot and now: a timer that fires late must not let the next start come early.
    const double base = m_any ? std::max(m_nextMs, static_cast<double>(nowMs)) : static_cast<double>(nowMs);
    m_nextMs = base + interval;
    m_any = true;
}

} // namespace caliper
