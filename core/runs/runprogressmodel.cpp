#include "runs/runprogressmodel.h"

#include <QLocale>

namespace caliper {

RunProgressModel::RunProgressModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RunProgressModel::setRuns(QList<RunProgress> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

void RunProgressModel::update(const RunProgress& progress)
{
    const int row = rowOf(progress.runId);
    if (row < 0) {
        const int end = static_cast<int>(m_runs.size());
        beginInsertRows({}, end, end);
        m_runs.append(progress);
        endInsertRows();
        return;
    }
    m_runs[row] = progress;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int RunProgressModel::rowOf(qint64 runId) const
{
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).runId == runId)
            return static_cast<int>(i);
    }
    return -1;
}

int RunProgressModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

int RunProgressModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunProgressModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunProgress& run = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(run, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn && !run.lastError.isEmpty())
            return run.lastError;
        if (index.column() == CountsColumn)
            return tr("%1 done (%2 from the cache), %3 failed, %4 in flight, %5 in all")
                .arg(run.done)
                .arg(run.cached)
                .arg(run.failed)
                .arg(run.inFlight)
                .arg(run.total);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountsColumn || index.column() == RateColumn || index.column() == EtaColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case RunIdRole:
        return run.runId;
    case StateRole:
        return static_cast<int>(run.state);
    case ProgressRole:
        return progressPerMille(run);
    default:
        return {};
    }
}

QVariant RunProgressModel::display(const RunProgress& run, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return run.name;
    case StateColumn:
        return runStateName(run.state);
    case ProgressColumn:
        return QString(locale.toString(progressPerMille(run) / 10) + locale.percent());
    case CountsColumn:
        return tr("%1 / %2 / %3")
            .arg(locale.toString(run.done), locale.toString(run.failed), locale.toString(run.total));
    case RateColumn:
        return run.state == RunState::Running ? tr("%1/s").arg(locale.toString(run.requestsPerSecond, 'f', 2))
                                              : QString();
    case EtaColumn:
        return run.state == RunState::Running ? formatDuration(run.etaMs) : QString();
    case ErrorColumn:
        return run.lastError;
    default:
        return {};
    }
}

QVariant RunProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Run");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case CountsColumn:
        return tr("Done / failed / total");
    case RateColumn:
        return tr("Requests/s");
    case EtaColumn:
        return tr("ETA");
    case ErrorColumn:
        return tr("Last error");
    default:
        return {};
    }
}

int progressPerMille(const RunProgress& run)
{
    if (run.total <= 0)
        return 0;
    const qint64 finished = qint64(run.done) + run.failed;
    return static_cast<int>(
        std::min<qint64>(finished * RunProgressModel::ProgressScale / run.total, RunProgressModel::ProgressScale));
}

QString formatDuration(qint64 milliseconds)
{
    if (milliseconds < 0)
        return {};
    const qint64 seconds = (milliseconds + 999) / 1000;
    if (seconds < 60)
        return RunProgressModel::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return RunProgressModel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return RunProgressModel::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
}

} // namespace caliper
