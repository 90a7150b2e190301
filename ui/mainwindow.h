#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QListWidget;
class QMenu;
class QNetworkAccessManager;
class QStackedWidget;
class QSystemTrayIcon;

namespace caliper {

class DatasetsPage;
class EndpointsPage;
class ExperimentDialog;
class ImportDialog;
class KeyStore;
class QueuePage;
class ResultsPage;
class RunService;
class Workspace;
struct RunProgress;

/// The Caliper window: a sidebar of pages (Datasets, Endpoints, Queue) beside the current page, menus and a
/// toolbar for importing, switching workspaces and starting experiments, and drag-and-drop of a dataset file.
/// It owns the open workspace and the one RunService that runs its experiments (recreated with the workspace);
/// pages get both through setWorkspace().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    static constexpr int MaxRecentWorkspaces = 8;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Takes ownership of an open workspace and shows it; remembers it among the recent workspaces.
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    Workspace* workspace() const { return m_workspace.get(); }
    /// Opens (creating if needed) the workspace in `directory`; false, with a message, when it cannot.
    bool openWorkspace(const QString& directory);

    /// Shows the import dialog for `path` (non-modal to the event loop; see ImportDialog).
    ImportDialog* importFile(const QString& path);

    /// Shows the new-experiment dialog (non-modal to the event loop); OK starts the run on the Queue page.
    ExperimentDialog* newExperiment();

    DatasetsPage* datasetsPage() const { return m_datasetsPage; }
    EndpointsPage* endpointsPage() const { return m_endpointsPage; }
    QueuePage* queuePage() const { return m_queuePage; }
    ResultsPage* resultsPage() const { return m_resultsPage; }
    RunService* runService() const { return m_runService.get(); }
    /// Shows `page` (one of the pages above) in the main area.
    void showPage(QWidget* page);
    static QStringList recentWorkspaces();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createRunActions();
    void createMenus();
    void addPage(const QString& title, QWidget* page);
    void restoreLayout();
    void saveLayout() const;
    void rememberWorkspace(const QString& directory);
    void updateRecentMenu();
    void chooseImportFile();
    void chooseWorkspace();
    void showAbout();
    void notifyRunEnded(const RunProgress& progress);

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<RunService> m_runService; ///< after m_workspace: it goes first
    KeyStore* m_keys = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    DatasetsPage* m_datasetsPage = nullptr;
    EndpointsPage* m_endpointsPage = nullptr;
    QueuePage* m_queuePage = nullptr;
    ResultsPage* m_resultsPage = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_newExperimentAction = nullptr;
    QAction* m_addEndpointAction = nullptr;
    QAction* m_pauseAllAction = nullptr;
    QAction* m_resumeAllAction = nullptr;
    QAction* m_openWorkspaceAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QMenu* m_recentMenu = nullptr;
};

} // namespace caliper
