// The New experiment dialog and the Queue page, driven through their widgets over a temporary workspace: the
// dialog stores what was chosen, the queue runs built-in models to Finished on RunService's worker thread,
// lists failed samples, pauses and resumes, and the main window notifies when a run ends.
#include "dialogs/experimentdialog.h"
#include "endpoints/endpointstore.h"
#include "experiments/experimentstore.h"
#include "mainwindow.h"
#include "mockllmserver.h"
#include "modelfixtures.h"
#include "pages/queuepage.h"
#include "runs/runservice.h"
#include "widgettesting.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace caliper;

namespace {

using test::child;
using test::retype;

const auto KeychainService = "CaliperTestRunGui";
constexpr int SampleCount = 3;

QList<test::FixtureSample> samples()
{
    QList<test::FixtureSample> list;
    for (int i = 0; i < SampleCount; ++i) {
        list.append({QStringLiteral("visit-%1").arg(i),
            QStringLiteral("[doctor] Good morning. [patient] I have had a cough for %1 days. [doctor] Any fever? "
                           "[patient] No fever. [doctor] We will get a chest x-ray.")
                .arg(i + 2),
            QStringLiteral("Cough for %1 days. Plan: chest x-ray.").arg(i + 2)});
    }
    return list;
}

RunProgress progressOf(QueuePage& page, qint64 id)
{
    const int row = page.model()->rowOf(id);
    return row >= 0 ? page.model()->runAt(row) : RunProgress();
}

} // namespace

