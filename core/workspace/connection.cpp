#include "workspace/connection.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace caliper {

namespace {
QAtomicInteger<quint64> s_connectionCounter;
}

Connection::Connection(QString name, QString file)
    : m_name(std::move(name))
    , m_file(std::move(file))
{ }

Result<std::unique_ptr<Connection>> Connection::open(const QString& databaseFile)
{
    const QString name = QStringLiteral("caliper-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databaseFile);
        // Another connection may hold the write lock for a while (an import in its transaction).
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        if (!db.open()) {
            Error error = sqlError(QObject::tr("cannot open the workspace database"), db.lastError(), databaseFile);
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return error;
        }
        QSqlQuery pragma(db);
        for (const auto* statement :
            {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
            if (!pragma.exec(QString::fromLatin1(statement))) {
                Error error = sqlError(
                    QObject::tr("cannot configure the workspace database"), pragma.lastError(), databaseFile);
                pragma = QSqlQuery();
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
                return error;
            }
        }
    }
    return std::unique_ptr<Connection>(new Connection(name, databaseFile));
}

Connection::~Connection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Error sqlError(const QString& what, const QSqlError& error, const QString& databaseFile)
{
    QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Error {detail.isEmpty() ? what : what + QStringLiteral(" (") + detail + QLatin1Char(')'), databaseFile};
}

} // namespace caliper
