#include "charts/resultschartsview.h"

#include "charts/boxplotchart.h"
#include "charts/chartdata.h"
#include "charts/metricbarchart.h"
#include "charts/tokenchart.h"
#include "dialogs/filedialog.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>

#include <algorithm>

namespace caliper {

ResultsChartsView::ResultsChartsView(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget)
    , m_bars(new MetricBarChart)
    , m_boxes(new BoxPlotChart)
    , m_tradeoff(new TradeoffChart)
    , m_tokens(new TokenChart)
    , m_note(new QLabel)
{
    m_stack->setObjectName(QStringLiteral("charts"));
    m_bars->setObjectName(QStringLiteral("barChart"));
    m_boxes->setObjectName(QStringLiteral("boxPlotChart"));
    m_tradeoff->setObjectName(QStringLiteral("tradeoffChart"));
    m_tokens->setObjectName(QStringLiteral("tokenChart"));
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_note->setWordWrap(true);
    // The stack's order is ChartType's.
    m_stack->addWidget(m_bars);
    m_stack->addWidget(m_boxes);
    m_stack->addWidget(m_tradeoff);
    m_stack->addWidget(m_tokens);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);
    connect(m_bars, &MetricBarChart::samplesRequested, this, &ResultsChartsView::samplesRequested);
    connect(m_boxes, &BoxPlotChart::samplesRequested, this, &ResultsChartsView::samplesRequested);
    connect(m_tradeoff, &TradeoffChart::samplesRequested, this, &ResultsChartsView::samplesRequested);
    connect(m_tokens, &TokenChart::samplesRequested, this, &ResultsChartsView::samplesRequested);
    updateControls();
}

QWidget* ResultsChartsView::buildControls()
{
    auto* controls = new QWidget;
    auto* row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    m_chartType = new QComboBox;
    m_chartType->setObjectName(QStringLiteral("chartType"));
    m_chartType->addItems({tr("Scores with 95% confidence intervals"), tr("Score distribution per model"),
        tr("Score against cost or size"), tr("Reasoning and answer tokens")});
    m_metricLabel = new QLabel(tr("&Score:"));
    m_metric = new QComboBox;
    m_metric->setObjectName(QStringLiteral("chartMetric"));
    m_metricLabel->setBuddy(m_metric);
    m_axisLabel = new QLabel(tr("&Against:"));
    m_axis = new QComboBox;
    m_axis->setObjectName(QStringLiteral("tradeoffAxis"));
    for (TradeoffAxis axis :
        {TradeoffAxis::Cost, TradeoffAxis::AnswerTokens, TradeoffAxis::Latency, TradeoffAxis::ModelSize})
        m_axis->addItem(TradeoffChart::axisLabel(axis), static_cast<int>(axis));
    m_axisLabel->setBuddy(m_axis);
    m_exportPng = new QPushButton(tr("Export &PNG…"));
    m_exportPng->setObjectName(QStringLiteral("exportPng"));
    m_exportSvg = new QPushButton(tr("Export S&VG…"));
    m_exportSvg->setObjectName(QStringLiteral("exportSvg"));
    for (QWidget* widget : {static_cast<QWidget*>(m_chartType), static_cast<QWidget*>(m_metricLabel),
             static_cast<QWidget*>(m_metric), static_cast<QWidget*>(m_axisLabel), static_cast<QWidget*>(m_axis)})
        row->addWidget(widget);
    row->addStretch(1);
    row->addWidget(m_exportPng);
    row->addWidget(m_exportSvg);
    connect(m_chartType, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        refresh();
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ResultsChartsView::refresh);
    connect(m_axis, &QComboBox::currentIndexChanged, this, &ResultsChartsView::refresh);
    connect(m_exportPng, &QPushButton::clicked, this,
        [this] { exportAs(QStringLiteral("png"), tr("PNG images (*.png)")); });
    connect(m_exportSvg, &QPushButton::clicked, this,
        [this] { exportAs(QStringLiteral("svg"), tr("SVG drawings (*.svg)")); });
    return controls;
}

void ResultsChartsView::setScores(const ExperimentScores& scores)
{
    m_scores = scores;
    m_columns = comparisonColumns(QSet<QString>(scores.keys.cbegin(), scores.keys.cend()));
    m_rows = comparisonMeans(scores, m_columns);
    fillMetrics();
    refresh();
}

