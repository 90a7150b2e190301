// The Results page driven through its widgets over a stored experiment (tests/analysis/experimentfixture.h): the
// table shows the stored means at once and the significance marks when the worker is done, the column menu hides
// columns and remembers it, the recommendation panel names the smallest good-enough model and follows its
// settings, a finished run reloads the numbers, and the main window lists the page in its sidebar.
#include "analysis/comparisoncolumns.h"
#include "analysis/experimentscores.h"
#include "analysis/resultsmodel.h"
#include "experimentfixture.h"
#include "mainwindow.h"
#include "pages/comparisonproxy.h"
#include "pages/comparisonview.h"
#include "pages/recommendationview.h"
#include "pages/resultspage.h"
#include "runs/runservice.h"
#include "widgettesting.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace caliper;

namespace {

using test::child;

// The table's text in a model's row and a column of the given header.
QString cell(QTableView* table, const QString& model, const QString& header)
{
    QAbstractItemModel* data = table->model();
    for (int column = 0; column < data->columnCount(); ++column) {
        // Long titles show on two lines; compare them as one.
        if (data->headerData(column, Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' ')) != header)
            continue;
        for (int row = 0; row < data->rowCount(); ++row) {
            if (data->index(row, 0).data().toString() == model)
                return data->index(row, column).data().toString();
        }
    }
    return {};
}

} // namespace

class TestResultsGui : public QObject
{
    Q_OBJECT

    test::ExperimentFixture m_fixture;

    bool showFixture(ResultsPage& page)
    {
        QSignalSpy statistics(&page, &ResultsPage::statisticsShown);
        page.setWorkspace(m_fixture.workspace.get(), nullptr);
        return statistics.wait(60000) || statistics.count() > 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CaliperTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_resultsgui"));
        QSettings().clear();
        QVERIFY(m_fixture.create());
    }

