// Renders the Results page for packaging/screenshots/results.png: the bundled sample dataset run by `caliper run`
// through Lead-3, TextRank and two models on the in-process mock server, judged by the mock's judge model, then
// the main window on the Results page once the table's statistics, the judge line and the recommendation are
// shown. Run under Xvfb (or the offscreen platform):
//   caliper_results_screenshot OUT.png [--dark]
#include "cli/runcommand.h"
#include "experiments/experimentstore.h"
#include "mainwindow.h"
#include "mockllmserver.h"
#include "pages/comparisonview.h"
#include "pages/recommendationview.h"
#include "pages/resultspage.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace caliper;

namespace {

QJsonObject mockModel(const QString& name, const QString& model, const QUrl& url, qint64 parameters, double price)
{
    return QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("model"), model},
        {QStringLiteral("base_url"), url.toString()}, {QStringLiteral("parameters"), parameters},
        {QStringLiteral("price_in_per_mtok"), price}, {QStringLiteral("price_out_per_mtok"), 2 * price}};
}

// The sample experiment with two mock models beside the baselines, written next to the workspace.
QString writeExperiment(const QTemporaryDir& dir, const QUrl& mockUrl)
{
    QFile sample(QStringLiteral(CALIPER_SAMPLE_DIR "/ap_experiment.json"));
    if (!sample.open(QIODevice::ReadOnly))
        return {};
    QJsonObject experiment = QJsonDocument::fromJson(sample.readAll()).object();
    experiment.insert(QStringLiteral("name"), QStringLiteral("Sample: baselines vs two chat models"));
    QJsonObject dataset = experiment.value(QStringLiteral("dataset")).toObject();
    dataset.insert(QStringLiteral("path"), QStringLiteral(CALIPER_SAMPLE_DIR "/ap_sample.json"));
    experiment.insert(QStringLiteral("dataset"), dataset);
    QJsonArray models = experiment.value(QStringLiteral("models")).toArray();
    models.append(mockModel(QStringLiteral("Chat 8B"), QStringLiteral("mock-chat"), mockUrl, 8'000'000'000, 0.2));
    models.append(
        mockModel(QStringLiteral("Reasoner 32B"), QStringLiteral("mock-reasoner"), mockUrl, 32'000'000'000, 0.9));
    experiment.insert(QStringLiteral("models"), models);
    // The study's G-Eval columns, judged by the mock's judge model (the Lumigator method, with logprobs).
    QJsonArray metrics = experiment.value(QStringLiteral("metrics")).toArray();
    metrics.append(QStringLiteral("geval"));
    experiment.insert(QStringLiteral("metrics"), metrics);
    experiment.insert(QStringLiteral("judge"),
        QJsonObject {{QStringLiteral("base_url"), mockUrl.toString()},
            {QStringLiteral("model"), QStringLiteral("mock-judge")},
            {QStringLiteral("criteria"),
                QJsonArray {QStringLiteral("coherence"), QStringLiteral("consistency"), QStringLiteral("fluency"),
                    QStringLiteral("relevance")}},
            {QStringLiteral("method"), QStringLiteral("lumigator")}});
    const QString path = dir.filePath(QStringLiteral("experiment.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(experiment).toJson());
    return path;
}

// A dark Fusion palette, as a dark desktop theme would give, to check that nothing assumes a light background.
void useDarkPalette(QApplication& app)
{
    app.setStyle(QStringLiteral("Fusion"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(55, 55, 60));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(55, 55, 60));
    dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    app.setPalette(dark);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        err << "usage: caliper_results_screenshot OUT.png [--dark]\n";
        return 2;
    }
    if (arguments.contains(QStringLiteral("--dark")))
        useDarkPalette(app);
    QTemporaryDir dir;
    mock::MockLlmServer server;
    server.listen();
    const QString experiment = writeExperiment(dir, server.baseUrl());
    QString log;
    QTextStream runOut(&log);
    cli::Io io {runOut, err};
    const QString workspaceDir = dir.filePath(QStringLiteral("ws"));
    if (experiment.isEmpty()
        || cli::runRun({QStringLiteral("run"), experiment, QStringLiteral("--workspace"), workspaceDir}, io) > 1) {
        err << log;
        return 1;
    }
    QTextStream(stdout) << log;
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    ResultsPage* page = window.resultsPage();
    QEventLoop loop;
    // Both the statistics and the judge line follow the table; the picture waits for the two.
    int pending = 2;
    auto arrived = [&] {
        if (--pending == 0)
            loop.quit();
    };
    QObject::connect(page, &ResultsPage::statisticsShown, &loop, arrived);
    QObject::connect(page, &ResultsPage::judgeShown, &loop, arrived);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (!window.openWorkspace(workspaceDir))
        return 1;
    window.showPage(page);
    loop.exec();
    RecommendationView* recommendation = page->comparisonView()->recommendation();
    while (recommendation->busy())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    if (!window.grab().save(arguments.at(1))) {
        err << "cannot write " << arguments.at(1) << '\n';
        return 1;
    }
    return 0;
}
