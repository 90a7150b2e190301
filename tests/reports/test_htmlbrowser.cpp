// The HTML report in a real browser: Debian's chromium renders it headless from a file (offline, no server), and
// the page must hold the comparison table and the SVG charts, be visibly non-blank, load nothing and log no
// console message. A report runs no script, so any console line from the page counts as an error, and so does any
// failed load. Chromium's own noise (D-Bus, GPU, sandbox) is not about the page and is ignored.
//
// Skipped when no chromium is installed, unless CALIPER_REQUIRE_CHROMIUM is set (CI sets it: there a missing
// browser must fail, not pass quietly).
#include "reportfixture.h"
#include "reports/report.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace caliper;

namespace {

constexpr int BrowserTimeoutMs = 120000;

struct BrowserRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QString log;
};

/// The lines of chromium's log that are about the page: console messages (CONSOLE), uncaught errors, and loads
/// that failed (a self-contained report loads nothing, so any network error is one).
QStringList pageProblems(const QString& log)
{
    static const QRegularExpression PageLine(
        QStringLiteral(R"(:CONSOLE[:(]|Uncaught|net::ERR_|Failed to load resource|Refused to|Not allowed to load)"));
    QStringList problems;
    for (const QString& line : log.split(QLatin1Char('\n'))) {
        if (line.contains(PageLine))
            problems.append(line);
    }
    return problems;
}

} // namespace

class TestHtmlBrowser : public QObject
{
    Q_OBJECT

    test::ReportFixture m_fixture;
    QTemporaryDir m_dir;
    QString m_chromium;
    QString m_reportFile;

    BrowserRun runChromium(const QStringList& mode)
    {
        QStringList arguments
            = {QStringLiteral("--headless"), QStringLiteral("--disable-gpu"), QStringLiteral("--no-sandbox"),
                QStringLiteral("--enable-logging=stderr"), QStringLiteral("--v=0"), QStringLiteral("--no-first-run"),
                QStringLiteral("--user-data-dir=") + m_dir.filePath(QStringLiteral("profile"))};
        arguments += mode;
        arguments.append(QUrl::fromLocalFile(m_reportFile).toString());
        QProcess process;
        process.start(m_chromium, arguments);
        BrowserRun run;
        run.finished = process.waitForFinished(BrowserTimeoutMs);
        if (!run.finished)
            process.kill();
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.log = QString::fromLocal8Bit(process.readAllStandardError());
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        if (m_chromium.isEmpty())
            m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium-browser"));
        if (m_chromium.isEmpty()) {
            QVERIFY2(qEnvironmentVariableIsEmpty("CALIPER_REQUIRE_CHROMIUM"),
                "CALIPER_REQUIRE_CHROMIUM is set but no chromium is installed");
            QSKIP("chromium is not installed (set CALIPER_REQUIRE_CHROMIUM to make this a failure)");
        }
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fixture.create());
        const Result<ReportData> data = gatherReportData(m_fixture.workspace->database(), m_fixture.name);
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().toString()));
        const Result<QByteArray> html = renderReport(data.value(), ReportFormat::Html);
        QVERIFY(html.ok());
        m_reportFile = m_dir.filePath(QStringLiteral("report.html"));
        QVERIFY(writeReportFile(m_reportFile, html.value()).ok());
    }

    void domHoldsTableAndCharts()
    {
        const BrowserRun run = runChromium({QStringLiteral("--dump-dom")});
        QVERIFY2(run.finished, "chromium did not finish");
        QCOMPARE(run.exitCode, 0);
        const QString dom = QString::fromUtf8(run.out);
        QVERIFY2(dom.contains(QStringLiteral("<table class=\"comparison\">")), qPrintable(dom.left(2000)));
        QVERIFY(dom.count(QStringLiteral("<svg")) >= 2);
        QVERIFY(dom.contains(QStringLiteral("<section id=\"recommendation\">")));
        for (const QString& model : m_fixture.modelNames)
            QVERIFY2(dom.contains(QStringLiteral("<th>%1</th>").arg(model.toHtmlEscaped())), qPrintable(model));
        // The answer that tries to break out stays text: the parsed page has no script element at all.
        QVERIFY(!dom.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(dom.contains(QStringLiteral("&lt;script&gt;")));
        const QStringList problems = pageProblems(run.log);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void screenshotIsNotBlank()
    {
        const QString png = m_dir.filePath(QStringLiteral("report.png"));
        const BrowserRun run = runChromium({QStringLiteral("--screenshot=") + png,
            QStringLiteral("--window-size=1200,1600"), QStringLiteral("--hide-scrollbars")});
        QVERIFY2(run.finished, "chromium did not finish");
        QCOMPARE(run.exitCode, 0);
        const QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(run.log.right(2000)));
        QCOMPARE(image.size(), QSize(1200, 1600));
        // Text, table borders and chart bars: a rendered report has many colours, a blank page one.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        const QStringList problems = pageProblems(run.log);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestHtmlBrowser)
#include "test_htmlbrowser.moc"
