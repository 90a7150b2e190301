#include "pages/resultspage.h"

#include "charts/resultschartsview.h"
#include "experiments/experimentstore.h"
#include "pages/comparisonview.h"
#include "review/reviewer.h"
#include "runs/runservice.h"
#include "viewers/reviewpanels.h"
#include "viewers/samplecomparisonview.h"
#include "workspace/connection.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace caliper {

ResultsPage::ResultsPage(QWidget* parent)
    : QWidget(parent)
{
    m_statisticsPool.setMaxThreadCount(1);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("resultsTabs"));
    m_comparison = new ComparisonView(m_tabs);
    m_comparison->setObjectName(QStringLiteral("comparisonView"));
    m_tabs->addTab(m_comparison, tr("Comparison"));
    m_charts = new ResultsChartsView(m_tabs);
    m_charts->setObjectName(QStringLiteral("chartsView"));
    m_tabs->addTab(m_charts, tr("Charts"));
    m_samples = new SampleComparisonView(m_tabs);
    m_samples->setObjectName(QStringLiteral("samplesView"));
    m_tabs->addTab(m_samples, tr("Samples"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildTop());
    layout->addWidget(m_tabs, 1);

    connect(m_comparison, &ComparisonView::percentChanged, m_charts, &ResultsChartsView::setPercent);
    connect(m_charts, &ResultsChartsView::samplesRequested, this,
        [this](qint64 modelId, const QList<qint64>& sampleIds) { showSamples(modelId, sampleIds); });
    connect(&m_loadWatcher, &QFutureWatcher<Loaded>::finished, this, &ResultsPage::loaded);
    connect(&m_statisticsWatcher, &QFutureWatcher<Statistics>::finished, this, &ResultsPage::statisticsDone);
    connect(&m_judgeWatcher, &QFutureWatcher<JudgeRead>::finished, this, &ResultsPage::judgeDone);
}

ResultsPage::~ResultsPage()
{
    if (m_cancelStatistics)
        *m_cancelStatistics = true;
    m_statisticsPool.waitForDone();
    m_loadWatcher.waitForFinished();
    m_judgeWatcher.waitForFinished();
}

QWidget* ResultsPage::buildTop()
{
    auto* top = new QWidget(this);
    m_experiments = new QComboBox(top);
    m_experiments->setObjectName(QStringLiteral("experimentCombo"));
    m_experiments->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* refresh = new QPushButton(tr("Refresh"), top);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    m_status = new QLabel(top);
    m_status->setObjectName(QStringLiteral("resultsStatus"));
    auto* layout = new QHBoxLayout(top);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Experiment:"), top));
    layout->addWidget(m_experiments);
    layout->addWidget(refresh);
    layout->addWidget(m_status, 1);
    connect(m_experiments, &QComboBox::currentIndexChanged, this, [this] {
        if (m_experiments->currentIndex() >= 0)
            load(m_experiments->currentData().toLongLong());
    });
    connect(refresh, &QPushButton::clicked, this, [this] { load(currentExperimentId()); });
    return top;
}

void ResultsPage::setWorkspace(Workspace* workspace, RunService* service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    if (m_cancelStatistics)
        *m_cancelStatistics = true;
    if (workspace != m_workspace)
        clearResults();
    m_workspace = workspace;
    m_service = service;
    if (m_service)
        connect(m_service, &RunService::runEnded, this, &ResultsPage::runEnded);
    // Ratings are given under the outputs in the Samples tab; Refresh brings them into the table.
    if (m_workspace)
        installReviewPanels(
            m_samples, m_workspace->database(), &Reviewer::name, [view = m_samples] { return view->isBlinded(); });
    else
        removeReviewPanels(m_samples);
    reloadExperiments();
}

void ResultsPage::clearResults()
{
    // Nothing of another workspace may stay on screen, and its experiment ids mean nothing in the next one.
    ++m_ticket;
    const QSignalBlocker blocker(m_experiments);
    m_experiments->clear();
    m_comparison->setScores(ExperimentScores {}, {});
    m_comparison->setJudge(ReportJudge {});
    m_charts->setScores(ExperimentScores {});
    m_samples->setExperiment(QSqlDatabase(), NavigationIndex {});
    m_status->clear();
}

void ResultsPage::reloadExperiments()
{
    const qint64 current = currentExperimentId();
    const QSignalBlocker blocker(m_experiments);
    m_experiments->clear();
    if (m_workspace) {
        const Result<QList<ExperimentInfo>> experiments = ExperimentStore(m_workspace->database()).list();
        if (!experiments.ok())
            m_status->setText(experiments.error().toString());
        for (const ExperimentInfo& experiment : experiments.ok() ? experiments.value() : QList<ExperimentInfo>())
            m_experiments->addItem(experiment.name, experiment.id);
    }
    const int index = m_experiments->findData(current);
    m_experiments->setCurrentIndex(index >= 0 ? index : m_experiments->count() - 1);
    if (m_experiments->currentIndex() >= 0 && currentExperimentId() != current)
        load(currentExperimentId());
    if (m_experiments->count() == 0)
        m_status->setText(
            m_workspace ? tr("No experiments yet: start one with Experiment ▸ New Experiment.") : QString());
}

bool ResultsPage::showExperiment(qint64 experimentId)
{
    const int index = m_experiments->findData(experimentId);
    if (index < 0)
        return false;
    if (index == m_experiments->currentIndex())
        load(experimentId);
    else
        m_experiments->setCurrentIndex(index);
    return true;
}

