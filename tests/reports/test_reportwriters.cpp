#include "reports/csvreport.h"
#include "reports/markdownreport.h"
#include "reports/markup.h"
#include "reports/report.h"
#include "reports/reportsettings.h"
#include "reports/svgchart.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTest>

using namespace caliper;

class TestReportWriters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapesMarkup_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::addRow("plain") << QStringLiteral("ROUGE-1") << QStringLiteral("ROUGE-1");
        QTest::addRow("tag") << QStringLiteral("<script>") << QStringLiteral("&lt;script&gt;");
        QTest::addRow("closing details") << QStringLiteral("</details>") << QStringLiteral("&lt;/details&gt;");
        QTest::addRow("ampersand first") << QStringLiteral("&lt;") << QStringLiteral("&amp;lt;");
        QTest::addRow("quotes") << QStringLiteral("a\"b'c") << QStringLiteral("a&quot;b&#39;c");
        QTest::addRow("control characters") << QStringLiteral("a\x01"
                                                              "b\tc\n")
                                            << QStringLiteral("a\uFFFDb\tc\n");
        QTest::addRow("emoji kept") << QStringLiteral("ok \U0001F600") << QStringLiteral("ok \U0001F600");
        QTest::addRow("lone surrogate") << QString(QChar(0xD800)) << QStringLiteral("\uFFFD");
    }
    void escapesMarkup()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(escapeMarkup(text), escaped);
    }

    void defusesSpreadsheetFormulas_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("safe");
        QTest::addRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::addRow("plus") << QStringLiteral("+A1") << QStringLiteral("'+A1");
        QTest::addRow("minus") << QStringLiteral("- bullet") << QStringLiteral("'- bullet");
        QTest::addRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::addRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::addRow("inside is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::addRow("empty") << QString() << QString();
    }
    void defusesSpreadsheetFormulas()
    {
        QFETCH(QString, text);
        QFETCH(QString, safe);
        QCOMPARE(spreadsheetSafe(text), safe);
    }

    void quotesCsvFields_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QByteArray>("record");
        QTest::addRow("plain") << QStringList {QStringLiteral("a"), QStringLiteral("b")} << QByteArray("a,b\r\n");
        QTest::addRow("comma") << QStringList {QStringLiteral("a,b")} << QByteArray("\"a,b\"\r\n");
        QTest::addRow("quote") << QStringList {QStringLiteral("say \"hi\"")} << QByteArray("\"say \"\"hi\"\"\"\r\n");
        QTest::addRow("line break") << QStringList {QStringLiteral("a\nb"), QString()} << QByteArray("\"a\nb\",\r\n");
        QTest::addRow("utf-8") << QStringList {QStringLiteral("Größe")}
                               << QByteArray("Gr\xc3\xb6\xc3\x9f"
                                             "e\r\n");
    }
    void quotesCsvFields()
    {
        QFETCH(QStringList, fields);
        QFETCH(QByteArray, record);
        QCOMPARE(csvRecord(fields), record);
    }

    void escapesMarkdown()
    {
        QCOMPARE(escapeMarkdown(QStringLiteral("a|b *c*\n<x>")), QStringLiteral("a\\|b \\*c\\* \\<x\\>"));
    }

    void niceAxis_data()
    {
        QTest::addColumn<double>("maximum");
        QTest::addColumn<double>("top");
        QTest::addColumn<double>("step");
        QTest::addRow("percent") << 87.3 << 100.0 << 20.0;
        QTest::addRow("fraction") << 0.43 << 0.5 << 0.1;
        QTest::addRow("exact") << 50.0 << 50.0 << 10.0;
        QTest::addRow("tokens") << 1234.0 << 1250.0 << 250.0;
        QTest::addRow("tiny") << 0.012 << 0.0125 << 0.0025;
        QTest::addRow("nothing") << 0.0 << 1.0 << 0.2;
    }
    void niceAxis()
    {
        QFETCH(double, maximum);
        QFETCH(double, top);
        QFETCH(double, step);
        const ChartAxis axis = caliper::niceAxis(maximum);
        QVERIFY2(qAbs(axis.top - top) < 1e-9, qPrintable(QString::number(axis.top)));
        QVERIFY2(qAbs(axis.step - step) < 1e-9, qPrintable(QString::number(axis.step)));
    }

    void groupedChartEscapesLabelsAndRenders()
    {
        GroupedBarChart chart;
        chart.title = QStringLiteral("Scores <&>");
        chart.groups = {QStringLiteral("ROUGE-1"), QStringLiteral("METEOR")};
        chart.series = {QStringLiteral("a</svg><script>"), QStringLiteral("b")};
        chart.bars = {{{40, 35, 45, QStringLiteral("a \"tip\"")}, {30, 28, 33, {}}}, {{20, 18, 22, {}}, {}}};
        const QString svg = groupedBarChartSvg(chart);
        QCOMPARE(svg.count(QStringLiteral("<svg")), 1);
        QCOMPARE(svg.count(QStringLiteral("</svg>")), 1);
        QVERIFY(!svg.contains(QStringLiteral("<script")));
        QVERIFY(svg.contains(QStringLiteral("a&lt;/svg&gt;&lt;script&gt;")));
        QVERIFY(svg.contains(QStringLiteral("<title>a &quot;tip&quot;</title>")));
        // Three bars with error bars: each bar is a rect with a series colour.
        QCOMPARE(svg.count(QStringLiteral("fill=\"#4e79a7\"")), 2 + 1); // two bars and the legend swatch
        QSvgRenderer renderer(svg.toUtf8());
        QVERIFY(renderer.isValid());
        QCOMPARE(svgChartSize(svg), QSizeF(renderer.defaultSize()));
    }

    void stackedChartRenders()
    {
        StackedBarChart chart;
        chart.title = QStringLiteral("Tokens");
        chart.categories = {QStringLiteral("Model with a rather long name that will not fit"), QStringLiteral("m")};
        chart.layers = {QStringLiteral("Reasoning"), QStringLiteral("Answer")};
        chart.values = {{400, 200}, {0, std::numeric_limits<double>::quiet_NaN()}};
        const QString svg = stackedBarChartSvg(chart);
        QVERIFY(svg.contains(QStringLiteral(">600.0</text>")));
        QVERIFY(QSvgRenderer(svg.toUtf8()).isValid());
    }

    void publicUrlDropsSecrets_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("shown");
        QTest::addRow("user info") << QStringLiteral("https://user:pw@api.example/v1")
                                   << QStringLiteral("https://api.example/v1");
        QTest::addRow("query key") << QStringLiteral("https://api.example/v1?key=abc#x")
                                   << QStringLiteral("https://api.example/v1");
        QTest::addRow("local") << QStringLiteral("http://127.0.0.1:8080/v1")
                               << QStringLiteral("http://127.0.0.1:8080/v1");
    }
    void publicUrlDropsSecrets()
    {
        QFETCH(QString, url);
        QFETCH(QString, shown);
        QCOMPARE(publicUrl(QUrl(url)), shown);
    }

    void judgeSettingsLoseSecrets()
    {
        const QJsonObject settings {{QStringLiteral("base_url"), QStringLiteral("https://u:p@judge.example/v1?t=1")},
            {QStringLiteral("api_key"), QStringLiteral("sk-1")}, {QStringLiteral("apiKey"), QStringLiteral("sk-2")},
            {QStringLiteral("access_token"), QStringLiteral("t")}, {QStringLiteral("api_key_env"), QStringLiteral("K")},
            {QStringLiteral("max_tokens"), 64},
            {QStringLiteral("criteria"),
                QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("coherence")},
                    {QStringLiteral("password"), QStringLiteral("x")}}}}};
        const QJsonObject expected {{QStringLiteral("base_url"), QStringLiteral("https://judge.example/v1")},
            {QStringLiteral("api_key_env"), QStringLiteral("K")}, {QStringLiteral("max_tokens"), 64},
            {QStringLiteral("criteria"),
                QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("coherence")}}}}};
        QCOMPARE(publicJudgeSettings(settings), expected);
    }

    void formatsByNameAndExtension()
    {
        QCOMPARE(reportFormatFromName(QStringLiteral("MD")), ReportFormat::Markdown);
        QCOMPARE(reportFormatFromName(QStringLiteral("markdown")), ReportFormat::Markdown);
        QCOMPARE(reportFormatForFile(QStringLiteral("/tmp/x.report.htm")), ReportFormat::Html);
        QCOMPARE(reportFormatForFile(QStringLiteral("out.json")), ReportFormat::Json);
        QVERIFY(!reportFormatForFile(QStringLiteral("out.txt")));
        for (const QString& name : reportFormatNames())
            QCOMPARE(reportFormatName(*reportFormatFromName(name)), name);
    }
};

QTEST_MAIN(TestReportWriters)
#include "test_reportwriters.moc"
