#pragma once

#include "analysis/comparisontable.h"
#include "analysis/resultsdata.h"
#include "common/error.h"
#include "reports/reportjudge.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QTabWidget;

namespace caliper {

class ComparisonView;
class ResultsChartsView;
class RunService;
class SampleComparisonView;
class Workspace;
struct RunProgress;

/// The Results page: an experiment chooser above tabs for the comparison table with the recommendation, the
/// charts and the side-by-side samples. An experiment's numbers and the viewer's index load on a worker thread with
/// its own connection (no output text; from the workspace's snapshot when it is current), the table shows their
/// means at once, and the confidence intervals and significance tests follow from a second worker, which judge
/// produced the G-Eval columns from a third (it reads every judgement); a run that ends refreshes the experiment it
/// ran.
class ResultsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsPage(QWidget* parent = nullptr);
    ~ResultsPage() override;

    /// Shows the experiments of `workspace`, refreshing when `service` ends a run (neither owned; both may be null).
    void setWorkspace(Workspace* workspace, RunService* service);
    /// Re-reads the list of experiments, keeping the current one when it is still there.
    void reloadExperiments();
    /// Shows an experiment (loads its numbers); false when the workspace has no such experiment.
    bool showExperiment(qint64 experimentId);
    qint64 currentExperimentId() const;

    /// Whether the numbers or the statistics of the current experiment are still being computed.
    bool loading() const { return m_loadWatcher.isRunning(); }
    bool statisticsPending() const;

    ComparisonView* comparisonView() const { return m_comparison; }
    ResultsChartsView* chartsView() const { return m_charts; }
    SampleComparisonView* samplesView() const { return m_samples; }
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    /// The current experiment's numbers are shown (means; statistics may follow).
    void scoresShown(qint64 experimentId);
    /// Its intervals and significance are shown too.
    void statisticsShown(qint64 experimentId);
    /// Which judge produced its G-Eval numbers is shown (also when there is no judge).
    void judgeShown(qint64 experimentId);
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Each worker's result carries the ticket of the load it belongs to; a result of an earlier load (another
    // experiment, or the same id in another workspace) is never shown.
    struct Loaded
    {
        quint64 ticket = 0;
        std::shared_ptr<const ResultsData> data; ///< null on failure
        Error error;
    };
    struct Statistics
    {
        quint64 ticket = 0;
        qint64 experimentId = 0;
        QList<ComparisonRow> rows; ///< empty when cancelled
    };
    struct JudgeRead
    {
        quint64 ticket = 0;
        qint64 experimentId = 0;
        Result<ReportJudge> judge = ReportJudge {};
    };

    QWidget* buildTop();
    void load(qint64 experimentId);
    void loaded();
    void startStatistics(const ExperimentScores& scores, const QList<ComparisonColumn>& columns);
    void statisticsDone();
    void startJudge(qint64 experimentId);
    void clearResults();
    void judgeDone();
    void runEnded(const RunProgress& progress);
    void showSamples(qint64 modelId, const QList<qint64>& sampleIds);

    Workspace* m_workspace = nullptr;
    QPointer<RunService> m_service;
    QComboBox* m_experiments = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    ComparisonView* m_comparison = nullptr;
    ResultsChartsView* m_charts = nullptr;
    SampleComparisonView* m_samples = nullptr;
    qint64 m_loadingId = 0; ///< the experiment the running load is for
    QFutureWatcher<Loaded> m_loadWatcher;
    QFutureWatcher<Statistics> m_statisticsWatcher;
    QFutureWatcher<JudgeRead> m_judgeWatcher;
    quint64 m_ticket = 0; ///< of the latest load; clearResults() moves it on too
    /// The statistics run here, one at a time, so a page that goes away waits for at most one column.
    QThreadPool m_statisticsPool;
    std::shared_ptr<std::atomic<bool>> m_cancelStatistics;
    bool m_reloadWhenDone = false;
};

} // namespace caliper
