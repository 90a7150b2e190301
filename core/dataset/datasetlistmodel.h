#pragma once

#include "dataset/datasetinfo.h"

#include <QAbstractTableModel>
#include <QList>

namespace caliper {

/// The datasets of a workspace, one per row, for the Datasets page and anything that lets the user pick a
/// dataset. Fed with value structs (DatasetStore::datasets()), so it never touches the database itself.
class DatasetListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SamplesColumn, ColumnCount };
    enum Role { DatasetIdRole = Qt::UserRole, HasReferenceRole };

    explicit DatasetListModel(QObject* parent = nullptr);

    void setDatasets(QList<DatasetInfo> datasets);
    const QList<DatasetInfo>& datasets() const { return m_datasets; }
    /// The row of the dataset with this id, or -1.
    int rowOf(qint64 datasetId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString toolTip(const DatasetInfo& info) const;

    QList<DatasetInfo> m_datasets;
};

} // namespace caliper
