#pragma once

#include "endpoints/canceller.h"
#include "runs/endpointscheduler.h"
#include "runs/runtypes.h"

#include <deque>
#include <memory>
#include <vector>

namespace caliper {

/// One active run inside the RunQueue: its hooks, its lanes (one per model), its progress and the figures the
/// progress is computed from.
struct RunRecord
{
    quint64 serial = 0;
    RunHooks hooks;
    RunProgress progress;
    std::vector<std::unique_ptr<Lane>> lanes;
    CancelToken cancel = std::make_shared<Canceller>();
    std::deque<qint64> finishedAtMs; ///< when requests (not cache hits) finished, within the rate window
    qint64 startedAtMs = 0;
    qint64 lastEmitMs = -1;
    bool emitPending = false;

    Lane* lane(qint64 modelId) const;
    bool hasPending() const;
    /// Sets the state and whether the lanes may start requests.
    void setState(RunState state);
    /// A request (network or built-in) finished at `nowMs`.
    void requestFinished(qint64 nowMs);
    /// requestsPerSecond over the last RateWindowMs (or since the start, if shorter) and the ETA from it.
    void refreshRates(qint64 nowMs);

    static constexpr qint64 RateWindowMs = 10'000;
};

} // namespace caliper
