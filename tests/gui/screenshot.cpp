// Renders Caliper's main window for packaging/screenshots/: imports a dataset into a fresh workspace, selects a
// sample, and saves QWidget::grab() of the window. Run under Xvfb (or the offscreen platform):
//   caliper_screenshot DATASET OUT.png [ROW] [statistics]
#include "dataset/datasetimporter.h"
#include "mainwindow.h"
#include "pages/datasetspage.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>

using namespace caliper;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CaliperScreenshot"));
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        err << "usage: caliper_screenshot DATASET OUT.png [ROW] [statistics]\n";
        return 2;
    }
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.path());
    if (!workspace) {
        err << workspace.error().toString() << '\n';
        return 1;
    }
    ImportOptions options;
    options.path = arguments.at(1);
    auto imported = importDataset(workspace.value()->database(), options);
    if (!imported) {
        err << imported.error().toString() << '\n';
        return 1;
    }
    MainWindow window;
    window.setWorkspace(std::move(workspace).value());
    window.resize(1280, 800);
    window.show();
    window.datasetsPage()->selectSample(arguments.value(3, QStringLiteral("0")).toInt());
    if (arguments.value(4) == QLatin1String("statistics"))
        window.findChild<QTabWidget*>(QStringLiteral("datasetTabs"))->setCurrentIndex(1);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    if (!window.grab().save(arguments.at(2))) {
        err << "cannot write " << arguments.at(2) << '\n';
        return 1;
    }
    return 0;
}
