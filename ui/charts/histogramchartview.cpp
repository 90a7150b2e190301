#include "charts/histogramchartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>

namespace caliper {

HistogramChartView::HistogramChartView(const QString& title, QWidget* parent)
    : QChartView(parent)
    , m_bars(new QBarSet(title))
    , m_categories(new QBarCategoryAxis)
    , m_counts(new QValueAxis)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* series = new QBarSeries;
    series->setBarWidth(0.95); // adjacent bars: a histogram, not a category comparison
    series->append(m_bars);
    chart->addSeries(series);
    m_categories->setTitleText(tr("words"));
    m_counts->setTitleText(tr("samples"));
    QFont small = m_categories->labelsFont(); // one label per narrow bar
    small.setPointSizeF(small.pointSizeF() * 0.8);
    m_categories->setLabelsFont(small);
    m_counts->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_categories, Qt::AlignBottom);
    chart->addAxis(m_counts, Qt::AlignLeft);
    series->attachAxis(m_categories);
    series->attachAxis(m_counts);
    // QChartView(QWidget*) starts with a chart of its own, and setChart() releases rather than deletes it.
    QChart* initial = this->chart();
    setChart(chart);
    delete initial;
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    applyPalette();
}

void HistogramChartView::setHistogram(const LengthHistogram& histogram)
{
    QStringList labels;
    QList<qreal> values;
    qint64 highest = 0;
    for (const HistogramBin& bin : histogram.bins) {
        // Four digits no longer fit a bar at 12 bins: 1.2k rather than 1200.
        labels.append(bin.lower >= 1000
                ? QString::number(static_cast<double>(bin.lower) / 1000.0, 'g', 3) + QLatin1Char('k')
                : QString::number(bin.lower));
        values.append(static_cast<qreal>(bin.count));
        highest = std::max(highest, bin.count);
    }
    // Qt Charts elides category labels to the bar width, so bars are labelled by where they start.
    m_categories->setTitleText(histogram.binWidth > 1
            ? tr("words (bins of %1, labelled by their start)").arg(histogram.binWidth)
            : tr("words"));
    m_bars->remove(0, m_bars->count());
    m_categories->clear();
    m_categories->append(labels);
    m_bars->append(values);
    // Whole numbers of samples at every tick: the axis ends at 4 × a round step.
    constexpr int Intervals = 4;
    const qint64 step = roundStep((std::max<qint64>(highest, 1) + Intervals - 1) / Intervals);
    m_counts->setRange(0, static_cast<qreal>(step * Intervals));
    m_counts->setTickCount(Intervals + 1);
}

QList<qreal> HistogramChartView::barValues() const
{
    QList<qreal> values;
    for (int i = 0; i < m_bars->count(); ++i)
        values.append(m_bars->at(i));
    return values;
}

QStringList HistogramChartView::categories() const
{
    return m_categories->categories();
}

void HistogramChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void HistogramChartView::applyPalette()
{
    // Qt Charts' themes ignore the widget palette; follow it so the chart reads in dark mode too.
    const QPalette colours = palette();
    chart()->setBackgroundBrush(colours.color(QPalette::Base));
    chart()->setTitleBrush(colours.color(QPalette::Text));
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_categories), static_cast<QAbstractAxis*>(m_counts)}) {
        axis->setLabelsBrush(colours.color(QPalette::Text));
        axis->setTitleBrush(colours.color(QPalette::Text));
        axis->setGridLineColor(colours.color(QPalette::Mid));
        axis->setLinePenColor(colours.color(QPalette::Mid));
    }
    m_bars->setColor(colours.color(QPalette::Highlight));
    m_bars->setBorderColor(colours.color(QPalette::Base));
}

} // namespace caliper
