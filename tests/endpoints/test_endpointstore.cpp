#include "endpoints/endpointstore.h"
#include "endpoints/presets.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace caliper;

class TestEndpointStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto workspace = Workspace::open(m_dir->path());
        QVERIFY2(workspace.ok(), qPrintable(workspace.ok() ? QString() : workspace.error().toString()));
        m_workspace = std::move(workspace).value();
    }
    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
    }

    void roundTripsEveryField()
    {
        EndpointStore store(m_workspace->database());
        Endpoint endpoint = endpointFromPreset(*findPreset(QStringLiteral("deepseek")));
        endpoint.requestsPerMinute = 60;
        endpoint.connectTimeoutMs = 1234;
        endpoint.firstByteTimeoutMs = 5678;
        endpoint.totalTimeoutMs = 91011;
        endpoint.maxRetries = 7;
        endpoint.priceInPerMTok = 0.55;
        endpoint.priceOutPerMTok = 2.19;
        endpoint.parameters = 671'000'000'000;
        endpoint.quantization = QStringLiteral("FP8");
        const Result<qint64> id = store.add(endpoint);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        const Result<Endpoint> read = store.get(id.value());
        QVERIFY(read.ok());
        QCOMPARE(read->id, id.value());
        QCOMPARE(read->name, endpoint.name);
        QCOMPARE(read->baseUrl, endpoint.baseUrl);
        QCOMPARE(read->model, endpoint.model);
        QCOMPARE(read->preset, QStringLiteral("deepseek"));
        QCOMPARE(read->keySource, KeySource::Environment);
        QCOMPARE(read->keyName, QStringLiteral("DEEPSEEK_API_KEY"));
        QCOMPARE(read->concurrency, endpoint.concurrency);
        QCOMPARE(read->requestsPerMinute, 60);
        QCOMPARE(read->connectTimeoutMs, 1234);
        QCOMPARE(read->firstByteTimeoutMs, 5678);
        QCOMPARE(read->totalTimeoutMs, 91011);
        QCOMPARE(read->maxRetries, 7);
        QCOMPARE(read->priceInPerMTok, 0.55);
        QCOMPARE(read->priceOutPerMTok, 2.19);
        QCOMPARE(read->parameters, qint64(671'000'000'000));
        QCOMPARE(read->quantization, QStringLiteral("FP8"));
    }

    void editsDuplicatesAndRemoves()
    {
        EndpointStore store(m_workspace->database());
        Endpoint endpoint = endpointFromPreset(*findPreset(QStringLiteral("vllm")), QStringLiteral("Qwen-14B"));
        const qint64 id = store.add(endpoint).value();
        QVERIFY(!store.add(endpoint).ok()); // names are unique
        endpoint.id = id;
        endpoint.concurrency = 32;
        QVERIFY(store.update(endpoint).ok());
        QCOMPARE(store.get(id)->concurrency, 32);
        const Result<qint64> copy = store.duplicate(id);
        QVERIFY(copy.ok());
        const Result<qint64> second = store.duplicate(id);
        QVERIFY(second.ok());
        QCOMPARE(store.get(copy.value())->name, QStringLiteral("Qwen-14B (copy)"));
        QCOMPARE(store.get(second.value())->name, QStringLiteral("Qwen-14B (copy 2)"));
        QCOMPARE(store.get(copy.value())->concurrency, 32);
        QCOMPARE(store.list()->size(), 3);
        QVERIFY(store.remove(id).ok());
        QCOMPARE(store.list()->size(), 2);
        QVERIFY(!store.get(id).ok());
        endpoint.id = 9999;
        QVERIFY(!store.update(endpoint).ok());
    }

    // The key's value never reaches the database: only where it lives is stored.
    void neverStoresTheKey()
    {
        const QByteArray secret = "sk-test-never-stored-1234567890";
        qputenv("CALIPER_TEST_STORE_KEY", secret);
        EndpointStore store(m_workspace->database());
        Endpoint endpoint;
        endpoint.name = QStringLiteral("remote");
        endpoint.baseUrl = QUrl(QStringLiteral("https://example.test/v1"));
        endpoint.model = QStringLiteral("m");
        endpoint.keySource = KeySource::Environment;
        endpoint.keyName = QStringLiteral("CALIPER_TEST_STORE_KEY");
        QVERIFY(store.add(endpoint).ok());
        QSqlQuery query(m_workspace->database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const QString file = m_workspace->databaseFile();
        m_workspace.reset();
        QFile database(file);
        QVERIFY(database.open(QIODevice::ReadOnly));
        const QByteArray bytes = database.readAll();
        QVERIFY(bytes.contains("CALIPER_TEST_STORE_KEY"));
        QVERIFY(!bytes.contains(secret));
        qunsetenv("CALIPER_TEST_STORE_KEY");
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

QTEST_GUILESS_MAIN(TestEndpointStore)
#include "test_endpointstore.moc"
