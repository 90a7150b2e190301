#pragma once

#include "common/error.h"
#include "workspace/connection.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace caliper {

/// A workspace is one folder holding one SQLite database: every dataset, experiment, output and score a
/// user has. Opening it creates or migrates the schema. The Workspace owns the connection of the thread
/// that opened it; work on other threads opens its own with openConnection().
class Workspace
{
public:
    static constexpr auto DatabaseFileName = "caliper.sqlite";

    static Result<std::unique_ptr<Workspace>> open(const QString& directory);
    /// The folder used when the user names none: <AppDataLocation>/default.
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    QString databaseFile() const;
    QSqlDatabase database() const { return m_connection->database(); }

    /// A new connection to the same database, for use on one other thread.
    Result<std::unique_ptr<Connection>> openConnection() const;

private:
    Workspace(QString directory, std::unique_ptr<Connection> connection);
    QString m_directory;
    std::unique_ptr<Connection> m_connection;
};

} // namespace caliper
