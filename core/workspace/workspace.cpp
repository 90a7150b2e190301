#include "workspace/workspace.h"

#include "workspace/migrations.h"

#include <QDir>
#include <QObject>
#include <QStandardPaths>

namespace caliper {

Workspace::Workspace(QString directory, std::unique_ptr<Connection> connection)
    : m_directory(std::move(directory))
    , m_connection(std::move(connection))
{ }

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& directory)
{
    const QString absolute = QDir(directory).absolutePath();
    if (!QDir().mkpath(absolute))
        return Error {QObject::tr("cannot create the workspace folder"), absolute};
    auto connection = Connection::open(QDir(absolute).filePath(QString::fromLatin1(DatabaseFileName)));
    if (!connection)
        return connection.error();
    QSqlDatabase db = connection.value()->database();
    if (Status migrated = migrations::migrate(db); !migrated)
        return migrated.error();
    return std::unique_ptr<Workspace>(new Workspace(absolute, std::move(connection).value()));
}

QString Workspace::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("default"));
}

QString Workspace::databaseFile() const
{
    return m_connection->fileName();
}

Result<std::unique_ptr<Connection>> Workspace::openConnection() const
{
    return Connection::open(databaseFile());
}

} // namespace caliper
