#include "dataset/lengthhistogram.h"

#include <QTest>

using namespace caliper;

using Bins = QList<std::tuple<qint64, qint64, qint64>>; // lower, upper, count

class TestLengthHistogram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bins_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<int>("maxBins");
        QTest::addColumn<qint64>("width");
        QTest::addColumn<Bins>("bins");
        QTest::addRow("empty") << QList<qint64> {} << 10 << qint64(0) << Bins {};
        QTest::addRow("one value") << QList<qint64> {42} << 10 << qint64(1) << Bins {{42, 43, 1}};
        QTest::addRow("all equal") << QList<qint64> {5, 5, 5} << 4 << qint64(1) << Bins {{5, 6, 3}};
        QTest::addRow("unit bins") << QList<qint64> {0, 1, 1, 3} << 10 << qint64(1)
                                   << Bins {{0, 1, 1}, {1, 2, 2}, {2, 3, 0}, {3, 4, 1}};
        // 0..99 fits 10 bins of width 10.
        QTest::addRow("round width") << QList<qint64> {0, 99} << 10 << qint64(10)
                                     << Bins {{0, 10, 1}, {10, 20, 0}, {20, 30, 0}, {30, 40, 0}, {40, 50, 0},
                                            {50, 60, 0}, {60, 70, 0}, {70, 80, 0}, {80, 90, 0}, {90, 100, 1}};
        // 0..100 needs width 11 for 10 bins: rounded up to 20.
        QTest::addRow("rounded up") << QList<qint64> {0, 100} << 10 << qint64(20)
                                    << Bins {{0, 20, 1}, {20, 40, 0}, {40, 60, 0}, {60, 80, 0}, {80, 100, 0},
                                           {100, 120, 1}};
        // 150..1020 over 5 bins needs width >= 175, so 200; but starting at 0 that takes 6 bins: widened to 500.
        QTest::addRow("widened by alignment") << QList<qint64> {150, 399, 400, 1020} << 5 << qint64(500)
                                              << Bins {{0, 500, 3}, {500, 1000, 0}, {1000, 1500, 1}};
        QTest::addRow("one bin") << QList<qint64> {3, 9} << 1 << qint64(10) << Bins {{0, 10, 2}};
    }
    void bins()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(int, maxBins);
        QFETCH(qint64, width);
        QFETCH(Bins, bins);
        const LengthHistogram histogram = LengthHistogram::compute(values, maxBins);
        QCOMPARE(histogram.binWidth, width);
        QCOMPARE(histogram.total, values.size());
        Bins actual;
        for (const HistogramBin& bin : histogram.bins)
            actual.append({bin.lower, bin.upper, bin.count});
        QCOMPARE(actual, bins);
    }

    // Whatever the data, every value lands in exactly one bin and the bin count respects the limit.
    void invariants_data()
    {
        QTest::addColumn<int>("maxBins");
        for (int maxBins : {1, 3, 7, 12, 30})
            QTest::addRow("max %d", maxBins) << maxBins;
    }
    void invariants()
    {
        QFETCH(int, maxBins);
        QList<qint64> values;
        for (qint64 i = 0; i < 500; ++i)
            values.append(i * 7919 % 4999);
        const LengthHistogram histogram = LengthHistogram::compute(values, maxBins);
        QVERIFY(histogram.bins.size() <= maxBins);
        qint64 sum = 0;
        for (const HistogramBin& bin : histogram.bins) {
            QCOMPARE(bin.upper - bin.lower, histogram.binWidth);
            sum += bin.count;
        }
        QCOMPARE(sum, values.size());
        for (qint64 v : values) {
            const auto& bin = histogram.bins.at((v - histogram.bins.first().lower) / histogram.binWidth);
            QVERIFY(bin.lower <= v && v < bin.upper);
        }
    }
};

QTEST_GUILESS_MAIN(TestLengthHistogram)
#include "test_lengthhistogram.moc"
