#pragma once

#include "reports/reportdata.h"
#include "reports/reportoptions.h"

#include <QList>
#include <QString>

namespace caliper {

/// One chart of a report, as an SVG document.
struct ReportChart
{
    QString title;
    QString svg;
};

/// The report's charts: the quality scores as grouped bars with 95% confidence intervals (one group per score,
/// one bar per model), and reasoning vs answer tokens stacked per model. A chart without data is left out.
QList<ReportChart> reportCharts(const ReportData& data, const ReportOptions& options);

} // namespace caliper
