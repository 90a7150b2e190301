#include "runs/runrecord.h"

#include <algorithm>
#include <cmath>

namespace caliper {

Lane* RunRecord::lane(qint64 modelId) const
{
    for (const auto& lane : lanes) {
        if (lane->model.id == modelId)
            return lane.get();
    }
    return nullptr;
}

bool RunRecord::hasPending() const
{
    return std::any_of(lanes.begin(), lanes.end(), [](const auto& lane) { return !lane->pending.empty(); });
}

void RunRecord::setState(RunState state)
{
    progress.state = state;
    for (const auto& lane : lanes)
        lane->running = state == RunState::Running;
}

void RunRecord::requestFinished(qint64 nowMs)
{
    finishedAtMs.push_back(nowMs);
}

void RunRecord::refreshRates(qint64 nowMs)
{
    while (!finishedAtMs.empty() && finishedAtMs.front() <= nowMs - RateWindowMs)
        finishedAtMs.pop_front();
    // Under a second of history says little; treat it as a second so the first answers do not read as a spike.
    const qint64 window = std::clamp<qint64>(nowMs - startedAtMs, 1'000, RateWindowMs);
    progress.requestsPerSecond = static_cast<double>(finishedAtMs.size()) * 1000.0 / static_cast<double>(window);
    const int remaining = std::max(0, progress.total - progress.done - progress.failed);
    if (remaining == 0)
        progress.etaMs = 0;
    else if (progress.requestsPerSecond > 0)
        progress.etaMs = static_cast<qint64>(std::ceil(remaining * 1000.0 / progress.requestsPerSecond));
    else
        progress.etaMs = -1;
}

} // namespace caliper
