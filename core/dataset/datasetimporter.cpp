#include "dataset/datasetimporter.h"

#include "common/pythonstring.h"
#include "dataset/datasetstore.h"
#include "workspace/connection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace caliper {

namespace {

QString cancelledMessage()
{
    return QCoreApplication::translate("caliper::DatasetImporter", "the import was cancelled");
}

constexpr qint64 ProgressStep = qint64(1) << 20;

/// One import: the reader, the resolved mapping and the prepared insert, alive for one transaction.
class Importer
{
    // Named, because lupdate would otherwise file this class's texts under "caliper::Importer".
    Q_DECLARE_TR_FUNCTIONS(caliper::DatasetImporter)

public:
    Importer(QSqlDatabase db, const ImportOptions& options, const ImportProgressCallback& progress)
        : m_db(std::move(db))
        , m_options(options)
        , m_progress(progress)
    { }
    Result<DatasetInfo> run();

private:
    Status open();
    Status resolveColumns();
    Status checkName();
    Status importRows();
    Status insertDataset();
    Status insertRow(const TableRow& row);
    void adoptNewColumns();
    Error duplicateId(const TableRow& row, const QString& id);
    Status reportProgress(bool force);
    Status finish();
    Error sqlFailure(const QString& what, const QSqlQuery& query) const
    {
        return sqlError(what, query.lastError(), m_db.databaseName());
    }
    QString metadataJson() const
    {
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(m_mapping.metadataColumns)).toJson(QJsonDocument::Compact));
    }
    static QString value(const TableRow& row, qsizetype index)
    {
        return index >= 0 && index < row.values.size() ? row.values.at(index) : QString();
    }

    QSqlDatabase m_db;
    const ImportOptions& m_options;
    const ImportProgressCallback& m_progress;
    std::unique_ptr<TableReader> m_reader;
    ColumnMapping m_mapping;
    QString m_name;
    qsizetype m_idIndex = -1;
    qsizetype m_inputIndex = -1;
    qsizetype m_referenceIndex = -1;
    QList<qsizetype> m_metadataIndexes;
    bool m_detected = false; // a detected mapping keeps JSON keys first seen in later rows as metadata too
    qsizetype m_knownColumns = 0;
    qint64 m_datasetId = 0;
    qint64 m_rows = 0;
    qint64 m_reportedBytes = 0;
    QSqlQuery m_insert;
};

Result<DatasetInfo> Importer::run()
{
    if (Status opened = open(); !opened)
        return opened.error();
    if (!m_db.transaction())
        return sqlError(tr("cannot start the import"), m_db.lastError(), m_db.databaseName());
    Status imported = importRows();
    m_insert.finish();
    if (imported && !m_db.commit())
        imported = sqlError(tr("cannot save the imported dataset"), m_db.lastError(), m_db.databaseName());
    if (!imported) {
        m_db.rollback();
        return imported.error();
    }
    return DatasetStore(m_db).dataset(m_datasetId);
}

Status Importer::open()
{
    auto reader = TableReader::open(m_options.path, m_options.format);
    if (!reader)
        return reader.error();
    m_reader = std::move(reader).value();
    m_mapping = m_options.mapping;
    m_detected = m_mapping.inputColumn.isEmpty();
    if (m_detected)
        m_mapping = ColumnMapping::detect(m_reader->columns());
    if (Status columns = resolveColumns(); !columns)
        return columns;
    m_name = m_options.name.isEmpty() ? QFileInfo(m_options.path).completeBaseName() : m_options.name;
    return checkName();
}

Status Importer::resolveColumns()
{
    const QStringList columns = m_reader->columns();
    if (Status valid = m_mapping.validate(columns, m_reader->path()); !valid) {
        Error error = valid.error();
        if (m_reader->format() != TableFormat::Csv) { // no header line: point at the first row instead
            TableRow first;
            error.line = m_reader->next(first).ok() ? first.line : 1;
            error.column = first.line > 0 ? first.column : 1;
        }
        return error;
    }
    m_idIndex = columns.indexOf(m_mapping.idColumn);
    m_inputIndex = columns.indexOf(m_mapping.inputColumn);
    m_referenceIndex = m_mapping.referenceColumn.isEmpty() ? -1 : columns.indexOf(m_mapping.referenceColumn);
    if (m_mapping.idColumn.isEmpty())
        m_idIndex = -1;
    m_metadataIndexes.clear();
    for (const QString& column : m_mapping.metadataColumns)
        m_metadataIndexes.append(columns.indexOf(column));
    m_knownColumns = columns.size();
    return Ok {};
}

Status Importer::checkName()
{
    if (m_name.trimmed().isEmpty())
        return Error {tr("the dataset needs a name"), m_options.path};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM datasets WHERE name = ?"));
    query.addBindValue(m_name);
    if (!query.exec())
        return sqlFailure(tr("cannot read the datasets"), query);
    if (query.next())
        return Error {tr("a dataset named \"%1\" already exists in this workspace: choose another name").arg(m_name),
            m_options.path};
    return Ok {};
}

