#include "workspace/migrations.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caliper;

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsSchemaWithWalAndForeignKeys()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY2(workspace.ok(), qPrintable(workspace.ok() ? QString() : workspace.error().toString()));
        QSqlDatabase db = workspace.value()->database();
        QCOMPARE(migrations::currentVersion(db), migrations::latestVersion());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("ws/caliper.sqlite"))));
    }

    // A workspace left at any earlier schema version opens and reaches the latest one, keeping its rows.
    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 0; version < migrations::latestVersion(); ++version)
            QTest::addRow("from %d", version) << version;
    }
    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("caliper.sqlite"));
        {
            auto connection = Connection::open(file);
            QVERIFY(connection.ok());
            QSqlDatabase db = connection.value()->database();
            QVERIFY(migrations::migrate(db, from).ok());
            QCOMPARE(migrations::currentVersion(db), from);
            if (from >= 1) {
                QSqlQuery query(db);
                QVERIFY(query.exec(
                    QStringLiteral("INSERT INTO datasets(name, source_path, format, content_hash, input_column) "
                                   "VALUES ('kept', 'x.csv', 'csv', 'abc', 'dialogue')")));
            }
        }
        auto workspace = Workspace::open(dir.path());
        QVERIFY(workspace.ok());
        QSqlDatabase db = workspace.value()->database();
        QCOMPARE(migrations::currentVersion(db), migrations::latestVersion());
        if (from >= 1) {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT name FROM datasets")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("kept"));
        }
        // Every table of the latest schema is there, whichever version the file started at.
        QSqlQuery tables(db);
        for (const char* table : {"datasets", "samples", "endpoints", "experiments", "experiment_models", "outputs",
                 "scores", "response_cache"})
            QVERIFY2(tables.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), table);
    }

    // Schema 3: results hang off their dataset. A dataset with experiments cannot go; removing an experiment or a
    // sample takes their outputs and scores along.
    void experimentResultsFollowTheirData()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::open(dir.path());
        QVERIFY(workspace.ok());
        QSqlDatabase db = workspace.value()->database();
        QVERIFY(migrations::latestVersion() >= 3);
        QSqlQuery query(db);
        for (const char* statement : {
                 "INSERT INTO datasets(id, name, source_path, format, content_hash, input_column) "
                 "VALUES (1, 'd', 'd.csv', 'csv', 'h', 'src')",
                 "INSERT INTO samples(id, dataset_id, row_index, external_id, source) VALUES (1, 1, 0, 'a', 'x')",
                 "INSERT INTO samples(id, dataset_id, row_index, external_id, source) VALUES (2, 1, 1, 'b', 'y')",
                 "INSERT INTO experiments(id, name, dataset_id, definition, definition_hash) "
                 "VALUES (1, 'e', 1, '{}', 'h')",
                 "INSERT INTO experiment_models(id, experiment_id, position, name, endpoint) VALUES (1, 1, 0, 'm', "
                 "'{}')",
                 "INSERT INTO outputs(id, model_id, sample_id, status) VALUES (1, 1, 1, 'done')",
                 "INSERT INTO outputs(id, model_id, sample_id, status) VALUES (2, 1, 2, 'failed')",
                 "INSERT INTO scores(output_id, key, value) VALUES (1, 'rouge1', 0.5)",
                 "INSERT INTO response_cache(key, response) VALUES ('k', '{}')",
             })
            QVERIFY2(query.exec(QString::fromLatin1(statement)), statement);
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO outputs(model_id, sample_id, status) VALUES (1, 1, 'done')")));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO outputs(model_id, sample_id, status) VALUES (1, 2, 'maybe')")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM datasets WHERE id = 1")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM samples WHERE id = 1")));
        auto rows = [&query](const char* table) {
            return query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && query.next()
                ? query.value(0).toInt()
                : -1;
        };
        QCOMPARE(rows("outputs"), 1);
        QCOMPARE(rows("scores"), 0);
        QVERIFY(query.exec(QStringLiteral("DELETE FROM experiments WHERE id = 1")));
        QCOMPARE(rows("experiment_models"), 0);
        QCOMPARE(rows("outputs"), 0);
        QCOMPARE(rows("response_cache"), 1); // answers outlive experiments: a new experiment may reuse them
        QVERIFY(query.exec(QStringLiteral("DELETE FROM datasets WHERE id = 1")));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        {
            auto connection = Connection::open(dir.filePath(QStringLiteral("caliper.sqlite")));
            QVERIFY(connection.ok());
            QSqlQuery query(connection.value()->database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migrations::latestVersion() + 1)));
        }
        auto workspace = Workspace::open(dir.path());
        QVERIFY(!workspace.ok());
        QVERIFY2(workspace.error().message.contains(QStringLiteral("newer")), qPrintable(workspace.error().message));
        QVERIFY(workspace.error().location.endsWith(QStringLiteral("caliper.sqlite")));
    }

    void reportsUnwritableFolder()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto workspace = Workspace::open(dir.filePath(QStringLiteral("file/ws")));
        QVERIFY(!workspace.ok());
        QVERIFY(workspace.error().location.endsWith(QStringLiteral("file/ws")));
    }

    void connectionsOnOtherThreadsSeeTheSameData()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::open(dir.path());
        QVERIFY(workspace.ok());
        auto second = workspace.value()->openConnection();
        QVERIFY(second.ok());
        QSqlQuery insert(second.value()->database());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO datasets(name, source_path, format, content_hash, "
                                           "input_column) VALUES ('a', 'a.csv', 'csv', 'h', 'src')")));
        QSqlQuery read(workspace.value()->database());
        QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM datasets")) && read.next());
        QCOMPARE(read.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "test_workspace.moc"
