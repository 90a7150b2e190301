#include "cli/cli.h"
#include "cli/democommand.h"
#include "clicapture.h"
#include "dataset/datasetstore.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace caliper;
using test::Captured;

namespace {

QString fixture(const char* relative)
{
    return test::testDataPath(QStringLiteral("dataset/") + QLatin1String(relative));
}

QList<DatasetInfo> datasetsIn(const QString& directory)
{
    auto workspace = Workspace::open(directory);
    if (!workspace)
        return {};
    auto datasets = DatasetStore(workspace.value()->database()).datasets();
    return datasets ? datasets.value() : QList<DatasetInfo> {};
}

QStringList args(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

} // namespace

class TestImportCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_count = 0;
    QString m_workspace;

private Q_SLOTS:
    void init() { m_workspace = m_dir.filePath(QString::number(++m_count)); }

    void importsAndPrintsTheSummary()
    {
        const Captured result = test::runCli(QStringList {
            QStringLiteral("import"), fixture("good/wrapped.json"), QStringLiteral("--workspace"), m_workspace});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Imported \"wrapped\": 2 samples")), qPrintable(result.out));
        const QList<DatasetInfo> datasets = datasetsIn(m_workspace);
        QCOMPARE(datasets.size(), 1);
        QVERIFY(result.out.contains(datasets.first().contentHash));
        QCOMPARE(datasets.first().mapping.inputColumn, QStringLiteral("src"));
    }

    // Each option overrides one part of the detected mapping; an empty value clears it.
    void optionsOverrideTheDetectedMapping()
    {
        const Captured result = test::runCli(QStringList {QStringLiteral("import"), fixture("good/quotes.csv"),
                                                 QStringLiteral("--workspace"), m_workspace}
            + args({"--name", "visits", "--reference-column", "", "--id-column", "", "--metadata-columns",
                "note,dataset"}));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QList<DatasetInfo> datasets = datasetsIn(m_workspace);
        QCOMPARE(datasets.size(), 1);
        const DatasetInfo& dataset = datasets.first();
        QCOMPARE(dataset.name, QStringLiteral("visits"));
        QCOMPARE(dataset.mapping.inputColumn, QStringLiteral("dialogue"));
        QVERIFY(dataset.mapping.referenceColumn.isEmpty());
        QVERIFY(dataset.mapping.idColumn.isEmpty());
        QCOMPARE(dataset.mapping.metadataColumns, args({"note", "dataset"}));
    }

    // Bad input: file:line:column on stderr, exit code 1, and the workspace as it was.
    void reportsBadInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("error");
        QTest::addRow("JSON syntax") << fixture("bad/syntax.json") << QStringList()
                                     << fixture("bad/syntax.json") + QStringLiteral(":3:14: JSON syntax error");
        QTest::addRow("ragged row") << fixture("bad/ragged_short.csv") << args({"--input-column", "text"})
                                    << fixture("bad/ragged_short.csv") + QStringLiteral(":3:4: ");
        QTest::addRow("duplicate ids") << fixture("bad/duplicate_ids.csv") << QStringList()
                                       << fixture("bad/duplicate_ids.csv") + QStringLiteral(":4:1: duplicate id");
        QTest::addRow("missing column") << fixture("good/bom.csv") << args({"--input-column", "transcript"})
                                        << QStringLiteral("\"transcript\" is not in the file");
        QTest::addRow("no known source column")
            << fixture("bad/ragged_long.csv") << QStringList() << QStringLiteral("--input-column");
        QTest::addRow("missing file") << fixture("bad/absent.csv") << QStringList() << fixture("bad/absent.csv");
    }
    void reportsBadInput()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        QFETCH(QString, error);
        QCOMPARE(test::runCli(QStringList {QStringLiteral("import"), fixture("good/array.json"),
                                  QStringLiteral("--workspace"), m_workspace})
                     .exitCode,
            0);
        const Captured result = test::runCli(
            QStringList {QStringLiteral("import"), file, QStringLiteral("--workspace"), m_workspace} + options);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(error), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        const QList<DatasetInfo> datasets = datasetsIn(m_workspace);
        QCOMPARE(datasets.size(), 1);
        QCOMPARE(datasets.first().name, QStringLiteral("array"));
    }

    void refusesADuplicateNameUnlessRenamed()
    {
        const QStringList import {
            QStringLiteral("import"), fixture("good/array.json"), QStringLiteral("--workspace"), m_workspace};
        QCOMPARE(test::runCli(import).exitCode, 0);
        const Captured again = test::runCli(import);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("--name")), qPrintable(again.err));
        QCOMPARE(test::runCli(import + args({"--name", "array 2"})).exitCode, 0);
        QCOMPARE(datasetsIn(m_workspace).size(), 2);
    }

    void rejectsWrongUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("no file") << args({"import"});
        QTest::addRow("two files") << args({"import", "a.csv", "b.csv"});
        QTest::addRow("unknown option") << args({"import", "a.csv", "--frobnicate"});
        QTest::addRow("unknown format") << args({"import", "a.csv", "--format", "xml"});
        QTest::addRow("demo with an argument") << args({"demo", "extra"});
    }
    void rejectsWrongUsage()
    {
        QFETCH(QStringList, arguments);
        const Captured result = test::runCli(arguments + QStringList {QStringLiteral("--workspace"), m_workspace});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
    }

    void helpListsTheOptions()
    {
        const Captured result = test::runCli(args({"import", "--help"}));
        QCOMPARE(result.exitCode, 0);
        for (const char* option :
            {"--workspace", "--name", "--id-column", "--input-column", "--reference-column", "--metadata-columns"})
            QVERIFY2(result.out.contains(QLatin1String(option)), option);
        QVERIFY(test::runCli(args({"--help"})).out.contains(QStringLiteral("import")));
    }

    // The demo imports once, recognising the same bytes on the next run, and summarises the dataset.
    void demoImportsOnce()
    {
        const QStringList arguments {QStringLiteral("demo"), QStringLiteral("--workspace"), m_workspace};
        const Captured first
            = test::capture([&](cli::Io& io) { return cli::runDemoWith(fixture("good/wrapped.json"), arguments, io); });
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QStringLiteral("wrapped (imported)")), qPrintable(first.out));
        QVERIFY(first.out.contains(QStringLiteral("Samples:    2")));
        // Sources have 4 and 2 words, references 5 and 1.
        QVERIFY2(first.out.contains(QStringLiteral("source 3.0, reference 3.0")), qPrintable(first.out));
        QVERIFY(first.out.contains(QDir(m_workspace).absolutePath()));
        const Captured second
            = test::capture([&](cli::Io& io) { return cli::runDemoWith(fixture("good/wrapped.json"), arguments, io); });
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(QStringLiteral("wrapped (already in the workspace)")), qPrintable(second.out));
        QCOMPARE(datasetsIn(m_workspace).size(), 1);
    }

    // The bundled sample: a resource compiled into the core library.
    void demoUsesTheBundledSample()
    {
        const Captured result = test::runCli(args({"demo"}) + QStringList {QStringLiteral("--workspace"), m_workspace});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QList<DatasetInfo> datasets = datasetsIn(m_workspace);
        QCOMPARE(datasets.size(), 1);
        QCOMPARE(datasets.first().sourcePath, cli::bundledSamplePath());
        QVERIFY2(datasets.first().sampleCount >= 8 && datasets.first().sampleCount <= 12,
            qPrintable(QString::number(datasets.first().sampleCount)));
        QVERIFY(datasets.first().hasReference());
    }
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "test_importcommand.moc"
