#include "pages/queuepage.h"

#include "experiments/experimentstore.h"
#include "pages/progressdelegate.h"
#include "runs/runservice.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace caliper {

namespace {

QPushButton* button(QWidget* parent, const QString& text, const char* name, const QString& toolTip)
{
    auto* pushButton = new QPushButton(text, parent);
    pushButton->setObjectName(QString::fromLatin1(name));
    pushButton->setToolTip(toolTip);
    return pushButton;
}

/// Enough to see what went wrong; a run whose server was down for 100,000 samples lists no more than this.
constexpr int MaxListedFailures = 1000;

bool isEnded(RunState state)
{
    return state == RunState::Finished || state == RunState::Cancelled || state == RunState::Failed;
}

} // namespace

QueuePage::QueuePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("queuePage"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("runTable"));
    m_table->setAccessibleName(tr("Runs"));
    m_table->setModel(&m_model);
    m_table->setItemDelegateForColumn(RunProgressModel::ProgressColumn,
        new ProgressDelegate(RunProgressModel::ProgressRole, RunProgressModel::ProgressScale, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(RunProgressModel::NameColumn, 240);
    m_table->horizontalHeader()->resizeSection(RunProgressModel::ProgressColumn, 200);
    m_table->horizontalHeader()->resizeSection(RunProgressModel::CountsColumn, 160);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        showFailures();
    });
    m_failuresRefresh.setSingleShot(true);
    m_failuresRefresh.setInterval(500);
    connect(&m_failuresRefresh, &QTimer::timeout, this, &QueuePage::showFailures);

    m_failures = new QTreeWidget(this);
    m_failures->setObjectName(QStringLiteral("failedSamples"));
    m_failures->setAccessibleName(tr("Failed samples"));
    m_failures->setRootIsDecorated(false);
    m_failures->setUniformRowHeights(true);
    m_failures->setHeaderLabels({tr("Sample"), tr("Model"), tr("HTTP status"), tr("Message")});
    m_failures->header()->resizeSection(0, 240);
    m_failures->header()->resizeSection(1, 220);
    m_failures->header()->resizeSection(2, 90);
    m_failuresLabel = new QLabel(tr("Failed samples of the selected run:"), this);
    m_failuresLabel->setObjectName(QStringLiteral("failedSamplesLabel"));
    m_failuresLabel->setBuddy(m_failures);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_failuresLabel);
    lowerLayout->addWidget(m_failures, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("queueSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setSizes({420, 260});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildButtons());
    layout->addWidget(splitter, 1);
    updateButtons();
}

QWidget* QueuePage::buildButtons()
{
    auto* row = new QWidget(this);
    m_pauseButton = button(row, tr("&Pause"), "runPause", tr("Stop sending requests; those in flight finish"));
    m_resumeButton = button(row, tr("&Resume"), "runResume", tr("Continue the selected run where it stopped"));
    m_cancelButton = button(row, tr("&Cancel"), "runCancel", tr("Stop the run and abort requests in flight"));
    m_retryButton = button(row, tr("Retry &failed"), "runRetryFailed", tr("Run the failed samples again"));
    m_pauseAllButton = button(row, tr("Pause &all"), "runPauseAll", tr("Pause every run"));
    m_resumeAllButton = button(row, tr("Resume a&ll"), "runResumeAll", tr("Resume every paused run"));
    connect(m_pauseButton, &QPushButton::clicked, this, &QueuePage::pauseSelected);
    connect(m_resumeButton, &QPushButton::clicked, this, &QueuePage::resumeSelected);
    connect(m_cancelButton, &QPushButton::clicked, this, &QueuePage::cancelSelected);
    connect(m_retryButton, &QPushButton::clicked, this, &QueuePage::retryFailedSelected);
    connect(m_pauseAllButton, &QPushButton::clicked, this, &QueuePage::pauseAll);
    connect(m_resumeAllButton, &QPushButton::clicked, this, &QueuePage::resumeAll);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* pushButton : {m_pauseButton, m_resumeButton, m_cancelButton, m_retryButton})
        layout->addWidget(pushButton);
    layout->addStretch(1);
    layout->addWidget(m_pauseAllButton);
    layout->addWidget(m_resumeAllButton);
    return row;
}

void QueuePage::setWorkspace(Workspace* workspace, RunService* service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_workspace = workspace;
    m_service = service;
    m_active.clear();
    connectService();
    m_model.setRuns({});
    reload();
}

void QueuePage::connectService()
{
    if (!m_service)
        return;
    connect(m_service, &RunService::progressChanged, this, &QueuePage::progressChanged);
    connect(m_service, &RunService::runEnded, this, &QueuePage::ended);
    connect(m_service, &RunService::runError, this, &QueuePage::runFailed);
}

void QueuePage::reload()
{
    if (!m_workspace) {
        m_model.setRuns({});
        updateButtons();
        return;
    }
    const qint64 keep = currentRunId();
    auto experiments = ExperimentStore(m_workspace->database()).list();
    if (!experiments) {
        Q_EMIT statusMessage(experiments.error().toString());
        return;
    }
    QList<RunProgress> runs;
    for (const ExperimentInfo& experiment : experiments.value()) {
        // Active runs keep what the service last said; the others are read back from their outputs.
        const int row = m_model.rowOf(experiment.id);
        if (m_active.contains(experiment.id) && row >= 0) {
            runs.append(m_model.runAt(row));
        } else if (auto stored = storedProgress(experiment.id)) {
            runs.append(stored.value());
        }
    }
    m_model.setRuns(std::move(runs));
    selectRun(keep);
    updateButtons();
}

