// The real keychain path: QtKeychain against a Secret Service (gnome-keyring) that CTest starts for this test
// in its own D-Bus session (see CMakeLists.txt). Stores a key, reads it back through an endpoint, deletes it.
#include "awaitresult.h"
#include "endpoints/keystore.h"

#include <QTest>

#include <qcoro/qcorotask.h>

using namespace caliper;

class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storesReadsAndDeletesAKey()
    {
        QVERIFY2(KeyStore::keychainCompiledIn(), "built without QtKeychain");
        QVERIFY2(KeyStore::keychainReachable().ok(), "no D-Bus session: run this test through CTest");
        const QString entry = KeyStore::defaultEntryName(QStringLiteral("keychain-test"));
        const QString secret = QStringLiteral("sk-keychain-%1").arg(QCoreApplication::applicationPid());
        {
            KeyStore writer(QStringLiteral("caliper-test"));
            const Status stored = test::awaitResult(writer.storeKey(entry, secret));
            QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
        }
        Endpoint endpoint;
        endpoint.name = QStringLiteral("keychain-test");
        endpoint.keySource = KeySource::Keychain;
        endpoint.keyName = entry;
        KeyStore reader(QStringLiteral("caliper-test")); // a fresh store: nothing cached, so this reads the keychain
        const Result<QString> key = test::awaitResult(reader.apiKey(endpoint));
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QCOMPARE(key.value(), secret);
        QVERIFY(test::awaitResult(reader.deleteKey(entry)).ok());
        KeyStore after(QStringLiteral("caliper-test"));
        const Result<QString> gone = test::awaitResult(after.apiKey(endpoint));
        QVERIFY(!gone.ok());
        QVERIFY2(gone.error().message.contains(entry), qPrintable(gone.error().message));
        QVERIFY(!gone.error().message.contains(secret));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "test_keychain.moc"
