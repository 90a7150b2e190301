// ExperimentStore at scale: building the plan of a large experiment (samples × models, some already done) and
// committing outcomes one transaction each. Prints seconds, items per second and peak RSS, so the figures show
// that planning stays linear. Usage: bench_experimentplan [SAMPLES] [MODELS] (default: 100000 10).
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
    d.metrics = {QStringLiteral("rouge"), QStringLiteral("tokens")};
    for (int i = 0; i < models; ++i) {
        ModelSpec model;
        model.name = QStringLiteral("model %1").arg(i);
        model.endpoint.baseUrl = QUrl(QStringLiteral("http://localhost:%1/v1").arg(8000 + i));
        model.endpoint.model = QStringLiteral("m-%1B").arg(i + 1);
        d.models.append(model);
    }
    return d;
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
    const qint64 datasetId = test::insertGeneratedDataset(db, QStringLiteral("generated"), samples);
    ExperimentStore store(db);
    const Result<qint64> id = store.create(definition(modelCount), datasetId);
    if (!id)
        return 1;
    const qint64 firstModel = store.models(id.value())->constFirst().id;
    QSqlQuery query(db);
    query.exec(QStringLiteral("INSERT INTO outputs(model_id, sample_id, status) SELECT %1, id, 'done' FROM samples "
                              "WHERE dataset_id = %2 AND row_index % 2 = 0")
                   .arg(firstModel)
                   .arg(datasetId));

    QElapsedTimer timer;
    timer.start();
    const Result<RunPlan> plan = store.plan(id.value());
    const double planSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (!plan)
        return 1;
    out << "plan: " << samples << " samples x " << modelCount << " models, " << plan->items.size() << " items, "
        << planSeconds << " s (" << static_cast<double>(plan->items.size()) / planSeconds << " items/s), peak RSS "
        << peakRssMb() << " MB\n";

    const int commits = std::min<int>(2'000, static_cast<int>(plan->items.size()));
    timer.restart();
    for (int i = 0; i < commits; ++i) {
        ChatResult result;
        result.content = QStringLiteral("<think>short</think>Plan for visit %1: rest, follow up.").arg(i);
        if (!store.recordOutcome({plan->items.at(i), result, false}))
            return 1;
    }
    const double commitSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    out << "recordOutcome: " << commits << " outcomes in " << commitSeconds << " s ("
        << static_cast<double>(commits) / commitSeconds << " per s, scores and cache included)\n";
    return 0;
}
