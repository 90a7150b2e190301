#include "reports/report.h"

#include "reports/csvreport.h"
#include "reports/htmlreport.h"
#include "reports/jsonreport.h"
#include "reports/markdownreport.h"
#include "reports/pdfreport.h"

#include <QFileInfo>
#include <QSaveFile>

namespace caliper {

namespace {

struct FormatName
{
    ReportFormat format;
    QLatin1String name;
};

// The first name of each format is its canonical one.
const FormatName Names[] = {
    {ReportFormat::Html, QLatin1String("html")},
    {ReportFormat::Html, QLatin1String("htm")},
    {ReportFormat::Pdf, QLatin1String("pdf")},
    {ReportFormat::Markdown, QLatin1String("md")},
    {ReportFormat::Markdown, QLatin1String("markdown")},
    {ReportFormat::Csv, QLatin1String("csv")},
    {ReportFormat::Json, QLatin1String("json")},
};

} // namespace

std::optional<ReportFormat> reportFormatFromName(const QString& name)
{
    for (const FormatName& entry : Names) {
        if (name.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.format;
    }
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatForFile(const QString& fileName)
{
    return reportFormatFromName(QFileInfo(fileName).suffix());
}

QString reportFormatName(ReportFormat format)
{
    for (const FormatName& entry : Names) {
        if (entry.format == format)
            return entry.name;
    }
    return {};
}

QStringList reportFormatNames()
{
    return {QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("md"), QStringLiteral("csv"),
        QStringLiteral("json")};
}

Result<QByteArray> renderReport(const ReportData& data, ReportFormat format, const ReportOptions& options)
{
    switch (format) {
    case ReportFormat::Html:
        return htmlReport(data, options);
    case ReportFormat::Pdf:
        return pdfReport(data, options);
    case ReportFormat::Markdown:
        return markdownReport(data, options);
    case ReportFormat::Csv:
        return csvReport(data, options);
    case ReportFormat::Json:
        break;
    }
    return jsonReport(data);
}

Status writeReportFile(const QString& fileName, const QByteArray& bytes)
{
    QSaveFile file(fileName);
    Error error;
    error.location = fileName;
    if (!file.open(QIODevice::WriteOnly)) {
        error.message = file.errorString();
        return error;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        error.message = file.errorString();
        return error;
    }
    return Ok {};
}

} // namespace caliper
