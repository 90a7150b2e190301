#pragma once

#include "common/error.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace caliper {

/// One open SQLite connection with a unique name, closed and removed when it goes out of scope.
/// Qt SQL connections belong to the thread that opened them, so every thread (the GUI, an import worker,
/// the run queue) opens its own Connection on the same file; WAL mode lets readers and one writer overlap.
class Connection
{
public:
    static Result<std::unique_ptr<Connection>> open(const QString& databaseFile);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    QSqlDatabase database() const;
    QString fileName() const { return m_file; }

private:
    Connection(QString name, QString file);
    QString m_name;
    QString m_file;
};

/// A QSqlError (or a failed query) as an Error that names the database file.
Error sqlError(const QString& what, const QSqlError& error, const QString& databaseFile);

} // namespace caliper
