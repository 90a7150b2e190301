// File ▸ Export and Experiment ▸ Export/Import Definition, driven through the main window offscreen: every report
// format is written through the export dialog (on its worker thread) and read back, a file that cannot be written
// is named in the error, the preview shows the report with its charts drawn as images, and a definition exported
// and imported under a new name runs again from the response cache without one request to the server.
#include "dataset/datasetimporter.h"
#include "dialogs/exportdialog.h"
#include "dialogs/filedialog.h"
#include "dialogs/reportpreviewdialog.h"
#include "experiments/experimentstore.h"
#include "mainwindow.h"
#include "mockllmserver.h"
#include "pages/queuepage.h"
#include "reportfixture.h"
#include "reports/report.h"
#include "runs/runservice.h"
#include "widgettesting.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace caliper;

namespace {

using test::child;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportGui : public QObject
{
    Q_OBJECT

    test::ReportFixture m_fixture;
    bool m_fixtureTried = false;
    bool m_fixtureMade = false;
    QTemporaryDir m_dir;

    /// A main window on the fixture's workspace (its own connection), the fixture's experiment selected. The fixture
    /// is made on first use.
    std::unique_ptr<MainWindow> fixtureWindow()
    {
        if (!m_fixtureTried) {
            m_fixtureTried = true;
            m_fixtureMade = m_fixture.create();
        }
        if (!m_fixtureMade)
            return nullptr;
        auto workspace = Workspace::open(m_fixture.workspace->directory());
        if (!workspace)
            return nullptr;
        auto window = std::make_unique<MainWindow>();
        window->setWorkspace(std::move(workspace).value());
        window->queuePage()->selectRun(m_fixture.experimentId);
        window->show();
        return window;
    }

    /// Triggers the window's action and returns the export dialog it opened.
    ExportDialog* openExportDialog(MainWindow& window, const QString& action)
    {
        auto* trigger = window.findChild<QAction*>(action);
        if (!trigger)
            return nullptr;
        trigger->trigger();
        return window.findChild<ExportDialog*>(QStringLiteral("exportDialog"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CaliperTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_exportgui"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void exportMenuWritesEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        for (const char* format : {"html", "pdf", "md", "csv", "json"})
            QTest::addRow("%s", format) << QString::fromLatin1(format);
    }
    void exportMenuWritesEveryFormat()
    {
        QFETCH(QString, format);
        auto window = fixtureWindow();
        QVERIFY(window);
        ExportDialog* dialog = openExportDialog(*window, QStringLiteral("actionExportReport_") + format);
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(reportFormatName(dialog->format()), format);
        QCOMPARE(dialog->experimentName(), m_fixture.name);
        const QString path = m_dir.filePath(QStringLiteral("report.") + format);
        FileDialog::setNextAnswer(path);
        QSignalSpy exported(dialog, &ExportDialog::exported);
        QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(dialog->isBusy()); // the worker thread writes; the window keeps running
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.constFirst().constFirst().toString(), path);
        QVERIFY2(dialog->messageText().contains(QStringLiteral("report.") + format), qPrintable(dialog->messageText()));

        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.isEmpty());
        const QString text = QString::fromUtf8(bytes);
        if (format == QLatin1String("pdf")) {
            QVERIFY(bytes.startsWith("%PDF-"));
        } else if (format == QLatin1String("json")) {
            QJsonParseError error;
            const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
            QVERIFY2(json.isObject(), qPrintable(error.errorString()));
            QCOMPARE(json.object().value(QStringLiteral("models")).toArray().size(), m_fixture.modelNames.size());
            // The default recommendation, the one `caliper run` prints: a model of the experiment, with its reason.
            const QJsonObject recommendation = json.object().value(QStringLiteral("recommendation")).toObject();
            QVERIFY(m_fixture.modelNames.contains(recommendation.value(QStringLiteral("model")).toString()));
            QVERIFY(!recommendation.value(QStringLiteral("reason")).toString().isEmpty());
        } else if (format == QLatin1String("csv")) {
            QCOMPARE(text.count(QLatin1Char('\n')), m_fixture.modelNames.size() + 1); // header + one row per model
        } else {
            QVERIFY(text.contains(m_fixture.modelNames.at(0)));
            QVERIFY(text.contains(m_fixture.name));
            QVERIFY(text.contains(QStringLiteral("Recommended: ")));
        }
    }

    void exportFailureNamesTheFile()
    {
        auto window = fixtureWindow();
        QVERIFY(window);
        ExportDialog* dialog = openExportDialog(*window, QStringLiteral("actionExportReport_md"));
        QVERIFY(dialog);
        const QString path = m_dir.filePath(QStringLiteral("no such folder/report.md"));
        FileDialog::setNextAnswer(path);
        QSignalSpy failed(dialog, &ExportDialog::exportFailed);
        QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(failed.wait(60000));
        QVERIFY2(dialog->messageText().contains(QDir::toNativeSeparators(path)), qPrintable(dialog->messageText()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!dialog->isBusy());
        QVERIFY(child<QPushButton>(dialog, "exportButton")->isEnabled());
    }

    void previewShowsTheReportWithCharts()
    {
        auto window = fixtureWindow();
        QVERIFY(window);
        window->findChild<QAction*>(QStringLiteral("actionReportPreview"))->trigger();
        auto* dialog = window->findChild<ExportDialog*>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        QSignalSpy shown(dialog, &ExportDialog::previewShown);
        QVERIFY(shown.wait(60000));
        ReportPreviewDialog* preview = dialog->previewDialog();
        QVERIFY(preview && preview->isVisible());
        const QString text = preview->browser()->toPlainText();
        for (const QString& model : m_fixture.modelNames)
            QVERIFY2(text.contains(model), qPrintable(model));
        QVERIFY(text.contains(QStringLiteral("Summarise the visit as an <Assessment & Plan>.")));
        QVERIFY(text.contains(test::ReportFixture::maliciousAnswer())); // shown as text, appendix included
        QVERIFY(text.contains(QStringLiteral("Recommended: ")));
        QVERIFY(preview->chartCount() >= 2);
        const QVariant chart = preview->browser()->document()->resource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("caliper-chart:0")));
        QVERIFY(!chart.value<QImage>().isNull());
        QVERIFY(!preview->browser()->toHtml().contains(QStringLiteral("<svg")));

        // Export from the preview goes through the same dialog, in the format of the button.
        const QString path = m_dir.filePath(QStringLiteral("from-preview.pdf"));
        FileDialog::setNextAnswer(path);
        QSignalSpy exported(dialog, &ExportDialog::exported);
        QTest::mouseClick(child<QPushButton>(preview, "previewExport_pdf"), Qt::LeftButton);
        QVERIFY(exported.wait(60000));
        QVERIFY(readAll(path).startsWith("%PDF-"));

        const QString screenshot = qEnvironmentVariable("CALIPER_PREVIEW_SCREENSHOT");
        if (!screenshot.isEmpty()) {
            dialog->preview();
            QVERIFY(shown.wait(60000));
            preview->resize(1100, 800);
            QVERIFY(preview->grab().save(screenshot));
        }
    }

