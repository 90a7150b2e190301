#include "charts/boxplotchart.h"

#include "charts/chartdata.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QLegend>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace caliper {

BoxPlotChart::BoxPlotChart(QWidget* parent)
    : ChartView(parent)
    , m_series(new QBoxPlotSeries)
    , m_outliers(new QScatterSeries)
    , m_models(new QBarCategoryAxis)
    , m_values(new QValueAxis)
{
    m_outliers->setName(tr("Outliers"));
    m_outliers->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_outliers->setMarkerSize(7);
    m_values->setLabelFormat(QStringLiteral("%g"));
    chart()->addSeries(m_series);
    chart()->addSeries(m_outliers);
    chart()->addAxis(m_models, Qt::AlignBottom);
    chart()->addAxis(m_values, Qt::AlignLeft);
    for (QAbstractSeries* series :
        {static_cast<QAbstractSeries*>(m_series), static_cast<QAbstractSeries*>(m_outliers)}) {
        series->attachAxis(m_models);
        series->attachAxis(m_values);
    }
    chart()->legend()->hide(); // the category axis names the models
    connect(m_series, &QBoxPlotSeries::clicked, this, &BoxPlotChart::onBoxClicked);
    connect(m_series, &QBoxPlotSeries::hovered, this, &BoxPlotChart::onBoxHovered);
    connect(m_outliers, &QScatterSeries::clicked, this, &BoxPlotChart::onOutlierClicked);
    connect(m_outliers, &QScatterSeries::hovered, this, &BoxPlotChart::onOutlierHovered);
    applyPalette();
}

void BoxPlotChart::setData(const ExperimentScores& scores, const ComparisonColumn& column, bool percent)
{
    m_scores = scores;
    m_column = column;
    m_factor = displayFactor(column, percent);
    m_boxModels.clear();
    m_boxes.clear();
    m_series->clear();
    m_outliers->clear();
    m_models->clear();
    const QStringList names = modelLabels(scores);
    QStringList labels;
    for (qsizetype model = 0; model < scores.models.size(); ++model) {
        const stats::BoxPlot box = stats::BoxPlot::of(finiteValues(scores.models.at(model), column.key));
        if (box.n == 0)
            continue;
        const qreal position = static_cast<qreal>(m_boxes.size());
        m_boxModels.append(model);
        m_boxes.append(box);
        labels.append(names.at(model));
        m_series->append(new QBoxSet(box.lowerWhisker * m_factor, box.q1 * m_factor, box.median * m_factor,
            box.q3 * m_factor, box.upperWhisker * m_factor, names.at(model)));
        for (double outlier : box.outliers)
            m_outliers->append(position, outlier * m_factor);
    }
    m_models->append(labels);
    m_values->setTitleText(column.label);
    chart()->setTitle(tr("%1 per sample").arg(column.label));
    updateValueAxis();
    applyPalette();
}

void BoxPlotChart::updateValueAxis()
{
    double low = 0;
    double high = 1;
    bool first = true;
    for (const stats::BoxPlot& box : std::as_const(m_boxes)) {
        const double boxLow = (box.outliers.isEmpty() ? box.lowerWhisker : box.outliers.first()) * m_factor;
        const double boxHigh = (box.outliers.isEmpty() ? box.upperWhisker : box.outliers.last()) * m_factor;
        low = first ? boxLow : std::min(low, boxLow);
        high = first ? boxHigh : std::max(high, boxHigh);
        first = false;
    }
    const double margin = std::max(high - low, 1e-9) * 0.05; // keep points at the ends off the frame
    m_values->setRange(low - margin, high + margin);
    m_values->applyNiceNumbers();
}

void BoxPlotChart::onBoxClicked(QBoxSet* box)
{
    const qsizetype position = m_series->boxSets().indexOf(box);
    if (position < 0)
        return;
    const qsizetype model = m_boxModels.at(position);
    Q_EMIT samplesRequested(
        m_scores.models.at(model).modelId, samplesWithValue(m_scores, model, m_column.key), m_column.key);
}

void BoxPlotChart::onBoxHovered(bool entered, QBoxSet* box)
{
    const qsizetype position = m_series->boxSets().indexOf(box);
    if (!entered || position < 0) {
        showHover({});
        return;
    }
    const stats::BoxPlot& plot = m_boxes.at(position);
    const auto shown = [this](double value) { return formatChartValue(value * m_factor); };
    showHover(tr("%1\n%2: median %3, quartiles %4–%5\nwhiskers %6–%7, %n sample(s)", nullptr, static_cast<int>(plot.n))
                  .arg(box->label(), m_column.label, shown(plot.median), shown(plot.q1), shown(plot.q3),
                      shown(plot.lowerWhisker), shown(plot.upperWhisker)));
}

void BoxPlotChart::onOutlierClicked(const QPointF& point)
{
    const qsizetype position = std::lround(point.x());
    if (position < 0 || position >= m_boxModels.size())
        return;
    const qsizetype model = m_boxModels.at(position);
    const double value = point.y() / m_factor;
    Q_EMIT samplesRequested(m_scores.models.at(model).modelId,
        samplesWithValueEqualTo(m_scores, model, m_column.key, value, 1e-9 * std::max(1.0, std::abs(value))),
        m_column.key);
}

void BoxPlotChart::onOutlierHovered(const QPointF& point, bool entered)
{
    const qsizetype position = std::lround(point.x());
    if (!entered || position < 0 || position >= m_boxModels.size()) {
        showHover({});
        return;
    }
    showHover(tr("%1\n%2: %3 (outlier)")
                  .arg(m_models->at(static_cast<int>(position)), m_column.label, formatChartValue(point.y())));
}

void BoxPlotChart::applyPalette()
{
    ChartView::applyPalette();
    const QColor text = palette().color(QPalette::Text);
    const QList<QBoxSet*> boxes = m_series->boxSets();
    for (qsizetype position = 0; position < boxes.size(); ++position) {
        boxes.at(position)->setBrush(seriesColor(m_boxModels.value(position)));
        boxes.at(position)->setPen(QPen(text, 1.5));
    }
    m_outliers->setColor(palette().color(QPalette::Base));
    m_outliers->setBorderColor(text);
}

} // namespace caliper
