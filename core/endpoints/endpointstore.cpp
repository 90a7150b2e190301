#include "endpoints/endpointstore.h"

#include "workspace/connection.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace caliper {

namespace {

const QString Columns = QStringLiteral(
    "name, base_url, model, preset, key_source, key_name, concurrency, requests_per_minute, connect_timeout_ms, "
    "first_byte_timeout_ms, total_timeout_ms, max_retries, price_in_per_mtok, price_out_per_mtok, parameters, "
    "quantization");

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

void bindEndpoint(QSqlQuery& query, const Endpoint& e)
{
    const QVariantList values
        = {text(e.name), text(e.baseUrl.toString()), text(e.model), text(e.preset), keySourceName(e.keySource),
            text(e.keyName), e.concurrency, e.requestsPerMinute, e.connectTimeoutMs, e.firstByteTimeoutMs,
            e.totalTimeoutMs, e.maxRetries, e.priceInPerMTok, e.priceOutPerMTok, e.parameters, text(e.quantization)};
    for (const QVariant& value : values)
        query.addBindValue(value);
}

Endpoint readEndpoint(const QSqlQuery& q)
{
    Endpoint e;
    e.id = q.value(0).toLongLong();
    e.name = q.value(1).toString();
    e.baseUrl = QUrl(q.value(2).toString());
    e.model = q.value(3).toString();
    e.preset = q.value(4).toString();
    e.keySource = keySourceFromName(q.value(5).toString());
    e.keyName = q.value(6).toString();
    e.concurrency = q.value(7).toInt();
    e.requestsPerMinute = q.value(8).toInt();
    e.connectTimeoutMs = q.value(9).toInt();
    e.firstByteTimeoutMs = q.value(10).toInt();
    e.totalTimeoutMs = q.value(11).toInt();
    e.maxRetries = q.value(12).toInt();
    e.priceInPerMTok = q.value(13).toDouble();
    e.priceOutPerMTok = q.value(14).toDouble();
    e.parameters = q.value(15).toLongLong();
    e.quantization = q.value(16).toString();
    return e;
}

Error queryError(const QString& what, const QSqlQuery& query, const QSqlDatabase& db)
{
    return sqlError(what, query.lastError(), db.databaseName());
}

} // namespace

QString keySourceName(KeySource source)
{
    switch (source) {
    case KeySource::Keychain:
        return QStringLiteral("keychain");
    case KeySource::Environment:
        return QStringLiteral("env");
    case KeySource::None:
        break;
    }
    return QStringLiteral("none");
}

KeySource keySourceFromName(const QString& name)
{
    if (name == QLatin1String("keychain"))
        return KeySource::Keychain;
    if (name == QLatin1String("env"))
        return KeySource::Environment;
    return KeySource::None;
}

EndpointStore::EndpointStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<Endpoint>> EndpointStore::list() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, %1 FROM endpoints ORDER BY name COLLATE NOCASE").arg(Columns)))
        return queryError(QObject::tr("cannot read the endpoints"), query, m_db);
    QList<Endpoint> endpoints;
    while (query.next())
        endpoints.append(readEndpoint(query));
    return endpoints;
}

Result<Endpoint> EndpointStore::get(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, %1 FROM endpoints WHERE id = ?").arg(Columns));
    query.addBindValue(id);
    if (!query.exec())
        return queryError(QObject::tr("cannot read the endpoint"), query, m_db);
    if (!query.next())
        return Error {QObject::tr("there is no endpoint with id %1").arg(id), m_db.databaseName()};
    return readEndpoint(query);
}

Result<qint64> EndpointStore::add(const Endpoint& endpoint)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO endpoints (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(Columns));
    bindEndpoint(query, endpoint);
    if (!query.exec())
        return queryError(QObject::tr("cannot add the endpoint '%1'").arg(endpoint.name), query, m_db);
    return query.lastInsertId().toLongLong();
}

Status EndpointStore::update(const Endpoint& endpoint)
{
    QStringList assignments = Columns.split(QStringLiteral(", "));
    for (QString& column : assignments)
        column += QStringLiteral(" = ?");
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE endpoints SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))));
    bindEndpoint(query, endpoint);
    query.addBindValue(endpoint.id);
    if (!query.exec())
        return queryError(QObject::tr("cannot save the endpoint '%1'").arg(endpoint.name), query, m_db);
    if (query.numRowsAffected() != 1)
        return Error {QObject::tr("there is no endpoint with id %1").arg(endpoint.id), m_db.databaseName()};
    return Ok {};
}

Status EndpointStore::remove(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM endpoints WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return queryError(QObject::tr("cannot remove the endpoint"), query, m_db);
    return Ok {};
}

Result<qint64> EndpointStore::duplicate(qint64 id)
{
    Result<Endpoint> original = get(id);
    if (!original)
        return original.error();
    Result<QList<Endpoint>> all = list();
    if (!all)
        return all.error();
    QStringList names;
    for (const Endpoint& e : all.value())
        names << e.name;
    Endpoint copy = original.value();
    copy.name = QObject::tr("%1 (copy)").arg(original->name);
    for (int n = 2; names.contains(copy.name); ++n)
        copy.name = QObject::tr("%1 (copy %2)").arg(original->name).arg(n);
    return add(copy);
}

} // namespace caliper
