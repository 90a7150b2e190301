#include "mainwindow.h"

#include "workspace/workspace.h"

#include <QCloseEvent>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>

namespace caliper {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Caliper"));

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_sidebar = new QListWidget(splitter);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_pages = new QStackedWidget(splitter);
    m_pages->setObjectName(QStringLiteral("pages"));
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_workspace = std::move(workspace);
    setWindowTitle(tr("%1 — Caliper").arg(m_workspace->directory()));
}

void MainWindow::addPage(const QString& title, QWidget* page)
{
    m_sidebar->addItem(title);
    m_pages->addWidget(page);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace caliper
