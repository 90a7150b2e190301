// The endpoint dialog against the real keychain (CTest runs it in a private D-Bus session with gnome-keyring):
// "Test connection" sends a typed key without storing it, so Cancel leaves the keychain as it was — no orphan
// entry, and a key being replaced is still there — while OK stores it.
#include "awaitresult.h"
#include "dialogs/endpointdialog.h"
#include "endpoints/endpointstore.h"
#include "endpoints/keystore.h"
#include "mockllmserver.h"
#include "pages/endpointspage.h"
#include "widgettesting.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace caliper;

namespace {

using test::child;
using test::retype;

const auto Service = "caliper-test-endpoint-dialog";

/// What a fresh store (nothing cached) reads from the keychain entry; empty when there is none.
QString keychainHolds(const QString& entry)
{
    Endpoint endpoint;
    endpoint.keySource = KeySource::Keychain;
    endpoint.keyName = entry;
    KeyStore reader {QString::fromLatin1(Service)};
    const Result<QString> key = test::awaitResult(reader.apiKey(endpoint));
    return key ? key.value() : QString();
}

/// Clicks Test connection and waits for its verdict.
bool testConnection(EndpointDialog* dialog)
{
    QSignalSpy tested(dialog, &EndpointDialog::connectionTested);
    QTest::mouseClick(child<QPushButton>(dialog, "endpointTest"), Qt::LeftButton);
    return tested.wait(30000) && tested.constFirst().constFirst().toBool();
}

} // namespace

class TestEndpointKeychain : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    KeyStore m_keys {QString::fromLatin1(Service)};
    QNetworkAccessManager m_network;
    mock::MockLlmServer m_server;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<EndpointsPage> m_page;
    QString m_entry = KeyStore::defaultEntryName(QStringLiteral("keyed"));

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(KeyStore::keychainReachable().ok(), "no D-Bus session: run this test through CTest");
        QVERIFY(m_server.listen());
        // The keyring lives in the build tree between runs; start from no entry whatever an earlier run left.
        test::awaitResult(m_keys.deleteKey(m_entry));
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("ws")));
        QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().toString()));
        m_workspace = std::move(workspace).value();
        m_page = std::make_unique<EndpointsPage>(&m_keys, &m_network);
        m_page->setWorkspace(m_workspace.get());
        m_page->show();
    }

    void cleanupTestCase() { QVERIFY(test::awaitResult(m_keys.deleteKey(m_entry)).ok()); }

    void testedKeyIsStoredOnlyByOk()
    {
        m_server.setRequiredApiKey(QStringLiteral("sk-first"));
        for (const bool ok : {false, true}) {
            EndpointDialog* dialog = m_page->addEndpoint();
            QVERIFY(dialog && dialog->isVisible());
            const int custom = child<QComboBox>(dialog, "endpointPreset")->findData(QString());
            child<QComboBox>(dialog, "endpointPreset")->setCurrentIndex(custom);
            dialog->applyPreset(QString());
            retype(child<QLineEdit>(dialog, "endpointName"), QStringLiteral("keyed"));
            retype(child<QLineEdit>(dialog, "endpointUrl"), m_server.baseUrl().toString());
            QTest::mouseClick(child<QRadioButton>(dialog, "keyKeychain"), Qt::LeftButton);
            QVERIFY(child<QLineEdit>(dialog, "keyValue")->isVisible());
            retype(child<QLineEdit>(dialog, "keyValue"), QStringLiteral("sk-first"));
            QVERIFY2(testConnection(dialog), qPrintable(dialog->connectionMessage()));
            QCOMPARE(keychainHolds(m_entry), QString()); // tested, not stored
            if (!ok) {
                QTest::mouseClick(child<QPushButton>(dialog, "endpointCancel"), Qt::LeftButton);
                QCOMPARE(keychainHolds(m_entry), QString());
                QVERIFY(EndpointStore(m_workspace->database()).list()->isEmpty());
                continue;
            }
            QSignalSpy saved(dialog, &EndpointDialog::saved);
            QTest::mouseClick(child<QPushButton>(dialog, "endpointOk"), Qt::LeftButton);
            QVERIFY(saved.wait(30000));
            QCOMPARE(keychainHolds(m_entry), QStringLiteral("sk-first"));
            const Result<Endpoint> stored
                = EndpointStore(m_workspace->database()).get(saved.constFirst().constFirst().toLongLong());
            QVERIFY(stored);
            QCOMPARE(stored->keySource, KeySource::Keychain);
            QCOMPARE(stored->keyName, m_entry);
        }
    }

    // Editing the endpoint saved above: a replacement key that is tested and then cancelled leaves the old key.
    void cancelledReplacementKeepsTheStoredKey()
    {
        QCOMPARE(keychainHolds(m_entry), QStringLiteral("sk-first"));
        m_server.setRequiredApiKey(QStringLiteral("sk-second"));
        for (const bool ok : {false, true}) {
            EndpointDialog* dialog = m_page->editEndpoint();
            QVERIFY(dialog && dialog->isVisible());
            QVERIFY(child<QPushButton>(dialog, "keyReplace")->isVisible());
            QTest::mouseClick(child<QPushButton>(dialog, "keyReplace"), Qt::LeftButton);
            retype(child<QLineEdit>(dialog, "keyValue"), QStringLiteral("sk-second"));
            // The server now takes only the new key, so a pass proves the typed key was sent, not the stored one.
            QVERIFY2(testConnection(dialog), qPrintable(dialog->connectionMessage()));
            QCOMPARE(keychainHolds(m_entry), QStringLiteral("sk-first"));
            if (!ok) {
                QTest::mouseClick(child<QPushButton>(dialog, "endpointCancel"), Qt::LeftButton);
                QCOMPARE(keychainHolds(m_entry), QStringLiteral("sk-first"));
                continue;
            }
            QSignalSpy saved(dialog, &EndpointDialog::saved);
            QTest::mouseClick(child<QPushButton>(dialog, "endpointOk"), Qt::LeftButton);
            QVERIFY(saved.wait(30000));
            QCOMPARE(keychainHolds(m_entry), QStringLiteral("sk-second"));
        }
    }
};

QTEST_MAIN(TestEndpointKeychain)
#include "test_endpointkeychain.moc"
