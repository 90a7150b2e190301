// Renders Caliper for packaging/screenshots/: imports a dataset into a fresh workspace and saves QWidget::grab()
// of the main window (a selected sample, the statistics tab, the endpoints page, the run queue) or of the
// New experiment dialog or the judge criteria library and editor. Run under Xvfb (or the offscreen platform):
//   caliper_screenshot DATASET OUT.png [ROW] [statistics|endpoints|new-experiment|judge-criteria|queue]
#include "dataset/datasetimporter.h"
#include "dialogs/criterialibrarydialog.h"
#include "dialogs/criteriondialog.h"
#include "dialogs/experimentdialog.h"
#include "dialogs/judgesettingsgroup.h"
#include "endpoints/endpointstore.h"
#include "endpoints/presets.h"
#include "experiments/experimentstore.h"
#include "judge/criteriastore.h"
#include "mainwindow.h"
#include "mockllmserver.h"
#include "pages/datasetspage.h"
#include "pages/endpointspage.h"
#include "pages/queuepage.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QHBoxLayout>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace caliper;

namespace {

Endpoint fromPreset(const QString& preset, const QString& model, const QUrl& url = {})
{
    Endpoint endpoint = endpointFromPreset(*findPreset(preset), model);
    if (!url.isEmpty())
        endpoint.baseUrl = url;
    return endpoint;
}

/// A few endpoints of the kinds people compare: a remote API and local servers of several sizes.
QList<Endpoint> sampleEndpoints(const QUrl& mockUrl)
{
    Endpoint deepseek = fromPreset(QStringLiteral("deepseek"), QStringLiteral("deepseek-reasoner"));
    deepseek.name = QStringLiteral("DeepSeek R1 (API)");
    deepseek.priceInPerMTok = 0.55;
    deepseek.priceOutPerMTok = 2.19;
    Endpoint vllm = fromPreset(QStringLiteral("vllm"), QStringLiteral("Qwen2.5-14B-Instruct"), mockUrl);
    vllm.concurrency = 1;
    Endpoint llamafile = fromPreset(QStringLiteral("llamafile"), QStringLiteral("Qwen2.5-1.5B-Instruct-Q4_K_M"));
    Endpoint ollama = fromPreset(QStringLiteral("ollama"), QStringLiteral("llama3.1:8b-instruct-q4_K_M"));
    return {deepseek, vllm, llamafile, ollama};
}

void waitUntil(const std::function<bool()>& done, int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

qint64 createExperiment(Workspace& workspace, qint64 datasetId, const QString& name, const QList<ModelSpec>& models)
{
    ExperimentDefinition definition;
    definition.name = name;
    definition.models = models;
    definition.metrics = QStringList {QStringLiteral("rouge"), QStringLiteral("tokens")};
    auto id = ExperimentStore(workspace.database()).create(definition, datasetId);
    return id ? id.value() : 0;
}

/// Three runs: baselines finished, one against a server that refuses connections, one in progress.
void fillQueue(MainWindow& window, qint64 datasetId, const Endpoint& slow)
{
    Workspace& workspace = *window.workspace();
    const qint64 baselines = createExperiment(workspace, datasetId, QStringLiteral("Baselines"), builtinModelSpecs());
    Endpoint down = slow;
    down.name = QStringLiteral("Qwen2.5-7B (server down)");
    down.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
    down.maxRetries = 0;
    const qint64 failing
        = createExperiment(workspace, datasetId, QStringLiteral("Workstation GPU"), {{down.name, down}});
    const qint64 running
        = createExperiment(workspace, datasetId, QStringLiteral("Qwen 14B, A&P scribe"), {{slow.name, slow}});
    QueuePage* queue = window.queuePage();
    queue->reload();
    queue->startRun(baselines);
    queue->startRun(failing);
    const auto state = [queue](qint64 id) { return queue->model()->runAt(queue->model()->rowOf(id)); };
    waitUntil(
        [&] { return state(baselines).state == RunState::Finished && state(failing).state == RunState::Finished; },
        60000);
    queue->startRun(running);
    waitUntil([&] { return state(running).done >= 4; }, 60000);
    queue->selectRun(failing);
}

/// The criteria library beside the editor of a user's own criterion, in one window.
QWidget* judgeCriteria(MainWindow& main)
{
    Workspace& workspace = *main.workspace();
    JudgeCriterion plan = CriterionDialog::blankCriterion(JudgeMethod::Lumigator);
    plan.id = QStringLiteral("custom/plan-completeness");
    plan.name = QStringLiteral("Plan completeness");
    plan.criteria = QStringLiteral("Plan completeness - every problem in the assessment has a plan: tests, "
                                   "medication with dose, referrals and follow-up.");
    plan.steps = QStringList {QStringLiteral("List the problems the transcript discusses."),
        QStringLiteral("Check that the note gives each problem a plan."),
        QStringLiteral("Penalize plans that the transcript does not support.")};
    plan.fields.reference = true;
    CriteriaStore(workspace.database()).add(plan);
    auto* window = new QWidget(&main, Qt::Window);
    auto* layout = new QHBoxLayout(window);
    auto* library = new CriteriaLibraryDialog(&workspace, window);
    library->selectCriterion(plan.id);
    auto* editor = new CriterionDialog(&workspace, plan, CriterionDialog::Mode::Edit, window);
    for (QDialog* dialog : std::initializer_list<QDialog*> {library, editor}) {
        dialog->setWindowFlags(Qt::Widget);
        layout->addWidget(dialog);
    }
    window->resize(1280, 640);
    window->show();
    return window;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CaliperScreenshot"));
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        err << "usage: caliper_screenshot DATASET OUT.png [ROW] "
               "[statistics|endpoints|new-experiment|judge-criteria|queue]\n";
        return 2;
    }
    const QString mode = arguments.value(4);
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
    // A local server that answers slowly, so the queue shows a run in progress.
    mock::MockLlmServer server;
    server.listen();
    server.setLatencyMs(700);
    const QList<Endpoint> endpoints = sampleEndpoints(server.baseUrl());
    for (const Endpoint& endpoint : endpoints)
        EndpointStore(workspace.value()->database()).add(endpoint);

    MainWindow window;
    window.setWorkspace(std::move(workspace).value());
    window.resize(1280, 800);
    window.show();
    window.datasetsPage()->selectSample(arguments.value(3, QStringLiteral("0")).toInt());
    QWidget* target = &window;
    if (mode == QLatin1String("statistics")) {
        window.findChild<QTabWidget*>(QStringLiteral("datasetTabs"))->setCurrentIndex(1);
    } else if (mode == QLatin1String("endpoints")) {
        window.showPage(window.endpointsPage());
        window.endpointsPage()->reload();
    } else if (mode == QLatin1String("new-experiment")) {
        ExperimentDialog* dialog = window.newExperiment();
        dialog->setModelChecked(endpoints.at(1).name, true);
        dialog->setModelChecked(endpoints.at(2).name, true);
        dialog->setModelChecked(QStringLiteral("Lead-3"), true);
        dialog->judgeSettings()->setChecked(true);
        target = dialog;
    } else if (mode == QLatin1String("judge-criteria")) {
        target = judgeCriteria(window);
    } else if (mode == QLatin1String("queue")) {
        window.showPage(window.queuePage());
        fillQueue(window, imported->id, endpoints.at(1));
    }
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    if (!target->grab().save(arguments.at(2))) {
        err << "cannot write " << arguments.at(2) << '\n';
        return 1;
    }
    return 0;
}
