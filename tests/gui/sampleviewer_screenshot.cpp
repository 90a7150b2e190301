// Renders the side-by-side viewer for packaging/screenshots/side-by-side.png: `caliper demo` (the bundled sample
// run through the Lead-3 and TextRank baselines) into a fresh workspace, then one sample with the overlap and
// number highlights on. Run under Xvfb (or the offscreen platform):
//   caliper_sampleviewer_screenshot OUT.png [ROW]
#include "cli/democommand.h"
#include "experiments/experimentstore.h"
#include "viewers/outputcolumn.h"
#include "viewers/samplecomparisonview.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <QToolButton>

using namespace caliper;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        err << "usage: caliper_sampleviewer_screenshot OUT.png [ROW]\n";
        return 2;
    }
    QTemporaryDir dir;
    QString log;
    QTextStream demoOut(&log);
    cli::Io io {demoOut, err};
    if (cli::runDemo({QStringLiteral("demo"), QStringLiteral("--workspace"), dir.path()}, io) != 0) {
        err << log;
        return 1;
    }
    auto workspace = Workspace::open(dir.path());
    if (!workspace) {
        err << workspace.error().toString() << '\n';
        return 1;
    }
    const auto experiments = ExperimentStore(workspace.value()->database()).list();
    if (!experiments || experiments->isEmpty()) {
        err << "the demo made no experiment\n";
        return 1;
    }
    SampleComparisonView view;
    view.resize(1400, 860);
    view.show();
    if (Status opened = view.setExperiment(workspace.value()->database(), experiments->first().id); !opened) {
        err << opened.error().toString() << '\n';
        return 1;
    }
    view.showSample(view.navigationIndex().sampleIds.value(arguments.value(2, QStringLiteral("2")).toInt()));
    view.findChild<QAction*>(QStringLiteral("highlightOverlap"))->trigger();
    view.findChild<QAction*>(QStringLiteral("highlightNumbers"))->trigger();
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    if (!view.grab().save(arguments.at(1))) {
        err << "cannot write " << arguments.at(1) << '\n';
        return 1;
    }
    return 0;
}
