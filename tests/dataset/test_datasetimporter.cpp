#include "dataset/datasetimporter.h"
#include "dataset/datasetstore.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caliper;

namespace {

QString fixture(const QString& relative)
{
    return test::testDataPath(QStringLiteral("dataset/") + relative);
}

QString aciBench(const QString& file)
{
    return test::sharedPath(QStringLiteral("data/aci-bench/") + file);
}

qint64 count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// What a failed import must not change: every table's row count and the full-text index.
QList<qint64> snapshot(const QSqlDatabase& db)
{
    return {count(db, QStringLiteral("SELECT count(*) FROM datasets")),
        count(db, QStringLiteral("SELECT count(*) FROM samples")),
        count(db, QStringLiteral("SELECT count(*) FROM samples_fts WHERE samples_fts MATCH 'doctor'"))};
}

struct Sample
{
    QString externalId;
    QString source;
    QVariant reference;
    QString metadata;
    qint64 sourceWords = 0;
    QVariant referenceWords;
};

QList<Sample> samples(const QSqlDatabase& db, qint64 datasetId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT external_id, source, reference, metadata, source_words, reference_words "
                                 "FROM samples WHERE dataset_id = ? ORDER BY row_index"));
    query.addBindValue(datasetId);
    QList<Sample> result;
    if (!query.exec())
        return result;
    while (query.next())
        result.append(Sample {query.value(0).toString(), query.value(1).toString(), query.value(2),
            query.value(3).toString(), query.value(4).toLongLong(), query.value(5)});
    return result;
}

