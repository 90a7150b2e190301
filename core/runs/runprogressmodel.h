#pragma once

#include "runs/runtypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace caliper {

/// One row per run with its progress, for the queue page: fed with RunProgress values as RunService reports
/// them (or as read back from the workspace for runs that are not active), so it never touches a thread or
/// the database.
class RunProgressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StateColumn,
        ProgressColumn,
        CountsColumn,
        RateColumn,
        EtaColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role {
        RunIdRole = Qt::UserRole,
        StateRole, ///< RunState as int
        ProgressRole, ///< finished (done + failed) per mille of total, 0–1000, for a progress bar
    };
    static constexpr int ProgressScale = 1000;

    explicit RunProgressModel(QObject* parent = nullptr);

    void setRuns(QList<RunProgress> runs);
    /// Updates the run's row, or appends one for a run not shown yet.
    void update(const RunProgress& progress);
    const QList<RunProgress>& runs() const { return m_runs; }
    const RunProgress& runAt(int row) const { return m_runs.at(row); }
    /// The row of the run with this id, or -1.
    int rowOf(qint64 runId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const RunProgress& run, int column) const;

    QList<RunProgress> m_runs;
};

/// Finished (done + failed) per mille of total; 0 for an empty run.
int progressPerMille(const RunProgress& run);
/// "45 s", "3 min 10 s", "2 h 05 min"; empty for an unknown (negative) duration.
QString formatDuration(qint64 milliseconds);

} // namespace caliper
