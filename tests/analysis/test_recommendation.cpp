#include "analysis/recommendation.h"

#include <QTest>

#include <cmath>

using namespace caliper;
using namespace caliper::analysis;

namespace {

const double NaN = std::nan("");

/// n per-sample scores around `level`, with a fixed wiggle so the models are paired but not identical.
QList<double> scoresAround(double level, int n = 20, double wiggle = 0.01)
{
    QList<double> scores;
    for (int i = 0; i < n; ++i)
        scores.append(level + wiggle * ((i % 5) - 2));
    return scores;
}

ModelScores model(const char* name, std::optional<double> parameters, QList<double> scores)
{
    ModelScores m;
    m.name = QString::fromUtf8(name);
    m.parameters = parameters;
    m.scores = std::move(scores);
    return m;
}

QStringList names(const QList<ModelVerdict>& verdicts)
{
    QStringList result;
    for (const ModelVerdict& verdict : verdicts)
        result.append(verdict.name);
    return result;
}

RecommendationOptions withinPoints(double points)
{
    RecommendationOptions options;
    options.metricName = QStringLiteral("ROUGE-1");
    options.tolerance = ToleranceMode::WithinPoints;
    options.points = points;
    return options;
}

} // namespace

class TestRecommendation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smallestWithinPoints()
    {
        const QList<ModelScores> models {model("Big-70B", 70e9, scoresAround(0.50)),
            model("Mid-14B", 14e9, scoresAround(0.49)), model("Small-1.5B", 1.5e9, scoresAround(0.40))};
        const Result<Recommendation> result = recommend(models, withinPoints(2));
        QVERIFY(result.ok());
        QCOMPARE(result->recommended, std::optional<qsizetype>(1));
        QCOMPARE(result->best, std::optional<qsizetype>(0));
        QCOMPARE(result->samplesCompared, 20);
        QCOMPARE(names(result->beaten), QStringList {QStringLiteral("Big-70B")});
        QCOMPARE(result->beaten.first().verdict, Verdict::NotSmaller);
        QCOMPARE(names(result->excluded), QStringList {QStringLiteral("Small-1.5B")});
        QCOMPARE(result->excluded.first().verdict, Verdict::SmallerButWorse);
        QVERIFY2(result->excluded.first().reason.contains(QStringLiteral("1.5B")),
            qPrintable(result->excluded.first().reason));
        QVERIFY2(result->excluded.first().reason.contains(QStringLiteral("10.0 points below")),
            qPrintable(result->excluded.first().reason));
        QVERIFY2(result->reason.startsWith(QStringLiteral("Mid-14B")), qPrintable(result->reason));
        QVERIFY(result->reason.contains(QStringLiteral("49.0")) && result->reason.contains(QStringLiteral("50.0")));
    }

    // Mid differs from Big by ±0.001 alternating (no difference at all on average); Small is 0.1 lower on every
    // sample, which no sign assignment of 20 samples beats, so its p is the smallest possible.
    void smallestNotSignificantlyWorse()
    {
        const QList<double> big = scoresAround(0.50);
        QList<double> mid;
        QList<double> small;
        for (qsizetype i = 0; i < big.size(); ++i) {
            mid.append(big.at(i) + (i % 2 == 0 ? 0.001 : -0.001));
            small.append(big.at(i) - 0.1);
        }
        RecommendationOptions options;
        options.metricName = QStringLiteral("ROUGE-1");
        const Result<Recommendation> result
            = recommend({model("Big", 70e9, big), model("Mid", 14e9, mid), model("Small", 1e9, small)}, options);
        QVERIFY(result.ok());
        QCOMPARE(result->recommended, std::optional<qsizetype>(1));
        QCOMPARE(result->excluded.size(), 1);
        QCOMPARE(result->excluded.first().verdict, Verdict::SmallerButWorse);
        QVERIFY(result->excluded.first().adjustedPValue < 0.05);
        QVERIFY2(result->excluded.first().reason.contains(QStringLiteral("significantly worse")),
            qPrintable(result->excluded.first().reason));
        QVERIFY2(result->reason.contains(QStringLiteral("not significantly worse")), qPrintable(result->reason));
    }

    void sizeMeasureChoosesTheColumn_data()
    {
        QTest::addColumn<int>("measure");
        QTest::addColumn<qsizetype>("expected");
        QTest::addRow("parameters") << int(SizeMeasure::Parameters) << qsizetype(1);
        QTest::addRow("cost") << int(SizeMeasure::Cost) << qsizetype(0);
        QTest::addRow("latency") << int(SizeMeasure::Latency) << qsizetype(2);
    }
    void sizeMeasureChoosesTheColumn()
    {
        QFETCH(int, measure);
        QFETCH(qsizetype, expected);
        QList<ModelScores> models {model("A", 70e9, scoresAround(0.5)), model("B", 7e9, scoresAround(0.5)),
            model("C", 14e9, scoresAround(0.5))};
        models[0].cost = 0.5;
        models[1].cost = 2.0;
        models[2].cost = 1.0;
        models[0].latency = 9;
        models[1].latency = 5;
        models[2].latency = 1;
        RecommendationOptions options = withinPoints(1);
        options.smallest = static_cast<SizeMeasure>(measure);
        const Result<Recommendation> result = recommend(models, options);
        QVERIFY(result.ok());
        QCOMPARE(result->recommended, std::optional<qsizetype>(expected));
    }

    void tiesGoToTheHigherMeanThenTheEarlierModel()
    {
        const Result<Recommendation> higher
            = recommend({model("A", 7e9, scoresAround(0.48)), model("B", 7e9, scoresAround(0.49)),
                            model("Big", 70e9, scoresAround(0.50))},
                withinPoints(5));
        QVERIFY(higher.ok());
        QCOMPARE(higher->recommended, std::optional<qsizetype>(1));
        QCOMPARE(higher->beaten.first().verdict, Verdict::NotSmaller);
        QVERIFY2(
            higher->beaten.first().reason.contains(QStringLiteral("same")), qPrintable(higher->beaten.first().reason));

        const Result<Recommendation> equal
            = recommend({model("A", 7e9, scoresAround(0.5)), model("B", 7e9, scoresAround(0.5))}, withinPoints(0));
        QVERIFY(equal.ok());
        QCOMPARE(equal->recommended, std::optional<qsizetype>(0));
    }

    // A worse model of the same size is described as such, not as "not smaller (7B against 7B)"; a larger one
    // names both sizes.
    void worseModelsSayHowTheirSizeCompares()
    {
        const Result<Recommendation> result
            = recommend({model("Chosen-7B", 7e9, scoresAround(0.50)), model("Same-7B", 7e9, scoresAround(0.30)),
                            model("Big-70B", 70e9, scoresAround(0.30))},
                withinPoints(5));
        QVERIFY(result.ok());
        QCOMPARE(result->recommended, std::optional<qsizetype>(0));
        QCOMPARE(names(result->beaten), QStringList({QStringLiteral("Same-7B"), QStringLiteral("Big-70B")}));
        const QString same = result->beaten.at(0).reason;
        QVERIFY2(same.endsWith(QStringLiteral("at the same model size (7B)")), qPrintable(same));
        const QString bigger = result->beaten.at(1).reason;
        QVERIFY2(bigger.endsWith(QStringLiteral("not smaller (model size 70B against 7B)")), qPrintable(bigger));
    }

    void allEqualPicksTheSmallest()
    {
        RecommendationOptions options;
        const Result<Recommendation> result
            = recommend({model("A", 70e9, scoresAround(0.3)), model("B", 3e9, scoresAround(0.3)),
                            model("C", 8e9, scoresAround(0.3))},
                options);
        QVERIFY(result.ok());
        QCOMPARE(result->recommended, std::optional<qsizetype>(1));
        QCOMPARE(names(result->beaten), (QStringList {QStringLiteral("A"), QStringLiteral("C")}));
        QVERIFY(result->excluded.isEmpty());
    }

    void singleModel()
    {
        const Result<Recommendation> result = recommend({model("Only", 8e9, scoresAround(0.42))}, withinPoints(1));
        QVERIFY(result.ok());
        QCOMPARE(result->recommended, std::optional<qsizetype>(0));
        QVERIFY(result->beaten.isEmpty() && result->excluded.isEmpty());
        QVERIFY2(result->reason.contains(QStringLiteral("only model")), qPrintable(result->reason));
    }

    void theBestRecommendedWhenNothingSmallerComesClose()
    {
        const Result<Recommendation> result = recommend(
            {model("Big", 70e9, scoresAround(0.5)), model("Small", 1e9, scoresAround(0.3))}, withinPoints(1));
        QVERIFY(result.ok());
        QCOMPARE(result->recommended, std::optional<qsizetype>(0));
        QCOMPARE(result->excluded.first().verdict, Verdict::SmallerButWorse);
        QVERIFY2(result->reason.contains(QStringLiteral("best")), qPrintable(result->reason));
    }

    // The best model's size is unknown (a hosted API): it still sets the bar but cannot be recommended.
    void unknownSizes()
    {
        const QList<ModelScores> models {
            model("Hosted", std::nullopt, scoresAround(0.50)), model("Local-8B", 8e9, scoresAround(0.45))};
        const Result<Recommendation> loose = recommend(models, withinPoints(10));
        QVERIFY(loose.ok());
        QCOMPARE(loose->recommended, std::optional<qsizetype>(1));
        QCOMPARE(loose->best, std::optional<qsizetype>(0));
        QCOMPARE(loose->excluded.size(), 1);
        QCOMPARE(loose->excluded.first().verdict, Verdict::UnknownSize);
        QVERIFY(loose->reason.contains(QStringLiteral("Hosted")));

        const Result<Recommendation> strict = recommend(models, withinPoints(1));
        QVERIFY(strict.ok());
        QVERIFY(!strict->recommended);
        QVERIFY2(strict->reason.contains(QStringLiteral("unknown")), qPrintable(strict->reason));
        QCOMPARE(strict->excluded.size(), 2);
    }

    // 3 of 10 failed is over the 10% allowed; 1 of 10 is not, and only the 9 samples every remaining model
    // scored are compared.
    void failuresExcludeAndPairing()
    {
        QList<double> flaky = scoresAround(0.40, 10);
        flaky[3] = NaN;
        QList<double> broken = scoresAround(0.60, 10);
        broken[0] = broken[1] = broken[2] = NaN;
        const Result<Recommendation> result = recommend(
            {model("Good", 70e9, scoresAround(0.41, 10)), model("Flaky", 1e9, flaky), model("Broken", 0.5e9, broken)},
            withinPoints(2));
        QVERIFY(result.ok());
        QCOMPARE(result->samplesCompared, 9);
        QCOMPARE(result->recommended, std::optional<qsizetype>(1));
        QCOMPARE(names(result->excluded), QStringList {QStringLiteral("Broken")});
        QCOMPARE(result->excluded.first().verdict, Verdict::TooManyFailures);
        QVERIFY2(result->excluded.first().reason.contains(QStringLiteral("3 of 10")),
            qPrintable(result->excluded.first().reason));
    }

    void nothingToCompare()
    {
        QList<double> a(4, NaN);
        const Result<Recommendation> failed = recommend({model("A", 1e9, a)}, withinPoints(1));
        QVERIFY(failed.ok());
        QVERIFY(!failed->recommended);
        QVERIFY(!failed->reason.isEmpty());
        const Result<Recommendation> none = recommend({}, withinPoints(1));
        QVERIFY(none.ok());
        QVERIFY(!none->recommended);
    }

    void lowerIsBetter()
    {
        RecommendationOptions options = withinPoints(2);
        options.comparison.higherIsBetter = false;
        const Result<Recommendation> result
            = recommend({model("Big", 70e9, scoresAround(0.10)), model("Small", 1e9, scoresAround(0.11)),
                            model("Tiny", 0.1e9, scoresAround(0.30))},
                options);
        QVERIFY(result.ok());
        QCOMPARE(result->best, std::optional<qsizetype>(0));
        QCOMPARE(result->recommended, std::optional<qsizetype>(1));
    }

    void unequalLengthsAreAnError()
    {
        const Result<Recommendation> result
            = recommend({model("A", 1e9, scoresAround(0.5, 5)), model("B", 2e9, scoresAround(0.5, 6))});
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("B")));
    }
};

QTEST_GUILESS_MAIN(TestRecommendation)
#include "test_recommendation.moc"