Result<RunProgress> QueuePage::storedProgress(qint64 experimentId) const
{
    const ExperimentStore store(m_workspace->database());
    auto info = store.get(experimentId);
    if (!info)
        return info.error();
    auto summaries = store.summaries(experimentId);
    if (!summaries)
        return summaries.error();
    RunProgress progress;
    progress.runId = experimentId;
    progress.name = info->name;
    for (const ModelSummary& summary : summaries.value()) {
        progress.total += summary.total;
        progress.done += summary.done;
        progress.failed += summary.failed;
    }
    // Work left over from an earlier session counts as paused: Resume picks it up.
    progress.state = progress.done + progress.failed >= progress.total ? RunState::Finished : RunState::Paused;
    return progress;
}

void QueuePage::startRun(qint64 experimentId)
{
    if (!m_service)
        return;
    if (m_model.rowOf(experimentId) < 0)
        reload();
    m_active.insert(experimentId);
    m_service->start(experimentId);
    selectRun(experimentId);
}

void QueuePage::selectRun(qint64 experimentId)
{
    const int row = m_model.rowOf(experimentId);
    if (row >= 0)
        m_table->setCurrentIndex(m_model.index(row, RunProgressModel::NameColumn));
    else if (m_model.rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model.index(0, RunProgressModel::NameColumn));
}

qint64 QueuePage::currentRunId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(RunProgressModel::RunIdRole).toLongLong() : 0;
}

void QueuePage::progressChanged(const RunProgress& progress)
{
    const int row = m_model.rowOf(progress.runId);
    const int failedBefore = row >= 0 ? m_model.runAt(row).failed : 0;
    if (!isEnded(progress.state))
        m_active.insert(progress.runId);
    m_model.update(progress);
    if (progress.runId == currentRunId()) {
        updateButtons();
        if (progress.failed != failedBefore && !m_failuresRefresh.isActive())
            m_failuresRefresh.start();
    }
}

void QueuePage::ended(const RunProgress& progress)
{
    m_active.remove(progress.runId);
    m_model.update(progress);
    if (progress.runId == currentRunId()) {
        updateButtons();
        showFailures();
    }
    Q_EMIT runEnded(progress);
}

void QueuePage::runFailed(qint64 experimentId, const Error& error)
{
    const int row = m_model.rowOf(experimentId);
    const QString name = row >= 0 ? m_model.runAt(row).name : QString::number(experimentId);
    Q_EMIT statusMessage(tr("Run %1: %2").arg(name, error.toString()));
}

void QueuePage::updateButtons()
{
    const int row = m_model.rowOf(currentRunId());
    const bool hasService = m_service != nullptr;
    const RunState state = row >= 0 ? m_model.runAt(row).state : RunState::Finished;
    const bool active = row >= 0 && m_active.contains(currentRunId());
    const bool running = active && (state == RunState::Running || state == RunState::Queued);
    m_pauseButton->setEnabled(hasService && running);
    m_resumeButton->setEnabled(hasService && row >= 0 && state == RunState::Paused);
    m_cancelButton->setEnabled(hasService && active);
    m_retryButton->setEnabled(hasService && row >= 0 && !active && m_model.runAt(row).failed > 0);
    m_pauseAllButton->setEnabled(hasService && !m_active.isEmpty());
    m_resumeAllButton->setEnabled(hasService && !m_active.isEmpty());
}

void QueuePage::pauseSelected()
{
    if (m_service && currentRunId() != 0)
        m_service->pause(currentRunId());
}

void QueuePage::resumeSelected()
{
    const qint64 id = currentRunId();
    if (!m_service || id == 0)
        return;
    // A run from an earlier session is not in the service's queue yet: starting it resumes its work.
    if (m_active.contains(id)) {
        m_service->resume(id);
    } else {
        m_active.insert(id);
        m_service->start(id);
    }
}

void QueuePage::cancelSelected()
{
    if (m_service && currentRunId() != 0)
        m_service->cancel(currentRunId());
}

void QueuePage::retryFailedSelected()
{
    const qint64 id = currentRunId();
    if (!m_service || id == 0 || m_active.contains(id))
        return;
    m_active.insert(id);
    m_service->start(id, true);
}

void QueuePage::pauseAll()
{
    if (m_service)
        m_service->pauseAll();
}

void QueuePage::resumeAll()
{
    if (m_service)
        m_service->resumeAll();
}

void QueuePage::showFailures()
{
    m_failuresRefresh.stop();
    m_failures->clear();
    const qint64 id = currentRunId();
    if (!m_workspace || id == 0)
        return;
    const ExperimentStore store(m_workspace->database());
    auto models = store.models(id);
    auto failures = store.failures(id, MaxListedFailures);
    if (!models || !failures) {
        Q_EMIT statusMessage((!models ? models.error() : failures.error()).toString());
        return;
    }
    QHash<qint64, QString> modelNames;
    for (const ExperimentModel& model : models.value())
        modelNames.insert(model.id, model.name);
    QList<QTreeWidgetItem*> items;
    for (const OutputRecord& output : failures.value()) {
        const QString status = output.httpStatus > 0 ? QString::number(output.httpStatus) : QString();
        auto* item = new QTreeWidgetItem({output.sampleKey, modelNames.value(output.modelId), status, output.error});
        item->setToolTip(3, output.error);
        items.append(item);
    }
    m_failures->addTopLevelItems(items);
    const int row = m_model.rowOf(id);
    const int total = std::max(row >= 0 ? m_model.runAt(row).failed : 0, static_cast<int>(items.size()));
    m_failuresLabel->setText(total > items.size()
            ? tr("Failed samples of the selected run: %1 (the first %2 are listed)").arg(total).arg(items.size())
            : tr("Failed samples of the selected run: %1").arg(total));
}

} // namespace caliper
