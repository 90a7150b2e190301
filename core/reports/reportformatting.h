#pragma once

#include "reports/reportdata.h"
#include "reports/reportoptions.h"

#include <QList>
#include <QString>

#include <utility>

namespace caliper {

/// How every report format prints numbers, so a value reads the same in HTML, PDF, Markdown and CSV.
/// 0–1 scores: ×100 with one decimal ("45.3") when options.percent, else three decimals ("0.453");
/// 0–100 scores and token averages: one decimal; seconds: two; cost: four. Numbers use the C locale (a dot),
/// so exported tables parse anywhere. An empty cell (n = 0) is "–".
QString formatValue(const ComparisonColumn& column, double value, const ReportOptions& options);
QString formatCell(const ComparisonColumn& column, const ComparisonCell& cell, const ReportOptions& options);
/// "43.1–47.5", or empty when the cell has no interval (cost, one sample, no samples).
QString formatInterval(const ComparisonColumn& column, const ComparisonCell& cell, const ReportOptions& options);

/// The value as shown (scaled when options.percent and the column holds 0–1 scores), for charts.
double displayedValue(const ComparisonColumn& column, double value, const ReportOptions& options);

/// "Done / failed" as the table's last column shows it: "20 / 0".
QString doneFailed(const ComparisonRow& row);

/// Generation parameters as "name: value" lines; unset ones are "server default".
QList<std::pair<QString, QString>> generationSettings(const GenerationParameters& generation);

/// Model size as people write it: "7B", "1.5B", "350M"; empty when unknown.
QString parameterCount(qint64 parameters);

/// The legend under every comparison table.
QString tableLegend(const ReportData& data, const ReportOptions& options);

} // namespace caliper
