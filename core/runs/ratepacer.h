#pragma once

#include <QtGlobal>

namespace caliper {

/// Requests-per-minute pacing by even spacing: starts are at least 60 000 / rpm ms apart, so no 60 s window ever
/// holds more than rpm starts and a server's per-minute budget is never spent in a burst at the top of the minute.
/// Time is passed in (milliseconds on any monotonic clock).
class RatePacer
{
public:
    /// 0: no limit.
    void setRequestsPerMinute(int rpm);
    int requestsPerMinute() const { return m_rpm; }

    /// How long until the next start is allowed; 0 when it is allowed now.
    qint64 waitMs(qint64 nowMs) const;
    /// Records a start at `nowMs` (which should be allowed, see waitMs).
    void started(qint64 nowMs);

private:
    int m_rpm = 0;
    double m_nextMs = 0; ///< fractional, so 7 rpm spaces starts 8571.43 ms apart without drifting
    bool m_any = false;
};

} // namespace caliper
