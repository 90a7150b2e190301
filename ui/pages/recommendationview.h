#pragma once

#include "analysis/comparisoncolumns.h"
#include "analysis/experimentscores.h"
#include "analysis/recommendation.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace caliper {

/// "The smallest model that gets the job done": the user picks the quality metric, the tolerance (within X points
/// of the best, or not significantly worse) and what smallest means (size, cost, latency); the panel names the
/// recommended model, says why in one sentence and lists what it beat and what was left out. The decision is
/// analysis::recommend(); its paired tests run on a worker thread because they take seconds on large experiments.
class RecommendationView : public QWidget
{
    Q_OBJECT
public:
    explicit RecommendationView(QWidget* parent = nullptr);

    /// The experiment's numbers and the table's columns (the compared ones are the metrics offered). Starts at
    /// the headless default (defaultRecommendation()) the first time an experiment is shown.
    void setScores(const ExperimentScores& scores, const QList<ComparisonColumn>& columns);

    /// Whether the recommendation for the current settings is not shown yet (computing, or computed and its
    /// result not yet delivered to the GUI thread). Turns false only once updated() is emitted for it.
    bool busy() const { return m_shownGeneration != m_generation; }
    QString recommendedModel() const;

Q_SIGNALS:
    /// A recommendation (or its failure) is shown.
    void updated();

private:
    void recompute();
    void show(const Result<analysis::Recommendation>& result);
    analysis::RecommendationOptions options() const;
    QString verdictList(const QList<analysis::ModelVerdict>& verdicts) const;

    QComboBox* m_metric = nullptr;
    QComboBox* m_tolerance = nullptr;
    QDoubleSpinBox* m_points = nullptr;
    QComboBox* m_smallest = nullptr;
    QLabel* m_model = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_beaten = nullptr;
    QLabel* m_excluded = nullptr;
    ExperimentScores m_scores;
    QList<ComparisonColumn> m_metrics;
    QFutureWatcher<Result<analysis::Recommendation>> m_watcher;
    /// recompute() calls so far, the one the watcher's future answers, and the one shown: a result for earlier
    /// scores (still running when the scores went away) must not be shown against the new ones.
    quint64 m_generation = 0;
    quint64 m_futureGeneration = 0;
    quint64 m_shownGeneration = 0;
    QString m_recommended;
};

} // namespace caliper
