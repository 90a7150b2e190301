#include "analysis/resultsmodel.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace caliper {

ResultsModel::ResultsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ResultsModel::setTable(QList<ComparisonColumn> columns, QList<ComparisonRow> rows)
{
    beginResetModel();
    m_columns = std::move(columns);
    m_rows = std::move(rows);
    m_statisticsPending = !m_rows.isEmpty();
    m_judgeSpread.clear();
    endResetModel();
}

void ResultsModel::setJudgeSpread(QHash<QString, QMap<QString, JudgeSpread>> spread)
{
    m_judgeSpread = std::move(spread);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, FirstValueColumn), index(rowCount() - 1, columnCount() - 1), {Qt::ToolTipRole});
}

void ResultsModel::setStatistics(QList<ComparisonRow> rows)
{
    if (rows.size() != m_rows.size())
        return;
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (rows.at(row).model != m_rows.at(row).model || rows.at(row).cells.size() != m_columns.size())
            return;
    }
    m_rows = std::move(rows);
    m_statisticsPending = false;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ResultsModel::setPercent(bool percent)
{
    if (percent == m_percent)
        return;
    m_percent = percent;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int ResultsModel::columnOf(const QString& key) const
{
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).key == key)
            return FirstValueColumn + static_cast<int>(c);
    }
    return -1;
}

int ResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : failuresColumn() + 1;
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonRow& row = m_rows.at(index.row());
    if (index.column() == ModelColumn)
        return modelData(row, role);
    if (index.column() == failuresColumn())
        return failuresData(row, role);
    const qsizetype column = index.column() - FirstValueColumn;
    return cellData(row, m_columns.at(column), row.cells.at(column), role);
}

QVariant ResultsModel::modelData(const ComparisonRow& row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return row.model;
    case Qt::ToolTipRole:
        return tr("%1: %2 samples done, %3 failed").arg(row.model).arg(row.done).arg(row.failed);
    case ColumnKeyRole:
        return QStringLiteral("model");
    default:
        return {};
    }
}

QVariant ResultsModel::failuresData(const ComparisonRow& row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(row.failed);
    case SortRole:
    case ValueRole:
        return row.failed;
    case Qt::ToolTipRole:
        return tr("%1 of %2 samples failed").arg(row.failed).arg(row.total);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case ColumnKeyRole:
        return QStringLiteral("failures");
    default:
        return {};
    }
}

QVariant ResultsModel::cellData(
    const ComparisonRow& row, const ComparisonColumn& column, const ComparisonCell& cell, int role) const
{
    const bool empty = cell.n == 0 || std::isnan(cell.value);
    switch (role) {
    case Qt::DisplayRole:
        if (empty)
            return QStringLiteral("–");
        // The same mark as the reports' legend: † not significantly worse than the best.
        return QString(formatted(column, cell.value) + (cell.notSignificantlyWorse ? QStringLiteral("†") : QString()));
    case SortRole:
        return empty ? QVariant() : QVariant(cell.value);
    case ValueRole:
        return empty ? QVariant() : QVariant(displayedValue(column, cell.value, m_percent));
    case Qt::ToolTipRole:
        return empty ? tr("No value") : cellToolTip(row, column, cell);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (!cell.best)
            return {};
        {
            QFont font;
            font.setBold(true);
            return font;
        }
    case BestRole:
        return cell.best;
    case NotSignificantlyWorseRole:
        return cell.notSignificantlyWorse;
    case ColumnKeyRole:
        return column.key;
    default:
        return {};
    }
}

QString ResultsModel::formatted(const ComparisonColumn& column, double value) const
{
    return QLocale().toString(displayedValue(column, value, m_percent), 'f', displayDecimals(column, m_percent));
}

QString ResultsModel::cellToolTip(
    const ComparisonRow& row, const ComparisonColumn& column, const ComparisonCell& cell) const
{
    QStringList lines;
    const QString value = formatted(column, cell.value);
    if (column.kind == ColumnKind::Cost)
        lines.append(tr("%1: total %2 over %n sample(s)", nullptr, static_cast<int>(cell.n)).arg(column.label, value));
    else
        lines.append(tr("%1: mean %2 over %n sample(s)", nullptr, static_cast<int>(cell.n)).arg(column.label, value));
    if (column.kind != ColumnKind::Cost) {
        if (m_statisticsPending)
            lines.append(tr("95% confidence interval: computing…"));
        else if (cell.n > 1 && !std::isnan(cell.interval.low))
            lines.append(tr("95% confidence interval: %1 – %2")
                             .arg(formatted(column, cell.interval.low), formatted(column, cell.interval.high)));
    }
    if (cell.best)
        lines.append(tr("Best in this column"));
    else if (cell.notSignificantlyWorse)
        lines.append(
            tr("Not significantly worse than the best (Holm-adjusted p %1)").arg(formatPValue(cell.adjustedPValue)));
    else if (column.compared && !m_statisticsPending && cell.adjustedPValue < 1)
        lines.append(
            tr("Significantly worse than the best (Holm-adjusted p %1)").arg(formatPValue(cell.adjustedPValue)));
    // The judge's disagreement with itself, in the column's units: a difference between models smaller than this
    // is within the judge's noise (issue 5).
    const JudgeSpread spread = m_judgeSpread.value(row.model).value(column.key);
    if (spread.repeats >= 2)
        lines.append(tr(
            "Judge's own spread over %n repeat(s): ±%1 per sample, ±%2 between repeat means", nullptr, spread.repeats)
                         .arg(formatted(column, spread.sampleSd), formatted(column, spread.repeatMeansSd)));
    return lines.join(QLatin1Char('\n'));
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == ColumnKeyRole) {
        if (section == ModelColumn)
            return QStringLiteral("model");
        return section == failuresColumn() ? QStringLiteral("failures") : m_columns.at(section - 1).key;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == ModelColumn)
        return tr("Model");
    if (section == failuresColumn())
        return tr("Failures");
    const ComparisonColumn& column = m_columns.at(section - FirstValueColumn);
    if (role == Qt::ToolTipRole && column.kind == ColumnKind::Fraction)
        return m_percent ? tr("%1, 0–1 score shown ×100").arg(column.label) : column.label;
    return column.label;
}

} // namespace caliper
