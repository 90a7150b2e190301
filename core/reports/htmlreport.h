#pragma once

#include "reports/reportdata.h"
#include "reports/reportoptions.h"

#include <QByteArray>

namespace caliper {

/// The report as one self-contained HTML5 file (UTF-8): inline CSS, the comparison table (95% intervals under each
/// value and on hover), the charts as inline SVG, the settings, and an appendix with every sample's reference and
/// outputs, each model's reasoning folded in <details>. It loads nothing: no scripts, fonts, images or links to
/// other sites, so it opens offline and prints as it looks. Every piece of dataset and model text is escaped.
QByteArray htmlReport(const ReportData& data, const ReportOptions& options = {});

} // namespace caliper
