#pragma once

#include "analysis/comparisontable.h"
#include "charts/chartview.h"

class QBarCategoryAxis;
class QBarSet;
class QStackedBarSeries;
class QValueAxis;

namespace caliper {

/// Average reasoning and answer tokens per model, stacked: what a reasoning model spends before it answers.
/// The averages are the comparison table's. Clicking a bar asks for the model's finished samples.
class TokenChart : public ChartView
{
    Q_OBJECT
public:
    explicit TokenChart(QWidget* parent = nullptr);

    /// Reads the reasoning and answer token columns of `rows` (one row per model of `scores`, in its order).
    void setData(
        const ExperimentScores& scores, const QList<ComparisonColumn>& columns, const QList<ComparisonRow>& rows);

    QStackedBarSeries* series() const { return m_series; }
    QBarSet* reasoning() const { return m_reasoning; }
    QBarSet* answer() const { return m_answer; }
    QStringList categories() const;

Q_SIGNALS:
    void samplesRequested(qint64 modelId, const QList<qint64>& sampleIds, const QString& key);

protected:
    void applyPalette() override;

private:
    void onClicked(int model, QBarSet* set);
    void onHovered(bool entered, int model, QBarSet* set);

    QStackedBarSeries* m_series = nullptr;
    QBarSet* m_reasoning = nullptr;
    QBarSet* m_answer = nullptr;
    QBarCategoryAxis* m_models = nullptr;
    QValueAxis* m_tokens = nullptr;
    ExperimentScores m_scores;
};

} // namespace caliper
