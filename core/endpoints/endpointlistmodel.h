#pragma once

#include "endpoints/endpoint.h"

#include <QAbstractTableModel>
#include <QList>

namespace caliper {

/// The workspace's endpoints, one per row, followed by the built-in offline models (read-only rows, so users
/// see they exist). For the Endpoints page and anything that lets the user pick a model. Fed with value
/// structs (EndpointStore::list()), so it never touches the database.
class EndpointListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ModelColumn, BaseUrlColumn, LocationColumn, ConcurrencyColumn, SizeColumn, ColumnCount };
    enum Role { EndpointIdRole = Qt::UserRole, BuiltinRole };

    explicit EndpointListModel(QObject* parent = nullptr);

    /// `builtins` are shown after the endpoints; their ids are ignored (EndpointIdRole is 0 for them).
    void setEndpoints(QList<Endpoint> endpoints, QList<Endpoint> builtins = {});
    const QList<Endpoint>& endpoints() const { return m_endpoints; }
    const QList<Endpoint>& builtins() const { return m_builtins; }
    /// The endpoint or built-in model of a row.
    const Endpoint& endpointAt(int row) const;
    bool isBuiltin(int row) const { return row >= m_endpoints.size(); }
    /// The row of the stored endpoint with this id, or -1.
    int rowOf(qint64 endpointId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QVariant display(const Endpoint& endpoint, int column, bool builtin) const;

    QList<Endpoint> m_endpoints;
    QList<Endpoint> m_builtins;
};

/// A model size as people write it: "14B", "1.5B", "350M"; empty for 0 (unknown).
QString formatParameterCount(qint64 parameters);

} // namespace caliper
