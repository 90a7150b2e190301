#pragma once

#include "common/error.h"
#include "runs/runprogressmodel.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace caliper {

class RunService;
class Workspace;

/// The run queue: one row per experiment with its state, a progress bar, done / failed / total, requests per
/// second, ETA and the last error; Pause, Resume, Cancel, Retry failed and Pause all / Resume all; below, the
/// selected run's failed samples. Experiments that are not running are read back from the workspace, so a
/// run interrupted in an earlier session can be resumed.
class QueuePage : public QWidget
{
    Q_OBJECT
public:
    explicit QueuePage(QWidget* parent = nullptr);

    /// Shows the runs of `workspace`, driven by `service` (neither owned; both may be null).
    void setWorkspace(Workspace* workspace, RunService* service);
    /// Re-reads the experiments of the workspace (after one was created).
    void reload();
    /// Starts (or resumes) the experiment's run and selects its row.
    void startRun(qint64 experimentId);
    void selectRun(qint64 experimentId);
    qint64 currentRunId() const;

    RunProgressModel* model() { return &m_model; }

public Q_SLOTS:
    void pauseSelected();
    void resumeSelected();
    void cancelSelected();
    void retryFailedSelected();
    void pauseAll();
    void resumeAll();

Q_SIGNALS:
    void statusMessage(const QString& message);
    /// A run finished, was cancelled or failed (for the desktop notification).
    void runEnded(const caliper::RunProgress& progress);

private:
    QWidget* buildButtons();
    void connectService();
    void progressChanged(const RunProgress& progress);
    void ended(const RunProgress& progress);
    void runFailed(qint64 experimentId, const Error& error);
    void updateButtons();
    void showFailures();
    Result<RunProgress> storedProgress(qint64 experimentId) const;

    Workspace* m_workspace = nullptr;
    QPointer<RunService> m_service;
    QSet<qint64> m_active; ///< runs the service has reported and not yet ended
    RunProgressModel m_model;
    QTableView* m_table = nullptr;
    QTreeWidget* m_failures = nullptr;
    QLabel* m_failuresLabel = nullptr;
    /// While a run goes on, its failures are listed again at most twice a second, not after every failed sample.
    QTimer m_failuresRefresh;
    QPushButton* m_pauseButton = nullptr;
    QPushButton* m_resumeButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_retryButton = nullptr;
    QPushButton* m_pauseAllButton = nullptr;
    QPushButton* m_resumeAllButton = nullptr;
};

} // namespace caliper
