#include "cli/cli.h"
#include "clicapture.h"
#include "dataset/bytereader.h"
#include "dataset/csvreader.h"
#include "reportfixture.h"
#include "reports/csvreport.h"
#include "reports/htmlreport.h"
#include "reports/jsonreport.h"
#include "reports/markdownreport.h"
#include "reports/pdfreport.h"
#include "reports/report.h"
#include "reports/reportsettings.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace caliper;

namespace {

// Every record of a CSV file, read back by the importer's own reader.
struct ParsedCsv
{
    QStringList columns;
    QList<QStringList> rows;
    QString error;
};

ParsedCsv readCsv(const QString& path)
{
    ParsedCsv table;
    auto bytes = ByteReader::open(path);
    auto reader = bytes.ok() ? CsvReader::create(std::move(bytes).value())
                             : Result<std::unique_ptr<TableReader>>(bytes.error());
    if (!reader.ok()) {
        table.error = reader.error().toString();
        return table;
    }
    table.columns = reader.value()->columns();
    TableRow row;
    for (;;) {
        const Result<bool> more = reader.value()->next(row);
        if (!more.ok())
            table.error = more.error().toString();
        if (!more.ok() || !more.value())
            return table;
        table.rows.append(row.values);
    }
}

QString writeTemporary(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// The Markdown table's row for a model, split into cells (the name first).
QStringList markdownRow(const QString& markdown, const QString& model)
{
    for (const QString& line : markdown.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("| ") + escapeMarkdown(model) + QStringLiteral(" |")))
            return line.mid(2, line.size() - 4).split(QStringLiteral(" | "));
    }
    return {};
}

QString firstNumber(const QString& cell)
{
    static const QRegularExpression Number(QStringLiteral("[0-9]+\\.[0-9]+"));
    return Number.match(cell).captured(0);
}

