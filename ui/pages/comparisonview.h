#pragma once

#include "analysis/comparisontable.h"
#include "analysis/resultsmodel.h"
#include "pages/comparisonproxy.h"
#include "reports/reportjudge.h"

#include <QWidget>

class QLabel;
class QMenu;
class QTableView;
class QToolButton;

namespace caliper {

class RecommendationView;

/// The Comparison tab of the Results page: the reference's average length, the comparison table (sortable, the
/// columns the user chose, best values in bold, † for not significantly worse, the 95% interval on hover), its
/// legend, which judge produced the G-Eval columns, and the recommendation panel below. Column choice and the ×100
/// display are remembered (QSettings).
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(QWidget* parent = nullptr);

    /// A new experiment's numbers: the table shows the means at once (intervals follow in setStatistics()).
    void setScores(const ExperimentScores& scores, const QList<ComparisonColumn>& columns);
    /// The full table of the same scores, with intervals and significance.
    void setStatistics(const QList<ComparisonRow>& rows);
    void setPercent(bool percent);
    /// Which judge produced the G-Eval columns and its repeat spread (read after the scores; empty: no judge).
    void setJudge(const ReportJudge& judge);

    ResultsModel* model() { return &m_model; }
    QTableView* table() const { return m_table; }
    QMenu* columnsMenu() const { return m_columnsMenu; }
    RecommendationView* recommendation() const { return m_recommendation; }
    /// Shows or hides the column of a ComparisonColumn key, remembering the choice.
    void setColumnVisible(const QString& key, bool visible);

Q_SIGNALS:
    void percentChanged(bool percent);

private:
    void rebuildColumnsMenu();
    void applyHiddenColumns();
    void updateLegend();

    ResultsModel m_model;
    ComparisonProxy m_proxy;
    QLabel* m_reference = nullptr;
    QLabel* m_legend = nullptr;
    QLabel* m_judge = nullptr;
    QTableView* m_table = nullptr;
    QToolButton* m_columnsButton = nullptr;
    QMenu* m_columnsMenu = nullptr;
    RecommendationView* m_recommendation = nullptr;
    double m_referenceWords = 0;
};

} // namespace caliper