QStringList names(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

// An independent word count: Unicode whitespace (ACI-Bench has U+00A0 and U+202F), like Python's str.split().
qint64 words(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"), QRegularExpression::UseUnicodePropertiesOption);
    return text.split(space, Qt::SkipEmptyParts).size();
}

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestDatasetImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    int m_workspaces = 0;

    QSqlDatabase db() const { return m_workspace->database(); }
    Result<DatasetInfo> import(const QString& path, const QString& name = {}, const ColumnMapping& mapping = {},
        const ImportProgressCallback& progress = {})
    {
        return importDataset(db(), ImportOptions {path, name, TableFormat::Auto, mapping}, progress);
    }

private Q_SLOTS:
    void init()
    {
        m_workspace.reset();
        auto workspace = Workspace::open(m_dir.filePath(QString::number(++m_workspaces)));
        QVERIFY2(workspace.ok(), qPrintable(workspace.ok() ? QString() : workspace.error().toString()));
        m_workspace = std::move(workspace).value();
    }
    void cleanup() { m_workspace.reset(); }

    void importsFixtures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("samples");
        QTest::addColumn<QStringList>("mapping"); // id, input, reference
        QTest::addColumn<QStringList>("ids");
        QTest::addRow("CSV with BOM") << fixture(QStringLiteral("good/bom.csv")) << "csv" << 2
                                      << names({"id", "dialogue", "summary"}) << names({"1", "2"});
        QTest::addRow("ACI-Bench CSV shape")
            << fixture(QStringLiteral("good/quotes.csv")) << "csv" << 3 << names({"encounter_id", "dialogue", "note"})
            << names({"E1", "E2", "E3"});
        QTest::addRow("JSON array") << fixture(QStringLiteral("good/array.json")) << "json" << 2
                                    << names({"id", "input", "output"}) << names({"a", "b"});
        QTest::addRow("ACI-Bench JSON shape") << fixture(QStringLiteral("good/wrapped.json")) << "json" << 2
                                              << names({"file", "src", "tgt"}) << names({"D1-demo", "D2-demo"});
        QTest::addRow("Lumigator JSONL, row numbers as ids")
            << fixture(QStringLiteral("good/rows.jsonl")) << "jsonl" << 3 << names({"", "examples", "ground_truth"})
            << names({"1", "2", "3"});
    }
    void importsFixtures()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QFETCH(int, samples);
        QFETCH(QStringList, mapping);
        QFETCH(QStringList, ids);
        Result<DatasetInfo> dataset = import(path);
        QVERIFY2(dataset.ok(), qPrintable(dataset.ok() ? QString() : dataset.error().toString()));
        QCOMPARE(dataset->format, format);
        QCOMPARE(dataset->sampleCount, samples);
        QCOMPARE(dataset->name, QFileInfo(path).completeBaseName());
        QCOMPARE(dataset->sourcePath, QFileInfo(path).absoluteFilePath());
        QCOMPARE(dataset->contentHash.toLatin1(), sha256(path));
        QCOMPARE(
            (QStringList {dataset->mapping.idColumn, dataset->mapping.inputColumn, dataset->mapping.referenceColumn}),
            mapping);
        QStringList stored;
        for (const Sample& sample : ::samples(db(), dataset->id)) {
            stored.append(sample.externalId);
            QCOMPARE(sample.sourceWords, words(sample.source));
            QCOMPARE(sample.reference.isNull(), sample.referenceWords.isNull());
            if (!sample.reference.isNull())
                QCOMPARE(sample.referenceWords.toLongLong(), words(sample.reference.toString()));
        }
        QCOMPARE(stored, ids);
        QCOMPARE(DatasetStore(db()).dataset(dataset->id)->sampleCount, samples);
    }

    // Text byte for byte as in the file; an empty reference is no reference; other columns become metadata.
    void storesSamplesExactly()
    {
        Result<DatasetInfo> dataset = import(fixture(QStringLiteral("good/quotes.csv")));
        QVERIFY(dataset.ok());
        const QList<Sample> stored = samples(db(), dataset->id);
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.at(0).source, QStringLiteral("[doctor] she said \"stop\"\n\n[patient] ok"));
        QCOMPARE(stored.at(0).sourceWords, 6);
        QCOMPARE(stored.at(0).reference.toString(), QStringLiteral("ASSESSMENT\n- one"));
        QCOMPARE(stored.at(0).referenceWords.toLongLong(), 3);
        QCOMPARE(stored.at(0).metadata, QStringLiteral("{\"dataset\":\"virt\"}"));
        QCOMPARE(stored.at(1).source, QString(QLatin1String("")));
        QVERIFY(stored.at(1).reference.isNull());
        QCOMPARE(stored.at(2).source, QStringLiteral("caf\u00e9 \u2713 \U0001F600"));
        QCOMPARE(dataset->mapping.metadataColumns, QStringList {QStringLiteral("dataset")});
        QCOMPARE(DatasetStore(db()).wordStatistics(dataset->id)->samplesWithoutReference, 1);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM samples_fts WHERE samples_fts MATCH 'patient'")), 1);
    }

    void keepsLateJsonKeysAsMetadata()
    {
        Result<DatasetInfo> dataset = import(fixture(QStringLiteral("good/rows.jsonl")));
        QVERIFY(dataset.ok());
        const QList<Sample> stored = samples(db(), dataset->id);
        // "lang" first appears in the second row: detected mappings keep such late keys as metadata too.
        QCOMPARE(dataset->mapping.metadataColumns, QStringList {QStringLiteral("lang")});
        QCOMPARE(stored.at(0).metadata, QStringLiteral("{}"));
        QCOMPARE(stored.at(1).metadata, QStringLiteral("{\"lang\":\"es\"}"));
        QCOMPARE(stored.at(2).metadata, QStringLiteral("{\"lang\":null}"));
        QVERIFY(stored.at(2).reference.isNull());
    }

    // Every failure leaves the workspace exactly as it was, whichever row it happens on.
    void rollsBackOnBadInput_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::addRow("ragged row") << fixture(QStringLiteral("bad/ragged_short.csv")) << "text" << 3 << 4 << "fields";
        QTest::addRow("invalid UTF-8") << fixture(QStringLiteral("bad/invalid_utf8.csv")) << "text" << 3 << 5
                                       << "UTF-8";
        QTest::addRow("unterminated quote")
            << fixture(QStringLiteral("bad/unterminated.csv")) << "text" << 2 << 3 << "unterminated";
        QTest::addRow("JSON syntax") << fixture(QStringLiteral("bad/syntax.json")) << "src" << 3 << 14 << "syntax";
        QTest::addRow("duplicate ids") << fixture(QStringLiteral("bad/duplicate_ids.csv")) << "" << 4 << 1
                                       << "duplicate id \"a\": row 1";
        QTest::addRow("row without source")
            << fixture(QStringLiteral("bad/missing_input.jsonl")) << "" << 2 << 1 << "no source text";
        QTest::addRow("empty file") << fixture(QStringLiteral("bad/empty.csv")) << "" << 1 << 1 << "empty";
        QTest::addRow("missing mapped column")
            << fixture(QStringLiteral("good/bom.csv")) << "transcript" << 1 << 1 << "\"transcript\" is not in the file";
        QTest::addRow("missing mapped JSON key") << fixture(QStringLiteral("good/wrapped.json")) << "dialogue" << 4 << 9
                                                 << "\"dialogue\" is not in the file";
    }
    void rollsBackOnBadInput()
    {
        QFETCH(QString, path);
        QFETCH(QString, input);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QVERIFY(import(fixture(QStringLiteral("good/bom.csv")), QStringLiteral("kept")).ok());
        const QList<qint64> before = snapshot(db());
        ColumnMapping mapping;
        mapping.inputColumn = input;
        Result<DatasetInfo> dataset = import(path, {}, mapping);
        QVERIFY(!dataset.ok());
        QVERIFY2(dataset.error().message.contains(message), qPrintable(dataset.error().toString()));
        QCOMPARE(dataset.error().location, path);
        QCOMPARE(dataset.error().line, line);
        QCOMPARE(dataset.error().column, column);
        QCOMPARE(snapshot(db()), before);
        QVERIFY(!DatasetStore(db()).datasetByName(QFileInfo(path).completeBaseName()).ok());
    }

    // Cancelling at the first progress report (mid-file) or the last (just before commit) keeps nothing.
    void cancelKeepsNothing_data()
    {
        QTest::addColumn<int>("cancelAtCall");
        QTest::addRow("first report") << 1;
        QTest::addRow("report before commit") << 2;
    }
    void cancelKeepsNothing()
    {
        QFETCH(int, cancelAtCall);
        const QList<qint64> before = snapshot(db());
        int calls = 0;
        QList<ImportProgress> reports;
        Result<DatasetInfo> dataset
            = import(fixture(QStringLiteral("good/bom.csv")), {}, {}, [&](const ImportProgress& progress) {
                  reports.append(progress);
                  return ++calls < cancelAtCall;
              });
        QVERIFY(!dataset.ok());
        QVERIFY(isImportCancelled(dataset.error()));
        QCOMPARE(calls, cancelAtCall);
        QCOMPARE(reports.constLast().rows, cancelAtCall);
        QCOMPARE(reports.constLast().totalBytes, QFileInfo(fixture(QStringLiteral("good/bom.csv"))).size());
        QCOMPARE(snapshot(db()), before);
    }

    void refusesADuplicateName()
    {
        const QString path = fixture(QStringLiteral("good/array.json"));
        QVERIFY(import(path).ok());
        Result<DatasetInfo> again = import(path);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QStringLiteral("\"array\" already exists")),
            qPrintable(again.error().toString()));
        QVERIFY(import(path, QStringLiteral("array, again")).ok());
        QCOMPARE(DatasetStore(db()).datasets()->size(), 2);
    }

    void refusesAFileWithoutRows()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("header.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,dialogue,summary\n");
        file.close();
        Result<DatasetInfo> dataset = import(file.fileName());
        QVERIFY(!dataset.ok());
        QVERIFY(dataset.error().message.contains(QStringLiteral("no rows")));
        QCOMPARE(dataset.error().line, 2);
        QCOMPARE(DatasetStore(db()).datasets()->size(), 0);
    }

    void removesADatasetWithItsSamples()
    {
        Result<DatasetInfo> dataset = import(fixture(QStringLiteral("good/wrapped.json")));
        QVERIFY(dataset.ok());
        QVERIFY(DatasetStore(db()).remove(dataset->id).ok());
        QCOMPARE(snapshot(db()), (QList<qint64> {0, 0, 0}));
        QVERIFY(!DatasetStore(db()).remove(dataset->id).ok());
    }

    void detectsMappings_data()
    {
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QStringList>("expected"); // id, input, reference, metadata…
        QTest::addRow("Lumigator") << names({"examples", "ground_truth"}) << names({"", "examples", "ground_truth"});
        QTest::addRow("ACI-Bench JSON") << names({"src", "tgt", "file"}) << names({"file", "src", "tgt"});
        QTest::addRow("ACI-Bench CSV") << names({"dataset", "encounter_id", "dialogue", "note"})
                                       << names({"encounter_id", "dialogue", "note", "dataset"});
        QTest::addRow("HF document/summary")
            << names({"id", "document", "summary"}) << names({"id", "document", "summary"});
        QTest::addRow("HF dialogue/summary")
            << names({"id", "dialogue", "summary", "topic"}) << names({"id", "dialogue", "summary", "topic"});
        QTest::addRow("HF input/output") << names({"input", "output", "id"}) << names({"id", "input", "output"});
        QTest::addRow("case-insensitive") << names({"ID", "Dialogue", "Note"}) << names({"ID", "Dialogue", "Note"});
        QTest::addRow("source without reference") << names({"src", "other"}) << names({"", "src", "", "other"});
        QTest::addRow("nothing known") << names({"a", "b"}) << names({"", "", "", "a", "b"});
    }
    void detectsMappings()
    {
        QFETCH(QStringList, columns);
        QFETCH(QStringList, expected);
        const ColumnMapping mapping = ColumnMapping::detect(columns);
        QCOMPARE(
            (QStringList {mapping.idColumn, mapping.inputColumn, mapping.referenceColumn} + mapping.metadataColumns),
            expected);
    }

    // The real ACI-Bench JSON splits against an independent parse of the whole file with QJsonDocument.
    void importsAciBenchJson_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("samples");
        QTest::addRow("test3 A&P (the study's set)") << "clef_taskC_test3_assessment_and_plan.json" << 40;
        QTest::addRow("test3 full notes") << "clef_taskC_test3_full.json" << 40;
        QTest::addRow("test1 A&P") << "clinicalnlp_taskB_test1_assessment_and_plan.json" << 40;
        QTest::addRow("valid A&P") << "valid_assessment_and_plan.json" << 20;
        QTest::addRow("train A&P") << "train_assessment_and_plan.json" << 67;
    }
    void importsAciBenchJson()
    {
        QFETCH(QString, file);
        QFETCH(int, samples);
        const QString path = aciBench(file);
        Result<DatasetInfo> dataset = import(path);
        QVERIFY2(dataset.ok(), qPrintable(dataset.ok() ? QString() : dataset.error().toString()));
        QCOMPARE(dataset->sampleCount, samples);
        QCOMPARE(dataset->contentHash.toLatin1(), sha256(path));
        const QJsonArray expected
            = QJsonDocument::fromJson(test::readFile(path)).object().value(QStringLiteral("data")).toArray();
        const QList<Sample> stored = ::samples(db(), dataset->id);
        QCOMPARE(stored.size(), expected.size());
        for (qsizetype i = 0; i < stored.size(); ++i) {
            const QJsonObject object = expected.at(i).toObject();
            QCOMPARE(stored.at(i).externalId, object.value(QStringLiteral("file")).toString());
            QCOMPARE(stored.at(i).source, object.value(QStringLiteral("src")).toString());
            QCOMPARE(stored.at(i).reference.toString(), object.value(QStringLiteral("tgt")).toString());
            QCOMPARE(stored.at(i).sourceWords, words(stored.at(i).source));
            QCOMPARE(stored.at(i).referenceWords.toLongLong(), words(stored.at(i).reference.toString()));
        }
    }

    // The CSVs (multi-line quoted dialogues) hold the same conversations as the JSON files: importing both must
    // give the same texts, row by row, and the CSV's encounter id is the JSON's file-name prefix.
    void importsAciBenchCsv_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("json");
        QTest::addColumn<bool>("sameReference");
        QTest::addColumn<int>("samples");
        QTest::addRow("test3") << "clef_taskC_test3.csv"
                               << "clef_taskC_test3_full.json" << true << 40;
        QTest::addRow("test1") << "clinicalnlp_taskB_test1.csv"
                               << "clinicalnlp_taskB_test1_assessment_and_plan.json" << false << 40;
        QTest::addRow("valid") << "valid.csv"
                               << "valid_assessment_and_plan.json" << false << 20;
        QTest::addRow("train") << "train.csv"
                               << "train_assessment_and_plan.json" << false << 67;
    }
    void importsAciBenchCsv()
    {
        QFETCH(QString, csv);
        QFETCH(QString, json);
        QFETCH(bool, sameReference);
        QFETCH(int, samples);
        Result<DatasetInfo> fromCsv = import(aciBench(csv));
        Result<DatasetInfo> fromJson = import(aciBench(json));
        QVERIFY2(fromCsv.ok(), qPrintable(fromCsv.ok() ? QString() : fromCsv.error().toString()));
        QVERIFY(fromJson.ok());
        QCOMPARE(fromCsv->sampleCount, samples);
        QCOMPARE(fromCsv->mapping.metadataColumns, QStringList {QStringLiteral("dataset")});
        const QList<Sample> a = ::samples(db(), fromCsv->id);
        const QList<Sample> b = ::samples(db(), fromJson->id);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QVERIFY(b.at(i).externalId.startsWith(a.at(i).externalId + QLatin1Char('-')));
            QCOMPARE(a.at(i).source, b.at(i).source);
            QVERIFY(a.at(i).source.contains(QLatin1Char('\n')));
            if (sameReference)
                QCOMPARE(a.at(i).reference, b.at(i).reference);
        }
    }
};

QTEST_GUILESS_MAIN(TestDatasetImporter)
#include "test_datasetimporter.moc"
