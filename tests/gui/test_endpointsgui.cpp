// The Endpoints page and dialog, driven through their widgets: add from every preset, edit, duplicate, remove,
// Test connection against the mock server, and the keychain option without a D-Bus session.
#include "dialogs/confirmation.h"
#include "dialogs/endpointdialog.h"
#include "endpoints/endpointstore.h"
#include "endpoints/keystore.h"
#include "endpoints/presets.h"
#include "mockllmserver.h"
#include "pages/endpointspage.h"
#include "widgettesting.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace caliper;

namespace {

using test::child;
using test::retype;

const auto KeyVariable = "CALIPER_GUI_TEST_API_KEY";

void setModel(EndpointDialog* dialog, const QString& model)
{
    retype(child<QComboBox>(dialog, "endpointModel")->lineEdit(), model);
}

void choosePreset(EndpointDialog* dialog, const QString& presetId)
{
    auto* combo = child<QComboBox>(dialog, "endpointPreset");
    const int index = combo->findData(presetId);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

void clickOk(EndpointDialog* dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, "endpointOk"), Qt::LeftButton);
}

} // namespace

class TestEndpointsGui : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_workspaces = 0;
    KeyStore m_keys {QStringLiteral("CaliperTestEndpointsGui")};
    QNetworkAccessManager m_network;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<EndpointsPage> m_page;

    QList<Endpoint> stored() const
    {
        auto endpoints = EndpointStore(m_workspace->database()).list();
        return endpoints ? endpoints.value() : QList<Endpoint>();
    }

    qint64 addStored(const QString& name, const QUrl& url)
    {
        Endpoint endpoint;
        endpoint.name = name;
        endpoint.baseUrl = url;
        endpoint.model = QStringLiteral("model-7b");
        auto id = EndpointStore(m_workspace->database()).add(endpoint);
        m_page->reload(id ? id.value() : 0);
        return id ? id.value() : 0;
    }

    EndpointDialog* customDialog(const QUrl& url)
    {
        EndpointDialog* dialog = m_page->addEndpoint();
        choosePreset(dialog, QString());
        retype(child<QLineEdit>(dialog, "endpointUrl"), url.toString());
        return dialog;
    }

