#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace caliper {

class DatasetsPage;
class ImportDialog;
class Workspace;

/// The Caliper window: a sidebar of pages (Datasets; Endpoints and Experiments come with later features)
/// beside the current page, a File menu and toolbar for importing and switching workspaces, and drag-and-drop
/// of a dataset file. It owns the open workspace; pages get it through setWorkspace().
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

    DatasetsPage* datasetsPage() const { return m_datasetsPage; }
    static QStringList recentWorkspaces();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void addPage(const QString& title, QWidget* page);
    void restoreLayout();
    void saveLayout() const;
    void rememberWorkspace(const QString& directory);
    void updateRecentMenu();
    void chooseImportFile();
    void chooseWorkspace();
    void showAbout();

    std::unique_ptr<Workspace> m_workspace;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    DatasetsPage* m_datasetsPage = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_openWorkspaceAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QMenu* m_recentMenu = nullptr;
};

} // namespace caliper
