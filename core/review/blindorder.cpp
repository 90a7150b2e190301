#include "review/blindorder.h"

#include "stats/random.h"
#include "workspace/connection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

#include <utility>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper::ReviewStore", text);
}

quint64 seedOf(qint64 experimentId, const QString& reviewer, qint64 sampleId)
{
    const QByteArray key
        = QByteArray::number(experimentId) + '\n' + reviewer.toUtf8() + '\n' + QByteArray::number(sampleId);
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    return qFromBigEndian<quint64>(digest.constData());
}

Result<QList<qint64>> selectIds(
    const QSqlDatabase& db, const QString& sql, const QVariantList& values, const QString& what)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(what, query.lastError(), db.databaseName());
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Status storeOrder(QSqlDatabase& db, qint64 experimentId, const QString& reviewer, qint64 sampleId,
    const QList<qint64>& models, qint64 firstPosition)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO blind_orders(experiment_id, reviewer, sample_id, model_id, "
                                  "position) VALUES (?, ?, ?, ?, ?)"));
    const bool transaction = db.transaction();
    for (qsizetype i = 0; i < models.size(); ++i) {
        for (const QVariant& value : {QVariant(experimentId), QVariant(reviewer), QVariant(sampleId),
                 QVariant(models.at(i)), QVariant(firstPosition + i)})
            insert.addBindValue(value);
        if (!insert.exec()) {
            if (transaction)
                db.rollback();
            return sqlError(tr("cannot store the blinded order"), insert.lastError(), db.databaseName());
        }
    }
    if (transaction && !db.commit())
        return sqlError(tr("cannot store the blinded order"), db.lastError(), db.databaseName());
    return Ok {};
}

} // namespace

QString blindedLabel(qsizetype position)
{
    QString letters;
    for (qsizetype n = position + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + static_cast<char16_t>((n - 1) % 26)));
    return QCoreApplication::translate("caliper", "Output %1").arg(letters);
}

QList<qint64> shuffledModelOrder(QList<qint64> modelIds, qint64 experimentId, const QString& reviewer, qint64 sampleId)
{
    // Fisher–Yates with a fully specified generator: std::shuffle's result differs between standard libraries.
    stats::Random random(seedOf(experimentId, reviewer, sampleId));
    for (qsizetype i = modelIds.size() - 1; i > 0; --i) {
        const auto j = static_cast<qsizetype>(random.below(static_cast<quint64>(i + 1)));
        std::swap(modelIds[i], modelIds[j]);
    }
    return modelIds;
}

Result<QList<qint64>> blindedModelOrder(QSqlDatabase db, qint64 experimentId, const QString& reviewer, qint64 sampleId)
{
    Result<QList<qint64>> stored = selectIds(db,
        QStringLiteral("SELECT model_id FROM blind_orders WHERE experiment_id = ? AND reviewer = ? AND sample_id = ? "
                       "ORDER BY position"),
        {experimentId, reviewer, sampleId}, tr("cannot read the blinded order"));
    if (!stored)
        return stored;
    Result<QList<qint64>> models
        = selectIds(db, QStringLiteral("SELECT id FROM experiment_models WHERE experiment_id = ? ORDER BY position"),
            {experimentId}, tr("cannot read the experiment's models"));
    if (!models)
        return models;
    QList<qint64> fresh;
    for (qint64 id : *models) {
        if (!stored->contains(id))
            fresh.append(id);
    }
    if (fresh.isEmpty())
        return stored;
    fresh = shuffledModelOrder(fresh, experimentId, reviewer, sampleId);
    // Positions continue after the highest stored one, which may exceed the count once a model was removed.
    const Result<QList<qint64>> last = selectIds(db,
        QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM blind_orders WHERE experiment_id = ? "
                       "AND reviewer = ? AND sample_id = ?"),
        {experimentId, reviewer, sampleId}, tr("cannot read the blinded order"));
    if (!last)
        return last;
    const Status saved = storeOrder(db, experimentId, reviewer, sampleId, fresh, last->value(0));
    if (!saved)
        return saved.error();
    return *stored + fresh;
}

Result<QList<BlindedColumn>> blindedColumns(
    QSqlDatabase db, qint64 experimentId, const QString& reviewer, qint64 sampleId)
{
    Result<QList<qint64>> order = blindedModelOrder(std::move(db), experimentId, reviewer, sampleId);
    if (!order)
        return order.error();
    QList<BlindedColumn> columns;
    for (qsizetype i = 0; i < order->size(); ++i)
        columns.append({order->at(i), blindedLabel(i)});
    return columns;
}

} // namespace caliper
