#pragma once

#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <limits>

namespace caliper {

/// One bar: its height and, when both ends are numbers, a confidence-interval error bar.
struct ChartBar
{
    double value = std::numeric_limits<double>::quiet_NaN(); ///< NaN: no bar
    double low = std::numeric_limits<double>::quiet_NaN();
    double high = std::numeric_limits<double>::quiet_NaN();
    QString tooltip; ///< shown on hover in a browser (SVG <title>)
};

/// Bars grouped along the x axis (one group per metric), one bar per series (model) in each group.
struct GroupedBarChart
{
    QString title;
    QString valueAxisLabel;
    QStringList groups;
    QStringList series;
    QList<QList<ChartBar>> bars; ///< [group][series]
};

/// Horizontal bars (one per category: a model) split into stacked layers (reasoning, answer tokens).
struct StackedBarChart
{
    QString title;
    QString valueAxisLabel;
    QStringList categories;
    QStringList layers;
    QList<QList<double>> values; ///< [category][layer]; negative or NaN values count as 0
};

/// SVG documents for reports, written by hand so they need nothing but a browser or QSvgRenderer: plain shapes
/// and text, no scripts, no external references (so no xmlns either: HTML5 does not need it inline, and
/// QSvgRenderer reads it without). Every label is escaped. Colours stay distinguishable for 20 series.
QString groupedBarChartSvg(const GroupedBarChart& chart);
QString stackedBarChartSvg(const StackedBarChart& chart);

/// The colour of series `index` ("#4e79a7"), from twenty that stay apart (Tableau 10 and a second set). The GUI's
/// charts use it too, so a model has the same colour on screen and in a report.
QString chartSeriesColor(qsizetype index);

/// The width and height an SVG written here declares, for laying it out in a PDF page.
QSizeF svgChartSize(const QString& svg);

/// The upper end and tick step of a value axis that shows 0…maximum in about five round steps (1, 2, 2.5, 5 × 10ⁿ).
struct ChartAxis
{
    double top = 1;
    double step = 0.2;
};
ChartAxis niceAxis(double maximum);

} // namespace caliper
