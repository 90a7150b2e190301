#pragma once

#include "common/error.h"
#include "reports/reportdata.h"
#include "reports/reportoptions.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace caliper {

/// "html", "pdf", "md" (or "markdown"), "csv", "json"; case-insensitive.
std::optional<ReportFormat> reportFormatFromName(const QString& name);
/// The format a file name's extension asks for (.html/.htm, .pdf, .md/.markdown, .csv, .json).
std::optional<ReportFormat> reportFormatForFile(const QString& fileName);
QString reportFormatName(ReportFormat format);
/// The names reportFormatFromName() accepts, for help texts and errors.
QStringList reportFormatNames();

/// The report in one format, from data gathered once (see gatherReportData()).
Result<QByteArray> renderReport(const ReportData& data, ReportFormat format, const ReportOptions& options = {});

/// Writes the bytes atomically (QSaveFile): the file appears complete or not at all.
Status writeReportFile(const QString& fileName, const QByteArray& bytes);

} // namespace caliper
