#pragma once

#include "dataset/datasetinfo.h"
#include "dataset/lengthhistogram.h"

#include <QWidget>

class QLabel;

namespace caliper {

class HistogramChartView;

/// What a dataset holds at a glance: sample count, rows missing a reference, and the length distributions of
/// source and reference in words — the numbers that tell whether a model's context window and a metric fit.
class DatasetStatisticsView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxBins = 12;

    explicit DatasetStatisticsView(QWidget* parent = nullptr);

    void showDataset(const DatasetInfo& dataset, const DatasetLengths& lengths);
    void clear();

    QString summaryText() const;
    HistogramChartView* sourceChart() const { return m_sourceChart; }
    HistogramChartView* referenceChart() const { return m_referenceChart; }

private:
    QLabel* m_summary = nullptr;
    HistogramChartView* m_sourceChart = nullptr;
    HistogramChartView* m_referenceChart = nullptr;
};

} // namespace caliper
