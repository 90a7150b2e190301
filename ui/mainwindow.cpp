#include "mainwindow.h"

#include "dialogs/aboutdialog.h"
#include "dialogs/criterialibrarydialog.h"
#include "dialogs/experimentdialog.h"
#include "dialogs/exportactions.h"
#include "dialogs/filedialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/reviewerdialog.h"
#include "endpoints/keystore.h"
#include "glyphicons.h"
#include "pages/datasetspage.h"
#include "pages/endpointspage.h"
#include "pages/queuepage.h"
#include "pages/resultspage.h"
#include "runs/runservice.h"
#include "settings/languagemenu.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QToolBar>

namespace caliper {

namespace {
const auto RecentKey = "recentWorkspaces";

QString localFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    const QString path = mime->urls().constFirst().toLocalFile();
    return QFileInfo(path).isFile() ? path : QString();
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Caliper"));
    setAcceptDrops(true);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    m_sidebar = new QListWidget(splitter);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setMaximumWidth(200);
    m_pages = new QStackedWidget(splitter);
    m_pages->setObjectName(QStringLiteral("pages"));
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({100, 1180});
    setCentralWidget(splitter);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_datasetsPage = new DatasetsPage(m_pages);
    connect(m_datasetsPage, &DatasetsPage::statusMessage, statusBar(),
        [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    addPage(tr("Datasets"), m_datasetsPage);

    m_keys = new KeyStore(QStringLiteral("Caliper"), this);
    m_network = new QNetworkAccessManager(this);
    m_endpointsPage = new EndpointsPage(m_keys, m_network, m_pages);
    connect(m_endpointsPage, &EndpointsPage::statusMessage, statusBar(),
        [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    addPage(tr("Endpoints"), m_endpointsPage);
    m_queuePage = new QueuePage(m_pages);
    connect(m_queuePage, &QueuePage::statusMessage, statusBar(),
        [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_queuePage, &QueuePage::runEnded, this, &MainWindow::notifyRunEnded);
    addPage(tr("Queue"), m_queuePage);
    m_resultsPage = new ResultsPage(m_pages);
    m_resultsPage->setObjectName(QStringLiteral("resultsPage"));
    addPage(tr("Results"), m_resultsPage);
    m_sidebar->setCurrentRow(0);

    createActions();
    createMenus();
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The pages hold handles on the workspace's connection and the run service: release them before they go.
    m_datasetsPage->setWorkspace(nullptr);
    m_endpointsPage->setWorkspace(nullptr);
    m_queuePage->setWorkspace(nullptr, nullptr);
    m_resultsPage->setWorkspace(nullptr, nullptr);
    m_runService.reset();
}

void MainWindow::createActions()
{
    m_importAction = new QAction(
        QIcon::fromTheme(QStringLiteral("document-import"), style()->standardIcon(QStyle::SP_DialogOpenButton)),
        tr("&Import Dataset…"), this);
    m_importAction->setObjectName(QStringLiteral("actionImport"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(tr("Import a CSV, JSON or JSON Lines file as a dataset"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseImportFile);

    m_openWorkspaceAction = new QAction(tr("&Open Workspace…"), this);
    m_openWorkspaceAction->setObjectName(QStringLiteral("actionOpenWorkspace"));
    m_openWorkspaceAction->setShortcut(QKeySequence::Open);
    connect(m_openWorkspaceAction, &QAction::triggered, this, &MainWindow::chooseWorkspace);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    createRunActions();

    m_aboutAction = new QAction(tr("&About Caliper"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createRunActions()
{
    m_newExperimentAction = new QAction(
        QIcon::fromTheme(QStringLiteral("media-playback-start"), playIcon()), tr("&New Experiment…"), this);
    m_newExperimentAction->setObjectName(QStringLiteral("actionNewExperiment"));
    m_newExperimentAction->setShortcut(QKeySequence::New);
    m_newExperimentAction->setToolTip(tr("Run models over a dataset and score their outputs"));
    connect(m_newExperimentAction, &QAction::triggered, this, &MainWindow::newExperiment);

    m_addEndpointAction = new QAction(tr("Add &Endpoint…"), this);
    m_addEndpointAction->setObjectName(QStringLiteral("actionAddEndpoint"));
    m_addEndpointAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_addEndpointAction, &QAction::triggered, this, [this] {
        showPage(m_endpointsPage);
        m_endpointsPage->addEndpoint();
    });

    m_pauseAllAction = new QAction(tr("&Pause All Runs"), this);
    m_pauseAllAction->setObjectName(QStringLiteral("actionPauseAll"));
    connect(m_pauseAllAction, &QAction::triggered, m_queuePage, &QueuePage::pauseAll);
    m_resumeAllAction = new QAction(tr("&Resume All Runs"), this);
    m_resumeAllAction->setObjectName(QStringLiteral("actionResumeAll"));
    connect(m_resumeAllAction, &QAction::triggered, m_queuePage, &QueuePage::resumeAll);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_importAction);
    auto* exports = new ExportActions(
        this, [this] { return m_workspace.get(); }, [this] { return m_queuePage->currentRunId(); });
    connect(exports, &ExportActions::statusMessage, statusBar(),
        [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(exports, &ExportActions::definitionImported, this, [this](qint64 experimentId, const QString& name) {
        showPage(m_queuePage);
        m_queuePage->reload();
        m_queuePage->startRun(experimentId);
        statusBar()->showMessage(tr("Started %1").arg(name), 5000);
    });
    file->addMenu(exports->reportMenu());
    file->addSeparator();
    file->addAction(m_openWorkspaceAction);
    m_recentMenu = file->addMenu(tr("&Recent Workspaces"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecentWorkspaces"));
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu* experiment = menuBar()->addMenu(tr("&Experiment"));
    experiment->setObjectName(QStringLiteral("menuExperiment"));
    experiment->addAction(m_newExperimentAction);
    experiment->addAction(m_addEndpointAction);
    QAction* criteria = experiment->addAction(tr("&Judge Criteria…"));
    criteria->setObjectName(QStringLiteral("actionJudgeCriteria"));
    connect(criteria, &QAction::triggered, this, [this] {
        if (!m_workspace)
            return;
        auto* dialog = new CriteriaLibraryDialog(m_workspace.get(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    experiment->addSeparator();
    experiment->addAction(exports->exportDefinitionAction());
    experiment->addAction(exports->importDefinitionAction());
    experiment->addSeparator();
    experiment->addAction(m_pauseAllAction);
    experiment->addAction(m_resumeAllAction);
    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("menuSettings"));
    settings->addMenu(new LanguageMenu(settings));
    // Ratings are stored per reviewer: someone taking over a shared workstation says who they are here.
    QAction* reviewer = settings->addAction(tr("&Reviewer Name…"));
    reviewer->setObjectName(QStringLiteral("actionReviewerName"));
    connect(reviewer, &QAction::triggered, this, [this] {
        auto* dialog = new ReviewerDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_aboutAction);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_importAction);
    toolbar->addAction(m_newExperimentAction);
    updateRecentMenu();
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    // Pages drop their handles on the old database and service before they close; runs of the old workspace
    // pause (RunService's destructor) and resume when it is opened again.
    m_queuePage->setWorkspace(nullptr, nullptr);
    m_resultsPage->setWorkspace(nullptr, nullptr);
    m_runService.reset();
    m_datasetsPage->setWorkspace(workspace.get());
    m_endpointsPage->setWorkspace(workspace.get());
    m_workspace = std::move(workspace);
    if (m_workspace)
        m_runService = std::make_unique<RunService>(m_workspace->databaseFile());
    m_queuePage->setWorkspace(m_workspace.get(), m_runService.get());
    m_resultsPage->setWorkspace(m_workspace.get(), m_runService.get());
    if (!m_workspace) {
        setWindowTitle(tr("Caliper"));
        return;
    }
    setWindowTitle(tr("%1 — Caliper").arg(QDir::toNativeSeparators(m_workspace->directory())));
    rememberWorkspace(m_workspace->directory());
    statusBar()->showMessage(tr("Workspace: %1").arg(QDir::toNativeSeparators(m_workspace->directory())), 5000);
}

bool MainWindow::openWorkspace(const QString& directory)
{
    auto workspace = Workspace::open(directory);
    if (!workspace) {
        QMessageBox::warning(
            this, tr("Open Workspace"), tr("Cannot open the workspace:\n%1").arg(workspace.error().toString()));
        return false;
    }
    setWorkspace(std::move(workspace).value());
    return true;
}

ImportDialog* MainWindow::importFile(const QString& path)
{
    if (!m_workspace)
        return nullptr;
    auto* dialog = new ImportDialog(m_workspace.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](qint64 datasetId, const QString& name) {
        showPage(m_datasetsPage);
        m_datasetsPage->reloadDatasets(datasetId);
        statusBar()->showMessage(tr("Imported %1").arg(name), 5000);
    });
    if (!path.isEmpty())
        dialog->setFile(path);
    dialog->open();
    return dialog;
}

ExperimentDialog* MainWindow::newExperiment()
{
    if (!m_workspace)
        return nullptr;
    auto* dialog = new ExperimentDialog(m_workspace.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_datasetsPage->currentDatasetId() > 0)
        dialog->selectDataset(m_datasetsPage->currentDatasetId());
    connect(dialog, &ExperimentDialog::created, this, [this](qint64 experimentId, const QString& name) {
        showPage(m_queuePage);
        m_queuePage->reload();
        m_queuePage->startRun(experimentId);
        statusBar()->showMessage(tr("Started %1").arg(name), 5000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::showPage(QWidget* page)
{
    m_sidebar->setCurrentRow(m_pages->indexOf(page));
}

void MainWindow::notifyRunEnded(const RunProgress& progress)
{
    const QString title = tr("%1: %2").arg(progress.name, runStateName(progress.state));
    const QString message = tr("%1 done, %2 failed of %3").arg(progress.done).arg(progress.failed).arg(progress.total);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        statusBar()->showMessage(title + QStringLiteral(" — ") + message);
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(
            windowIcon().isNull() ? style()->standardIcon(QStyle::SP_ComputerIcon) : windowIcon(), this);
        m_tray->setToolTip(tr("Caliper"));
        m_tray->show();
    }
    const auto icon = progress.state == RunState::Finished && progress.failed == 0 ? QSystemTrayIcon::Information
                                                                                   : QSystemTrayIcon::Warning;
    m_tray->showMessage(title, message, icon);
}

void MainWindow::chooseImportFile()
{
    const QString path = FileDialog::openFile(
        this, tr("Import Dataset"), tr("Datasets (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void MainWindow::chooseWorkspace()
{
    const QString start = m_workspace ? m_workspace->directory() : Workspace::defaultDirectory();
    const QString directory = FileDialog::existingDirectory(this, tr("Open Workspace"), start);
    if (!directory.isEmpty())
        openWorkspace(directory);
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::addPage(const QString& title, QWidget* page)
{
    m_sidebar->addItem(title);
    m_pages->addWidget(page);
}

QStringList MainWindow::recentWorkspaces()
{
    return QSettings().value(QLatin1String(RecentKey)).toStringList();
}

void MainWindow::rememberWorkspace(const QString& directory)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(directory);
    recent.prepend(directory);
    while (recent.size() > MaxRecentWorkspaces)
        recent.removeLast();
    QSettings().setValue(QLatin1String(RecentKey), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentWorkspaces();
    for (const QString& directory : recent) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(directory));
        connect(action, &QAction::triggered, this, [this, directory] { openWorkspace(directory); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_datasetsPage->restoreLayout(settings);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    m_datasetsPage->saveLayout(settings);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_workspace && !localFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = localFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    importFile(path);
}

} // namespace caliper
