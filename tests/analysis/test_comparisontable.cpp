#include "analysis/comparisontable.h"
#include "analysis/experimentrecommendation.h"
#include "analysis/experimentscores.h"
#include "experimentfixture.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>

using namespace caliper;
using caliper::test::sameValues;

namespace {

qsizetype columnIndex(const QList<ComparisonColumn>& columns, const QString& key)
{
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (columns.at(c).key == key)
            return c;
    }
    return -1;
}

} // namespace

class TestComparisonTable : public QObject
{
    Q_OBJECT

    test::ExperimentFixture m_fixture;
    ExperimentScores m_scores;
    QList<ComparisonColumn> m_columns;

private Q_SLOTS:
    void pValuesPrintAsTheRecommendationDoes()
    {
        QCOMPARE(formatPValue(0.0123), QStringLiteral("= 0.012"));
        QCOMPARE(formatPValue(0.001), QStringLiteral("= 0.001"));
        QCOMPARE(formatPValue(0.00099), QStringLiteral("< 0.001"));
        QCOMPARE(formatPValue(2.4e-16), QStringLiteral("< 0.001")); // the normal approximation's tail
        QCOMPARE(formatPValue(1.0), QStringLiteral("= 1.000"));
    }

    void initTestCase()
    {
        QVERIFY(m_fixture.create());
        QVERIFY(m_fixture.addRatings());
        const Result<ExperimentScores> scores
            = loadExperimentScores(m_fixture.workspace->database(), m_fixture.experimentId);
        QVERIFY2(scores.ok(), qPrintable(scores.ok() ? QString() : scores.error().toString()));
        m_scores = scores.value();
        m_columns = comparisonColumns(QSet<QString>(m_scores.keys.cbegin(), m_scores.keys.cend()));
    }

    void loadsEveryNumberInDatasetOrder()
    {
        QCOMPARE(m_scores.sampleIds.size(), test::ExperimentFixture::SampleCount);
        QCOMPARE(m_scores.models.size(), 3);
        QCOMPARE(m_scores.models.at(2).failed, 1);
        QCOMPARE(m_scores.models.at(2).done, test::ExperimentFixture::SampleCount - 1);
        QCOMPARE(m_scores.models.at(0).parameters.value_or(0), 70e9);
        QVERIFY(std::isnan(m_scores.models.at(2).values.value(QStringLiteral("rouge1")).at(1)));
        QVERIFY(m_scores.keys.startsWith(QStringLiteral("rouge1")));
        QVERIFY(m_scores.keys.contains(QStringLiteral("human_rating")));
        QVERIFY(m_scores.keys.endsWith(QStringLiteral("cost")));
        // Every sample has a two-... word reference; the average comes from the stored word counts.
        QVERIFY(m_scores.referenceAverageWords > 10);
    }

    // The linear SQL read gives exactly what the store's full OutputRecords give.
    void loadAgreesWithTheOutputs()
    {
        ExperimentStore store(m_fixture.workspace->database());
        const Result<QList<OutputRecord>> outputs = store.outputs(m_fixture.experimentId);
        const Result<QList<ExperimentModel>> models = store.models(m_fixture.experimentId);
        QVERIFY(outputs.ok() && models.ok());
        const ExperimentScores fromOutputs = experimentScores(m_scores.sampleIds, models.value(), outputs.value());
        QStringList keys = m_scores.keys;
        keys.removeAll(QStringLiteral("human_rating"));
        QCOMPARE(fromOutputs.keys, keys);
        for (qsizetype model = 0; model < m_scores.models.size(); ++model) {
            QCOMPARE(fromOutputs.models.at(model).done, m_scores.models.at(model).done);
            QCOMPARE(fromOutputs.models.at(model).totalCost, m_scores.models.at(model).totalCost);
            for (const QString& key : keys)
                QVERIFY2(sameValues(fromOutputs.models.at(model).values.value(key),
                             m_scores.models.at(model).values.value(key)),
                    qPrintable(key));
        }
    }

    void humanRatingIsTheScaledMeanOfTheReviewers()
    {
        const QString key = QStringLiteral("human_rating");
        QCOMPARE(m_scores.models.at(0).values.value(key).at(0), (4.5 - 1) / 4);
        QCOMPARE(m_scores.models.at(2).values.value(key).at(0), 0.0);
        QVERIFY(std::isnan(m_scores.models.at(0).values.value(key).at(1)));
        QVERIFY(m_scores.models.at(1).values.value(key).isEmpty());
    }

