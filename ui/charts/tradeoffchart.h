#pragma once

#include "analysis/comparisoncolumns.h"
#include "analysis/experimentscores.h"
#include "charts/chartview.h"

class QAbstractAxis;
class QLineSeries;
class QLogValueAxis;
class QScatterSeries;
class QValueAxis;

namespace caliper {

/// What the trade-off scatter puts on its x axis: something a smaller model has less of.
enum class TradeoffAxis { Cost, AnswerTokens, Latency, ModelSize };

/// A quality score (mean per model) against cost, answer tokens, latency or model size: one point per model,
/// labelled with its name, and the Pareto frontier through the models no other is both cheaper and better than.
/// Clicking a point asks for that model's samples with the score.
class TradeoffChart : public ChartView
{
    Q_OBJECT
public:
    explicit TradeoffChart(QWidget* parent = nullptr);

    /// Plots `column`'s mean (×100 for fractions when `percent`) against `axis`. Models without a number on
    /// either axis are left out and named by note(). Model sizes, which span orders of magnitude, get a log axis.
    void setData(const ExperimentScores& scores, const ComparisonColumn& column, TradeoffAxis axis, bool percent);

    /// One scatter series per model shown, in model order.
    QList<QScatterSeries*> modelSeries() const { return m_points; }
    QLineSeries* frontier() const { return m_frontier; }
    /// The model (index into the scores' models) behind each scatter series.
    QList<qsizetype> pointModels() const { return m_pointModels; }
    /// Which models are not shown and why; empty when all are.
    QString note() const { return m_note; }

    static QString axisLabel(TradeoffAxis axis);

Q_SIGNALS:
    void samplesRequested(qint64 modelId, const QList<qint64>& sampleIds, const QString& key);

protected:
    void applyPalette() override;

private:
    void useXAxis(QAbstractAxis* axis);
    void clearPoints();
    void addPoint(qsizetype model, const QString& label, const QPointF& point);
    void drawFrontier(const QList<QPointF>& points);
    void updateAxes(const QList<QPointF>& points);

    QValueAxis* m_x = nullptr;
    QLogValueAxis* m_logX = nullptr; ///< for model sizes; only one of the two x axes is visible at a time
    QAbstractAxis* m_currentX = nullptr;
    QValueAxis* m_y = nullptr;
    QLineSeries* m_frontier = nullptr;
    QList<QScatterSeries*> m_points;
    QList<qsizetype> m_pointModels;
    ExperimentScores m_scores;
    ComparisonColumn m_column;
    QString m_note;
};

} // namespace caliper
