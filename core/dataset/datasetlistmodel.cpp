#include "dataset/datasetlistmodel.h"

#include <QLocale>

namespace caliper {

DatasetListModel::DatasetListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void DatasetListModel::setDatasets(QList<DatasetInfo> datasets)
{
    beginResetModel();
    m_datasets = std::move(datasets);
    endResetModel();
}

int DatasetListModel::rowOf(qint64 datasetId) const
{
    for (qsizetype i = 0; i < m_datasets.size(); ++i) {
        if (m_datasets.at(i).id == datasetId)
            return static_cast<int>(i);
    }
    return -1;
}

int DatasetListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_datasets.size());
}

int DatasetListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatasetListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DatasetInfo& info = m_datasets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return info.name;
        return index.column() == SamplesColumn ? QVariant(info.sampleCount) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == SamplesColumn ? QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter))
                                               : QVariant();
    case Qt::ToolTipRole:
        return toolTip(info);
    case DatasetIdRole:
        return info.id;
    case HasReferenceRole:
        return !info.mapping.referenceColumn.isEmpty();
    default:
        return {};
    }
}

QString DatasetListModel::toolTip(const DatasetInfo& info) const
{
    const QString reference = info.mapping.referenceColumn.isEmpty() ? tr("none") : info.mapping.referenceColumn;
    return tr("%1\nFile: %2 (%3)\nSource column: %4\nReference column: %5\nSHA-256: %6\nImported: %7")
        .arg(info.name, info.sourcePath, info.format, info.mapping.inputColumn, reference, info.contentHash,
            QLocale().toString(info.createdAt.toLocalTime(), QLocale::ShortFormat));
}

QVariant DatasetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return tr("Dataset");
    return section == SamplesColumn ? QVariant(tr("Samples")) : QVariant();
}

} // namespace caliper
