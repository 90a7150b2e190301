#include "dataset/csvreader.h"
#include "dataset/tablereader.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace caliper;

namespace {

struct Table
{
    QStringList columns;
    QList<TableRow> rows;
};

Result<Table> readAll(const QString& path, TableFormat format = TableFormat::Auto)
{
    auto reader = TableReader::open(path, format);
    if (!reader)
        return reader.error();
    Table table;
    TableRow row;
    for (;;) {
        Result<bool> next = reader.value()->next(row);
        if (!next)
            return next.error();
        if (!next.value())
            break;
        table.rows.append(row);
    }
    table.columns = reader.value()->columns();
    return table;
}

QString good(const char* name)
{
    return test::testDataPath(QStringLiteral("dataset/good/") + QLatin1String(name));
}

QString bad(const char* name)
{
    return test::testDataPath(QStringLiteral("dataset/bad/") + QLatin1String(name));
}

QString errorText(const Error& error)
{
    return error.toString();
}

} // namespace

class TestTableReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Each good fixture: its columns, row count, and one cell (row, column) with the line its row starts on.
    void readsGoodFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<int>("rowCount");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("line");
        const QStringList ids = {QStringLiteral("id"), QStringLiteral("dialogue"), QStringLiteral("summary")};
        QTest::addRow("BOM") << good("bom.csv") << "csv" << ids << 2 << 0 << "dialogue"
                             << "[doctor] hello\n[patient] hi" << 2;
        QTest::addRow("BOM, second row") << good("bom.csv") << "csv" << ids << 2 << 1 << "id"
                                         << "2" << 4;
        QTest::addRow("CRLF kept inside quotes") << good("crlf.csv") << "csv" << ids << 2 << 0 << "dialogue"
                                                 << "[doctor] how are you?\r\n[patient] fine, thanks" << 2;
        QTest::addRow("CRLF ends records") << good("crlf.csv") << "csv" << ids << 2 << 1 << "summary"
                                           << "two" << 5;
        QTest::addRow("CRLF last field of quoted row") << good("crlf.csv") << "csv" << ids << 2 << 0 << "summary"
                                                       << "A\r\nB" << 2;
        QTest::addRow("semicolon") << good("semicolon.csv") << "csv" << ids << 2 << 0 << "dialogue"
                                   << "a;b" << 2;
        QTest::addRow("doubled quotes") << good("semicolon.csv") << "csv" << ids << 2 << 1 << "dialogue"
                                        << "say \"hi\"" << 3;
        QTest::addRow("tab") << good("tab.tsv") << "csv" << ids << 2 << 0 << "dialogue"
                             << "first, with comma" << 2;
        QTest::addRow("tab inside quotes") << good("tab.tsv") << "csv" << ids << 2 << 1 << "dialogue"
                                           << "quoted\ttab" << 3;
        const QStringList aci = {QStringLiteral("encounter_id"), QStringLiteral("dialogue"), QStringLiteral("note"),
            QStringLiteral("dataset")};
        QTest::addRow("embedded blank line") << good("quotes.csv") << "csv" << aci << 3 << 0 << "dialogue"
                                             << "[doctor] she said \"stop\"\n\n[patient] ok" << 2;
        QTest::addRow("blank line between records skipped")
            << good("quotes.csv") << "csv" << aci << 3 << 1 << "encounter_id"
            << "E2" << 7;
        QTest::addRow("empty quoted field") << good("quotes.csv") << "csv" << aci << 3 << 1 << "dialogue"
                                            << "" << 7;
        QTest::addRow("no final newline, UTF-8") << good("quotes.csv") << "csv" << aci << 3 << 2 << "dialogue"
                                                 << QStringLiteral("caf\u00e9 \u2713 \U0001F600") << 8;
        QTest::addRow("last field without newline") << good("quotes.csv") << "csv" << aci << 3 << 2 << "dataset"
                                                    << "virt" << 8;
        const QStringList hf = {QStringLiteral("id"), QStringLiteral("input"), QStringLiteral("output")};
        QTest::addRow("JSON array") << good("array.json") << "json" << hf << 2 << 1 << "input"
                                    << "second\ninput" << 3;
        const QStringList wrapped = {QStringLiteral("src"), QStringLiteral("tgt"), QStringLiteral("file")};
        QTest::addRow("JSON data") << good("wrapped.json") << "json" << wrapped << 2 << 0 << "tgt"
                                   << "ASSESSMENT AND PLAN\n\n1. Rest." << 4;
        QTest::addRow("JSON data, second") << good("wrapped.json") << "json" << wrapped << 2 << 1 << "file"
                                           << "D2-demo" << 9;
        const QStringList lumigator
            = {QStringLiteral("examples"), QStringLiteral("ground_truth"), QStringLiteral("lang")};
        QTest::addRow("JSONL, key added later") << good("rows.jsonl") << "jsonl" << lumigator << 3 << 1 << "lang"
                                                << "es" << 3;
        QTest::addRow("JSONL, missing key is null")
            << good("rows.jsonl") << "jsonl" << lumigator << 3 << 2 << "ground_truth" << QString() << 4;
        const QStringList values
            = {QStringLiteral("id"), QStringLiteral("input"), QStringLiteral("score"), QStringLiteral("ok"),
                QStringLiteral("bad"), QStringLiteral("none"), QStringLiteral("list"), QStringLiteral("obj")};
        QTest::addRow("number as text") << good("values.json") << "json" << values << 1 << 0 << "score"
                                        << "-1.50e+3" << 1;
        QTest::addRow("integer as text") << good("values.json") << "json" << values << 1 << 0 << "id"
                                         << "7" << 1;
        QTest::addRow("true") << good("values.json") << "json" << values << 1 << 0 << "ok"
                              << "true" << 1;
        QTest::addRow("false") << good("values.json") << "json" << values << 1 << 0 << "bad"
                               << "false" << 1;
        QTest::addRow("null") << good("values.json") << "json" << values << 1 << 0 << "none" << QString() << 1;
        QTest::addRow("array as compact JSON") << good("values.json") << "json" << values << 1 << 0 << "list"
                                               << "[1,\"two\",{\"k\":null}]" << 1;
        QTest::addRow("object as compact JSON") << good("values.json") << "json" << values << 1 << 0 << "obj"
                                                << "{\"a\":[]}" << 1;
        QTest::addRow("escapes") << good("escapes.json") << "json" << QStringList {QStringLiteral("input")} << 1 << 0
                                 << "input"
                                 << QStringLiteral("tab\there \"quoted\" \\ / \u00e9\u20ac \U0001F600 caf\u00e9") << 1;
    }
    void readsGoodFiles()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QFETCH(QStringList, columns);
        QFETCH(int, rowCount);
        QFETCH(int, row);
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(int, line);
        auto reader = TableReader::open(path);
        QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : errorText(reader.error())));
        QCOMPARE(tableFormatName(reader.value()->format()), format);
        Result<Table> table = readAll(path);
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : errorText(table.error())));
        QCOMPARE(table->columns, columns);
        QCOMPARE(table->rows.size(), rowCount);
        const TableRow& read = table->rows.at(row);
        const qsizetype index = columns.indexOf(column);
        QCOMPARE(read.values.value(index), value);
        QCOMPARE(read.values.value(index).isNull(), value.isNull());
        QCOMPARE(read.line, line);
    }

    void reportsMalformedFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::addRow("unterminated quote") << bad("unterminated.csv") << 2 << 3 << "unterminated quoted field";
        QTest::addRow("ragged row, too few") << bad("ragged_short.csv") << 3 << 4 << "2 fields but the header has 3";
        QTest::addRow("ragged row, too many") << bad("ragged_long.csv") << 2 << 5 << "3 fields but the header has 2";
        QTest::addRow("invalid UTF-8 in CSV") << bad("invalid_utf8.csv") << 3 << 5 << "invalid UTF-8";
        QTest::addRow("empty CSV") << bad("empty.csv") << 1 << 1 << "empty";
        QTest::addRow("blank JSON") << bad("empty.json") << 1 << 1 << "empty";
        QTest::addRow("text after closing quote") << bad("after_quote.csv") << 2 << 6 << "after a closing quote";
        QTest::addRow("columns count characters") << bad("after_quote_wide.csv") << 2 << 6 << "after a closing quote";
        QTest::addRow("duplicate header") << bad("duplicate_header.csv") << 1 << 9 << "\"id\" twice";
        QTest::addRow("JSON missing comma") << bad("syntax.json") << 3 << 14 << "expected ',' or '}', found '\"'";
        QTest::addRow("JSON unterminated string")
            << bad("unterminated_string.json") << 1 << 10 << "unterminated string";
        QTest::addRow("JSON trailing comma") << bad("trailing_comma.json") << 1 << 14 << "expected an object";
        QTest::addRow("JSON no data array") << bad("no_data.json") << 1 << 1 << "no \"data\" array";
        QTest::addRow("JSON array of numbers") << bad("not_object.json") << 1 << 2 << "expected an object";
        QTest::addRow("JSON control character") << bad("control_char.json") << 1 << 12 << "control character";
        QTest::addRow("JSON lone surrogate") << bad("lone_surrogate.json") << 1 << 11 << "surrogate";
        QTest::addRow("JSON text after the array") << bad("after_end.json") << 2 << 1 << "end of the file";
        QTest::addRow("JSONL text after object") << bad("trailing_text.jsonl") << 2 << 14 << "end of the line";
        QTest::addRow("JSONL invalid UTF-8") << bad("invalid_utf8.jsonl") << 1 << 13 << "invalid UTF-8";
        QTest::addRow("JSONL leading zero") << bad("bad_number.jsonl") << 1 << 10 << "found '1'";
    }
    void reportsMalformedFiles()
    {
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        Result<Table> table = readAll(path);
        QVERIFY2(!table.ok(), "a malformed file was read without an error");
        const Error& error = table.error();
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        QCOMPARE(error.location, path);
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
    }

    void detectsDelimiter_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<char>("delimiter");
        QTest::addRow("comma") << QByteArray("a,b;c\n1;2;3") << ',';
        QTest::addRow("semicolon") << QByteArray("a;b;c\n1,2,3") << ';';
        QTest::addRow("tab") << QByteArray("a\tb\tc,d\n") << '\t';
        QTest::addRow("inside quotes ignored") << QByteArray("\"a;b;c\",d\n") << ',';
        QTest::addRow("single column") << QByteArray("text\nx;y") << ',';
    }
    void detectsDelimiter()
    {
        QFETCH(QByteArray, head);
        QFETCH(char, delimiter);
        QCOMPARE(CsvReader::detectDelimiter(head), delimiter);
    }

    // Without a telling extension the content decides.
    void sniffsFormatFromContent_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("format");
        QTest::addRow("array") << QByteArray("  [{\"a\": 1}]") << "json";
        QTest::addRow("wrapped, one line") << QByteArray("{\"data\": [{\"a\": 1}]}\n") << "json";
        QTest::addRow("wrapped, pretty") << QByteArray("{\n \"data\": [{\"a\": 1}]\n}\n") << "json";
        QTest::addRow("lines") << QByteArray("{\"a\": 1}\n{\"a\": 2}\n") << "jsonl";
        QTest::addRow("csv") << QByteArray("a,b\n1,2\n") << "csv";
    }
    void sniffsFormatFromContent()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, format);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("table.data")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        auto reader = TableReader::open(file.fileName());
        QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : errorText(reader.error())));
        QCOMPARE(tableFormatName(reader.value()->format()), format);
        TableRow row;
        QVERIFY(reader.value()->next(row).ok());
        QCOMPARE(row.values.value(0), QStringLiteral("1"));
    }

    // The content hash is the SHA-256 of the bytes on disk, BOM and all, computed while streaming.
    void hashesTheFileBytes()
    {
        const QString path = good("bom.csv");
        auto reader = TableReader::open(path);
        QVERIFY(reader.ok());
        TableRow row;
        Result<bool> next = true;
        while ((next = reader.value()->next(row)).ok() && next.value()) { }
        QVERIFY(next.ok());
        QCOMPARE(reader.value()->contentHash(),
            QString::fromLatin1(QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(reader.value()->bytesRead(), reader.value()->totalBytes());
    }

    // Chunk boundaries must not matter: a quoted field and a UTF-8 sequence straddling the 1 MiB read size.
    void readsAcrossChunkBoundaries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QByteArray content("id,text\n1,\"");
        const QByteArray text = QByteArray(int(ByteReader::ChunkSize) - content.size() - 1, 'x') + "\xc3\xa9\"\"\n\"";
        content += text + "\n2,end\n";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        Result<Table> table = readAll(path);
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : errorText(table.error())));
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->rows.at(0).values.at(1).toUtf8(), text.chopped(4) + "\"\n");
        QCOMPARE(table->rows.at(1).line, 4);
    }

    void reportsAMissingFile()
    {
        auto reader = TableReader::open(bad("no-such-file.csv"));
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error().location, bad("no-such-file.csv"));
    }
};

QTEST_GUILESS_MAIN(TestTableReader)
#include "test_tablereader.moc"
