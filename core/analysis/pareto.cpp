#include "analysis/pareto.h"

#include <algorithm>
#include <cmath>

namespace caliper::analysis {

QList<qsizetype> paretoFrontier(const QList<QPointF>& points, const ParetoDirections& directions)
{
    // Turn every point into "lower x, higher y is better", then sweep from the best x: a point is on the
    // frontier exactly when its y beats every point before it, or it repeats the last frontier point.
    struct Candidate
    {
        double x;
        double y;
        qsizetype index;
    };
    QList<Candidate> candidates;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF& point = points.at(i);
        if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
            continue;
        candidates.append({directions.lowerXIsBetter ? point.x() : -point.x(),
            directions.higherYIsBetter ? point.y() : -point.y(), i});
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& left, const Candidate& right) {
        return left.x < right.x || (left.x == right.x && left.y > right.y);
    });
    QList<qsizetype> frontier;
    const Candidate* last = nullptr;
    for (const Candidate& candidate : candidates) {
        const bool better = !last || candidate.y > last->y;
        const bool same = last && candidate.x == last->x && candidate.y == last->y;
        if (better || same) {
            frontier.append(candidate.index);
            last = &candidate;
        }
    }
    return frontier;
}

} // namespace caliper::analysis