    void tableShowsTheStoredScores()
    {
        ResultsPage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(showFixture(page));
        auto* combo = child<QComboBox>(&page, "experimentCombo");
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), m_fixture.name);
        auto* table = child<QTableView>(&page, "comparisonTable");
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 3);
        const Result<QList<ModelSummary>> summaries
            = ExperimentStore(m_fixture.workspace->database()).summaries(m_fixture.experimentId);
        QVERIFY(summaries.ok());
        for (const ModelSummary& stored : summaries.value()) {
            QVERIFY(
                cell(table, stored.name, QStringLiteral("ROUGE-L"))
                    .startsWith(QLocale().toString(stored.meanScores.value(QStringLiteral("rougeL")) * 100, 'f', 1)));
            QCOMPARE(cell(table, stored.name, QStringLiteral("Failures")), QString::number(stored.failed));
        }
        // Near differs from Echo on one sample only: not significantly worse, marked with †.
        QVERIFY(cell(table, QStringLiteral("Near"), QStringLiteral("ROUGE-L")).endsWith(QStringLiteral("†")));
        QVERIFY(!cell(table, QStringLiteral("Weak"), QStringLiteral("ROUGE-L")).endsWith(QStringLiteral("†")));
        QVERIFY(child<QLabel>(&page, "referenceLength")->text().contains(QStringLiteral("words")));
        QVERIFY(!child<QLabel>(&page, "comparisonLegend")->text().contains(QStringLiteral("Computing")));
    }

    void columnMenuHidesColumns()
    {
        ResultsPage page;
        page.show();
        QVERIFY(showFixture(page));
        auto* view = child<ComparisonView>(&page, "comparisonView");
        auto* table = child<QTableView>(&page, "comparisonTable");
        const int rouge2 = view->model()->columnOf(QStringLiteral("rouge2"));
        QVERIFY(!table->isColumnHidden(rouge2));
        QAction* action = view->columnsMenu()->findChild<QAction*>(QStringLiteral("column_rouge2"));
        QVERIFY(action);
        action->trigger();
        QVERIFY(table->isColumnHidden(rouge2));
        // Remembered: a new page hides it too.
        ResultsPage again;
        QVERIFY(showFixture(again));
        QVERIFY(child<QTableView>(&again, "comparisonTable")->isColumnHidden(rouge2));
        action->trigger();
        QVERIFY(!table->isColumnHidden(rouge2));
        // The ×100 switch.
        QAction* percent = view->columnsMenu()->findChild<QAction*>(QStringLiteral("actionPercent"));
        QVERIFY(percent);
        percent->trigger();
        QVERIFY(!view->model()->percent());
        QVERIFY(cell(table, QStringLiteral("Echo"), QStringLiteral("ROUGE-L")).startsWith(QStringLiteral("1.000")));
        percent->trigger();
    }

    // Long titles go on two lines so the study's columns fit a laptop screen; the tooltip keeps the whole title.
    void longColumnTitlesShowOnTwoLines()
    {
        QCOMPARE(twoLineTitle(QStringLiteral("Avg reasoning tokens")), QStringLiteral("Avg reasoning\ntokens"));
        QCOMPARE(twoLineTitle(QStringLiteral("G-Eval coherence")), QStringLiteral("G-Eval\ncoherence"));
        QCOMPARE(twoLineTitle(QStringLiteral("ROUGE-1")), QStringLiteral("ROUGE-1"));
        QCOMPARE(twoLineTitle(QStringLiteral("Latency (s)")), QStringLiteral("Latency\n(s)"));
        QCOMPARE(
            twoLineTitle(QStringLiteral("Averylongtitlewithoutspaces")), QStringLiteral("Averylongtitlewithoutspaces"));

        ResultsPage page;
        page.show();
        QVERIFY(showFixture(page));
        QAbstractItemModel* shown = child<QTableView>(&page, "comparisonTable")->model();
        const int answer = page.comparisonView()->model()->columnOf(QStringLiteral("answer_tokens"));
        QVERIFY(answer > 0);
        QCOMPARE(shown->headerData(answer, Qt::Horizontal).toString(), QStringLiteral("Avg answer\ntokens"));
        QCOMPARE(
            shown->headerData(answer, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("Avg answer tokens"));
        const int rouge1 = page.comparisonView()->model()->columnOf(QStringLiteral("rouge1"));
        QCOMPARE(shown->headerData(rouge1, Qt::Horizontal).toString(), QStringLiteral("ROUGE-1"));
    }

    void recommendationFollowsItsSettings()
    {
        ResultsPage page;
        page.show();
        auto* recommendation = child<RecommendationView>(&page, "recommendationView");
        QSignalSpy updated(recommendation, &RecommendationView::updated);
        QVERIFY(showFixture(page));
        QTRY_VERIFY_WITH_TIMEOUT(!recommendation->busy() && updated.count() > 0, 60000);
        QCOMPARE(child<QComboBox>(&page, "recommendationMetric")->currentText(), QStringLiteral("ROUGE-1"));
        QCOMPARE(child<QLabel>(&page, "recommendedModel")->text(), QStringLiteral("Near"));
        QVERIFY(child<QLabel>(&page, "recommendationReason")->text().contains(QStringLiteral("Near")));
        QVERIFY(child<QLabel>(&page, "recommendationExcluded")->text().contains(QStringLiteral("Weak")));
        // By cost, Echo (the cheapest endpoint) is the smallest of the good-enough models.
        auto* smallest = child<QComboBox>(&page, "recommendationSmallest");
        updated.clear();
        smallest->setCurrentIndex(smallest->findText(QStringLiteral("cost")));
        QTRY_VERIFY_WITH_TIMEOUT(!recommendation->busy() && updated.count() > 0, 60000);
        QCOMPARE(child<QLabel>(&page, "recommendedModel")->text(), QStringLiteral("Echo"));
    }

    // A recommendation still computing when its scores are replaced by none (another workspace) is dropped, not
    // shown against the empty scores.
    void recommendationForScoresThatWentAwayIsDropped()
    {
        Result<ExperimentScores> scores = loadExperimentScores(m_fixture.workspace->database(), m_fixture.experimentId);
        QVERIFY(scores.ok());
        RecommendationView view;
        view.setScores(scores.value(), comparisonColumns(QSet<QString>(scores->keys.cbegin(), scores->keys.cend())));
        // Computed but not yet delivered to this thread: still busy, because nothing is shown yet.
        QThreadPool::globalInstance()->waitForDone();
        QVERIFY(view.busy());
        view.setScores(ExperimentScores {}, {});
        QVERIFY(!view.busy());
        QCoreApplication::processEvents(); // delivers the finished computation
        QCOMPARE(child<QLabel>(&view, "recommendedModel")->text(), QStringLiteral("No quality metric to decide on"));
    }

    void finishedRunReloads()
    {
        RunService service(m_fixture.workspace->databaseFile());
        ResultsPage page;
        QSignalSpy shown(&page, &ResultsPage::scoresShown);
        page.setWorkspace(m_fixture.workspace.get(), &service);
        QVERIFY(shown.wait(60000));
        QCOMPARE(page.comparisonView()->model()->columnOf(QStringLiteral("human_rating")), -1);
        QVERIFY(m_fixture.addRatings());
        RunProgress progress;
        progress.runId = m_fixture.experimentId;
        progress.state = RunState::Finished;
        Q_EMIT service.runEnded(progress);
        QVERIFY(shown.wait(60000));
        QVERIFY(page.comparisonView()->model()->columnOf(QStringLiteral("human_rating")) > 0);
    }

    // The line under the table names the judge of the G-Eval column; each G-Eval cell's tooltip gives the judge's
    // own spread over its repeats, in the table's units (×100). Without judgements there is no line.
    void judgeIsNamedWithItsSpread()
    {
        test::ExperimentFixture judged;
        QVERIFY(judged.create());
        QVERIFY(judged.addJudgements());
        ResultsPage page;
        page.show();
        QSignalSpy judgeShown(&page, &ResultsPage::judgeShown);
        page.setWorkspace(judged.workspace.get(), nullptr);
        QVERIFY(judgeShown.wait(60000));
        auto* line = child<QLabel>(&page, "judgeLine");
        QVERIFY(line->isVisibleTo(&page));
        QVERIFY2(line->text().startsWith(QStringLiteral("G-Eval columns judged by judge-7b at http://judge.example/v1 "
                                                        "(lumigator method): 64 judgements, 1 failed.")),
            qPrintable(line->text()));
        QVERIFY(line->text().contains(QStringLiteral("judge's own spread")));
        QVERIFY(line->toolTip().contains(QStringLiteral("lumigator/coherence (Lumigator)")));

        ResultsModel* model = page.comparisonView()->model();
        const int column = model->columnOf(QStringLiteral("geval_coherence"));
        QVERIFY(column > 0);
        auto toolTip = [&](const QString& name) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, 0).data().toString() == name)
                    return model->index(row, column).data(Qt::ToolTipRole).toString();
            }
            return QString();
        };
        // Echo: each sample's two repeats differ by 0.2 (SD 0.2/√2 = 0.141), the two repeat means are both 0.8.
        QVERIFY2(toolTip(QStringLiteral("Echo"))
                     .contains(QStringLiteral(
                         "Judge's own spread over 2 repeat(s): ±14.1 per sample, ±0.0 between repeat means")),
            qPrintable(toolTip(QStringLiteral("Echo"))));
        QVERIFY(toolTip(QStringLiteral("Near")).contains(QStringLiteral("±0.0 per sample, ±0.0 between")));
        QCOMPARE(toolTip(QStringLiteral("Weak")), QStringLiteral("No value")); // its only judgement failed

        judgeShown.clear();
        page.setWorkspace(m_fixture.workspace.get(), nullptr);
        QVERIFY(judgeShown.wait(60000));
        QVERIFY(!line->isVisibleTo(&page));
        QCOMPARE(model->columnOf(QStringLiteral("geval_coherence")), -1);
        QCOMPARE(model->rowCount(), 3);

        // A workspace without experiments shows none of the previous one's numbers.
        QTemporaryDir emptyDir;
        auto empty = Workspace::open(emptyDir.filePath(QStringLiteral("ws")));
        QVERIFY(empty.ok());
        page.setWorkspace(empty.value().get(), nullptr);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(child<QLabel>(&page, "resultsStatus")->text().startsWith(QStringLiteral("No experiments yet")));
        page.setWorkspace(nullptr, nullptr);
    }

    void mainWindowHasTheResultsPage()
    {
        MainWindow window;
        auto* sidebar = child<QListWidget>(&window, "sidebar");
        QVERIFY(sidebar);
        QCOMPARE(sidebar->findItems(QStringLiteral("Results"), Qt::MatchExactly).size(), 1);
        QVERIFY(window.resultsPage());
        window.showPage(window.resultsPage());
        QCOMPARE(sidebar->currentItem()->text(), QStringLiteral("Results"));
    }
};

QTEST_MAIN(TestResultsGui)
#include "test_resultsgui.moc"
