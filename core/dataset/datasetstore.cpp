#include "dataset/datasetstore.h"

#include "workspace/connection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper::DatasetStore", text);
}

QStringList stringList(const QString& json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& value : array)
        list.append(value.toString());
    return list;
}

DatasetInfo datasetFromQuery(const QSqlQuery& query)
{
    DatasetInfo info;
    info.id = query.value(0).toLongLong();
    info.name = query.value(1).toString();
    info.sourcePath = query.value(2).toString();
    info.format = query.value(3).toString();
    info.contentHash = query.value(4).toString();
    info.mapping.idColumn = query.value(5).toString();
    info.mapping.inputColumn = query.value(6).toString();
    info.mapping.referenceColumn = query.value(7).toString();
    info.mapping.metadataColumns = stringList(query.value(8).toString());
    info.sampleCount = query.value(9).toLongLong();
    info.createdAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODate);
    return info;
}

Result<DatasetInfo> single(Result<QList<DatasetInfo>> found, const QString& notFound, const QString& file)
{
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error {notFound, file};
    return found->first();
}

} // namespace

DatasetStore::DatasetStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<DatasetInfo>> DatasetStore::select(const QString& where, const QVariant& value) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, name, source_path, format, content_hash, id_column, input_column, "
                                 "reference_column, metadata_columns, sample_count, created_at FROM datasets ")
        + where + QStringLiteral(" ORDER BY id"));
    if (!where.isEmpty())
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(tr("cannot read the datasets"), query.lastError(), m_db.databaseName());
    QList<DatasetInfo> datasets;
    while (query.next())
        datasets.append(datasetFromQuery(query));
    return datasets;
}

Result<QList<DatasetInfo>> DatasetStore::datasets() const
{
    return select(QString(), QVariant());
}

Result<DatasetInfo> DatasetStore::dataset(qint64 id) const
{
    return single(
        select(QStringLiteral("WHERE id = ?"), id), tr("there is no dataset with id %1").arg(id), m_db.databaseName());
}

Result<DatasetInfo> DatasetStore::datasetByName(const QString& name) const
{
    return single(select(QStringLiteral("WHERE name = ?"), name), tr("there is no dataset named \"%1\"").arg(name),
        m_db.databaseName());
}

Result<QList<DatasetInfo>> DatasetStore::datasetsByContentHash(const QString& contentHash) const
{
    return select(QStringLiteral("WHERE content_hash = ?"), contentHash);
}

Result<DatasetWordStatistics> DatasetStore::wordStatistics(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT avg(source_words), avg(reference_words), "
                                 "sum(reference IS NULL) FROM samples WHERE dataset_id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return sqlError(tr("cannot read the dataset's samples"), query.lastError(), m_db.databaseName());
    return DatasetWordStatistics {query.value(0).toDouble(), query.value(1).toDouble(), query.value(2).toLongLong()};
}

Status DatasetStore::remove(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM datasets WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("cannot remove the dataset"), query.lastError(), m_db.databaseName());
    if (query.numRowsAffected() == 0)
        return Error {tr("there is no dataset with id %1").arg(id), m_db.databaseName()};
    return Ok {};
}

} // namespace caliper
