#include "endpoints/endpointlistmodel.h"

#include <QLocale>

namespace caliper {

EndpointListModel::EndpointListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void EndpointListModel::setEndpoints(QList<Endpoint> endpoints, QList<Endpoint> builtins)
{
    beginResetModel();
    m_endpoints = std::move(endpoints);
    m_builtins = std::move(builtins);
    endResetModel();
}

const Endpoint& EndpointListModel::endpointAt(int row) const
{
    return isBuiltin(row) ? m_builtins.at(row - m_endpoints.size()) : m_endpoints.at(row);
}

int EndpointListModel::rowOf(qint64 endpointId) const
{
    for (qsizetype i = 0; i < m_endpoints.size(); ++i) {
        if (m_endpoints.at(i).id == endpointId)
            return static_cast<int>(i);
    }
    return -1;
}

int EndpointListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_endpoints.size() + m_builtins.size());
}

int EndpointListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool builtin = isBuiltin(index.row());
    const Endpoint& endpoint = endpointAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(endpoint, index.column(), builtin);
    case Qt::ToolTipRole:
        return builtin ? tr("Built-in offline model: runs on this machine without a server; it cannot be edited")
                       : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == ConcurrencyColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case EndpointIdRole:
        return builtin ? qint64(0) : endpoint.id;
    case BuiltinRole:
        return builtin;
    default:
        return {};
    }
}

QVariant EndpointListModel::display(const Endpoint& endpoint, int column, bool builtin) const
{
    switch (column) {
    case NameColumn:
        return endpoint.name;
    case ModelColumn:
        return endpoint.model;
    case BaseUrlColumn:
        return builtin ? QString() : displayUrl(endpoint.baseUrl);
    case LocationColumn:
        if (builtin)
            return tr("Built-in");
        return endpoint.isLocal() ? tr("Local") : tr("Remote");
    case ConcurrencyColumn:
        return builtin ? QVariant() : QVariant(endpoint.concurrency);
    case SizeColumn:
        return formatParameterCount(endpoint.parameters);
    default:
        return {};
    }
}

QVariant EndpointListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ModelColumn:
        return tr("Model");
    case BaseUrlColumn:
        return tr("Base URL");
    case LocationColumn:
        return tr("Where");
    case ConcurrencyColumn:
        return tr("Concurrency");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

Qt::ItemFlags EndpointListModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // Built-in rows stay selectable (so keyboard users can reach and read them) but are never editable.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString formatParameterCount(qint64 parameters)
{
    if (parameters <= 0)
        return {};
    const QLocale locale;
    const auto scaled = [&locale](qint64 value, double unit, QChar suffix) -> QString {
        const double amount = static_cast<double>(value) / unit;
        // One decimal only where it says something ("1.5B"), none for whole sizes ("14B").
        const int decimals = amount < 100 && amount != static_cast<double>(static_cast<qint64>(amount)) ? 1 : 0;
        return locale.toString(amount, 'f', decimals) + suffix;
    };
    if (parameters >= 1'000'000'000)
        return scaled(parameters, 1e9, QLatin1Char('B'));
    if (parameters >= 1'000'000)
        return scaled(parameters, 1e6, QLatin1Char('M'));
    return locale.toString(parameters);
}

} // namespace caliper