qsizetype pageCount(const QByteArray& pdf)
{
    static const QRegularExpression Page(QStringLiteral("/Type\\s*/Page[^s]"));
    return QString::fromLatin1(pdf).count(Page);
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

    test::ReportFixture m_fixture;
    ReportData m_data;
    QList<ModelSummary> m_summaries;

    const ModelSummary& summary(const QString& model) const
    {
        for (const ModelSummary& summary : m_summaries) {
            if (summary.name == model)
                return summary;
        }
        qFatal("no summary");
    }

    qsizetype column(const QString& key) const
    {
        for (qsizetype c = 0; c < m_data.columns.size(); ++c) {
            if (m_data.columns.at(c).key == key)
                return c;
        }
        return -1;
    }

    QStringList cliArguments(const QString& format, const QString& output) const
    {
        QStringList arguments
            = {QStringLiteral("report"), QStringLiteral("--workspace"), m_fixture.workspace->directory(),
                QStringLiteral("--experiment"), m_fixture.name, QStringLiteral("--output"), output};
        if (!format.isEmpty())
            arguments << QStringLiteral("--format") << format;
        return arguments;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.create());
        const Result<ReportData> data = gatherReportData(m_fixture.workspace->database(), m_fixture.name);
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().toString()));
        m_data = data.value();
        // The store's own aggregates, computed in SQL apart from the report code.
        const Result<QList<ModelSummary>> summaries
            = ExperimentStore(m_fixture.workspace->database()).summaries(m_fixture.experimentId);
        QVERIFY(summaries.ok());
        m_summaries = summaries.value();
    }

    void columnsFollowTheStudy()
    {
        QStringList keys;
        for (const ComparisonColumn& column : m_data.columns)
            keys.append(column.key);
        QCOMPARE(keys,
            QStringList({QStringLiteral("reasoning_tokens"), QStringLiteral("answer_tokens"), QStringLiteral("rouge1"),
                QStringLiteral("rouge2"), QStringLiteral("rougeL"), QStringLiteral("geval_coherence"),
                QStringLiteral("meteor"), QStringLiteral("bleu"), QStringLiteral("latency_s"),
                QStringLiteral("cost")}));
        QCOMPARE(m_data.rows.size(), 3);
        QCOMPARE(m_data.rows.at(2).failed, 1);
        QCOMPARE(m_data.samples.size(), test::ReportFixture::SampleCount);
    }

    // Echo repeats every reference; Twin differs on one sample only; Weak writes about the weather.
    void marksTheBestAndTheModelsNotSignificantlyWorse()
    {
        for (const char* key : {"rouge1", "rougeL", "meteor"}) {
            const qsizetype c = column(QString::fromLatin1(key));
            QVERIFY(c >= 0);
            QVERIFY2(m_data.rows.at(0).cells.at(c).best, key);
            QVERIFY2(!m_data.rows.at(1).cells.at(c).best, key);
            QVERIFY2(m_data.rows.at(1).cells.at(c).notSignificantlyWorse, key);
            QVERIFY2(!m_data.rows.at(2).cells.at(c).best, key);
            QVERIFY2(!m_data.rows.at(2).cells.at(c).notSignificantlyWorse, key);
            QVERIFY(m_data.rows.at(2).cells.at(c).adjustedPValue < 0.05);
        }
        // Equal means are all best: the judge gave Echo and Twin the same scores.
        const qsizetype geval = column(QStringLiteral("geval_coherence"));
        QVERIFY(m_data.rows.at(0).cells.at(geval).best && m_data.rows.at(1).cells.at(geval).best);
        // Lower latency wins; token counts have no better direction.
        QVERIFY(m_data.rows.at(0).cells.at(column(QStringLiteral("latency_s"))).best);
        QVERIFY(!m_data.rows.at(0).cells.at(column(QStringLiteral("answer_tokens"))).best);
    }

    void markdownTableShowsTheStoredMeans_data()
    {
        QTest::addColumn<QString>("model");
        for (const QString& model : m_fixture.modelNames)
            QTest::addRow("%s", qPrintable(model)) << model;
    }
    void markdownTableShowsTheStoredMeans()
    {
        QFETCH(QString, model);
        const QString markdown = QString::fromUtf8(markdownReport(m_data));
        const QStringList cells = markdownRow(markdown, model);
        QCOMPARE(cells.size(), m_data.columns.size() + 2);
        const ModelSummary& stored = summary(model);
        QCOMPARE(firstNumber(cells.at(1 + column(QStringLiteral("reasoning_tokens")))),
            QString::number(stored.avgReasoningTokens, 'f', 1));
        QCOMPARE(firstNumber(cells.at(1 + column(QStringLiteral("answer_tokens")))),
            QString::number(stored.avgAnswerTokens, 'f', 1));
        for (const char* key : {"rouge1", "rouge2", "rougeL", "meteor", "bleu", "geval_coherence"}) {
            const QString score = QString::fromLatin1(key);
            QCOMPARE(firstNumber(cells.at(1 + column(score))),
                QString::number(stored.meanScores.value(score) * 100, 'f', 1));
        }
        QCOMPARE(firstNumber(cells.at(1 + column(QStringLiteral("latency_s")))),
            QString::number(stored.avgLatencyS, 'f', 2));
        QCOMPARE(cells.last(), QStringLiteral("%1 / %2").arg(stored.done).arg(stored.failed));
        QVERIFY(markdown.contains(QStringLiteral("Summarise the visit as an <Assessment & Plan>.")));
    }

    void rawScoresAreNotScaled()
    {
        ReportOptions options;
        options.percent = false;
        const QStringList cells
            = markdownRow(QString::fromUtf8(markdownReport(m_data, options)), m_fixture.modelNames.at(2));
        QCOMPARE(firstNumber(cells.at(1 + column(QStringLiteral("rouge1")))),
            QString::number(summary(m_fixture.modelNames.at(2)).meanScores.value(QStringLiteral("rouge1")), 'f', 3));
    }

    void csvParsesBackWithEveryRow_data()
    {
        QTest::addColumn<int>("table");
        QTest::addColumn<int>("rows");
        QTest::addRow("aggregate") << int(caliper::CsvTable::Aggregate) << 3;
        // Every model answered or failed on every sample.
        QTest::addRow("per-sample") << int(caliper::CsvTable::PerSample) << 3 * test::ReportFixture::SampleCount;
    }
    void csvParsesBackWithEveryRow()
    {
        QFETCH(int, table);
        QFETCH(int, rows);
        ReportOptions options;
        options.csvTable = static_cast<caliper::CsvTable>(table);
        QTemporaryDir dir;
        const ParsedCsv parsed = readCsv(writeTemporary(dir, QStringLiteral("report.csv"), csvReport(m_data, options)));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.rows.size(), rows);
        QCOMPARE(parsed.rows.first().first(),
            options.csvTable == caliper::CsvTable::Aggregate ? m_fixture.modelNames.first() : QStringLiteral("s0"));
    }

    void perSampleCsvKeepsTextAndDefusesFormulas()
    {
        ReportOptions options;
        options.csvTable = caliper::CsvTable::PerSample;
        QTemporaryDir dir;
        const ParsedCsv parsed = readCsv(writeTemporary(dir, QStringLiteral("report.csv"), csvReport(m_data, options)));
        const qsizetype answer = parsed.columns.indexOf(QStringLiteral("answer"));
        const qsizetype reference = parsed.columns.indexOf(QStringLiteral("reference"));
        const qsizetype rouge1 = parsed.columns.indexOf(QStringLiteral("rouge1"));
        QVERIFY(answer >= 0 && reference >= 0 && rouge1 >= 0);
        const QStringList& malicious = parsed.rows.at(2); // sample s0, third model
        QCOMPARE(malicious.at(answer), QLatin1Char('\'') + test::ReportFixture::maliciousAnswer());
        QCOMPARE(malicious.at(reference), m_fixture.references.at(0)); // line breaks and quotes survive
        const QStringList& echo = parsed.rows.at(0);
        QCOMPARE(echo.at(rouge1).toDouble(), 1.0);
    }

    void jsonHoldsEverySampleAndTheMeans()
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(jsonReport(m_data), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray models = document[QStringLiteral("models")].toArray();
        QCOMPARE(models.size(), 3);
        for (const QJsonValue& model : models) {
            const ModelSummary& stored = summary(model[QStringLiteral("name")].toString());
            const double rouge1
                = model[QStringLiteral("columns")][QStringLiteral("rouge1")][QStringLiteral("value")].toDouble();
            QVERIFY(qFuzzyCompare(rouge1, stored.meanScores.value(QStringLiteral("rouge1"))));
            QCOMPARE(model[QStringLiteral("failed")].toInt(), stored.failed);
        }
        const QJsonArray samples = document[QStringLiteral("samples")].toArray();
        QCOMPARE(samples.size(), test::ReportFixture::SampleCount);
        const QJsonArray outputs = samples.at(0)[QStringLiteral("outputs")].toArray();
        QCOMPARE(outputs.size(), 3);
        QCOMPARE(outputs.at(2)[QStringLiteral("answer")].toString(), test::ReportFixture::maliciousAnswer());
        QCOMPARE(outputs.at(0)[QStringLiteral("reasoning")].toString(), QStringLiteral("Restate the plan of visit 0."));
        QCOMPARE(
            document[QStringLiteral("settings")][QStringLiteral("dataset")][QStringLiteral("sha256")].toString().size(),
            64);
    }

    void noReportHoldsASecret_data()
    {
        QTest::addColumn<int>("format");
        QTest::addRow("html") << int(ReportFormat::Html);
        QTest::addRow("md") << int(ReportFormat::Markdown);
        QTest::addRow("json") << int(ReportFormat::Json);
        QTest::addRow("csv") << int(ReportFormat::Csv);
        QTest::addRow("pdf") << int(ReportFormat::Pdf);
    }
    void noReportHoldsASecret()
    {
        QFETCH(int, format);
        const Result<QByteArray> bytes = renderReport(m_data, static_cast<ReportFormat>(format));
        QVERIFY(bytes.ok());
        for (const QString& secret : test::ReportFixture::secrets())
            QVERIFY2(!bytes->contains(secret.toUtf8()), qPrintable(secret));
        if (format != int(ReportFormat::Pdf) && format != int(ReportFormat::Csv)) {
            const QByteArray variable = format == int(ReportFormat::Markdown) ? "ECHO\\_API\\_KEY" : "ECHO_API_KEY";
            QVERIFY(bytes->contains(variable));
            QVERIFY(bytes->contains("judge.invalid"));
        }
    }

    void htmlEscapesEveryText()
    {
        const QString html = QString::fromUtf8(htmlReport(m_data));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(html.contains(
            QStringLiteral("=HYPERLINK(&quot;x&quot;) &lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;"
                           "&lt;/details&gt; &amp; &#39;single&#39; &quot;double&quot;")));
        QVERIFY(html.contains(QStringLiteral("Weak &lt;b&gt;")));
        QVERIFY(!html.contains(QStringLiteral("Weak <b>")));
        QVERIFY(html.contains(QStringLiteral("server error &lt;500&gt;")));
        // A </details> from a model would close the appendix's fold early and unbalance the tags.
        QCOMPARE(html.count(QStringLiteral("<details")), html.count(QStringLiteral("</details>")));
        QVERIFY(html.count(QStringLiteral("<details")) > test::ReportFixture::SampleCount);
    }

    void htmlHasOneSvgPerChartAndLoadsNothing()
    {
        const QString html = QString::fromUtf8(htmlReport(m_data));
        QCOMPARE(html.count(QStringLiteral("<svg")), 2);
        QCOMPARE(html.count(QStringLiteral("</svg>")), 2);
        static const QRegularExpression Loads(
            QStringLiteral("(src|href)\\s*=|url\\(|@import|<link|<img|<iframe|<object"),
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY(!Loads.match(html).hasMatch());
        // The endpoints' addresses are settings to read, not references; nothing else may name a web address.
        QString rest = html;
        for (const ReportModelSettings& model : m_data.settings.models)
            rest.remove(model.baseUrl);
        rest.remove(m_data.settings.judge.value(QStringLiteral("base_url")).toString());
        QVERIFY(!rest.contains(QStringLiteral("http"), Qt::CaseInsensitive));
    }

    void withoutAnAppendixHtmlHasNoOutputs()
    {
        ReportOptions options;
        options.appendix = false;
        const QString html = QString::fromUtf8(htmlReport(m_data, options));
        QVERIFY(!html.contains(QStringLiteral("alert")));
        QVERIFY(html.contains(QStringLiteral("<svg")));
    }

    void pdfIsPaginated_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<QByteArray>("mediaBox");
        QTest::addRow("A4") << int(PageSize::A4) << QByteArray("0 0 595");
        QTest::addRow("Letter") << int(PageSize::Letter) << QByteArray("0 0 612");
    }
    void pdfIsPaginated()
    {
        QFETCH(int, pageSize);
        QFETCH(QByteArray, mediaBox);
        ReportOptions options;
        options.pageSize = static_cast<PageSize>(pageSize);
        const Result<QByteArray> pdf = pdfReport(m_data, options);
        QVERIFY2(pdf.ok(), qPrintable(pdf.ok() ? QString() : pdf.error().toString()));
        QVERIFY(pdf->startsWith("%PDF-"));
        QVERIFY(pdf->contains(mediaBox));
        const qsizetype withAppendix = pageCount(pdf.value());
        QVERIFY2(withAppendix > 5, QByteArray::number(withAppendix));
        options.appendix = false;
        const qsizetype without = pageCount(pdfReport(m_data, options).value());
        QVERIFY2(without >= 1 && without < withAppendix, QByteArray::number(without));
    }

    void reportCommandWritesEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("start");
        QTest::addRow("html") << QStringLiteral("html") << QStringLiteral("r.out") << QByteArray("<!DOCTYPE html>");
        QTest::addRow("pdf") << QStringLiteral("pdf") << QStringLiteral("r.out") << QByteArray("%PDF-");
        QTest::addRow("md") << QStringLiteral("md") << QStringLiteral("r.out") << QByteArray("# Scribe comparison");
        QTest::addRow("csv") << QStringLiteral("csv") << QStringLiteral("r.out") << QByteArray("model,total,done");
        QTest::addRow("json") << QStringLiteral("json") << QStringLiteral("r.out") << QByteArray("{");
        QTest::addRow("from the extension") << QString() << QStringLiteral("r.PDF") << QByteArray("%PDF-");
    }
    void reportCommandWritesEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        QFETCH(QByteArray, start);
        QTemporaryDir dir;
        const QString output = dir.filePath(file);
        const test::Captured result = test::runCli(cliArguments(format, output));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(output));
        QVERIFY(test::readFile(output).startsWith(start));
        // Only PDFs need the GUI application the executable makes on demand.
        QCOMPARE(
            cli::needsGui(QStringList {QStringLiteral("caliper")} + cliArguments(format, output)), start == "%PDF-");
    }

    void reportCommandWritesThePerSampleTable()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("samples.csv"));
        const test::Captured result
            = test::runCli(cliArguments({}, output) << QStringLiteral("--table") << QStringLiteral("per-sample"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(readCsv(output).rows.size(), 3 * test::ReportFixture::SampleCount);
    }

    void reportCommandErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown experiment lists the names") << QStringList {QStringLiteral("--experiment"),
            QStringLiteral("nope")} << 1 << QStringLiteral("no experiment 'nope' (experiments: Scribe comparison)");
        QTest::addRow("unknown format") << QStringList {QStringLiteral("--format"), QStringLiteral("docx")} << 2
                                        << QStringLiteral("unknown format 'docx'");
        QTest::addRow("unknown table") << QStringList {QStringLiteral("--table"), QStringLiteral("wide")} << 2
                                       << QStringLiteral("unknown table 'wide'");
        QTest::addRow("not a workspace") << QStringList {QStringLiteral("--workspace"),
            QStringLiteral("/nonexistent/ws")}
                                         << 1 << QStringLiteral("no workspace here");
    }
    void reportCommandErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("r.html"));
        // Later options win in QCommandLineParser, so the case's own values replace the defaults.
        const test::Captured result = test::runCli(cliArguments({}, output) + arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!QFile::exists(output));
        QVERIFY(!QFile::exists(QStringLiteral("/nonexistent/ws")));
    }
};

QTEST_MAIN(TestReports)
#include "test_reports.moc"
