// The Results page as a user meets it, over a generated experiment of SAMPLES × MODELS (offscreen): the time from
// choosing the experiment until the table shows its means (scoresShown) and until the intervals and tests follow
// (statisticsShown), the first time (tables read, snapshot written) and every later time (from the snapshot);
// then moving through the side-by-side viewer. Prints seconds. Usage: bench_resultspage [SAMPLES] [MODELS]
// (default: 100000 10).
#include "generatedexperiment.h"
#include "pages/resultspage.h"
#include "viewers/samplecomparisonview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTextStream>

using namespace caliper;

namespace {

double seconds(qint64 milliseconds)
{
    return static_cast<double>(milliseconds) / 1000.0;
}

// Waits for one emission of `signal` without a fixed sleep; false after `limitMs` without it.
template <typename Signal> bool waitFor(ResultsPage& page, Signal signal, int limitMs)
{
    QSignalSpy spy(&page, signal);
    return spy.count() > 0 || spy.wait(limitMs);
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int samples = args.size() > 1 ? args.at(1).toInt() : 100'000;
    const int modelCount = args.size() > 2 ? args.at(2).toInt() : 10;
    QTextStream out(stdout);
    test::GeneratedExperiment experiment;
    if (!experiment.create(samples, modelCount))
        return 1;
    out << "setup: " << samples << " samples x " << modelCount << " models\n";
    out.flush();

    for (const char* pass : {"first opening (tables, snapshot written)", "second opening (snapshot)"}) {
        ResultsPage page;
        page.resize(1400, 900);
        page.show();
        QElapsedTimer timer;
        timer.start();
        QSignalSpy statistics(&page, &ResultsPage::statisticsShown);
        page.setWorkspace(experiment.workspace.get(), nullptr);
        if (!page.showExperiment(experiment.experimentId) || !waitFor(page, &ResultsPage::scoresShown, 600'000))
            return 1;
        const qint64 shown = timer.elapsed();
        if (statistics.isEmpty() && !statistics.wait(600'000))
            return 1;
        out << pass << ": table with means after " << seconds(shown) << " s, intervals and tests after "
            << seconds(timer.elapsed()) << " s\n";
        out.flush();
        if (pass[0] != 's')
            continue;
        SampleComparisonView* viewer = page.samplesView();
        timer.restart();
        for (int step = 0; step < 100; ++step)
            viewer->nextSample();
        out << "viewer: 100 × next sample " << seconds(timer.elapsed()) << " s\n";
    }
    return 0;
}
