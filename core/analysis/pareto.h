#pragma once

#include <QList>
#include <QPointF>

namespace caliper::analysis {

/// Which way each axis of a trade-off improves. By default x is a cost (cost, tokens, latency, size: lower is
/// better) and y a quality score (higher is better).
struct ParetoDirections
{
    bool lowerXIsBetter = true;
    bool higherYIsBetter = true;
};

/// The Pareto frontier of (x, y) points: the indices of the points that no other point dominates (is at least as
/// good on both axes and better on one), ordered from the best x to the worst — the order to draw the frontier
/// in, each point better in y than the one before. Identical points are both on the frontier. Points with a
/// NaN or infinite coordinate are left out and dominate nothing.
QList<qsizetype> paretoFrontier(const QList<QPointF>& points, const ParetoDirections& directions = {});

} // namespace caliper::analysis
