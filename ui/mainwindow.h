#pragma once

#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;

namespace caliper {

class Workspace;

/// The Caliper window: a sidebar of pages (Datasets, Endpoints, Experiments, …) beside the current page.
/// It owns the open workspace; pages get it through setWorkspace().
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Takes ownership of an open workspace and shows it.
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    Workspace* workspace() const { return m_workspace.get(); }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(const QString& title, QWidget* page);
    void restoreLayout();

    std::unique_ptr<Workspace> m_workspace;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
};

} // namespace caliper
