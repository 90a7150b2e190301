#pragma once

// Fills a workspace with samples by plain SQL (the fixed schema), so model tests do not depend on the importer
// and can create 100,000 rows quickly.
#include "common/pythonstring.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTest>
#include <QVariant>

#include <optional>

namespace caliper::test {

struct FixtureSample
{
    QString externalId;
    QString source;
    std::optional<QString> reference;
};

/// Inserts a dataset with these samples (row_index 0, 1, …) and returns its id, or 0 after a failed QVERIFY.
inline qint64 insertDataset(
    QSqlDatabase db, const QString& name, const QList<FixtureSample>& samples, bool withReferenceColumn = true)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO datasets(name, source_path, format, content_hash, id_column, "
                                 "input_column, reference_column, sample_count) VALUES (?, ?, 'csv', 'hash', 'id', "
                                 "'source', ?, ?)"));
    query.addBindValue(name);
    query.addBindValue(QString(name + QStringLiteral(".csv")));
    query.addBindValue(
        withReferenceColumn ? QVariant(QStringLiteral("reference")) : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(samples.size());
    if (!query.exec())
        return 0;
    const qint64 datasetId = query.lastInsertId().toLongLong();
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO samples(dataset_id, row_index, external_id, source, reference, "
                                  "source_words, reference_words) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const FixtureSample& sample = samples.at(i);
        insert.bindValue(0, datasetId);
        insert.bindValue(1, i);
        insert.bindValue(2, sample.externalId);
        insert.bindValue(3, sample.source);
        insert.bindValue(4, sample.reference ? QVariant(*sample.reference) : QVariant(QMetaType(QMetaType::QString)));
        insert.bindValue(5, pythonstring::countWords(sample.source));
        insert.bindValue(6,
            sample.reference ? QVariant(pythonstring::countWords(*sample.reference))
                             : QVariant(QMetaType(QMetaType::LongLong)));
        if (!insert.exec()) {
            db.rollback();
            return 0;
        }
    }
    db.commit();
    return datasetId;
}

/// Inserts a dataset of `count` generated samples in one statement (fast enough for 100,000 rows): sample i has
/// external id "s<i>", source "[doctor] visit <i> words here" and reference "PLAN <i>".
inline qint64 insertGeneratedDataset(QSqlDatabase db, const QString& name, int count)
{
    const qint64 datasetId = insertDataset(db, name, {});
    if (datasetId == 0)
        return 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?) "
        "INSERT INTO samples(dataset_id, row_index, external_id, source, reference, source_words, reference_words) "
        "SELECT ?, i, 's' || i, '[doctor] visit ' || i || ' words here', 'PLAN ' || i, 5, 2 FROM n"));
    query.addBindValue(count);
    query.addBindValue(datasetId);
    return query.exec() ? datasetId : 0;
}

} // namespace caliper::test