qint64 ResultsPage::currentExperimentId() const
{
    return m_experiments->currentIndex() >= 0 ? m_experiments->currentData().toLongLong() : 0;
}

bool ResultsPage::statisticsPending() const
{
    return m_comparison->model()->statisticsPending();
}

void ResultsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Experiments made since the page was last shown appear without a restart.
    if (m_workspace)
        reloadExperiments();
}

void ResultsPage::load(qint64 experimentId)
{
    if (!m_workspace || experimentId <= 0)
        return;
    if (m_loadWatcher.isRunning()) {
        m_reloadWhenDone = true;
        return;
    }
    if (m_cancelStatistics)
        *m_cancelStatistics = true;
    m_loadingId = experimentId;
    const quint64 ticket = ++m_ticket;
    m_status->setText(tr("Loading the scores…"));
    // Its own connection: Qt SQL connections belong to the thread that opened them.
    m_loadWatcher.setFuture(QtConcurrent::run([file = m_workspace->databaseFile(), experimentId, ticket]() -> Loaded {
        Result<std::unique_ptr<Connection>> connection = Connection::open(file);
        if (!connection.ok())
            return {ticket, nullptr, connection.error()};
        Result<ResultsData> results = loadResultsData(connection.value()->database(), experimentId);
        if (!results.ok())
            return {ticket, nullptr, results.error()};
        return {ticket, std::make_shared<const ResultsData>(std::move(results).value()), {}};
    }));
}

void ResultsPage::loaded()
{
    const Loaded result = m_loadWatcher.result();
    if (m_reloadWhenDone || result.ticket != m_ticket || m_loadingId != currentExperimentId()) {
        m_reloadWhenDone = false;
        load(currentExperimentId());
        return;
    }
    if (!result.data) {
        m_status->setText(result.error.toString());
        return;
    }
    const ExperimentScores& scores = result.data->scores;
    const QList<ComparisonColumn> columns = comparisonColumns(QSet<QString>(scores.keys.cbegin(), scores.keys.cend()));
    m_comparison->setScores(scores, columns);
    m_charts->setScores(scores);
    m_samples->setExperiment(m_workspace->database(), result.data->navigation);
    m_status->setText(
        tr("%n sample(s), %1 model(s)", nullptr, static_cast<int>(scores.sampleIds.size())).arg(scores.models.size()));
    startStatistics(scores, columns);
    startJudge(scores.experimentId);
    Q_EMIT scoresShown(scores.experimentId);
}

void ResultsPage::startStatistics(const ExperimentScores& scores, const QList<ComparisonColumn>& columns)
{
    m_cancelStatistics = std::make_shared<std::atomic<bool>>(false);
    // Column by column, so that switching experiments (or closing) waits for one column at most.
    m_statisticsWatcher.setFuture(QtConcurrent::run(
        &m_statisticsPool, [scores, columns, cancel = m_cancelStatistics, ticket = m_ticket]() -> Statistics {
            Statistics result {ticket, scores.experimentId, {}};
            QList<ComparisonRow> rows = comparisonMeans(scores, {});
            for (const ComparisonColumn& column : columns) {
                if (*cancel)
                    return result;
                const QList<ComparisonRow> one = comparisonTable(scores, {column});
                for (qsizetype row = 0; row < rows.size(); ++row)
                    rows[row].cells.append(one.at(row).cells.constFirst());
            }
            result.rows = rows;
            return result;
        }));
}

void ResultsPage::statisticsDone()
{
    const Statistics statistics = m_statisticsWatcher.result();
    if (statistics.rows.isEmpty() || statistics.ticket != m_ticket)
        return;
    m_comparison->setStatistics(statistics.rows);
    m_charts->setComparison(m_comparison->model()->comparisonColumns(), statistics.rows);
    Q_EMIT statisticsShown(statistics.experimentId);
}

void ResultsPage::startJudge(qint64 experimentId)
{
    // A read still running for an earlier load is left to finish; judgeDone() ignores it.
    m_judgeWatcher.setFuture(QtConcurrent::run([file = m_workspace->databaseFile(), experimentId,
                                                   ticket = m_ticket]() -> JudgeRead {
        Result<std::unique_ptr<Connection>> connection = Connection::open(file);
        if (!connection.ok())
            return {ticket, experimentId, connection.error()};
        return {ticket, experimentId, readReportJudge(ExperimentStore(connection.value()->database()), experimentId)};
    }));
}

void ResultsPage::judgeDone()
{
    const JudgeRead read = m_judgeWatcher.result();
    if (read.ticket != m_ticket)
        return;
    if (!read.judge.ok()) {
        m_status->setText(read.judge.error().toString());
        return;
    }
    m_comparison->setJudge(read.judge.value());
    Q_EMIT judgeShown(read.experimentId);
}

void ResultsPage::runEnded(const RunProgress& progress)
{
    reloadExperiments();
    if (progress.runId == currentExperimentId())
        load(progress.runId);
}

void ResultsPage::showSamples(qint64 modelId, const QList<qint64>& sampleIds)
{
    QList<qint64> models = m_samples->selectedModels();
    if (!models.contains(modelId))
        models.append(modelId);
    m_samples->selectModels(models);
    m_samples->showSamples(sampleIds);
    m_tabs->setCurrentWidget(m_samples);
}

} // namespace caliper