private Q_SLOTS:
    void init()
    {
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("ws%1").arg(++m_workspaces)));
        QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().toString()));
        m_workspace = std::move(workspace).value();
        m_page = std::make_unique<EndpointsPage>(&m_keys, &m_network);
        m_page->setWorkspace(m_workspace.get());
        m_page->show();
    }

    void cleanup()
    {
        m_page.reset();
        m_workspace.reset();
    }

    void addsAnEndpointFromEachPreset_data()
    {
        QTest::addColumn<QString>("presetId");
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<bool>("local");
        QTest::addColumn<QString>("keyVariable");
        QTest::addRow("DeepSeek") << "deepseek"
                                  << "https://api.deepseek.com" << 8 << false << "DEEPSEEK_API_KEY";
        QTest::addRow("OpenAI") << "openai"
                                << "https://api.openai.com/v1" << 8 << false << "OPENAI_API_KEY";
        QTest::addRow("Mistral") << "mistral"
                                 << "https://api.mistral.ai/v1" << 4 << false << "MISTRAL_API_KEY";
        QTest::addRow("vLLM") << "vllm"
                              << "http://localhost:8000/v1" << 16 << true << "";
        QTest::addRow("llamafile") << "llamafile"
                                   << "http://localhost:8080/v1" << 1 << true << "";
        QTest::addRow("Ollama") << "ollama"
                                << "http://localhost:11434/v1" << 1 << true << "";
        QTest::addRow("LM Studio") << "lmstudio"
                                   << "http://localhost:1234/v1" << 1 << true << "";
        QTest::addRow("custom") << ""
                                << "http://192.168.1.20:8000/v1" << 4 << true << "";
    }

    void addsAnEndpointFromEachPreset()
    {
        QFETCH(QString, presetId);
        QFETCH(QString, url);
        QFETCH(int, concurrency);
        QFETCH(bool, local);
        QFETCH(QString, keyVariable);
        EndpointDialog* dialog = m_page->addEndpoint();
        QVERIFY(dialog && dialog->isVisible());
        choosePreset(dialog, presetId);
        if (presetId.isEmpty())
            retype(child<QLineEdit>(dialog, "endpointUrl"), url);
        QCOMPARE(child<QLineEdit>(dialog, "endpointUrl")->text(), url);
        setModel(dialog, QStringLiteral("Qwen2.5-7B-Instruct"));
        retype(child<QLineEdit>(dialog, "endpointName"), QStringLiteral("My endpoint"));
        QCOMPARE(child<QLabel>(dialog, "endpointLocation")->text().startsWith(QStringLiteral("Local")), local);
        clickOk(dialog);

        const QList<Endpoint> endpoints = stored();
        QCOMPARE(endpoints.size(), 1);
        const Endpoint& endpoint = endpoints.constFirst();
        QCOMPARE(endpoint.name, QStringLiteral("My endpoint"));
        QCOMPARE(endpoint.preset, presetId);
        QCOMPARE(endpoint.baseUrl, QUrl(url));
        QCOMPARE(endpoint.model, QStringLiteral("Qwen2.5-7B-Instruct"));
        QCOMPARE(endpoint.concurrency, concurrency);
        QCOMPARE(endpoint.isLocal(), local);
        QCOMPARE(endpoint.keySource, keyVariable.isEmpty() ? KeySource::None : KeySource::Environment);
        QCOMPARE(endpoint.keyName, keyVariable);
        QCOMPARE(endpoint.parameters, Q_INT64_C(7'000'000'000)); // pre-filled from "7B" in the name
        // The page lists it, selected, above the built-in models.
        QCOMPARE(m_page->model()->rowCount(), 3);
        QCOMPARE(m_page->currentEndpointId(), endpoint.id);
    }

    void editChangesTheStoredEndpoint()
    {
        const qint64 id = addStored(QStringLiteral("box"), QUrl(QStringLiteral("http://10.0.0.5:8000/v1")));
        QTest::mouseClick(child<QPushButton>(m_page.get(), "endpointEdit"), Qt::LeftButton);
        auto* dialog = m_page->findChild<EndpointDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!child<QComboBox>(dialog, "endpointPreset")->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, "endpointName")->text(), QStringLiteral("box"));
        auto* concurrency = child<QSpinBox>(dialog, "endpointConcurrency");
        concurrency->selectAll();
        QTest::keyClicks(concurrency, QStringLiteral("12"));
        child<QSpinBox>(dialog, "endpointTotalTimeout")->setValue(90);
        child<QDoubleSpinBox>(dialog, "endpointPriceOut")->setValue(2.19);
        retype(child<QLineEdit>(dialog, "endpointUrl"), QStringLiteral("https://models.example.com/v1"));
        clickOk(dialog);

        auto endpoint = EndpointStore(m_workspace->database()).get(id);
        QVERIFY(endpoint);
        QCOMPARE(endpoint->concurrency, 12);
        QCOMPARE(endpoint->totalTimeoutMs, 90'000);
        QCOMPARE(endpoint->priceOutPerMTok, 2.19);
        QCOMPARE(endpoint->baseUrl, QUrl(QStringLiteral("https://models.example.com/v1")));
        QVERIFY(!endpoint->isLocal());
        QCOMPARE(stored().size(), 1);
        const int row = m_page->model()->rowOf(id);
        QCOMPARE(
            m_page->model()->index(row, EndpointListModel::LocationColumn).data().toString(), QStringLiteral("Remote"));
    }

    void duplicatesAndRemovesAfterConfirmation()
    {
        const qint64 id = addStored(QStringLiteral("box"), QUrl(QStringLiteral("http://127.0.0.1:8000/v1")));
        QTest::mouseClick(child<QPushButton>(m_page.get(), "endpointDuplicate"), Qt::LeftButton);
        QCOMPARE(stored().size(), 2);
        const qint64 copy = m_page->currentEndpointId();
        QVERIFY(copy != id);
        QCOMPARE(EndpointStore(m_workspace->database()).get(copy)->name, QStringLiteral("box (copy)"));

        Confirmation::setNextAnswer(false);
        QTest::mouseClick(child<QPushButton>(m_page.get(), "endpointRemove"), Qt::LeftButton);
        QCOMPARE(stored().size(), 2);
        Confirmation::setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>(m_page.get(), "endpointRemove"), Qt::LeftButton);
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().constFirst().id, id);
        QCOMPARE(m_page->model()->rowCount(), 3);
    }

    void listsTheBuiltinModelsReadOnly()
    {
        addStored(QStringLiteral("box"), QUrl(QStringLiteral("http://127.0.0.1:8000/v1")));
        EndpointListModel* model = m_page->model();
        QStringList builtins;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(EndpointListModel::BuiltinRole).toBool())
                builtins << model->index(row, EndpointListModel::ModelColumn).data().toString();
        }
        QCOMPARE(builtins, QStringList({QStringLiteral("builtin:lead"), QStringLiteral("builtin:textrank")}));
        auto* view = child<QTreeView>(m_page.get(), "endpointList");
        view->setCurrentIndex(model->index(1, 0));
        QCOMPARE(m_page->currentEndpointId(), 0);
        QVERIFY(!child<QPushButton>(m_page.get(), "endpointEdit")->isEnabled());
        QVERIFY(!child<QPushButton>(m_page.get(), "endpointRemove")->isEnabled());
        QVERIFY(!child<QPushButton>(m_page.get(), "endpointDuplicate")->isEnabled());
        QVERIFY(!m_page->editEndpoint());
    }

    void showsValidationInline_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("no name") << ""
                                 << "http://localhost:8000/v1"
                                 << "m"
                                 << "name";
        QTest::addRow("no URL") << "n"
                                << ""
                                << "m"
                                << "URL";
        QTest::addRow("not http") << "n"
                                  << "ftp://host/v1"
                                  << "m"
                                  << "URL";
        QTest::addRow("no model") << "n"
                                  << "http://localhost:8000/v1"
                                  << ""
                                  << "model";
    }

    void showsValidationInline()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, model);
        QFETCH(QString, mentions);
        EndpointDialog* dialog = customDialog(QUrl(url));
        retype(child<QLineEdit>(dialog, "endpointUrl"), url);
        retype(child<QLineEdit>(dialog, "endpointName"), name);
        setModel(dialog, model);
        clickOk(dialog);
        QVERIFY2(dialog->errorText().contains(mentions), qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        QVERIFY(stored().isEmpty());
    }

    void prefillsTheSizeUntilTheUserSetsIt()
    {
        EndpointDialog* dialog = customDialog(QUrl(QStringLiteral("http://localhost:8080/v1")));
        auto* size = child<QDoubleSpinBox>(dialog, "endpointSize");
        auto* quantization = child<QLineEdit>(dialog, "endpointQuantization");
        setModel(dialog, QStringLiteral("DeepSeek-R1-Distill-Qwen-14B"));
        QCOMPARE(size->value(), 14.0);
        QCOMPARE(quantization->text(), QString());
        setModel(dialog, QStringLiteral("Qwen2.5-1.5B-Instruct-Q4_K_M.gguf"));
        QCOMPARE(size->value(), 1.5);
        QCOMPARE(quantization->text(), QStringLiteral("Q4_K_M"));
        size->selectAll();
        QTest::keyClicks(size, QStringLiteral("3"));
        setModel(dialog, QStringLiteral("llama3.1:8b"));
        QCOMPARE(size->value(), 3.0);
        QCOMPARE(dialog->endpoint().parameters, Q_INT64_C(3'000'000'000));
    }

    void testConnectionFillsTheModelList()
    {
        mock::MockLlmServer server;
        QVERIFY(server.listen());
        const QStringList models = {QStringLiteral("qwen2.5-1.5b-instruct"), QStringLiteral("llama-3.1-8b")};
        server.setModels(models);
        EndpointDialog* dialog = customDialog(server.baseUrl());
        setModel(dialog, QString());
        QSignalSpy tested(dialog, &EndpointDialog::connectionTested);
        QTest::mouseClick(child<QPushButton>(dialog, "endpointTest"), Qt::LeftButton);
        // The click returns while the request is in flight: the dialog stays responsive and shows it is busy.
        QVERIFY(dialog->isTesting());
        QVERIFY(child<QProgressBar>(dialog, "endpointTestBusy")->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "endpointTest")->isEnabled());
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.constFirst().constFirst().toBool(), true);
        auto* combo = child<QComboBox>(dialog, "endpointModel");
        QStringList listed;
        for (int i = 0; i < combo->count(); ++i)
            listed << combo->itemText(i);
        QCOMPARE(listed, models);
        QCOMPARE(combo->currentText(), models.constFirst());
        QCOMPARE(child<QDoubleSpinBox>(dialog, "endpointSize")->value(), 1.5);
        QVERIFY(!child<QProgressBar>(dialog, "endpointTestBusy")->isVisible());
        QVERIFY(dialog->connectionMessage().contains(QStringLiteral("2")));
    }

    void testConnectionShowsWhyItFailed_data()
    {
        QTest::addColumn<bool>("refused");
        QTest::addColumn<QString>("keyValue"); // empty: no key
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("no key") << false << "" << false << "401";
        QTest::addRow("wrong key") << false << "not-it" << false << "401";
        QTest::addRow("right key") << false << "sk-right" << true << "Connected";
        QTest::addRow("refused") << true << "" << false << "refused";
    }

    void testConnectionShowsWhyItFailed()
    {
        QFETCH(bool, refused);
        QFETCH(QString, keyValue);
        QFETCH(bool, ok);
        QFETCH(QString, mentions);
        mock::MockLlmServer server;
        QVERIFY(server.listen());
        server.setRequiredApiKey(QStringLiteral("sk-right"));
        QUrl url = server.baseUrl();
        if (refused) {
            // A port that was just free: nothing listens there.
            mock::MockLlmServer closed;
            QVERIFY(closed.listen());
            url = closed.baseUrl();
        }
        EndpointDialog* dialog = customDialog(url);
        if (!keyValue.isEmpty()) {
            qputenv(KeyVariable, keyValue.toUtf8());
            QTest::mouseClick(child<QRadioButton>(dialog, "keyEnvironment"), Qt::LeftButton);
            retype(child<QLineEdit>(dialog, "keyVariable"), QString::fromLatin1(KeyVariable));
        }
        QSignalSpy tested(dialog, &EndpointDialog::connectionTested);
        QTest::mouseClick(child<QPushButton>(dialog, "endpointTest"), Qt::LeftButton);
        QVERIFY(tested.wait(15000));
        qunsetenv(KeyVariable);
        QCOMPARE(tested.constFirst().constFirst().toBool(), ok);
        QVERIFY2(dialog->connectionMessage().contains(mentions), qPrintable(dialog->connectionMessage()));
        QVERIFY(!dialog->connectionMessage().contains(QStringLiteral("sk-right")));
    }

    // Last: it changes the process environment.
    void disablesTheKeychainWithoutADBusSession()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("XDG_RUNTIME_DIR");
        const Status reachable = KeyStore::keychainReachable();
        QVERIFY(!reachable);
        EndpointDialog* dialog = m_page->addEndpoint();
        choosePreset(dialog, QStringLiteral("deepseek"));
        auto* keychain = child<QRadioButton>(dialog, "keyKeychain");
        QVERIFY(!keychain->isEnabled());
        auto* notice = child<QLabel>(dialog, "keychainNotice");
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), reachable.error().message);
        QVERIFY(notice->text().contains(QStringLiteral("environment variable")));
        // The environment variable is offered instead, pre-filled from the preset.
        auto* environment = child<QRadioButton>(dialog, "keyEnvironment");
        QVERIFY(environment->isEnabled() && environment->isChecked());
        QCOMPARE(child<QLineEdit>(dialog, "keyVariable")->text(), QStringLiteral("DEEPSEEK_API_KEY"));
    }
};

QTEST_MAIN(TestEndpointsGui)
#include "test_endpointsgui.moc"
