#pragma once

#include "common/error.h"
#include "endpoints/endpoint.h"

#include <QList>
#include <QSqlDatabase>

namespace caliper {

/// The workspace's endpoints (table `endpoints`, migration 2). Stores where a key lives, never the key.
/// Works on the connection it is given, so it can be used on any thread that has its own Connection.
class EndpointStore
{
public:
    explicit EndpointStore(QSqlDatabase db);

    /// Every endpoint, ordered by name.
    Result<QList<Endpoint>> list() const;
    Result<Endpoint> get(qint64 id) const;
    /// Stores a new endpoint and returns its id. Names are unique.
    Result<qint64> add(const Endpoint& endpoint);
    Status update(const Endpoint& endpoint);
    Status remove(qint64 id);
    /// A copy under a new name ("NAME (copy)", "NAME (copy 2)", …); returns the new id.
    Result<qint64> duplicate(qint64 id);

private:
    QSqlDatabase m_db;
};

/// How a KeySource is written in the database ("none", "keychain", "env"), and back.
QString keySourceName(KeySource source);
KeySource keySourceFromName(const QString& name);

} // namespace caliper
