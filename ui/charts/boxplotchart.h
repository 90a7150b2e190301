#pragma once

#include "analysis/comparisoncolumns.h"
#include "analysis/experimentscores.h"
#include "charts/chartview.h"
#include "stats/boxplot.h"

class QBarCategoryAxis;
class QBoxPlotSeries;
class QBoxSet;
class QScatterSeries;
class QValueAxis;

namespace caliper {

/// Box plots of one score's per-sample values, one box per model (quartiles and whiskers from stats::BoxPlot,
/// as the reports compute them), with the outliers as points. Clicking a box asks for all the model's samples
/// with that score; clicking an outlier asks for the samples with that value.
class BoxPlotChart : public ChartView
{
    Q_OBJECT
public:
    explicit BoxPlotChart(QWidget* parent = nullptr);

    /// Shows `column` of `scores`; fractions ×100 when `percent` is on. Models without a value get no box.
    void setData(const ExperimentScores& scores, const ComparisonColumn& column, bool percent);

    QBoxPlotSeries* series() const { return m_series; }
    QScatterSeries* outliers() const { return m_outliers; }
    /// The model (index into the scores' models) behind each box, left to right.
    QList<qsizetype> boxModels() const { return m_boxModels; }

Q_SIGNALS:
    void samplesRequested(qint64 modelId, const QList<qint64>& sampleIds, const QString& key);

protected:
    void applyPalette() override;

private:
    void updateValueAxis();
    void onBoxClicked(QBoxSet* box);
    void onBoxHovered(bool entered, QBoxSet* box);
    void onOutlierClicked(const QPointF& point);
    void onOutlierHovered(const QPointF& point, bool entered);

    QBoxPlotSeries* m_series = nullptr;
    QScatterSeries* m_outliers = nullptr;
    QBarCategoryAxis* m_models = nullptr;
    QValueAxis* m_values = nullptr;
    ExperimentScores m_scores;
    ComparisonColumn m_column;
    double m_factor = 1;
    QList<qsizetype> m_boxModels;
    QList<stats::BoxPlot> m_boxes; ///< per box, in stored (unscaled) units
};

} // namespace caliper
