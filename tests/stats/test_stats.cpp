#include "stats/bootstrap.h"
#include "stats/boxplot.h"
#include "stats/descriptive.h"
#include "stats/multiplecomparisons.h"
#include "stats/pairedcomparison.h"
#include "stats/random.h"

#include <QTest>

#include <cmath>

using namespace caliper;
using namespace caliper::stats;

// Expected values come from reference_values.py (numpy, matplotlib, statsmodels and a Python transcription of
// the published generator algorithms), never from this code.

namespace {

constexpr double Tolerance = 1e-12;

bool near(double actual, double expected)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    return std::abs(actual - expected) <= Tolerance * std::max(1.0, std::abs(expected));
}

QString describe(double actual, double expected)
{
    return QStringLiteral("actual %1, expected %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17);
}

#define COMPARE_NEAR(actual, expected) QVERIFY2(near((actual), (expected)), qPrintable(describe((actual), (expected))))

const double NaN = std::nan("");

// These tests check the counted p-values, far below the size where the normal approximation takes over.
const qsizetype NormalAbove = BestComparisonOptions {}.normalAbove;

// Fourteen ROUGE-like scores with two outliers, used for the bootstrap checks.
const QList<double> Scores = {0.31, 0.42, 0.28, 0.35, 0.39, 0.05, 0.33, 0.36, 0.30, 0.95, 0.34, 0.47, 0.22, 0.41};

} // namespace

class TestStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void generatorMatchesPublishedAlgorithms()
    {
        // splitmix64's widely published test vector for seed 1234567.
        quint64 state = 1234567;
        const QList<quint64> splitMix = {6457827717110365317ULL, 3203168211198807973ULL, 9817491932198370423ULL,
            4593380528125082431ULL, 16408922859458223821ULL};
        for (quint64 expected : splitMix)
            QCOMPARE(Random::splitMix64(state), expected);

        Random random(42);
        const QList<quint64> xoshiro = {1546998764402558742ULL, 6990951692964543102ULL, 12544586762248559009ULL,
            17057574109182124193ULL, 18295552978065317476ULL};
        for (quint64 expected : xoshiro)
            QCOMPARE(random.next(), expected);

        Random bounded(7);
        const QList<quint64> draws = {4, 4, 8, 4, 4, 1, 6, 6, 8, 9, 3, 6};
        for (quint64 expected : draws)
            QCOMPARE(bounded.below(10), expected);
    }

    void meanAndStandardDeviation_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("standardDeviation");
        QTest::addRow("none") << QList<double> {} << NaN << NaN;
        QTest::addRow("one") << QList<double> {3.5} << 3.5 << NaN;
        QTest::addRow("two") << QList<double> {1, 2} << 1.5 << 0.7071067811865476;
        QTest::addRow("integers") << QList<double> {2, 4, 4, 4, 5, 5, 7, 9} << 5.0 << 2.138089935299395;
        QTest::addRow("fractions") << QList<double> {0.1, 0.25, 0.7, 0.05, 0.9, 0.33, 0.41} << 0.39142857142857146
                                   << 0.3107747614928735;
    }
    void meanAndStandardDeviation()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, mean);
        QFETCH(double, standardDeviation);
        COMPARE_NEAR(stats::mean(values), mean);
        COMPARE_NEAR(stats::standardDeviation(values), standardDeviation);
    }

    void quantileIsNumpyLinear_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        QTest::addRow("none") << QList<double> {} << 0.5 << NaN;
        QTest::addRow("one") << QList<double> {5} << 0.3 << 5.0;
        QTest::addRow("midpoint") << QList<double> {1, 2} << 0.5 << 1.5;
        QTest::addRow("q1 of four") << QList<double> {1, 2, 3, 4} << 0.25 << 1.75;
        QTest::addRow("q3 of four") << QList<double> {1, 2, 3, 4} << 0.75 << 3.25;
        QTest::addRow("fractions p.9") << QList<double> {0.1, 0.2, 0.3, 0.4, 0.5} << 0.9 << 0.46;
        const QList<double> unsorted = {7, 1, 3, 10, 2, 8};
        QTest::addRow("unsorted p.025") << unsorted << 0.025 << 1.125;
        QTest::addRow("unsorted p.975") << unsorted << 0.975 << 9.75;
        QTest::addRow("minimum") << unsorted << 0.0 << 1.0;
        QTest::addRow("maximum") << unsorted << 1.0 << 10.0;
    }
    void quantileIsNumpyLinear()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, p);
        QFETCH(double, expected);
        COMPARE_NEAR(quantile(values, p), expected);
    }

    void boxPlotMatchesMatplotlib_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<QList<double>>("fiveNumbers"); // lower whisker, q1, median, q3, upper whisker
        QTest::addColumn<QList<double>>("outliers");
        QTest::addRow("one value") << QList<double> {4} << QList<double> {4, 4, 4, 4, 4} << QList<double> {};
        QTest::addRow("constant") << QList<double> {2, 2, 2, 2} << QList<double> {2, 2, 2, 2, 2} << QList<double> {};
        QTest::addRow("high outlier") << QList<double> {1, 2, 3, 4, 100} << QList<double> {1, 2, 3, 4, 4}
                                      << QList<double> {100};
        QTest::addRow("whisker stops at interpolated q3") << QList<double> {0, 0, 0, 0, 0, 0, 1,
            100} << QList<double> {0, 0, 0, 0.25, 0.25} << QList<double> {1, 100};
        QTest::addRow("both sides") << QList<double> {-50, 1, 2, 3, 4, 5, 6, 7, 8, 60}
                                    << QList<double> {1, 2.25, 4.5, 6.75, 8} << QList<double> {-50, 60};
        QTest::addRow("scores") << QList<double> {0.31, 0.42, 0.28, 0.35, 0.39, 0.05, 0.33, 0.36, 0.30, 0.95, 0.34}
                                << QList<double> {0.28, 0.305, 0.34, 0.375, 0.42} << QList<double> {0.05, 0.95};
    }
    void boxPlotMatchesMatplotlib()
    {
        QFETCH(QList<double>, values);
        QFETCH(QList<double>, fiveNumbers);
        QFETCH(QList<double>, outliers);
        const BoxPlot box = BoxPlot::of(values);
        QCOMPARE(box.n, values.size());
        const QList<double> actual = {box.lowerWhisker, box.q1, box.median, box.q3, box.upperWhisker};
        for (qsizetype i = 0; i < actual.size(); ++i)
            COMPARE_NEAR(actual.at(i), fiveNumbers.at(i));
        QCOMPARE(box.outliers.size(), outliers.size());
        for (qsizetype i = 0; i < outliers.size(); ++i)
            COMPARE_NEAR(box.outliers.at(i), outliers.at(i));
    }

    void boxPlotOfNothing()
    {
        const BoxPlot box = BoxPlot::of({});
        QCOMPARE(box.n, 0);
        QVERIFY(std::isnan(box.median) && std::isnan(box.lowerWhisker) && std::isnan(box.upperWhisker));
        QVERIFY(box.outliers.isEmpty());
    }

    // The interval is reproducible bit for bit from the documented algorithm, whatever the platform.
    void bootstrapMatchesIndependentTranscription_data()
    {
        QTest::addColumn<int>("resamples");
        QTest::addColumn<double>("level");
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addRow("level 0.95") << 1000 << 0.95 << quint64(2024) << 0.2785357142857143 << 0.48428571428571426;
        QTest::addRow("level 0.90") << 2000 << 0.9 << quint64(99) << 0.29571428571428576 << 0.4628571428571429;
    }
    void bootstrapMatchesIndependentTranscription()
    {
        QFETCH(int, resamples);
        QFETCH(double, level);
        QFETCH(quint64, seed);
        QFETCH(double, low);
        QFETCH(double, high);
        const ConfidenceInterval interval = bootstrapMeanInterval(Scores, {resamples, level, seed});
        QCOMPARE(interval.low, low);
        QCOMPARE(interval.high, high);
    }

    void bootstrapIsSeeded()
    {
        const ConfidenceInterval first = bootstrapMeanInterval(Scores);
        const ConfidenceInterval again = bootstrapMeanInterval(Scores);
        QCOMPARE(first.low, again.low);
        QCOMPARE(first.high, again.high);
        const ConfidenceInterval other = bootstrapMeanInterval(Scores, {2000, 0.95, 12345});
        QVERIFY(first.low != other.low || first.high != other.high);
        QVERIFY(first.low < mean(Scores) && mean(Scores) < first.high);
    }

    void bootstrapEdgeCases()
    {
        const ConfidenceInterval none = bootstrapMeanInterval({});
        QVERIFY(std::isnan(none.low) && std::isnan(none.high));
        const ConfidenceInterval one = bootstrapMeanInterval({0.7});
        QCOMPARE(one.low, 0.7);
        QCOMPARE(one.high, 0.7);
        const ConfidenceInterval constant = bootstrapMeanInterval({0.25, 0.25, 0.25});
        QCOMPARE(constant.low, 0.25);
        QCOMPARE(constant.high, 0.25);
        const Summary summary = summarize({});
        QCOMPARE(summary.n, 0);
        QVERIFY(std::isnan(summary.mean) && std::isnan(summary.standardDeviation));
    }

    // For many samples the percentile interval approaches the normal one, mean ± 1.96·sd/√n.
    void bootstrapWidthFollowsTheory()
    {
        QList<double> values;
        Random random(5);
        for (int i = 0; i < 2000; ++i)
            values.append(static_cast<double>(random.below(1000001)) / 1e6);
        const Summary summary = summarize(values);
        const double halfWidth = 1.959963984540054 * summary.standardDeviation / std::sqrt(2000.0);
        QVERIFY2(std::abs((summary.interval.high - summary.interval.low) / 2 - halfWidth) < 0.1 * halfWidth,
            qPrintable(
                QStringLiteral("%1..%2 vs ±%3").arg(summary.interval.low).arg(summary.interval.high).arg(halfWidth)));
        QVERIFY(std::abs((summary.interval.high + summary.interval.low) / 2 - summary.mean) < 0.2 * halfWidth);
    }

    void exactSignFlipTest_data()
    {
        QTest::addColumn<QList<double>>("differences");
        QTest::addColumn<double>("pValue");
        QTest::addRow("mixed") << QList<double> {0.5, 0.25, -0.125, 0.75, 0.5, 0.25, 0.375, -0.25} << 0.0703125;
        QTest::addRow("all ahead") << QList<double> {1, 1, 1, 1, 1, 1, 1, 1, 1, 1} << 0.001953125;
        QTest::addRow("balanced") << QList<double> {0.5, -0.5, 0.25, -0.25} << 1.0;
        QTest::addRow("identical models") << QList<double> {0, 0, 0} << 1.0;
    }
    void exactSignFlipTest()
    {
        QFETCH(QList<double>, differences);
        QFETCH(double, pValue);
        bool exact = false;
        COMPARE_NEAR(signFlipPValue(differences, 10000, 1, NormalAbove, &exact), pValue);
        QVERIFY(exact);
    }

    // 2^20 assignments are more than 10,000 rounds: the sampled p must land near the enumerated one.
    void sampledSignFlipApproachesExact()
    {
        const QList<double> differences = {0.125, -0.25, 0.375, 0.5, -0.0625, 0.25, 0.125, -0.125, 0.3125, 0.0625, 0.5,
            -0.375, 0.25, 0.1875, -0.0625, 0.125, 0.4375, -0.25, 0.0625, 0.125};
        const double exactP = 0.06015968322753906;
        bool exact = true;
        const double sampled = signFlipPValue(differences, 10000, 7, NormalAbove, &exact);
        QVERIFY(!exact);
        // Four binomial standard errors: sqrt(p(1 − p) / 10000) ≈ 0.0024.
        QVERIFY2(std::abs(sampled - exactP) < 0.0095, qPrintable(describe(sampled, exactP)));
        QCOMPARE(signFlipPValue(differences, 10000, 7, NormalAbove), sampled);
    }

    void comparePairedModels()
    {
        const QList<double> a = {0.5, 0.75, 0.25, 1.0, 0.5};
        const QList<double> b = {0.25, 0.5, 0.375, 0.25, 0.5};
        const auto comparison = comparePaired(a, b);
        QVERIFY(comparison.ok());
        QCOMPARE(comparison->n, 5);
        COMPARE_NEAR(comparison->meanDifference, 0.225);
        QVERIFY(comparison->interval.low <= 0.225 && 0.225 <= comparison->interval.high);
        QVERIFY(comparison->exact && !comparison->normal);
        // Differences .25 .25 −.125 .75 0: |sum| ≥ 1.125 for 8 of the 32 sign assignments (numpy enumeration).
        COMPARE_NEAR(comparison->pValue, 0.25);

        const auto mismatched = comparePaired(a, {0.1});
        QVERIFY(!mismatched.ok());
        QVERIFY(mismatched.error().message.contains(QStringLiteral("5")));
        const auto empty = comparePaired({}, {});
        QVERIFY(empty.ok() && std::isnan(empty->pValue) && std::isnan(empty->meanDifference));
    }

    void holmMatchesStatsmodels_data()
    {
        QTest::addColumn<QList<double>>("pValues");
        QTest::addColumn<QList<double>>("adjusted");
        QTest::addRow("none") << QList<double> {} << QList<double> {};
        QTest::addRow("four") << QList<double> {0.01, 0.04, 0.03, 0.005} << QList<double> {0.03, 0.06, 0.06, 0.02};
        QTest::addRow("three") << QList<double> {0.2, 0.01, 0.5} << QList<double> {0.4, 0.03, 0.5};
        QTest::addRow("ties") << QList<double> {0.04, 0.04, 0.04} << QList<double> {0.12, 0.12, 0.12};
        QTest::addRow("capped at one") << QList<double> {0.9, 0.5} << QList<double> {1.0, 1.0};
    }
    void holmMatchesStatsmodels()
    {
        QFETCH(QList<double>, pValues);
        QFETCH(QList<double>, adjusted);
        const QList<double> actual = holmAdjust(pValues);
        QCOMPARE(actual.size(), adjusted.size());
        for (qsizetype i = 0; i < actual.size(); ++i)
            COMPARE_NEAR(actual.at(i), adjusted.at(i));
    }

    void notSignificantlyWorseThanTheBest_data()
    {
        QTest::addColumn<bool>("higherIsBetter");
        QTest::addRow("higher is better") << true;
        QTest::addRow("lower is better") << false;
    }
    void notSignificantlyWorseThanTheBest()
    {
        QFETCH(bool, higherIsBetter);
        // Model 1 is best by a hair; model 0 differs from it by centred noise only; model 2 is far behind.
        QList<double> base, noise;
        Random random(11);
        for (int i = 0; i < 40; ++i) {
            base.append(static_cast<double>(random.below(1000)) / 1000);
            noise.append((static_cast<double>(random.below(1000)) / 1000 - 0.5) * 0.1);
        }
        const double noiseMean = mean(noise);
        const double sign = higherIsBetter ? 1 : -1;
        QList<double> close, best, far;
        for (int i = 0; i < 40; ++i) {
            best.append(base.at(i) + sign * 0.002);
            close.append(base.at(i) + sign * (noise.at(i) - noiseMean));
            far.append(base.at(i) - sign * 0.2);
        }
        const auto results = compareWithBest({close, best, far}, {0.05, higherIsBetter, 10000, 3});
        QVERIFY(results.ok());
        QCOMPARE(results->size(), 3);
        QVERIFY(results->at(1).isBest && !results->at(1).significantlyWorse);
        QVERIFY(!results->at(0).isBest && !results->at(2).isBest);
        QVERIFY2(!results->at(0).significantlyWorse, qPrintable(QString::number(results->at(0).adjustedPValue)));
        QVERIFY(results->at(2).significantlyWorse);
        QVERIFY(results->at(2).adjustedPValue >= results->at(2).pValue);
        COMPARE_NEAR(results->at(2).mean, mean(far));
    }

    void compareWithBestEdgeCases()
    {
        const auto none = compareWithBest({});
        QVERIFY(none.ok() && none->isEmpty());
        const auto single = compareWithBest({{0.5, 0.25}});
        QVERIFY(single.ok() && single->first().isBest && !single->first().significantlyWorse);
        const auto tie = compareWithBest({{0.5, 0.25}, {0.5, 0.25}});
        QVERIFY(tie.ok() && tie->at(0).isBest && !tie->at(1).significantlyWorse);
        const auto noSamples = compareWithBest({{}, {}});
        QVERIFY(noSamples.ok() && !noSamples->at(0).isBest && !noSamples->at(1).significantlyWorse);
        QVERIFY(!compareWithBest({{0.5, 0.25}, {0.5}}).ok());
    }
};

QTEST_GUILESS_MAIN(TestStats)
#include "test_stats.moc"
