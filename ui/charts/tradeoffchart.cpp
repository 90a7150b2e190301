#include "charts/tradeoffchart.h"

#include "analysis/pareto.h"
#include "charts/chartdata.h"
#include "stats/descriptive.h"

#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace caliper {

namespace {

double axisValue(const ModelSampleValues& model, TradeoffAxis axis)
{
    const double nan = std::nan("");
    switch (axis) {
    case TradeoffAxis::Cost:
        return model.done > 0 ? model.totalCost : nan;
    case TradeoffAxis::AnswerTokens:
        return stats::mean(finiteValues(model, QLatin1String(valuekeys::AnswerTokens)));
    case TradeoffAxis::Latency:
        return stats::mean(finiteValues(model, QLatin1String(valuekeys::Latency)));
    case TradeoffAxis::ModelSize:
        return model.parameters ? *model.parameters / 1e9 : nan;
    }
    return nan;
}

// The x axis as the chart's title names it.
QString axisName(TradeoffAxis axis)
{
    switch (axis) {
    case TradeoffAxis::Cost:
        return QCoreApplication::translate("caliper", "cost");
    case TradeoffAxis::AnswerTokens:
        return QCoreApplication::translate("caliper", "answer tokens");
    case TradeoffAxis::Latency:
        return QCoreApplication::translate("caliper", "latency");
    case TradeoffAxis::ModelSize:
        return QCoreApplication::translate("caliper", "model size");
    }
    return {};
}

// Why a model is missing from the chart, as a clause for note().
QString missingReason(TradeoffAxis axis)
{
    return axis == TradeoffAxis::ModelSize ? QCoreApplication::translate("caliper", "size unknown")
                                           : QCoreApplication::translate("caliper", "no finished outputs");
}

} // namespace

TradeoffChart::TradeoffChart(QWidget* parent)
    : ChartView(parent)
    , m_x(new QValueAxis)
    , m_logX(new QLogValueAxis)
    , m_currentX(m_x)
    , m_y(new QValueAxis)
    , m_frontier(new QLineSeries)
{
    m_frontier->setName(tr("Pareto frontier"));
    // Both x axes stay in the chart (a removed axis left its labels behind on 6.4); the unused one is hidden.
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_logX, Qt::AlignBottom);
    m_logX->setVisible(false);
    chart()->addAxis(m_y, Qt::AlignLeft);
    chart()->addSeries(m_frontier);
    m_frontier->attachAxis(m_x);
    m_frontier->attachAxis(m_y);
    m_x->setLabelFormat(QStringLiteral("%g"));
    m_logX->setLabelFormat(QStringLiteral("%g"));
    m_logX->setMinorTickCount(8); // 2, 3, … 9 between the powers of ten
    m_y->setLabelFormat(QStringLiteral("%g"));
    applyPalette();
}

QString TradeoffChart::axisLabel(TradeoffAxis axis)
{
    switch (axis) {
    case TradeoffAxis::Cost:
        return tr("Cost of the run");
    case TradeoffAxis::AnswerTokens:
        return tr("Average answer tokens");
    case TradeoffAxis::Latency:
        return tr("Average latency (s)");
    case TradeoffAxis::ModelSize:
        return tr("Model size (billions of parameters)");
    }
    return {};
}

void TradeoffChart::setData(
    const ExperimentScores& scores, const ComparisonColumn& column, TradeoffAxis axis, bool percent)
{
    m_scores = scores;
    m_column = column;
    clearPoints();
    useXAxis(axis == TradeoffAxis::ModelSize ? static_cast<QAbstractAxis*>(m_logX) : static_cast<QAbstractAxis*>(m_x));
    const double factor = displayFactor(column, percent);
    const QStringList names = modelLabels(scores);
    QList<QPointF> points;
    QStringList missing;
    for (qsizetype model = 0; model < scores.models.size(); ++model) {
        const QPointF point(axisValue(scores.models.at(model), axis),
            stats::mean(finiteValues(scores.models.at(model), column.key)) * factor);
        if (!std::isfinite(point.x()) || !std::isfinite(point.y())) {
            missing.append(tr("%1 (%2)").arg(names.at(model), missingReason(axis)));
            continue;
        }
        addPoint(model, names.at(model), point);
        points.append(point);
    }
    drawFrontier(points);
    m_currentX->setTitleText(axisLabel(axis));
    m_y->setTitleText(column.label);
    chart()->setTitle(tr("%1 against %2").arg(column.label, axisName(axis)));
    updateAxes(points);
    m_note = missing.isEmpty() ? QString() : tr("Not shown: %1.").arg(missing.join(QStringLiteral(", ")));
    applyPalette();
}

