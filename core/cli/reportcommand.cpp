#include "cli/reportcommand.h"

#include "reports/report.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace caliper::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper::cli", text);
}

struct ReportRequest
{
    QString workspace;
    QString experiment;
    QString output;
    ReportFormat format = ReportFormat::Html;
    ReportOptions options;
};

QCommandLineOption valueOption(const char* name, const char* description, const char* valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), tr(description), tr(valueName));
}

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(tr("Writes an experiment's comparison report."));
    parser.addHelpOption();
    parser.addOption(valueOption(
        "workspace", QT_TRANSLATE_NOOP("caliper::cli", "workspace folder"), QT_TRANSLATE_NOOP("caliper::cli", "DIR")));
    parser.addOption(valueOption("experiment", QT_TRANSLATE_NOOP("caliper::cli", "name of the experiment"),
        QT_TRANSLATE_NOOP("caliper::cli", "NAME")));
    parser.addOption(valueOption("format",
        QT_TRANSLATE_NOOP("caliper::cli", "html, pdf, md, csv or json (default: from the output file's extension)"),
        QT_TRANSLATE_NOOP("caliper::cli", "FORMAT")));
    parser.addOption(valueOption(
        "output", QT_TRANSLATE_NOOP("caliper::cli", "file to write"), QT_TRANSLATE_NOOP("caliper::cli", "FILE")));
    parser.addOption(valueOption("table",
        QT_TRANSLATE_NOOP("caliper::cli", "CSV only: aggregate (one row per model, default) or per-sample"),
        QT_TRANSLATE_NOOP("caliper::cli", "TABLE")));
    parser.addOption(valueOption("page-size", QT_TRANSLATE_NOOP("caliper::cli", "PDF only: a4 (default) or letter"),
        QT_TRANSLATE_NOOP("caliper::cli", "SIZE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("raw-scores"), tr("show 0–1 scores as they are instead of ×100 with one decimal")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("no-appendix"), tr("leave out each sample's outputs (HTML and PDF)")));
}

Result<ReportFormat> format(const QCommandLineParser& parser)
{
    const QString name = parser.value(QStringLiteral("format"));
    const std::optional<ReportFormat> format
        = name.isEmpty() ? reportFormatForFile(parser.value(QStringLiteral("output"))) : reportFormatFromName(name);
    if (format)
        return *format;
    Error error;
    error.message = name.isEmpty()
        ? tr("--format is required when the output file's extension does not name one (%1)")
              .arg(reportFormatNames().join(QStringLiteral(", ")))
        : tr("unknown format '%1' (formats: %2)").arg(name, reportFormatNames().join(QStringLiteral(", ")));
    return error;
}

Status readLayoutOptions(const QCommandLineParser& parser, ReportOptions& options)
{
    Error error;
    const QString table = parser.value(QStringLiteral("table")).toLower();
    if (table == QLatin1String("per-sample"))
        options.csvTable = CsvTable::PerSample;
    else if (!table.isEmpty() && table != QLatin1String("aggregate")) {
        error.message = tr("unknown table '%1' (tables: aggregate, per-sample)").arg(table);
        return error;
    }
    const QString pageSize = parser.value(QStringLiteral("page-size")).toLower();
    if (pageSize == QLatin1String("letter"))
        options.pageSize = PageSize::Letter;
    else if (!pageSize.isEmpty() && pageSize != QLatin1String("a4")) {
        error.message = tr("unknown page size '%1' (sizes: a4, letter)").arg(pageSize);
        return error;
    }
    options.percent = !parser.isSet(QStringLiteral("raw-scores"));
    options.appendix = !parser.isSet(QStringLiteral("no-appendix"));
    return Ok {};
}

// Parses the arguments; an empty Error message means help was printed.
Result<ReportRequest> parseRequest(const QStringList& arguments, Io& io)
{
    QCommandLineParser parser;
    addOptions(parser);
    Error usage;
    if (!parser.parse(arguments)) {
        usage.message = parser.errorText();
        return usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return usage;
    }
    for (const char* required : {"workspace", "experiment", "output"}) {
        if (parser.value(QString::fromLatin1(required)).isEmpty()) {
            usage.message = tr("--%1 is required").arg(QString::fromLatin1(required));
            return usage;
        }
    }
    ReportRequest request;
    request.workspace = parser.value(QStringLiteral("workspace"));
    request.experiment = parser.value(QStringLiteral("experiment"));
    request.output = parser.value(QStringLiteral("output"));
    const Result<ReportFormat> chosen = format(parser);
    if (!chosen.ok())
        return chosen.error();
    request.format = chosen.value();
    const Status layout = readLayoutOptions(parser, request.options);
    if (!layout.ok())
        return layout.error();
    return request;
}

Status writeReport(const ReportRequest& request)
{
    // Opening a folder that holds no workspace would create an empty one: a typo must not do that.
    if (!QFileInfo::exists(QDir(request.workspace).filePath(QString::fromLatin1(Workspace::DatabaseFileName)))) {
        Error error;
        error.location = request.workspace;
        error.message = tr("no workspace here");
        return error;
    }
    const Result<std::unique_ptr<Workspace>> workspace = Workspace::open(request.workspace);
    if (!workspace.ok())
        return workspace.error();
    const Result<ReportData> data
        = gatherReportData(workspace.value()->database(), request.experiment, request.options);
    if (!data.ok())
        return data.error();
    const Result<QByteArray> bytes = renderReport(data.value(), request.format, request.options);
    if (!bytes.ok())
        return bytes.error();
    return writeReportFile(request.output, bytes.value());
}

} // namespace

Command reportCommand()
{
    return {QStringLiteral("report"),
        QT_TRANSLATE_NOOP("caliper::cli", "write an experiment's report (HTML, PDF, Markdown, CSV or JSON)"),
        &runReport};
}

int runReport(const QStringList& arguments, Io& io)
{
    const Result<ReportRequest> request = parseRequest(arguments, io);
    if (!request.ok()) {
        if (request.error().message.isEmpty())
            return 0;
        io.err << QStringLiteral("caliper report: ") << request.error().toString() << '\n';
        return 2;
    }
    const Status written = writeReport(request.value());
    if (!written.ok()) {
        io.err << QStringLiteral("caliper report: ") << written.error().toString() << '\n';
        return 1;
    }
    io.out << tr("Wrote the %1 report of '%2' to %3")
                  .arg(reportFormatName(request->format), request->experiment, request->output)
           << '\n';
    return 0;
}

bool reportNeedsGui(const QStringList& arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments) || parser.isSet(QStringLiteral("help")))
        return false;
    const Result<ReportFormat> chosen = format(parser);
    return chosen.ok() && chosen.value() == ReportFormat::Pdf;
}

} // namespace caliper::cli
