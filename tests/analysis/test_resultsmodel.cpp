// ResultsModel over a stored experiment: the cells show the stored means ×100 (or raw), best and "not
// significantly worse" marks arrive with the statistics, the interval is in the tooltip, and a sort proxy orders
// rows by the raw numbers. Every change happens under QAbstractItemModelTester.
#include "analysis/comparisontable.h"
#include "analysis/resultsmodel.h"
#include "experimentfixture.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace caliper;

class TestResultsModel : public QObject
{
    Q_OBJECT

    test::ExperimentFixture m_fixture;
    ExperimentScores m_scores;
    QList<ComparisonColumn> m_columns;

    void fill(ResultsModel& model) const { model.setTable(m_columns, comparisonMeans(m_scores, m_columns)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.create());
        const Result<ExperimentScores> scores
            = loadExperimentScores(m_fixture.workspace->database(), m_fixture.experimentId);
        QVERIFY(scores.ok());
        m_scores = scores.value();
        m_columns = comparisonColumns(QSet<QString>(m_scores.keys.cbegin(), m_scores.keys.cend()));
    }

    void showsTheStoredMeans()
    {
        ResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), static_cast<int>(m_columns.size()) + 2);
        const Result<QList<ModelSummary>> summaries
            = ExperimentStore(m_fixture.workspace->database()).summaries(m_fixture.experimentId);
        QVERIFY(summaries.ok());
        const int rouge1 = model.columnOf(QStringLiteral("rouge1"));
        const int tokens = model.columnOf(QStringLiteral("answer_tokens"));
        for (int row = 0; row < model.rowCount(); ++row) {
            const ModelSummary& stored = summaries->at(row);
            QCOMPARE(model.index(row, ResultsModel::ModelColumn).data().toString(), stored.name);
            QCOMPARE(model.index(row, rouge1).data().toString(),
                QLocale().toString(stored.meanScores.value(QStringLiteral("rouge1")) * 100, 'f', 1));
            QCOMPARE(model.index(row, tokens).data().toString(), QLocale().toString(stored.avgAnswerTokens, 'f', 1));
            QCOMPARE(model.index(row, model.failuresColumn()).data(ResultsModel::SortRole).toInt(), stored.failed);
        }
        QCOMPARE(model.headerData(rouge1, Qt::Horizontal).toString(), QStringLiteral("ROUGE-1"));
        model.setPercent(false);
        QCOMPARE(model.index(0, rouge1).data().toString(),
            QLocale().toString(summaries->at(0).meanScores.value(QStringLiteral("rouge1")), 'f', 3));
    }

    void statisticsAddIntervalsAndMarks()
    {
        ResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        QVERIFY(model.statisticsPending());
        const int rougeL = model.columnOf(QStringLiteral("rougeL"));
        QVERIFY(model.index(0, rougeL).data(ResultsModel::BestRole).toBool());
        QVERIFY(model.index(0, rougeL).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(model.index(0, rougeL).data(Qt::ToolTipRole).toString().contains(QStringLiteral("computing")));
        QVERIFY(!model.index(1, rougeL).data(ResultsModel::NotSignificantlyWorseRole).toBool());

        model.setStatistics(comparisonTable(m_scores, m_columns));
        QVERIFY(!model.statisticsPending());
        QVERIFY(model.index(1, rougeL).data(ResultsModel::NotSignificantlyWorseRole).toBool());
        QVERIFY(model.index(1, rougeL).data().toString().endsWith(QStringLiteral("†")));
        QVERIFY(!model.index(2, rougeL).data(ResultsModel::NotSignificantlyWorseRole).toBool());
        QVERIFY(model.index(1, rougeL).data(Qt::ToolTipRole).toString().contains(QStringLiteral("95% confidence")));
        QVERIFY(model.index(2, rougeL).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Significantly")));
        // A table of another shape is not taken for statistics of this one.
        model.setStatistics({});
        QCOMPARE(model.rowCount(), 3);
    }

    void sortsByTheRawNumbers()
    {
        ResultsModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ResultsModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        proxy.sort(model.columnOf(QStringLiteral("rouge1")), Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Weak"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("Echo"));
        proxy.sort(model.columnOf(QStringLiteral("latency_s")), Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Weak"));
    }
};

QTEST_MAIN(TestResultsModel)
#include "test_resultsmodel.moc"
