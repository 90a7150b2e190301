// The Results page's data at scale, over an experiment of SAMPLES × MODELS done outputs with five scores each:
//   - the tables: loadExperimentScores() and loadNavigationIndex(), what the first opening reads;
//   - loadResultsData() twice: the first reads the tables and writes the snapshot, the second is what every later
//     opening costs (the page's "opens in under a second" target);
//   - the quick table (means, best) the page shows at once, then every column's intervals and significance tests
//     (what the page's second worker computes).
// Prints seconds and peak RSS. Usage: bench_resultsload [SAMPLES] [MODELS] (default: 100000 10).
#include "analysis/comparisontable.h"
#include "analysis/experimentscores.h"
#include "analysis/resultsdata.h"
#include "generatedexperiment.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <sys/resource.h>

using namespace caliper;

namespace {

double seconds(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.elapsed()) / 1000.0;
}

long peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int samples = args.size() > 1 ? args.at(1).toInt() : 100'000;
    const int modelCount = args.size() > 2 ? args.at(2).toInt() : 10;
    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    test::GeneratedExperiment experiment;
    if (!experiment.create(samples, modelCount))
        return 1;
    QSqlDatabase db = experiment.workspace->database();
    const qint64 experimentId = experiment.experimentId;
    out << "setup: " << samples << " samples x " << modelCount << " models, " << seconds(timer) << " s\n";
    out.flush();

    timer.restart();
    const Result<ExperimentScores> scores = loadExperimentScores(db, experimentId);
    if (!scores)
        return 1;
    out << "loadExperimentScores: " << seconds(timer) << " s, " << scores->keys.size() << " keys, peak RSS "
        << peakRssMb() << " MB\n";
    out.flush();

    timer.restart();
    const Result<NavigationIndex> navigation = loadNavigationIndex(db, experimentId);
    if (!navigation)
        return 1;
    out << "loadNavigationIndex: " << seconds(timer) << " s\n";
    out.flush();

    for (const char* pass : {"first, tables + snapshot written", "again, from the snapshot"}) {
        timer.restart();
        const Result<ResultsData> data = loadResultsData(db, experimentId);
        if (!data || data->scores.sampleIds.size() != samples)
            return 1;
        out << "loadResultsData (" << pass << "): " << seconds(timer) << " s, peak RSS " << peakRssMb() << " MB\n";
        out.flush();
    }

    const QList<ComparisonColumn> columns
        = comparisonColumns(QSet<QString>(scores->keys.cbegin(), scores->keys.cend()));
    timer.restart();
    const QList<ComparisonRow> means = comparisonMeans(scores.value(), columns);
    out << "comparisonMeans (" << columns.size() << " columns): " << seconds(timer) << " s\n";
    out.flush();

    timer.restart();
    const QList<ComparisonRow> table = comparisonTable(scores.value(), columns);
    out << "comparisonTable, all " << columns.size() << " columns (intervals + tests for " << modelCount
        << " models): " << seconds(timer) << " s; peak RSS " << peakRssMb() << " MB\n";
    return means.isEmpty() || table.isEmpty() ? 1 : 0;
}
