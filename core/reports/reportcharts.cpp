#include "reports/reportcharts.h"

#include "analysis/experimentscores.h"
#include "reports/reportformatting.h"
#include "reports/svgchart.h"

#include <QCoreApplication>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper", text);
}

ChartBar chartBar(
    const ComparisonRow& row, const ComparisonColumn& column, const ComparisonCell& cell, const ReportOptions& options)
{
    ChartBar bar;
    if (cell.n == 0)
        return bar;
    bar.value = displayedValue(column, cell.value, options);
    bar.low = displayedValue(column, cell.interval.low, options);
    bar.high = displayedValue(column, cell.interval.high, options);
    const QString interval = formatInterval(column, cell, options);
    bar.tooltip = QStringLiteral("%1 — %2: %3").arg(row.model, column.label, formatCell(column, cell, options))
        + (interval.isEmpty() ? QString() : QStringLiteral(" (95% CI %1)").arg(interval));
    return bar;
}

std::optional<ReportChart> qualityChart(const ReportData& data, const ReportOptions& options)
{
    GroupedBarChart chart;
    chart.title = tr("Quality scores with 95% confidence intervals");
    chart.valueAxisLabel = options.percent ? tr("score ×100") : tr("score");
    for (const ComparisonRow& row : data.rows)
        chart.series.append(row.model);
    for (qsizetype c = 0; c < data.columns.size(); ++c) {
        const ComparisonColumn& column = data.columns.at(c);
        if (!column.compared || (column.kind != ColumnKind::Fraction && column.kind != ColumnKind::Points))
            continue;
        chart.groups.append(column.label);
        QList<ChartBar> bars;
        for (const ComparisonRow& row : data.rows)
            bars.append(chartBar(row, column, row.cells.at(c), options));
        chart.bars.append(bars);
    }
    if (chart.groups.isEmpty() || data.rows.isEmpty())
        return std::nullopt;
    return ReportChart {chart.title, groupedBarChartSvg(chart)};
}

qsizetype columnIndex(const ReportData& data, const char* key)
{
    for (qsizetype c = 0; c < data.columns.size(); ++c) {
        if (data.columns.at(c).key == QLatin1String(key))
            return c;
    }
    return -1;
}

std::optional<ReportChart> tokenChart(const ReportData& data)
{
    const qsizetype reasoning = columnIndex(data, valuekeys::ReasoningTokens);
    const qsizetype answer = columnIndex(data, valuekeys::AnswerTokens);
    StackedBarChart chart;
    chart.title = tr("Average reasoning and answer tokens");
    chart.valueAxisLabel = tr("tokens (cl100k_base, or as the server counted reasoning)");
    chart.layers = {tr("Reasoning"), tr("Answer")};
    for (const ComparisonRow& row : data.rows) {
        if (row.done == 0 || reasoning < 0 || answer < 0)
            continue;
        chart.categories.append(row.model);
        chart.values.append({row.cells.at(reasoning).value, row.cells.at(answer).value});
    }
    if (chart.categories.isEmpty())
        return std::nullopt;
    return ReportChart {chart.title, stackedBarChartSvg(chart)};
}

} // namespace

QList<ReportChart> reportCharts(const ReportData& data, const ReportOptions& options)
{
    QList<ReportChart> charts;
    if (const std::optional<ReportChart> quality = qualityChart(data, options))
        charts.append(*quality);
    if (const std::optional<ReportChart> tokens = tokenChart(data))
        charts.append(*tokens);
    return charts;
}

} // namespace caliper
