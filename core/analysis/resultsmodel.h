#pragma once

#include "analysis/comparisontable.h"
#include "experiments/experimentstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMap>

namespace caliper {

/// The comparison table of the Results page: one row per model, the model's name first, then one column per
/// ComparisonColumn, then its failures. Fed with the rows comparisonMeans() gives at once and, when the worker has
/// computed them, comparisonTable()'s rows with intervals and significance (setStatistics(), same shape, so
/// views keep their sorting and selection). Which columns show is the view's business (hidden sections).
class ResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ModelColumn, FirstValueColumn };
    enum Role {
        SortRole = Qt::UserRole, ///< the raw number (double; invalid when the cell is empty), the name for models
        BestRole, ///< bool: the best value of its column
        NotSignificantlyWorseRole, ///< bool: not the best, yet not significantly worse than it
        ColumnKeyRole, ///< QString: the ComparisonColumn key ("rougeL"); "model", "failures" for the others
        ValueRole, ///< double as displayed (×100 for 0–1 scores when percent); invalid when empty
    };

    explicit ResultsModel(QObject* parent = nullptr);

    /// A new table (another experiment, new scores): resets the model. Statistics count as pending.
    void setTable(QList<ComparisonColumn> columns, QList<ComparisonRow> rows);
    /// The same table with intervals and significance; ignored unless it has the current shape.
    void setStatistics(QList<ComparisonRow> rows);
    bool statisticsPending() const { return m_statisticsPending; }
    /// The judge's repeat spread by model name and score key (geval_coherence), shown in the G-Eval cells'
    /// tooltips; cleared by setTable().
    void setJudgeSpread(QHash<QString, QMap<QString, JudgeSpread>> spread);

    /// 0–1 scores as the study shows them (×100, one decimal) or raw (three decimals).
    void setPercent(bool percent);
    bool percent() const { return m_percent; }

    const QList<ComparisonColumn>& comparisonColumns() const { return m_columns; }
    const QList<ComparisonRow>& rows() const { return m_rows; }
    /// The model column of a ComparisonColumn key, or -1.
    int columnOf(const QString& key) const;
    int failuresColumn() const { return FirstValueColumn + static_cast<int>(m_columns.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant modelData(const ComparisonRow& row, int role) const;
    QVariant failuresData(const ComparisonRow& row, int role) const;
    QVariant cellData(
        const ComparisonRow& row, const ComparisonColumn& column, const ComparisonCell& cell, int role) const;
    QString formatted(const ComparisonColumn& column, double value) const;
    QString cellToolTip(const ComparisonRow& row, const ComparisonColumn& column, const ComparisonCell& cell) const;

    QList<ComparisonColumn> m_columns;
    QList<ComparisonRow> m_rows;
    bool m_percent = true;
    bool m_statisticsPending = false;
    QHash<QString, QMap<QString, JudgeSpread>> m_judgeSpread;
};

} // namespace caliper
