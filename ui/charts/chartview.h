#pragma once

#include <QChartView>

namespace caliper {

/// The base of the results charts: a QChartView that owns its QChart, follows the widget palette (Qt Charts'
/// themes ignore it, so light and dark both read) and exports what it shows as PNG or SVG.
class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);

    /// Writes the chart as a PNG at twice the widget's size, sharp on high-density screens and in print.
    bool exportPng(const QString& path);
    /// Writes the chart as an SVG document (vector shapes and text) titled `title`.
    bool exportSvg(const QString& path, const QString& title);

    /// What the last hover showed as a tooltip (empty when the pointer left the element), for tests.
    QString hoverText() const { return m_hoverText; }

    /// The colour of series (model) `index`: the reports' palette, so a model looks the same on screen and in print.
    static QColor seriesColor(qsizetype index);

protected:
    void changeEvent(QEvent* event) override;
    /// Colours the background, title, legend and every axis from the palette; subclasses add what they draw.
    virtual void applyPalette();
    /// Shows `text` at the pointer, or hides the tooltip for an empty text (hover signals carry no position).
    void showHover(const QString& text);

private:
    QString m_hoverText;
};

} // namespace caliper
