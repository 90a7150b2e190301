// Keys from environment variables, and a clear answer when no keychain service can be reached.
#include "awaitresult.h"
#include "endpoints/keystore.h"

#include <QTest>

#include <qcoro/qcorotask.h>

using namespace caliper;

class TestKeyStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEnvironmentVariables_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("ok");
        QTest::addRow("set") << QByteArray("sk-env-123") << true;
        QTest::addRow("empty") << QByteArray() << false;
    }
    void readsEnvironmentVariables()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, ok);
        qputenv("CALIPER_TEST_ENV_KEY", value);
        KeyStore keys(QStringLiteral("caliper-test"));
        Endpoint endpoint;
        endpoint.name = QStringLiteral("remote");
        endpoint.keySource = KeySource::Environment;
        endpoint.keyName = QStringLiteral("CALIPER_TEST_ENV_KEY");
        const Result<QString> key = test::awaitResult(keys.apiKey(endpoint));
        QCOMPARE(key.ok(), ok);
        if (ok)
            QCOMPARE(key.value(), QString::fromUtf8(value));
        else
            QVERIFY(key.error().message.contains(QLatin1String("CALIPER_TEST_ENV_KEY")));
        qunsetenv("CALIPER_TEST_ENV_KEY");
    }

    void noKeyNeededForLocalServers()
    {
        KeyStore keys(QStringLiteral("caliper-test"));
        const Result<QString> key = test::awaitResult(keys.apiKey(Endpoint {}));
        QVERIFY(key.ok());
        QVERIFY(key.value().isEmpty());
    }

    // A headless machine: no D-Bus session, so no Secret Service. Say so and offer the environment variable,
    // at once rather than after a D-Bus time-out.
    void explainsAMissingKeychain()
    {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", "/nonexistent-caliper-test");
        KeyStore keys(QStringLiteral("caliper-test"));
        Endpoint endpoint;
        endpoint.keySource = KeySource::Keychain;
        endpoint.keyName = KeyStore::defaultEntryName(QStringLiteral("DeepSeek"));
        const Result<QString> key = test::awaitResult(keys.apiKey(endpoint));
        const Status stored = test::awaitResult(keys.storeKey(endpoint.keyName, QStringLiteral("sk-x")));
        if (!bus.isEmpty())
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        runtime.isEmpty() ? qunsetenv("XDG_RUNTIME_DIR") : qputenv("XDG_RUNTIME_DIR", runtime);
        QVERIFY(!key.ok());
        QVERIFY(!stored.ok());
        QVERIFY2(key.error().message.contains(QLatin1String("DEEPSEEK_API_KEY")), qPrintable(key.error().message));
        QVERIFY(!stored.error().message.contains(QLatin1String("sk-x")));
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "test_keystore.moc"
