#include "analysis/pareto.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace caliper::analysis;

Q_DECLARE_METATYPE(ParetoDirections)

/// The Pareto frontier of a few hand-drawn trade-offs, in every direction.
class TestPareto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frontier_data();
    void frontier();
    void ignoresPointsThatAreNotNumbers();
};

void TestPareto::frontier_data()
{
    QTest::addColumn<QList<QPointF>>("points");
    QTest::addColumn<ParetoDirections>("directions");
    QTest::addColumn<QList<qsizetype>>("expected");

    const ParetoDirections costVsQuality;
    QTest::addRow("empty") << QList<QPointF> {} << costVsQuality << QList<qsizetype> {};
    QTest::addRow("one point") << QList<QPointF> {{3, 0.4}} << costVsQuality << QList<qsizetype> {0};
    // Cheapest-first staircase, with one point under it (index 2) and one behind it (index 4).
    const QList<QPointF> models {{70, 0.45}, {1.5, 0.30}, {14, 0.35}, {8, 0.38}, {80, 0.44}};
    QTest::addRow("cost vs quality") << models << costVsQuality << QList<qsizetype> {1, 3, 0};
    QTest::addRow("bigger is better") << models << ParetoDirections {false, true} << QList<qsizetype> {4, 0};
    QTest::addRow("lower y is better") << models << ParetoDirections {true, false} << QList<qsizetype> {1};
    QTest::addRow("both reversed") << models << ParetoDirections {false, false} << QList<qsizetype> {4, 2, 1};
    QTest::addRow("one point dominates all")
        << QList<QPointF> {{2, 0.1}, {1, 0.9}, {3, 0.5}} << costVsQuality << QList<qsizetype> {1};
    QTest::addRow("same x: only the better y")
        << QList<QPointF> {{1, 0.2}, {1, 0.3}, {2, 0.4}} << costVsQuality << QList<qsizetype> {1, 2};
    QTest::addRow("same y: only the lower x")
        << QList<QPointF> {{2, 0.3}, {1, 0.3}} << costVsQuality << QList<qsizetype> {1};
    QTest::addRow("identical points stay together")
        << QList<QPointF> {{1, 0.3}, {2, 0.5}, {1, 0.3}} << costVsQuality << QList<qsizetype> {0, 2, 1};
}

void TestPareto::frontier()
{
    QFETCH(QList<QPointF>, points);
    QFETCH(ParetoDirections, directions);
    QFETCH(QList<qsizetype>, expected);
    QCOMPARE(paretoFrontier(points, directions), expected);
}

void TestPareto::ignoresPointsThatAreNotNumbers()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double infinity = std::numeric_limits<double>::infinity();
    // Without the guard, the NaN-cost point or the free one of infinite quality would hide every other point.
    const QList<QPointF> points {{nan, 0.9}, {0, infinity}, {5, 0.4}, {3, nan}, {9, 0.6}};
    QCOMPARE(paretoFrontier(points), (QList<qsizetype> {2, 4}));
    QCOMPARE(paretoFrontier({{nan, nan}}), QList<qsizetype> {});
}

QTEST_GUILESS_MAIN(TestPareto)
#include "test_pareto.moc"
