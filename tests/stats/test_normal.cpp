#include "stats/bootstrap.h"
#include "stats/multiplecomparisons.h"
#include "stats/normal.h"
#include "stats/pairedcomparison.h"
#include "stats/random.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace caliper;
using namespace caliper::stats;

// Reference quantiles and probabilities are from mpmath at 30 digits (sqrt(2)·erfinv(2p − 1), ncdf), never from
// this code. The regime tests compare the large-sample path with resampling on the same data.

namespace {

constexpr double Tolerance = 1e-12;
constexpr qsizetype Never = std::numeric_limits<qsizetype>::max();

bool relativelyNear(double actual, double expected)
{
    return std::abs(actual - expected) <= Tolerance * std::max(std::abs(expected), Tolerance);
}

QString describe(double actual, double expected)
{
    return QStringLiteral("actual %1, expected %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17);
}

#define COMPARE_RELATIVE(actual, expected)                                                                             \
    QVERIFY2(relativelyNear((actual), (expected)), qPrintable(describe((actual), (expected))))

// Uniform in [0, 1] on a fine grid, from the documented generator.
double uniform(Random& random)
{
    return static_cast<double>(random.below(1'000'001)) / 1e6;
}

// Skewed scores in [0, 1]: most near 0, a long tail towards 1.
QList<double> skewedScores(qsizetype n, quint64 seed)
{
    Random random(seed);
    QList<double> values;
    for (qsizetype i = 0; i < n; ++i) {
        const double u = uniform(random);
        values.append(u * u);
    }
    return values;
}

// Pass/fail scores: 1 with probability `share`.
QList<double> binaryScores(qsizetype n, double share, quint64 seed)
{
    Random random(seed);
    QList<double> values;
    for (qsizetype i = 0; i < n; ++i)
        values.append(uniform(random) < share ? 1.0 : 0.0);
    return values;
}

// x̄ ± 1.959963984540054·σ̂/√n with the plug-in σ̂, written out independently of normalMeanInterval().
ConfidenceInterval closedFormInterval(const QList<double>& values)
{
    const auto n = static_cast<double>(values.size());
    double sum = 0;
    for (double value : values)
        sum += value;
    const double centre = sum / n;
    double squares = 0;
    for (double value : values)
        squares += (value - centre) * (value - centre);
    const double halfWidth = 1.959963984540054 * std::sqrt(squares / (n * n));
    return {centre - halfWidth, centre + halfWidth};
}

double closedFormPValue(const QList<double>& differences)
{
    double sum = 0;
    double squares = 0;
    for (double d : differences) {
        sum += d;
        squares += d * d;
    }
    return std::erfc(std::abs(sum) / std::sqrt(2 * squares));
}

} // namespace

class TestNormal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quantileMatchesReference_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        QTest::addRow("0.975") << 0.975 << 1.959963984540054;
        QTest::addRow("0.025") << 0.025 << -1.959963984540054;
        QTest::addRow("median") << 0.5 << 0.0;
        QTest::addRow("0.999") << 0.999 << 3.090232306167813;
        QTest::addRow("0.3") << 0.3 << -0.5244005127080408;
        QTest::addRow("1e-4") << 1e-4 << -3.719016485455681;
        QTest::addRow("1e-10") << 1e-10 << -6.361340902404056;
    }
    void quantileMatchesReference()
    {
        QFETCH(double, p);
        QFETCH(double, expected);
        if (expected == 0)
            QCOMPARE(normalQuantile(p), 0.0);
        else
            COMPARE_RELATIVE(normalQuantile(p), expected);
    }

    void cdfMatchesReference_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("expected");
        QTest::addRow("0") << 0.0 << 0.5;
        QTest::addRow("0.5") << 0.5 << 0.6914624612740131;
        QTest::addRow("1.96") << 1.96 << 0.9750021048517796;
        QTest::addRow("-5") << -5.0 << 2.866515718791939e-7;
        QTest::addRow("-10") << -10.0 << 7.619853024160526e-24;
    }
    void cdfMatchesReference()
    {
        QFETCH(double, x);
        QFETCH(double, expected);
        COMPARE_RELATIVE(normalCdf(x), expected);
    }

    // Dyadic p, so that 1 − p is exact and the two quantiles must mirror each other.
    void quantileIsAntisymmetric()
    {
        for (double p : {0.25, 0.125, 0.375, 0.0625, 1.0 / 1024, 3.0 / 4096, std::ldexp(1.0, -30)})
            COMPARE_RELATIVE(normalQuantile(1 - p), -normalQuantile(p));
    }

    void cdfInvertsQuantile()
    {
        for (double p : {1e-300, 1e-100, 1e-20, 1e-8, 0.001, 0.01, 0.025, 0.1, 0.2, 0.3, 0.4, 0.45, 0.5})
            COMPARE_RELATIVE(normalCdf(normalQuantile(p)), p);
        // Above one half the lower tail 1 − p is what carries the information.
        for (double p : {0.55, 0.7, 0.9, 0.975, 0.99, 0.999999})
            COMPARE_RELATIVE(normalCdf(-normalQuantile(p)), 1 - p);
        // Subnormal p: the refinement would overflow, Acklam's start stands (|x| ≈ 38.5).
        const double smallest = std::numeric_limits<double>::denorm_min();
        QVERIFY2(
            std::abs(normalQuantile(smallest) + 38.4674) < 1e-3, qPrintable(QString::number(normalQuantile(smallest))));
    }

    void quantileOutsideTheOpenIntervalIsNaN()
    {
        const double infinity = std::numeric_limits<double>::infinity();
        for (double p : {0.0, 1.0, -0.5, 1.5, infinity, -infinity, std::nan("")})
            QVERIFY2(std::isnan(normalQuantile(p)), qPrintable(QString::number(p)));
    }

    // Up to the threshold the interval is the resampled one, bit for bit; one value more and it is closed-form.
    void intervalSwitchesAboveThreshold()
    {
        const BootstrapOptions options;
        const QList<double> atThreshold = skewedScores(options.normalAbove, 21);
        BootstrapOptions resampled;
        resampled.normalAbove = Never;
        const ConfidenceInterval switched = bootstrapMeanInterval(atThreshold, options);
        const ConfidenceInterval forced = bootstrapMeanInterval(atThreshold, resampled);
        QCOMPARE(switched.low, forced.low);
        QCOMPARE(switched.high, forced.high);

        const QList<double> aboveThreshold = skewedScores(options.normalAbove + 1, 21);
        const ConfidenceInterval normal = bootstrapMeanInterval(aboveThreshold, options);
        const ConfidenceInterval expected = closedFormInterval(aboveThreshold);
        COMPARE_RELATIVE(normal.low, expected.low);
        COMPARE_RELATIVE(normal.high, expected.high);
        const ConfidenceInterval direct = normalMeanInterval(aboveThreshold, 0.95);
        QCOMPARE(direct.low, normal.low);
        QCOMPARE(direct.high, normal.high);
    }

    void normalIntervalEdgeCases()
    {
        const ConfidenceInterval none = normalMeanInterval({}, 0.95);
        QVERIFY(std::isnan(none.low) && std::isnan(none.high));
        const ConfidenceInterval one = normalMeanInterval({0.7}, 0.95);
        QCOMPARE(one.low, 0.7);
        QCOMPARE(one.high, 0.7);
        const ConfidenceInterval constant = bootstrapMeanInterval(QList<double>(3000, 0.25));
        QCOMPARE(constant.low, 0.25);
        QCOMPARE(constant.high, 0.25);
    }

    void pValueSwitchesAboveThreshold()
    {
        BestComparisonOptions options;
        options.resamples = 1000; // the threshold, not the default rounds, is under test
        QList<double> differences = skewedScores(options.normalAbove + 1, 22);
        for (double& d : differences)
            d -= 0.32;
        const QList<double> atThreshold = differences.first(options.normalAbove);
        bool exact = true;
        bool normal = true;
        const double sampled
            = signFlipPValue(atThreshold, options.resamples, options.seed, options.normalAbove, &exact, &normal);
        QVERIFY(!exact && !normal);
        QCOMPARE(sampled, signFlipPValue(atThreshold, options.resamples, options.seed, Never));

        const double approximated
            = signFlipPValue(differences, options.resamples, options.seed, options.normalAbove, &exact, &normal);
        QVERIFY(!exact && normal);
        COMPARE_RELATIVE(approximated, closedFormPValue(differences));
        QCOMPARE(signFlipPValue(QList<double>(3000, 0.0), 100, 1, 2000), 1.0);
    }

    // comparePaired() takes its threshold from BootstrapOptions, compareWithBest() from BestComparisonOptions.
    void comparisonsHonourTheThreshold()
    {
        const QList<double> a = skewedScores(300, 23);
        const QList<double> b = skewedScores(300, 24);
        QList<double> differences;
        for (qsizetype i = 0; i < a.size(); ++i)
            differences.append(a.at(i) - b.at(i));

        BootstrapOptions bootstrap;
        bootstrap.normalAbove = 299;
        const auto paired = comparePaired(a, b, bootstrap);
        QVERIFY(paired.ok() && paired->normal && !paired->exact);
        COMPARE_RELATIVE(paired->pValue, closedFormPValue(differences));
        const ConfidenceInterval expected = closedFormInterval(differences);
        COMPARE_RELATIVE(paired->interval.low, expected.low);
        COMPARE_RELATIVE(paired->interval.high, expected.high);
        QVERIFY(!comparePaired(a, b)->normal);

        BestComparisonOptions options;
        options.normalAbove = 299;
        const auto results = compareWithBest({a, b}, options);
        QVERIFY(results.ok());
        const qsizetype other = results->at(0).isBest ? 1 : 0;
        COMPARE_RELATIVE(results->at(other).pValue, closedFormPValue(differences));
        const auto sampled = compareWithBest({a, b});
        QCOMPARE(sampled->at(other).pValue, signFlipPValue(differences, 10000, options.seed, Never));
    }

    // At 3,000 values the normal interval's ends lie within a small share of the half-width of the resampled
    // interval's ends, even for skewed or binary scores; the Monte-Carlo noise of 20,000 resamples is about 1%.
    // (For rare passes, say 3%, the resampled means sit on a lattice of step 1/n, 5% of the half-width here, and
    // their skew shifts the ends by a similar amount.)
    void normalIntervalAgreesWithBootstrap_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addRow("skewed") << skewedScores(3000, 31);
        QTest::addRow("pass/fail") << binaryScores(3000, 0.3, 32);
    }
    void normalIntervalAgreesWithBootstrap()
    {
        QFETCH(QList<double>, values);
        BootstrapOptions resampled;
        resampled.resamples = 20000;
        resampled.normalAbove = Never;
        const ConfidenceInterval bootstrap = bootstrapMeanInterval(values, resampled);
        const ConfidenceInterval normal = bootstrapMeanInterval(values);
        const double halfWidth = (bootstrap.high - bootstrap.low) / 2;
        const QString message = QStringLiteral("normal %1..%2, bootstrap %3..%4")
                                    .arg(normal.low, 0, 'g', 10)
                                    .arg(normal.high, 0, 'g', 10)
                                    .arg(bootstrap.low, 0, 'g', 10)
                                    .arg(bootstrap.high, 0, 'g', 10);
        QVERIFY2(std::abs(normal.low - bootstrap.low) < 0.03 * halfWidth, qPrintable(message));
        QVERIFY2(std::abs(normal.high - bootstrap.high) < 0.03 * halfWidth, qPrintable(message));
    }

    // A small shift gives a p-value where the decision is made; the normal p must be within 0.01 of the sampled
    // one (whose own binomial standard error at 20,000 rounds is about 0.002).
    void normalPValueAgreesWithRandomization_data()
    {
        QTest::addColumn<QList<double>>("differences");
        // Centred uniform noise (standard error of the mean ≈ 0.0053) shifted by 0.01: z ≈ 1.9.
        Random random(41);
        QList<double> noise;
        double sum = 0;
        for (int i = 0; i < 3000; ++i) {
            noise.append(uniform(random) - 0.5);
            sum += noise.last();
        }
        for (double& d : noise)
            d += 0.01 - sum / 3000;
        QTest::addRow("continuous") << noise;
        // Two pass/fail models that disagree on 780 of 3,000 samples, the first winning 420: z = 60/√780 ≈ 2.1.
        QList<double> binary(3000, 0.0);
        for (qsizetype i = 0; i < 780; ++i)
            binary[i * 3] = i < 420 ? 1.0 : -1.0;
        QTest::addRow("pass/fail") << binary;
    }
    void normalPValueAgreesWithRandomization()
    {
        QFETCH(QList<double>, differences);
        const double sampled = signFlipPValue(differences, 20000, 5, Never);
        const double normal = signFlipPValue(differences, 20000, 5, 2000);
        QVERIFY2(sampled > 0.01 && sampled < 0.2, qPrintable(QString::number(sampled)));
        QVERIFY2(std::abs(normal - sampled) < 0.01, qPrintable(describe(normal, sampled)));
    }
};

QTEST_GUILESS_MAIN(TestNormal)
#include "test_normal.moc"
