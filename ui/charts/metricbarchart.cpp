#include "charts/metricbarchart.h"

#include "charts/chartdata.h"
#include "charts/errorbaritem.h"
#include "reports/svgchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace caliper {

namespace {

ComparisonCell cellAt(const QList<ComparisonRow>& rows, qsizetype model, qsizetype column)
{
    if (model < rows.size() && column < rows.at(model).cells.size())
        return rows.at(model).cells.at(column);
    const double nan = std::nan("");
    ComparisonCell missing;
    missing.value = nan;
    missing.interval = {nan, nan};
    return missing;
}

} // namespace

MetricBarChart::MetricBarChart(QWidget* parent)
    : ChartView(parent)
    , m_series(new QBarSeries)
    , m_groups(new QBarCategoryAxis)
    , m_values(new QValueAxis)
{
    chart()->addSeries(m_series);
    chart()->addAxis(m_groups, Qt::AlignBottom);
    chart()->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_groups);
    m_series->attachAxis(m_values);
    m_values->setLabelFormat(QStringLiteral("%g"));
    chart()->setTitle(tr("Mean scores per model, with 95% confidence intervals"));
    m_errorBars = new ErrorBarItem(chart(), m_series);
    connect(m_series, &QBarSeries::clicked, this, &MetricBarChart::onClicked);
    connect(m_series, &QBarSeries::hovered, this, &MetricBarChart::onHovered);
    applyPalette();
}

void MetricBarChart::setData(const ExperimentScores& scores, const QList<ComparisonColumn>& columns,
    const QList<ComparisonRow>& rows, bool percent)
{
    m_scores = scores;
    m_shown.clear();
    m_factors.clear();
    m_cells = QList<QList<ComparisonCell>>(scores.models.size());
    for (qsizetype column = 0; column < columns.size(); ++column) {
        if (!isQualityColumn(columns.at(column)))
            continue;
        m_shown.append(columns.at(column));
        m_factors.append(displayFactor(columns.at(column), percent));
        for (qsizetype model = 0; model < m_cells.size(); ++model)
            m_cells[model].append(cellAt(rows, model, column));
    }
    QStringList labels;
    for (const ComparisonColumn& column : std::as_const(m_shown))
        labels.append(column.label);
    m_series->clear();
    m_groups->clear();
    m_groups->append(labels);
    const QStringList names = modelLabels(scores);
    for (qsizetype model = 0; model < names.size(); ++model) {
        auto* set = new QBarSet(names.at(model));
        for (qsizetype group = 0; group < m_shown.size(); ++group) {
            const double value = m_cells.at(model).at(group).value * m_factors.at(group);
            set->append(std::isfinite(value) ? value : 0);
        }
        m_series->append(set);
    }
    m_values->setTitleText(percent ? tr("Score ×100") : tr("Score"));
    rebuildErrorBars();
    updateValueAxis();
    applyPalette();
}

QStringList MetricBarChart::groupKeys() const
{
    QStringList keys;
    for (const ComparisonColumn& column : m_shown)
        keys.append(column.key);
    return keys;
}

QPointF MetricBarChart::barPosition(qsizetype model, qsizetype group) const
{
    // Qt Charts lays a group's bars side by side across barWidth() of the category, centred on its index.
    const qreal width = m_series->barWidth();
    const qreal sets = std::max<qreal>(1, static_cast<qreal>(m_series->count()));
    const qreal x = static_cast<qreal>(group) - width / 2 + (static_cast<qreal>(model) + 0.5) * width / sets;
    const QBarSet* set = m_series->barSets().value(model);
    return {x, set ? set->at(static_cast<int>(group)) : 0};
}

void MetricBarChart::rebuildErrorBars()
{
    QList<ErrorBarItem::Bar> bars;
    const qreal capHalfWidth = m_series->barWidth() / std::max<qreal>(1, static_cast<qreal>(m_series->count())) / 4;
    for (qsizetype model = 0; model < m_cells.size(); ++model) {
        for (qsizetype group = 0; group < m_shown.size(); ++group) {
            const stats::ConfidenceInterval interval = m_cells.at(model).at(group).interval;
            if (!std::isfinite(interval.low) || !std::isfinite(interval.high))
                continue;
            const double factor = m_factors.at(group);
            bars.append({barPosition(model, group).x(), interval.low * factor, interval.high * factor, capHalfWidth});
        }
    }
    m_errorBars->setBars(bars);
}

void MetricBarChart::updateValueAxis()
{
    double highest = 0;
    for (const QBarSet* set : m_series->barSets()) {
        for (int i = 0; i < set->count(); ++i)
            highest = std::max(highest, set->at(i));
    }
    for (const ErrorBarItem::Bar& bar : m_errorBars->bars())
        highest = std::max(highest, bar.high);
    const ChartAxis axis = niceAxis(highest);
    m_values->setRange(0, axis.top);
    m_values->setTickCount(static_cast<int>(std::lround(axis.top / axis.step)) + 1);
    m_errorBars->update();
}

void MetricBarChart::onClicked(int group, QBarSet* set)
{
    const qsizetype model = m_series->barSets().indexOf(set);
    if (model < 0 || group < 0 || group >= m_shown.size())
        return;
    const QString key = m_shown.at(group).key;
    Q_EMIT samplesRequested(m_scores.models.at(model).modelId, samplesWithValue(m_scores, model, key), key);
}

void MetricBarChart::onHovered(bool entered, int group, QBarSet* set)
{
    const qsizetype model = m_series->barSets().indexOf(set);
    if (!entered || model < 0 || group < 0 || group >= m_shown.size()) {
        showHover({});
        return;
    }
    const ComparisonCell& cell = m_cells.at(model).at(group);
    const double factor = m_factors.at(group);
    QString text = tr("%1\n%2: %3").arg(set->label(), m_shown.at(group).label, formatChartValue(cell.value * factor));
    if (std::isfinite(cell.interval.low) && std::isfinite(cell.interval.high)) {
        text += QLatin1Char('\n')
            + tr("95% CI %1–%2")
                  .arg(formatChartValue(cell.interval.low * factor), formatChartValue(cell.interval.high * factor));
    }
    text += QLatin1Char('\n') + tr("%n sample(s)", nullptr, static_cast<int>(cell.n));
    showHover(text);
}

void MetricBarChart::applyPalette()
{
    ChartView::applyPalette();
    const QList<QBarSet*> sets = m_series->barSets();
    for (qsizetype model = 0; model < sets.size(); ++model) {
        sets.at(model)->setColor(seriesColor(model));
        sets.at(model)->setBorderColor(palette().color(QPalette::Base));
    }
    m_errorBars->setColor(palette().color(QPalette::Text));
}

} // namespace caliper