void TradeoffChart::useXAxis(QAbstractAxis* axis)
{
    if (axis == m_currentX)
        return;
    m_frontier->detachAxis(m_currentX);
    m_currentX->setVisible(false);
    axis->setVisible(true);
    m_frontier->attachAxis(axis);
    m_currentX = axis;
}

void TradeoffChart::clearPoints()
{
    for (QScatterSeries* series : std::as_const(m_points)) {
        chart()->removeSeries(series);
        delete series;
    }
    m_points.clear();
    m_pointModels.clear();
    m_frontier->clear(); // before a log axis sees the zero costs of local models
}

void TradeoffChart::addPoint(qsizetype model, const QString& label, const QPointF& point)
{
    auto* series = new QScatterSeries;
    series->setName(label);
    series->setMarkerSize(12);
    series->append(point);
    // The name beside the point: the legend's colours alone are hard to match with many models.
    QString format = label;
    series->setPointLabelsFormat(format.replace(QLatin1Char('@'), QStringLiteral("@@")));
    series->setPointLabelsVisible(true);
    series->setPointLabelsClipping(false);
    chart()->addSeries(series);
    series->attachAxis(m_currentX);
    series->attachAxis(m_y);
    const qint64 modelId = m_scores.models.at(model).modelId;
    connect(series, &QScatterSeries::clicked, this, [this, model, modelId] {
        Q_EMIT samplesRequested(modelId, samplesWithValue(m_scores, model, m_column.key), m_column.key);
    });
    connect(series, &QScatterSeries::hovered, this, [this, label](const QPointF& at, bool entered) {
        showHover(entered ? tr("%1\n%2: %3\n%4: %5")
                                .arg(label, m_currentX->titleText(), formatChartValue(at.x()), m_column.label,
                                    formatChartValue(at.y()))
                          : QString());
    });
    m_points.append(series);
    m_pointModels.append(model);
}

void TradeoffChart::drawFrontier(const QList<QPointF>& points)
{
    analysis::ParetoDirections directions;
    directions.higherYIsBetter = m_column.direction != ScoreDirection::LowerIsBetter;
    QList<QPointF> line;
    for (qsizetype index : analysis::paretoFrontier(points, directions))
        line.append(points.at(index));
    m_frontier->replace(line);
}

void TradeoffChart::updateAxes(const QList<QPointF>& points)
{
    double left = 0;
    double right = 1;
    double bottom = 0;
    double top = 1;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF& point = points.at(i);
        left = i == 0 ? point.x() : std::min(left, point.x());
        right = i == 0 ? point.x() : std::max(right, point.x());
        bottom = i == 0 ? point.y() : std::min(bottom, point.y());
        top = i == 0 ? point.y() : std::max(top, point.y());
    }
    // Room around the extreme points for their markers and labels; costs, tokens and latency start at zero.
    const double yMargin = std::max(top - bottom, std::abs(top) * 0.1 + 1e-9) * 0.15;
    m_y->setRange(bottom - yMargin, top + yMargin);
    m_y->applyNiceNumbers();
    if (m_currentX == m_logX) {
        // Whole powers of ten, with a little room on the left for the smallest model's label.
        m_logX->setRange(std::pow(10.0, std::floor(std::log10(std::max(left, 1e-3)) - 0.3)),
            std::pow(10.0, std::ceil(std::log10(std::max(right, 1e-3)) + 0.1)));
        return;
    }
    const double xMargin = std::max(right - left, std::abs(right) * 0.1 + 1e-9) * 0.1;
    m_x->setRange(std::max(0.0, left - xMargin), right + xMargin);
    m_x->applyNiceNumbers();
}

void TradeoffChart::applyPalette()
{
    ChartView::applyPalette();
    const QColor text = palette().color(QPalette::Text);
    QPen dashed(text, 1.5, Qt::DashLine);
    m_frontier->setPen(dashed);
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        m_points.at(i)->setColor(seriesColor(m_pointModels.at(i)));
        m_points.at(i)->setBorderColor(palette().color(QPalette::Base));
        m_points.at(i)->setPointLabelsColor(text);
    }
}

} // namespace caliper
