#pragma once

#include "common/error.h"
#include "reports/reportdata.h"
#include "reports/reportoptions.h"

#include <QByteArray>

namespace caliper {

/// The report as a PDF on A4 or Letter (options.pageSize), with the HTML report's content: the comparison table,
/// the charts drawn as vectors (the same SVG rendered by QSvgRenderer onto the PDF painter), the settings and the
/// appendix, paginated with page numbers. Text is laid out by QTextDocument, so fonts are needed: this runs only
/// under a QGuiApplication (the CLI makes an offscreen one for `caliper report --format pdf`) and returns an Error
/// otherwise.
Result<QByteArray> pdfReport(const ReportData& data, const ReportOptions& options = {});

} // namespace caliper
