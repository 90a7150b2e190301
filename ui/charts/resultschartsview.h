#pragma once

#include "analysis/comparisontable.h"
#include "charts/tradeoffchart.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace caliper {

class BoxPlotChart;
class ChartView;
class MetricBarChart;
class TokenChart;

/// The Charts tab of the results page: grouped bars of the quality scores with confidence intervals, box plots of
/// one score per model, a score against cost, tokens, latency or size with the Pareto frontier, and reasoning vs
/// answer tokens — chosen from a selector, each exportable as PNG or SVG. Clicking a bar, box or point emits
/// samplesRequested() with the samples it stands for.
class ResultsChartsView : public QWidget
{
    Q_OBJECT
public:
    enum class ChartType { Bars, BoxPlots, Tradeoff, Tokens };
    Q_ENUM(ChartType)

    explicit ResultsChartsView(QWidget* parent = nullptr);

    /// Shows an experiment's numbers at once, with the table's means (comparisonMeans()) and no intervals yet.
    void setScores(const ExperimentScores& scores);
    /// The full comparison table of the same scores (rows in their model order), once its confidence intervals
    /// are computed: the bars get their error bars. Cells are matched by column key, so `columns` may be a subset.
    void setComparison(const QList<ComparisonColumn>& columns, const QList<ComparisonRow>& rows);
    /// Fractions ×100, as the table shows them (on by default).
    void setPercent(bool percent);

    void setChartType(ChartType type);
    ChartType chartType() const;
    /// The score the box plots and the trade-off chart show; a key of a quality column.
    void setMetric(const QString& key);
    QString metric() const;
    void setTradeoffAxis(TradeoffAxis axis);

    /// Writes the chart shown to `path`: SVG when the name ends in .svg, else PNG.
    bool exportChart(const QString& path);

    MetricBarChart* barChart() const { return m_bars; }
    BoxPlotChart* boxPlotChart() const { return m_boxes; }
    TradeoffChart* tradeoffChart() const { return m_tradeoff; }
    TokenChart* tokenChart() const { return m_tokens; }
    ChartView* currentChart() const;

Q_SIGNALS:
    void samplesRequested(qint64 modelId, const QList<qint64>& sampleIds, const QString& key);

private:
    QWidget* buildControls();
    void fillMetrics();
    void refresh();
    void updateControls();
    void exportAs(const QString& suffix, const QString& filter);
    ComparisonColumn currentColumn() const;

    QComboBox* m_chartType = nullptr;
    QLabel* m_metricLabel = nullptr;
    QComboBox* m_metric = nullptr;
    QLabel* m_axisLabel = nullptr;
    QComboBox* m_axis = nullptr;
    QPushButton* m_exportPng = nullptr;
    QPushButton* m_exportSvg = nullptr;
    QStackedWidget* m_stack = nullptr;
    MetricBarChart* m_bars = nullptr;
    BoxPlotChart* m_boxes = nullptr;
    TradeoffChart* m_tradeoff = nullptr;
    TokenChart* m_tokens = nullptr;
    QLabel* m_note = nullptr;
    ExperimentScores m_scores;
    QList<ComparisonColumn> m_columns;
    QList<ComparisonRow> m_rows;
    bool m_percent = true;
};

} // namespace caliper