    void importOfUnknownDataNamesTheHash()
    {
        auto window = fixtureWindow();
        QVERIFY(window);
        const QString exportedFile = m_dir.filePath(QStringLiteral("fixture.json"));
        FileDialog::setNextAnswer(exportedFile);
        window->findChild<QAction*>(QStringLiteral("actionExportDefinition"))->trigger();
        QJsonObject json = QJsonDocument::fromJson(readAll(exportedFile)).object();
        QVERIFY(!json.isEmpty());
        // The keychain entry's name stays: it is how the imported models find their key on this machine.
        for (const QString& secret : test::ReportFixture::secrets()) {
            if (secret != QLatin1String("twin-keychain-entry"))
                QVERIFY2(!readAll(exportedFile).contains(secret.toUtf8()), qPrintable(secret));
        }
        const QString otherHash(64, QLatin1Char('a'));
        json.insert(QStringLiteral("name"), QStringLiteral("elsewhere"));
        json.insert(QStringLiteral("dataset"),
            QJsonObject {{QStringLiteral("name"), QStringLiteral("gone")}, {QStringLiteral("sha256"), otherHash}});
        const QString importedFile = m_dir.filePath(QStringLiteral("elsewhere.json"));
        QFile out(importedFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(json).toJson());
        out.close();
        FileDialog::setNextAnswer(importedFile);
        window->findChild<QAction*>(QStringLiteral("actionImportDefinition"))->trigger();
        auto* warning = window->findChild<QMessageBox*>(QStringLiteral("exportWarning"));
        QVERIFY(warning && warning->isVisible());
        QVERIFY2(warning->text().contains(otherHash), qPrintable(warning->text()));
        QVERIFY(!ExperimentStore(window->workspace()->database()).byName(QStringLiteral("elsewhere")));
    }

