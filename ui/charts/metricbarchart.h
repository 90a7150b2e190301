#pragma once

#include "analysis/comparisontable.h"
#include "charts/chartview.h"

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace caliper {

class ErrorBarItem;

/// Grouped bars of the quality scores: one group per metric, one bar (QBarSet) per model, with the comparison
/// table's 95% confidence intervals drawn as error bars once they are computed. Clicking a bar asks for the
/// samples behind it.
class MetricBarChart : public ChartView
{
    Q_OBJECT
public:
    explicit MetricBarChart(QWidget* parent = nullptr);

    /// Shows the quality columns of `rows` (one row per model of `scores`, in its order); fractions ×100 when
    /// `percent` is on, as the table shows them.
    void setData(const ExperimentScores& scores, const QList<ComparisonColumn>& columns,
        const QList<ComparisonRow>& rows, bool percent);

    QBarSeries* series() const { return m_series; }
    ErrorBarItem* errorBars() const { return m_errorBars; }
    /// The keys of the groups shown, left to right.
    QStringList groupKeys() const;
    /// The top centre of a model's bar in a group, in value coordinates (for QChart::mapToPosition).
    QPointF barPosition(qsizetype model, qsizetype group) const;

Q_SIGNALS:
    void samplesRequested(qint64 modelId, const QList<qint64>& sampleIds, const QString& key);

protected:
    void applyPalette() override;

private:
    void rebuildErrorBars();
    void updateValueAxis();
    void onClicked(int group, QBarSet* set);
    void onHovered(bool entered, int group, QBarSet* set);

    QBarSeries* m_series = nullptr;
    QBarCategoryAxis* m_groups = nullptr;
    QValueAxis* m_values = nullptr;
    ErrorBarItem* m_errorBars = nullptr;
    ExperimentScores m_scores; // implicitly shared with the caller's copy
    QList<ComparisonColumn> m_shown; ///< the quality columns, one per group
    QList<QList<ComparisonCell>> m_cells; ///< [model][group]
    QList<double> m_factors; ///< display factor per group
};

} // namespace caliper
