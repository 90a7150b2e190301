#include "pages/datasetstatisticsview.h"

#include "charts/histogramchartview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace caliper {

namespace {

QString describe(const QList<qint64>& words)
{
    if (words.isEmpty())
        return DatasetStatisticsView::tr("none");
    QList<qint64> sorted = words;
    std::sort(sorted.begin(), sorted.end());
    const double mean = static_cast<double>(std::accumulate(sorted.begin(), sorted.end(), qint64(0)))
        / static_cast<double>(sorted.size());
    const QLocale locale;
    return DatasetStatisticsView::tr("mean %1, median %2, range %3–%4 words")
        .arg(locale.toString(mean, 'f', 0), locale.toString(sorted.at(sorted.size() / 2)),
            locale.toString(sorted.constFirst()), locale.toString(sorted.constLast()));
}

} // namespace

DatasetStatisticsView::DatasetStatisticsView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("datasetStatistics"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statisticsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sourceChart = new HistogramChartView(tr("Source length"), this);
    m_sourceChart->setObjectName(QStringLiteral("sourceLengthChart"));
    m_referenceChart = new HistogramChartView(tr("Reference length"), this);
    m_referenceChart->setObjectName(QStringLiteral("referenceLengthChart"));

    auto* charts = new QHBoxLayout;
    charts->addWidget(m_sourceChart);
    charts->addWidget(m_referenceChart);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(charts, 1);
    clear();
}

void DatasetStatisticsView::showDataset(const DatasetInfo& dataset, const DatasetLengths& lengths)
{
    const QLocale locale;
    QStringList lines;
    lines << tr("%1 — %2 samples, imported from %3")
                 .arg(dataset.name, locale.toString(lengths.samples), dataset.sourcePath);
    if (dataset.mapping.referenceColumn.isEmpty())
        lines << tr("No reference column: reference-based metrics are unavailable for this dataset.");
    else
        lines << tr("Rows missing a reference: %1").arg(locale.toString(lengths.missingReference));
    lines << tr("Source: %1").arg(describe(lengths.sourceWords));
    lines << tr("Reference: %1").arg(describe(lengths.referenceWords));
    lines << tr("SHA-256: %1").arg(dataset.contentHash);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_sourceChart->setHistogram(LengthHistogram::compute(lengths.sourceWords, MaxBins));
    m_referenceChart->setHistogram(LengthHistogram::compute(lengths.referenceWords, MaxBins));
}

void DatasetStatisticsView::clear()
{
    m_summary->setText(tr("No dataset selected."));
    m_sourceChart->setHistogram({});
    m_referenceChart->setHistogram({});
}

QString DatasetStatisticsView::summaryText() const
{
    return m_summary->text();
}

} // namespace caliper