class TestRunGui : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_workspaces = 0;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_datasetId = 0;

    std::unique_ptr<Workspace> openWorkspace()
    {
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("ws%1").arg(++m_workspaces)));
        if (!workspace)
            return nullptr;
        QSqlDatabase db = workspace.value()->database();
        m_datasetId = test::insertDataset(db, QStringLiteral("visits"), samples());
        // The fixture's placeholder hash is not a sha256; experiments record the dataset's real one.
        QSqlQuery hash(db);
        hash.prepare(QStringLiteral("UPDATE datasets SET content_hash = ? WHERE id = ?"));
        hash.addBindValue(QString::fromLatin1(QCryptographicHash::hash("visits", QCryptographicHash::Sha256).toHex()));
        hash.addBindValue(m_datasetId);
        if (!hash.exec())
            return nullptr;
        return std::move(workspace).value();
    }

    qint64 createExperiment(const QString& name, const QList<ModelSpec>& models)
    {
        ExperimentDefinition definition;
        definition.name = name;
        definition.models = models;
        definition.metrics = QStringList {QStringLiteral("rouge")};
        auto id = ExperimentStore(m_workspace->database()).create(definition, m_datasetId);
        if (!id)
            qWarning("%s", qPrintable(id.error().toString()));
        return id ? id.value() : 0;
    }

    ModelSpec endpointModel(const QString& name, const QUrl& url, int maxRetries = 0)
    {
        ModelSpec spec;
        spec.name = name;
        spec.endpoint.name = name;
        spec.endpoint.baseUrl = url;
        spec.endpoint.model = QStringLiteral("mock-chat");
        spec.endpoint.concurrency = 1;
        spec.endpoint.maxRetries = maxRetries;
        return spec;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CaliperTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_rungui"));
        QSettings().clear();
    }

    void init()
    {
        m_workspace = openWorkspace();
        QVERIFY(m_workspace);
        QVERIFY(m_datasetId > 0);
    }

    void cleanup() { m_workspace.reset(); }

    void experimentDialogStoresTheChosenSettings()
    {
        Endpoint endpoint;
        endpoint.name = QStringLiteral("local vLLM");
        endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8000/v1"));
        endpoint.model = QStringLiteral("Qwen2.5-1.5B-Instruct");
        endpoint.concurrency = 3;
        QVERIFY(EndpointStore(m_workspace->database()).add(endpoint));

        ExperimentDialog dialog(m_workspace.get());
        dialog.show();
        QSignalSpy created(&dialog, &ExperimentDialog::created);
        retype(child<QLineEdit>(&dialog, "experimentName"), QStringLiteral("small models"));
        QCOMPARE(dialog.datasetId(), m_datasetId);
        QVERIFY(dialog.setModelChecked(QStringLiteral("local vLLM"), true));
        QVERIFY(dialog.setModelChecked(QStringLiteral("Lead-3"), true));
        auto* prompt = child<QPlainTextEdit>(&dialog, "experimentPrompt");
        QVERIFY(!prompt->toPlainText().isEmpty()); // the default template
        prompt->selectAll();
        QTest::keyClicks(prompt, QStringLiteral("Write the plan."));
        child<QDoubleSpinBox>(&dialog, "temperature")->setValue(0.3);
        QTest::mouseClick(child<QCheckBox>(&dialog, "seedSet"), Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>(&dialog, "stream"), Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>(&dialog, "metric_meteor"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&dialog, "experimentOk"), Qt::LeftButton);

        QCOMPARE(created.size(), 1);
        auto stored = ExperimentStore(m_workspace->database()).byName(QStringLiteral("small models"));
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));
        QCOMPARE(created.constFirst().constFirst().toLongLong(), stored->id);
        QCOMPARE(stored->datasetId, m_datasetId);
        const ExperimentDefinition& definition = stored->definition;
        QCOMPARE(definition.systemPrompt, QStringLiteral("Write the plan."));
        QCOMPARE(definition.generation.temperature, std::optional<double>(0.3));
        QCOMPARE(definition.generation.topP, std::optional<double>(0.9));
        QCOMPARE(definition.generation.maxTokens, std::optional<int>(1024));
        QVERIFY(!definition.generation.seed.has_value());
        QVERIFY(!definition.generation.stream);
        QCOMPARE(definition.metrics,
            QStringList({QStringLiteral("rouge"), QStringLiteral("bleu"), QStringLiteral("tokens")}));
        auto models = ExperimentStore(m_workspace->database()).models(stored->id);
        QVERIFY(models);
        QCOMPARE(models->size(), 2);
        QCOMPARE(models->at(0).name, QStringLiteral("local vLLM"));
        QCOMPARE(models->at(0).endpoint.concurrency, 3);
        QCOMPARE(models->at(1).name, QStringLiteral("Lead-3"));
        QCOMPARE(models->at(1).endpoint.model, QStringLiteral("builtin:lead"));
    }

    void experimentDialogValidatesInline_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("checkModel");
        QTest::addColumn<bool>("uncheckMetrics");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("no name") << "" << true << false << "name";
        QTest::addRow("no model") << "x" << false << false << "model";
        QTest::addRow("no metric") << "x" << true << true << "metric";
        QTest::addRow("name taken") << "taken" << true << false << "taken";
    }

    void experimentDialogValidatesInline()
    {
        QFETCH(QString, name);
        QFETCH(bool, checkModel);
        QFETCH(bool, uncheckMetrics);
        QFETCH(QString, mentions);
        QVERIFY(createExperiment(QStringLiteral("taken"), builtinModelSpecs()) > 0);
        ExperimentDialog dialog(m_workspace.get());
        dialog.show();
        retype(child<QLineEdit>(&dialog, "experimentName"), name);
        if (checkModel)
            dialog.setModelChecked(QStringLiteral("TextRank"), true);
        if (uncheckMetrics) {
            const auto boxes = dialog.findChildren<QCheckBox*>();
            for (QCheckBox* box : boxes) {
                if (box->objectName().startsWith(QStringLiteral("metric_")))
                    box->setChecked(false);
            }
        }
        QSignalSpy created(&dialog, &ExperimentDialog::created);
        QTest::mouseClick(child<QPushButton>(&dialog, "experimentOk"), Qt::LeftButton);
        QCOMPARE(created.size(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(mentions), qPrintable(dialog.errorText()));
        QCOMPARE(ExperimentStore(m_workspace->database()).list()->size(), 1);
    }

    void queueRunsBuiltinModelsToFinished()
    {
        const qint64 id = createExperiment(QStringLiteral("baselines"), builtinModelSpecs());
        RunService service(m_workspace->databaseFile(), QString::fromLatin1(KeychainService));
        QueuePage page;
        page.setWorkspace(m_workspace.get(), &service);
        page.show();
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(progressOf(page, id).state, RunState::Paused); // stored, not started
        QCOMPARE(progressOf(page, id).total, 2 * SampleCount);

        QSignalSpy ended(&page, &QueuePage::runEnded);
        page.startRun(id);
        QVERIFY(ended.wait(30000));
        const RunProgress finished = progressOf(page, id);
        QCOMPARE(finished.state, RunState::Finished);
        QCOMPARE(finished.done, 2 * SampleCount);
        QCOMPARE(finished.failed, 0);
        const QModelIndex progress = page.model()->index(0, RunProgressModel::ProgressColumn);
        QCOMPARE(progress.data(RunProgressModel::ProgressRole).toInt(), RunProgressModel::ProgressScale);
        QCOMPARE(
            page.model()->index(0, RunProgressModel::StateColumn).data().toString(), runStateName(RunState::Finished));
        // Every sample was committed by the worker thread: the workspace has the outputs.
        auto outputs = ExperimentStore(m_workspace->database()).outputs(id);
        QVERIFY(outputs);
        QCOMPARE(outputs->size(), 2 * SampleCount);
        QCOMPARE(child<QTreeWidget>(&page, "failedSamples")->topLevelItemCount(), 0);
        QVERIFY(!child<QPushButton>(&page, "runCancel")->isEnabled());
    }

    void queueListsFailedSamples()
    {
        // A port where nothing listens: every request is refused at once (no retries).
        QUrl refused;
        {
            mock::MockLlmServer closed;
            QVERIFY(closed.listen());
            refused = closed.baseUrl();
        }
        const qint64 id
            = createExperiment(QStringLiteral("unreachable"), {endpointModel(QStringLiteral("down"), refused)});
        RunService service(m_workspace->databaseFile(), QString::fromLatin1(KeychainService));
        QueuePage page;
        page.setWorkspace(m_workspace.get(), &service);
        page.show();
        QSignalSpy ended(&page, &QueuePage::runEnded);
        page.startRun(id);
        QVERIFY(ended.wait(30000));
        QCOMPARE(progressOf(page, id).failed, SampleCount);
        QVERIFY(progressOf(page, id).lastError.contains(QStringLiteral("refused")));
        auto* failures = child<QTreeWidget>(&page, "failedSamples");
        QCOMPARE(failures->topLevelItemCount(), SampleCount);
        QCOMPARE(child<QLabel>(&page, "failedSamplesLabel")->text(),
            QStringLiteral("Failed samples of the selected run: %1").arg(SampleCount));
        QStringList sampleIds;
        for (int i = 0; i < failures->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = failures->topLevelItem(i);
            sampleIds << item->text(0);
            QCOMPARE(item->text(1), QStringLiteral("down"));
            QVERIFY2(item->text(3).contains(QStringLiteral("refused")), qPrintable(item->text(3)));
        }
        sampleIds.sort();
        QCOMPARE(
            sampleIds, QStringList({QStringLiteral("visit-0"), QStringLiteral("visit-1"), QStringLiteral("visit-2")}));
        QVERIFY(child<QPushButton>(&page, "runRetryFailed")->isEnabled());
    }

    void queuePausesAndResumes()
    {
        mock::MockLlmServer server;
        QVERIFY(server.listen());
        server.setLatencyMs(300);
        const qint64 id
            = createExperiment(QStringLiteral("slow"), {endpointModel(QStringLiteral("slow"), server.baseUrl())});
        RunService service(m_workspace->databaseFile(), QString::fromLatin1(KeychainService));
        QueuePage page;
        page.setWorkspace(m_workspace.get(), &service);
        page.show();
        page.startRun(id);
        auto* pause = child<QPushButton>(&page, "runPause");
        QTRY_VERIFY_WITH_TIMEOUT(pause->isEnabled(), 10000);
        QTest::mouseClick(pause, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(progressOf(page, id).state, RunState::Paused, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(progressOf(page, id).inFlight, 0, 10000);
        const int doneWhilePaused = progressOf(page, id).done;
        QVERIFY(doneWhilePaused < SampleCount);
        auto* resume = child<QPushButton>(&page, "runResume");
        QVERIFY(resume->isEnabled());
        QSignalSpy ended(&page, &QueuePage::runEnded);
        QTest::mouseClick(resume, Qt::LeftButton);
        QVERIFY(ended.wait(30000));
        QCOMPARE(progressOf(page, id).state, RunState::Finished);
        QCOMPARE(progressOf(page, id).done, SampleCount);
    }

    // The walk-through: New Experiment in the main window, OK, the queue page runs it and says it ended.
    void mainWindowStartsTheRunAndNotifies()
    {
        MainWindow window;
        window.setWorkspace(std::move(m_workspace));
        window.show();
        QVERIFY(window.runService());
        window.findChild<QAction*>(QStringLiteral("actionNewExperiment"))->trigger();
        auto* dialog = window.findChild<ExperimentDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        retype(child<QLineEdit>(dialog, "experimentName"), QStringLiteral("from the menu"));
        QVERIFY(dialog->setModelChecked(QStringLiteral("TextRank"), true));
        QSignalSpy ended(window.queuePage(), &QueuePage::runEnded);
        QTest::mouseClick(child<QPushButton>(dialog, "experimentOk"), Qt::LeftButton);
        QVERIFY(window.queuePage()->isVisible());
        QVERIFY(ended.wait(30000));
        const RunProgress progress = ended.constFirst().constFirst().value<RunProgress>();
        QCOMPARE(progress.name, QStringLiteral("from the menu"));
        QCOMPARE(progress.state, RunState::Finished);
        QCOMPARE(progress.done, SampleCount);
        if (!QSystemTrayIcon::isSystemTrayAvailable()) {
            const QString message = window.statusBar()->currentMessage();
            QVERIFY2(
                message.contains(QStringLiteral("from the menu")) && message.contains(runStateName(RunState::Finished)),
                qPrintable(message));
        }
    }
};

QTEST_MAIN(TestRunGui)
#include "test_rungui.moc"