Status Importer::importRows()
{
    if (Status dataset = insertDataset(); !dataset)
        return dataset;
    m_insert = QSqlQuery(m_db);
    if (!m_insert.prepare(QStringLiteral(
            "INSERT INTO samples(dataset_id, row_index, external_id, source, reference, metadata, source_words, "
            "reference_words) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return sqlFailure(tr("cannot prepare the import"), m_insert);
    TableRow row;
    for (;;) {
        Result<bool> read = m_reader->next(row);
        if (!read)
            return read.error();
        if (!read.value())
            break;
        if (m_detected && m_reader->columns().size() > m_knownColumns)
            adoptNewColumns();
        if (Status inserted = insertRow(row); !inserted)
            return inserted;
        ++m_rows;
        if (Status progress = reportProgress(m_rows == 1); !progress)
            return progress;
    }
    return finish();
}

Status Importer::insertDataset()
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO datasets(name, source_path, format, content_hash, id_column, "
                                 "input_column, reference_column, metadata_columns) VALUES (?, ?, ?, '', ?, ?, ?, ?)"));
    const QString path
        = m_options.path.startsWith(QLatin1Char(':')) ? m_options.path : QFileInfo(m_options.path).absoluteFilePath();
    query.addBindValue(m_name);
    query.addBindValue(path);
    query.addBindValue(tableFormatName(m_reader->format()));
    query.addBindValue(m_mapping.idColumn.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : m_mapping.idColumn);
    query.addBindValue(m_mapping.inputColumn);
    query.addBindValue(
        m_mapping.referenceColumn.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : m_mapping.referenceColumn);
    query.addBindValue(metadataJson());
    if (!query.exec())
        return sqlFailure(tr("cannot create the dataset"), query);
    m_datasetId = query.lastInsertId().toLongLong();
    return Ok {};
}

Status Importer::insertRow(const TableRow& row)
{
    const QString source = value(row, m_inputIndex);
    if (source.isNull())
        return Error {tr("this row has no source text (\"%1\" is missing or null)").arg(m_mapping.inputColumn),
            m_reader->path(), row.line, row.column};
    const QString id = m_idIndex < 0 ? QString::number(m_rows + 1) : value(row, m_idIndex);
    if (id.isEmpty()) {
        const TextPosition at = row.positions.value(m_idIndex, TextPosition {row.line, row.column});
        return Error {
            tr("this row has no id (\"%1\" is empty)").arg(m_mapping.idColumn), m_reader->path(), at.line, at.column};
    }
    const QString reference = m_referenceIndex < 0 ? QString() : value(row, m_referenceIndex);
    QJsonObject metadata;
    for (qsizetype i = 0; i < m_metadataIndexes.size(); ++i) {
        const QString text = value(row, m_metadataIndexes.at(i));
        metadata.insert(m_mapping.metadataColumns.at(i), text.isNull() ? QJsonValue() : QJsonValue(text));
    }
    const bool hasReference = !reference.isEmpty();
    m_insert.bindValue(0, m_datasetId);
    m_insert.bindValue(1, m_rows);
    m_insert.bindValue(2, id);
    m_insert.bindValue(3, source);
    m_insert.bindValue(4, hasReference ? QVariant(reference) : QVariant(QMetaType(QMetaType::QString)));
    m_insert.bindValue(5, QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact)));
    m_insert.bindValue(6, pythonstring::countWords(source));
    m_insert.bindValue(
        7, hasReference ? QVariant(pythonstring::countWords(reference)) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!m_insert.exec())
        return m_idIndex >= 0 ? duplicateId(row, id) : sqlFailure(tr("cannot store a sample"), m_insert);
    return Ok {};
}

void Importer::adoptNewColumns()
{
    const QStringList columns = m_reader->columns();
    for (qsizetype i = m_knownColumns; i < columns.size(); ++i) {
        m_mapping.metadataColumns.append(columns.at(i));
        m_metadataIndexes.append(i);
    }
    m_knownColumns = columns.size();
}

// The insert failed: most likely the id was already used by an earlier row (UNIQUE(dataset_id, external_id)).
Error Importer::duplicateId(const TableRow& row, const QString& id)
{
    const Error failure = sqlFailure(tr("cannot store a sample"), m_insert);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT row_index FROM samples WHERE dataset_id = ? AND external_id = ?"));
    query.addBindValue(m_datasetId);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return failure;
    const TextPosition at = row.positions.value(m_idIndex, TextPosition {row.line, row.column});
    return Error {tr("duplicate id \"%1\": row %2 has the same id").arg(id).arg(query.value(0).toLongLong() + 1),
        m_reader->path(), at.line, at.column};
}

Status Importer::reportProgress(bool force)
{
    const qint64 bytes = m_reader->bytesRead();
    if (!m_progress || (!force && bytes - m_reportedBytes < ProgressStep))
        return Ok {};
    m_reportedBytes = bytes;
    if (!m_progress(ImportProgress {bytes, m_reader->totalBytes(), m_rows}))
        return Error {cancelledMessage(), m_options.path};
    return Ok {};
}

Status Importer::finish()
{
    if (m_rows == 0) {
        const TextPosition end = m_reader->position();
        return Error {tr("the file has no rows"), m_reader->path(), end.line, end.column};
    }
    if (Status progress = reportProgress(true); !progress)
        return progress;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE datasets SET content_hash = ?, sample_count = ?, metadata_columns = ? "
                                 "WHERE id = ?"));
    query.addBindValue(m_reader->contentHash());
    query.addBindValue(m_rows);
    query.addBindValue(metadataJson());
    query.addBindValue(m_datasetId);
    if (!query.exec())
        return sqlFailure(tr("cannot store the dataset"), query);
    return Ok {};
}

} // namespace

Result<DatasetInfo> importDataset(QSqlDatabase db, const ImportOptions& options, const ImportProgressCallback& progress)
{
    return Importer(std::move(db), options, progress).run();
}

bool isImportCancelled(const Error& error)
{
    return error.message == cancelledMessage();
}

} // namespace caliper
