#pragma once

#include "reports/reportdata.h"
#include "reports/reportoptions.h"

#include <QByteArray>

namespace caliper {

/// The comparison table and the settings as GitHub-flavoured Markdown (UTF-8). Cells read "**45.3** [43.1–47.5]":
/// the mean (bold when best, † when not significantly worse than the best) and its 95% interval. Dataset and model
/// text is escaped so it cannot break the table or start markup; the system prompt sits in a fence longer than any
/// backtick run inside it.
QByteArray markdownReport(const ReportData& data, const ReportOptions& options = {});

/// Text safe inside a Markdown table cell or paragraph: markup characters backslash-escaped, line breaks as spaces.
QString escapeMarkdown(const QString& text);

} // namespace caliper
