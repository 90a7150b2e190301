#include "reports/svgchart.h"

#include "reports/markup.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace caliper {

namespace {

constexpr double Width = 900;
constexpr double FontSize = 12;
constexpr double LegendRow = 20;

// Twenty colours that stay apart from each other in light print and on screen (Tableau 10 and a second set).
const char* const Palette[]
    = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
        "#003f5c", "#a05195", "#ffa600", "#2f4b7c", "#7fbf7b", "#d45087", "#665191", "#8c564b", "#17becf", "#595959"};

QString color(qsizetype index)
{
    return chartSeriesColor(index);
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

// An estimate of the rendered width of a label; SVG has no text measurement before rendering.
double textWidth(const QString& text, double fontSize = FontSize)
{
    return static_cast<double>(text.size()) * fontSize * 0.6;
}

/// Appends SVG elements to a string; every text goes through escapeMarkup().
class SvgWriter
{
public:
    void rect(double x, double y, double w, double h, const QString& fill, const QString& tooltip = {})
    {
        m_svg += QStringLiteral(R"(<rect x="%1" y="%2" width="%3" height="%4" fill="%5")")
                     .arg(number(x), number(y), number(std::max(w, 0.0)), number(std::max(h, 0.0)), fill);
        m_svg += tooltip.isEmpty() ? QStringLiteral("/>\n")
                                   : QStringLiteral("><title>%1</title></rect>\n").arg(escapeMarkup(tooltip));
    }
    void line(double x1, double y1, double x2, double y2, const QString& stroke = QStringLiteral("#333333"))
    {
        m_svg += QStringLiteral(R"(<line x1="%1" y1="%2" x2="%3" y2="%4" stroke="%5" stroke-width="1"/>)")
                     .arg(number(x1), number(y1), number(x2), number(y2), stroke)
            + QLatin1Char('\n');
    }
    void text(double x, double y, const QString& text, const char* anchor = "start", double size = FontSize,
        const QString& transform = {})
    {
        m_svg += QStringLiteral(R"(<text x="%1" y="%2" text-anchor="%3" font-size="%4")")
                     .arg(number(x), number(y), QLatin1String(anchor), number(size));
        if (!transform.isEmpty())
            m_svg += QStringLiteral(R"( transform="%1")").arg(transform);
        m_svg += QLatin1Char('>') + escapeMarkup(text) + QStringLiteral("</text>\n");
    }
    QString document(double height, const QString& title) const
    {
        return QStringLiteral(R"(<svg viewBox="0 0 %1 %2" width="%1" height="%2" role="img" aria-label="%3" )"
                              R"(font-family="DejaVu Sans, Helvetica, Arial, sans-serif">)")
                   .arg(number(Width), number(height), escapeMarkup(title))
            + QLatin1Char('\n')
            + QStringLiteral(R"(<rect x="0" y="0" width="%1" height="%2" fill="#ffffff"/>)")
                  .arg(number(Width), number(height))
            + QLatin1Char('\n') + m_svg + QStringLiteral("</svg>\n");
    }

private:
    QString m_svg;
};

// Swatches and names in rows that wrap at the chart's width; returns the height used.
double legend(SvgWriter& svg, const QStringList& names, double top)
{
    double x = 20;
    double y = top;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const double width = 20 + textWidth(names.at(i)) + 16;
        if (x + width > Width - 20 && x > 20) {
            x = 20;
            y += LegendRow;
        }
        svg.rect(x, y, 12, 12, color(i));
        svg.text(x + 16, y + 10.5, names.at(i));
        x += width;
    }
    return names.isEmpty() ? 0 : y - top + LegendRow;
}

double finiteOrZero(double value)
{
    return std::isfinite(value) && value > 0 ? value : 0;
}

double groupedMaximum(const GroupedBarChart& chart)
{
    double maximum = 0;
    for (const QList<ChartBar>& group : chart.bars) {
        for (const ChartBar& bar : group)
            maximum = std::max({maximum, finiteOrZero(bar.value), finiteOrZero(bar.high)});
    }
    return maximum;
}

struct Plot
{
    double left;
    double top;
    double width;
    double height;
    ChartAxis axis;

    double y(double value) const { return top + height - height * std::clamp(value / axis.top, 0.0, 1.0); }
};

void valueAxis(SvgWriter& svg, const Plot& plot, const QString& label)
{
    for (double tick = 0; tick <= plot.axis.top + plot.axis.step / 2; tick += plot.axis.step) {
        const double y = plot.y(tick);
        svg.line(plot.left, y, plot.left + plot.width, y, QStringLiteral("#dddddd"));
        svg.text(plot.left - 6, y + 4, QString::number(tick, 'g', 6), "end");
    }
    svg.line(plot.left, plot.top, plot.left, plot.top + plot.height);
    svg.text(16, plot.top + plot.height / 2, label, "middle", FontSize,
        QStringLiteral("rotate(-90 16 %1)").arg(number(plot.top + plot.height / 2)));
}

void errorBar(SvgWriter& svg, const Plot& plot, double center, const ChartBar& bar)
{
    if (!std::isfinite(bar.low) || !std::isfinite(bar.high))
        return;
    const double top = plot.y(bar.high);
    const double bottom = plot.y(bar.low);
    svg.line(center, top, center, bottom);
    svg.line(center - 3, top, center + 3, top);
    svg.line(center - 3, bottom, center + 3, bottom);
}

void groupBars(SvgWriter& svg, const Plot& plot, const GroupedBarChart& chart, qsizetype group)
{
    const double groupWidth = plot.width / static_cast<double>(chart.groups.size());
    const double barWidth = groupWidth * 0.8 / static_cast<double>(std::max<qsizetype>(chart.series.size(), 1));
    const double start = plot.left + groupWidth * static_cast<double>(group) + groupWidth * 0.1;
    const QList<ChartBar>& bars = chart.bars.value(group);
    for (qsizetype series = 0; series < bars.size() && series < chart.series.size(); ++series) {
        const ChartBar& bar = bars.at(series);
        if (!std::isfinite(bar.value))
            continue;
        const double x = start + barWidth * static_cast<double>(series);
        const double y = plot.y(bar.value);
        svg.rect(x, y, barWidth * 0.9, plot.top + plot.height - y, color(series), bar.tooltip);
        errorBar(svg, plot, x + barWidth * 0.45, bar);
    }
    svg.text(start + groupWidth * 0.4, plot.top + plot.height + 18, chart.groups.at(group), "middle");
}

} // namespace