void ResultsChartsView::setComparison(const QList<ComparisonColumn>& columns, const QList<ComparisonRow>& rows)
{
    if (m_columns.isEmpty()) {
        m_columns = columns;
        m_rows = rows;
        fillMetrics();
    }
    // Cell by key, so that a table that shows fewer columns leaves the charts' other means in place.
    for (qsizetype from = 0; from < columns.size(); ++from) {
        const auto same = [&](const ComparisonColumn& column) { return column.key == columns.at(from).key; };
        const qsizetype to = std::find_if(m_columns.cbegin(), m_columns.cend(), same) - m_columns.cbegin();
        for (qsizetype row = 0; row < std::min(rows.size(), m_rows.size()); ++row) {
            if (to < m_rows.at(row).cells.size() && from < rows.at(row).cells.size())
                m_rows[row].cells[to] = rows.at(row).cells.at(from);
        }
    }
    refresh();
}

void ResultsChartsView::setPercent(bool percent)
{
    m_percent = percent;
    refresh();
}

void ResultsChartsView::setChartType(ChartType type)
{
    m_chartType->setCurrentIndex(static_cast<int>(type));
}

ResultsChartsView::ChartType ResultsChartsView::chartType() const
{
    return static_cast<ChartType>(m_chartType->currentIndex());
}

void ResultsChartsView::setMetric(const QString& key)
{
    const int index = m_metric->findData(key);
    if (index >= 0)
        m_metric->setCurrentIndex(index);
}

QString ResultsChartsView::metric() const
{
    return m_metric->currentData().toString();
}

void ResultsChartsView::setTradeoffAxis(TradeoffAxis axis)
{
    m_axis->setCurrentIndex(m_axis->findData(static_cast<int>(axis)));
}

ChartView* ResultsChartsView::currentChart() const
{
    return qobject_cast<ChartView*>(m_stack->currentWidget());
}

void ResultsChartsView::fillMetrics()
{
    // Keep the user's choice across reloads while the experiment still has that score.
    const QString chosen = metric();
    const QSignalBlocker blocker(m_metric);
    m_metric->clear();
    for (const ComparisonColumn& column : std::as_const(m_columns)) {
        if (isQualityColumn(column))
            m_metric->addItem(column.label, column.key);
    }
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(chosen)));
}

ComparisonColumn ResultsChartsView::currentColumn() const
{
    const QString key = metric();
    for (const ComparisonColumn& column : m_columns) {
        if (column.key == key)
            return column;
    }
    return {};
}

void ResultsChartsView::updateControls()
{
    const ChartType type = chartType();
    m_stack->setCurrentIndex(static_cast<int>(type));
    const bool oneScore = type == ChartType::BoxPlots || type == ChartType::Tradeoff;
    m_metricLabel->setVisible(oneScore);
    m_metric->setVisible(oneScore);
    m_axisLabel->setVisible(type == ChartType::Tradeoff);
    m_axis->setVisible(type == ChartType::Tradeoff);
}

void ResultsChartsView::refresh()
{
    // Only the chart on show is rebuilt: box plots sort every sample's score, which adds up at 100,000 samples.
    const ComparisonColumn column = currentColumn();
    QString note;
    switch (chartType()) {
    case ChartType::Bars:
        m_bars->setData(m_scores, m_columns, m_rows, m_percent);
        break;
    case ChartType::BoxPlots:
        m_boxes->setData(m_scores, column, m_percent);
        break;
    case ChartType::Tradeoff:
        m_tradeoff->setData(m_scores, column, static_cast<TradeoffAxis>(m_axis->currentData().toInt()), m_percent);
        note = m_tradeoff->note();
        break;
    case ChartType::Tokens:
        m_tokens->setData(m_scores, m_columns, m_rows);
        break;
    }
    if (m_scores.models.isEmpty())
        note = tr("This experiment has no models yet.");
    else if (column.key.isEmpty() && chartType() != ChartType::Tokens)
        note = tr("No scores yet: the charts fill in as outputs are scored.");
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

bool ResultsChartsView::exportChart(const QString& path)
{
    ChartView* chart = currentChart();
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0)
        return chart->exportSvg(path, m_chartType->currentText());
    return chart->exportPng(path);
}

void ResultsChartsView::exportAs(const QString& suffix, const QString& filter)
{
    const QString name = (metric().isEmpty() ? QStringLiteral("chart") : QStringLiteral("chart-") + metric())
        + QLatin1Char('.') + suffix;
    const QString path = FileDialog::saveFile(this, tr("Export chart"), name, filter);
    if (path.isEmpty())
        return;
    // Not a modal message box: the note under the chart says it, and the chart stays usable.
    const bool written = exportChart(path);
    m_note->setText(written ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                            : tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
    m_note->setVisible(true);
}

} // namespace caliper