    // Run against the mock server, export the definition, import it under a new name: the new experiment's run
    // is answered from the response cache and scores exactly the same.
    void importedDefinitionRunsFromTheCache()
    {
        mock::MockLlmServer server;
        QVERIFY(server.listen());
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("roundtrip")));
        QVERIFY(workspace);
        QByteArray csv = "id,dialogue,note\n";
        for (int i = 0; i < 4; ++i)
            csv += QStringLiteral("v%1,\"Doctor: cough for %1 days? Patient: yes.\",Cough for %1 days.\n")
                       .arg(i + 2)
                       .toUtf8();
        const QString csvPath = m_dir.filePath(QStringLiteral("visits.csv"));
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size());
        file.close();
        ImportOptions import;
        import.path = csvPath;
        import.name = QStringLiteral("visits");
        const Result<DatasetInfo> dataset = importDataset(workspace.value()->database(), import);
        QVERIFY2(dataset, qPrintable(dataset ? QString() : dataset.error().toString()));

        ExperimentDefinition definition;
        definition.name = QStringLiteral("original");
        definition.systemPrompt = QStringLiteral("Write the plan.");
        definition.generation.temperature = 0;
        definition.generation.maxTokens = 128;
        ModelSpec model;
        model.name = QStringLiteral("mock");
        model.endpoint.name = model.name;
        model.endpoint.baseUrl = server.baseUrl();
        model.endpoint.model = QStringLiteral("mock-chat");
        definition.models = {model, builtinModelSpecs().constFirst()};
        definition.metrics = {QStringLiteral("rouge"), QStringLiteral("bleu")};
        const Result<qint64> original = ExperimentStore(workspace.value()->database()).create(definition, dataset->id);
        QVERIFY(original);

        MainWindow window;
        window.setWorkspace(std::move(workspace).value());
        window.show();
        QSignalSpy ended(window.queuePage(), &QueuePage::runEnded);
        window.queuePage()->startRun(original.value());
        QVERIFY(ended.wait(30000));
        QCOMPARE(ended.constFirst().constFirst().value<RunProgress>().state, RunState::Finished);
        const int requests = server.chatRequestCount();
        QCOMPARE(requests, 4);

        const QString exportedFile = m_dir.filePath(QStringLiteral("original.json"));
        FileDialog::setNextAnswer(exportedFile);
        window.findChild<QAction*>(QStringLiteral("actionExportDefinition"))->trigger();
        QJsonObject json = QJsonDocument::fromJson(readAll(exportedFile)).object();
        QCOMPARE(json.value(QStringLiteral("dataset")).toObject().value(QStringLiteral("sha256")).toString(),
            dataset->contentHash);
        QCOMPARE(json.value(QStringLiteral("system_prompt")).toString(), definition.systemPrompt);
        QCOMPARE(json.value(QStringLiteral("models")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("metrics")).toArray().size(), 2);

        // No path needed: the workspace has the dataset's bytes.
        json.insert(QStringLiteral("name"), QStringLiteral("reproduced"));
        QJsonObject datasetJson = json.value(QStringLiteral("dataset")).toObject();
        datasetJson.remove(QStringLiteral("path"));
        json.insert(QStringLiteral("dataset"), datasetJson);
        const QString importedFile = m_dir.filePath(QStringLiteral("reproduced.json"));
        QFile out(importedFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(json).toJson());
        out.close();
        ended.clear();
        FileDialog::setNextAnswer(importedFile);
        window.findChild<QAction*>(QStringLiteral("actionImportDefinition"))->trigger();
        QVERIFY(ended.wait(30000));
        const RunProgress progress = ended.constFirst().constFirst().value<RunProgress>();
        QCOMPARE(progress.name, QStringLiteral("reproduced"));
        QCOMPARE(progress.state, RunState::Finished);
        QCOMPARE(server.chatRequestCount(), requests); // not a single request

        ExperimentStore store(window.workspace()->database());
        const Result<ExperimentInfo> reproduced = store.byName(QStringLiteral("reproduced"));
        QVERIFY(reproduced);
        QVERIFY(reproduced->id != original.value());
        const auto before = store.summaries(original.value());
        const auto after = store.summaries(reproduced->id);
        QVERIFY(before && after);
        QCOMPARE(after->size(), before->size());
        for (qsizetype i = 0; i < before->size(); ++i) {
            QCOMPARE(after->at(i).done, 4);
            QCOMPARE(after->at(i).meanScores, before->at(i).meanScores);
        }
    }
};

QTEST_MAIN(TestExportGui)
#include "test_exportgui.moc"