QString chartSeriesColor(qsizetype index)
{
    return QString::fromLatin1(Palette[index % qsizetype(std::size(Palette))]);
}

ChartAxis niceAxis(double maximum)
{
    if (!(maximum > 0) || !std::isfinite(maximum))
        return {};
    const double rough = maximum / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * magnitude;
    for (const double factor : {1.0, 2.0, 2.5, 5.0}) {
        if (factor * magnitude >= rough) {
            step = factor * magnitude;
            break;
        }
    }
    return {std::ceil(maximum / step - 1e-9) * step, step};
}

QString groupedBarChartSvg(const GroupedBarChart& chart)
{
    SvgWriter svg;
    svg.text(Width / 2, 22, chart.title, "middle", 15);
    const Plot plot {70, 40, Width - 90, 300, niceAxis(groupedMaximum(chart))};
    valueAxis(svg, plot, chart.valueAxisLabel);
    for (qsizetype group = 0; group < chart.groups.size(); ++group)
        groupBars(svg, plot, chart, group);
    svg.line(plot.left, plot.top + plot.height, plot.left + plot.width, plot.top + plot.height);
    const double legendTop = plot.top + plot.height + 34;
    const double height = legendTop + legend(svg, chart.series, legendTop) + 10;
    return svg.document(height, chart.title);
}

namespace {

double stackedMaximum(const StackedBarChart& chart)
{
    double maximum = 0;
    for (const QList<double>& layers : chart.values) {
        double total = 0;
        for (const double value : layers)
            total += finiteOrZero(value);
        maximum = std::max(maximum, total);
    }
    return maximum;
}

QString truncated(const QString& label, double width)
{
    const auto fits = static_cast<qsizetype>(width / (FontSize * 0.6));
    return label.size() <= fits ? label : label.left(std::max<qsizetype>(fits - 1, 1)) + QChar(0x2026);
}

void stackedRow(SvgWriter& svg, const StackedBarChart& chart, qsizetype category, double left, double width,
    const ChartAxis& axis, double y)
{
    const QList<double>& layers = chart.values.value(category);
    double x = left;
    double total = 0;
    for (qsizetype layer = 0; layer < layers.size() && layer < chart.layers.size(); ++layer) {
        const double value = finiteOrZero(layers.at(layer));
        const double w = width * value / axis.top;
        svg.rect(x, y, w, 18, color(layer),
            QStringLiteral("%1 — %2: %3").arg(chart.categories.at(category), chart.layers.at(layer), number(value)));
        x += w;
        total += value;
    }
    svg.text(x + 4, y + 13.5, number(total));
    svg.text(left - 8, y + 13.5, truncated(chart.categories.at(category), left - 16), "end");
}

} // namespace

QString stackedBarChartSvg(const StackedBarChart& chart)
{
    SvgWriter svg;
    svg.text(Width / 2, 22, chart.title, "middle", 15);
    double labelWidth = 60;
    for (const QString& category : chart.categories)
        labelWidth = std::max(labelWidth, textWidth(category) + 16);
    const double left = std::min(labelWidth, 260.0);
    const double width = Width - left - 80;
    const ChartAxis axis = niceAxis(stackedMaximum(chart));
    const double top = 40;
    const double rows = 26 * static_cast<double>(chart.categories.size());
    for (double tick = 0; tick <= axis.top + axis.step / 2; tick += axis.step) {
        const double x = left + width * tick / axis.top;
        svg.line(x, top - 4, x, top + rows, QStringLiteral("#dddddd"));
        svg.text(x, top + rows + 16, QString::number(tick, 'g', 6), "middle");
    }
    for (qsizetype category = 0; category < chart.categories.size(); ++category)
        stackedRow(svg, chart, category, left, width, axis, top + 4 + 26 * static_cast<double>(category));
    svg.text(left + width / 2, top + rows + 34, chart.valueAxisLabel, "middle");
    const double legendTop = top + rows + 46;
    return svg.document(legendTop + legend(svg, chart.layers, legendTop) + 10, chart.title);
}

QSizeF svgChartSize(const QString& svg)
{
    static const QRegularExpression Size(QStringLiteral(R"re(<svg [^>]*width="([0-9.]+)" height="([0-9.]+)")re"));
    const QRegularExpressionMatch match = Size.match(svg);
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toDouble(), match.captured(2).toDouble()};
}

} // namespace caliper