    // The table's means are the store's own SQL aggregates.
    void meansAreTheStoredMeans()
    {
        const Result<QList<ModelSummary>> summaries
            = ExperimentStore(m_fixture.workspace->database()).summaries(m_fixture.experimentId);
        QVERIFY(summaries.ok());
        const QList<ComparisonRow> rows = comparisonMeans(m_scores, m_columns);
        QCOMPARE(rows.size(), summaries->size());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const ModelSummary& stored = summaries->at(r);
            const ComparisonRow& row = rows.at(r);
            QCOMPARE(row.model, stored.name);
            QCOMPARE(row.failed, stored.failed);
            for (const QString& key : {QStringLiteral("rouge1"), QStringLiteral("rougeL"), QStringLiteral("bleu")})
                QVERIFY(qAbs(row.cells.at(columnIndex(m_columns, key)).value - stored.meanScores.value(key)) < 1e-12);
            QVERIFY(qAbs(row.cells.at(columnIndex(m_columns, QStringLiteral("answer_tokens"))).value
                        - stored.avgAnswerTokens)
                < 1e-9);
            QVERIFY(qAbs(row.cells.at(columnIndex(m_columns, QStringLiteral("latency_s"))).value - stored.avgLatencyS)
                < 1e-9);
            QVERIFY(qAbs(row.cells.at(columnIndex(m_columns, QStringLiteral("cost"))).value - stored.cost) < 1e-12);
        }
    }

    void fullTableAddsStatisticsToTheSameMeans()
    {
        const QList<ComparisonRow> quick = comparisonMeans(m_scores, m_columns);
        const QList<ComparisonRow> full = comparisonTable(m_scores, m_columns);
        for (qsizetype r = 0; r < quick.size(); ++r) {
            for (qsizetype c = 0; c < m_columns.size(); ++c) {
                const ComparisonCell& a = quick.at(r).cells.at(c);
                const ComparisonCell& b = full.at(r).cells.at(c);
                QCOMPARE(a.n, b.n);
                QVERIFY(a.value == b.value || (std::isnan(a.value) && std::isnan(b.value)));
                QCOMPARE(a.best, b.best);
                QVERIFY(std::isnan(a.interval.low));
                if (b.n > 1 && m_columns.at(c).kind != ColumnKind::Cost)
                    QVERIFY(b.interval.low <= b.value && b.value <= b.interval.high);
            }
        }
        const qsizetype rougeL = columnIndex(m_columns, QStringLiteral("rougeL"));
        QVERIFY(full.at(0).cells.at(rougeL).best);
        QVERIFY(full.at(1).cells.at(rougeL).notSignificantlyWorse);
        QVERIFY(!full.at(2).cells.at(rougeL).notSignificantlyWorse);
        QVERIFY(full.at(2).cells.at(rougeL).adjustedPValue < 0.05);
        // Lower latency is better; token averages have no better direction.
        QVERIFY(full.at(0).cells.at(columnIndex(m_columns, QStringLiteral("latency_s"))).best);
        QVERIFY(!full.at(0).cells.at(columnIndex(m_columns, QStringLiteral("answer_tokens"))).best);
    }

    void columnsFollowTheStudy()
    {
        QStringList keys;
        for (const ComparisonColumn& column : m_columns)
            keys.append(column.key);
        QCOMPARE(keys,
            QStringList({QStringLiteral("reasoning_tokens"), QStringLiteral("answer_tokens"), QStringLiteral("rouge1"),
                QStringLiteral("rouge2"), QStringLiteral("rougeL"), QStringLiteral("bleu"),
                QStringLiteral("human_rating"), QStringLiteral("latency_s"), QStringLiteral("cost")}));
    }

    // Headless default: the first quality metric, not significantly worse, smallest by parameters.
    void defaultRecommendationPicksTheSmallestGoodEnoughModel()
    {
        const std::optional<DefaultRecommendation> chosen = defaultRecommendation(m_scores, m_columns);
        QVERIFY(chosen);
        QCOMPARE(chosen->metric.key, QStringLiteral("rouge1"));
        QCOMPARE(chosen->options.smallest, analysis::SizeMeasure::Parameters);
        const Result<analysis::Recommendation> recommendation = recommendOn(m_scores, chosen->metric, chosen->options);
        QVERIFY(recommendation.ok());
        QCOMPARE(recommendation->recommended.value_or(-1), 1); // Near: 8B, not significantly worse than Echo
        QVERIFY(recommendation->reason.contains(QStringLiteral("Near")));
    }

    void costIsTheFallbackWhenSizesAreUnknown()
    {
        ExperimentScores scores = m_scores;
        scores.models[1].parameters.reset();
        const std::optional<DefaultRecommendation> chosen = defaultRecommendation(scores, m_columns);
        QVERIFY(chosen);
        QCOMPARE(chosen->options.smallest, analysis::SizeMeasure::Cost);
    }
};

QTEST_GUILESS_MAIN(TestComparisonTable)
#include "test_comparisontable.moc"
