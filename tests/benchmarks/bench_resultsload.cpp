// The Results page's data at scale: loadExperimentScores() over an experiment of SAMPLES × MODELS done outputs with
// five scores each, then the quick table (means, best) the page shows at once, then one column's bootstrap
// intervals and significance tests (what the page's worker computes per column). Prints seconds and peak RSS.
// Usage: bench_resultsload [SAMPLES] [MODELS] (default: 100000 10).
#include "analysis/comparisontable.h"
#include "analysis/experimentscores.h"
#include "experiments/experimentstore.h"
#include "modelfixtures.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
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

ExperimentDefinition definition(int models)
{
    ExperimentDefinition d;
    d.name = QStringLiteral("bench");
    d.dataset.name = QStringLiteral("generated");
    d.systemPrompt = QStringLiteral("Summarize.");
    d.metrics = {QStringLiteral("rouge"), QStringLiteral("bleu"), QStringLiteral("meteor"), QStringLiteral("tokens")};
    for (int i = 0; i < models; ++i) {
        ModelSpec model;
        model.name = QStringLiteral("model %1").arg(i);
        model.endpoint.baseUrl = QUrl(QStringLiteral("http://localhost:%1/v1").arg(8000 + i));
        model.endpoint.model = QStringLiteral("m-%1B").arg(i + 1);
        d.models.append(model);
    }
    return d;
}

// Every (model, sample) done, with random scores: generated in SQL, so setting up takes seconds, not hours.
bool fillOutputs(QSqlDatabase db, qint64 experimentId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO outputs(model_id, sample_id, status, reasoning_tokens, answer_tokens, latency_ms, cost) "
        "SELECT m.id, s.id, 'done', abs(random()) % 500, 100 + abs(random()) % 200, 200 + abs(random()) % 2000, "
        "0.0001 * m.position FROM experiment_models m JOIN samples s WHERE m.experiment_id = ?"));
    query.addBindValue(experimentId);
    if (!query.exec())
        return false;
    return query.exec(QStringLiteral(
        "INSERT INTO scores(output_id, key, value) SELECT o.id, k.key, (abs(random()) % 1000) / 1000.0 "
        "FROM outputs o JOIN (SELECT 'rouge1' AS key UNION ALL SELECT 'rouge2' UNION ALL SELECT 'rougeL' "
        "UNION ALL SELECT 'meteor' UNION ALL SELECT 'bleu') k"));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int samples = args.size() > 1 ? args.at(1).toInt() : 100'000;
    const int modelCount = args.size() > 2 ? args.at(2).toInt() : 10;
    QTextStream out(stdout);
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.path());
    if (!workspace)
        return 1;
    QSqlDatabase db = workspace.value()->database();
    QElapsedTimer timer;
    timer.start();
    const qint64 datasetId = test::insertGeneratedDataset(db, QStringLiteral("generated"), samples);
    const Result<qint64> id = ExperimentStore(db).create(definition(modelCount), datasetId);
    if (!id || !db.transaction() || !fillOutputs(db, id.value()) || !db.commit())
        return 1;
    out << "setup: " << samples << " samples x " << modelCount << " models, " << seconds(timer) << " s\n";
    out.flush();

    timer.restart();
    const Result<ExperimentScores> scores = loadExperimentScores(db, id.value());
    if (!scores)
        return 1;
    out << "loadExperimentScores: " << seconds(timer) << " s, " << scores->keys.size() << " keys, peak RSS "
        << peakRssMb() << " MB\n";
    out.flush();

    const QList<ComparisonColumn> columns
        = comparisonColumns(QSet<QString>(scores->keys.cbegin(), scores->keys.cend()));
    timer.restart();
    const QList<ComparisonRow> means = comparisonMeans(scores.value(), columns);
    out << "comparisonMeans (" << columns.size() << " columns): " << seconds(timer) << " s\n";
    out.flush();

    qsizetype rouge = 0;
    while (rouge < columns.size() && columns.at(rouge).key != QLatin1String("rougeL"))
        ++rouge;
    if (rouge == columns.size())
        return 1;
    timer.restart();
    const QList<ComparisonRow> one = comparisonTable(scores.value(), {columns.at(rouge)});
    out << "comparisonTable, one quality column (bootstrap + tests for " << modelCount << " models): " << seconds(timer)
        << " s; peak RSS " << peakRssMb() << " MB\n";
    return means.isEmpty() || one.isEmpty() ? 1 : 0;
}
