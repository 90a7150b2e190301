#include "dataset/samplesmodel.h"

#include "workspace/connection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace caliper {

namespace {

// Enough characters for a one-line preview in a wide column; the view elides the rest.
constexpr int PreviewCharacters = 300;

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

SamplesModel::SamplesModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SamplesModel::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    m_datasetId = 0;
    (void)reload();
}

Status SamplesModel::setDataset(qint64 datasetId)
{
    m_datasetId = datasetId;
    return reload();
}

Status SamplesModel::setSearchText(const QString& text)
{
    m_searchText = text.trimmed();
    return reload();
}

Status SamplesModel::reload()
{
    beginResetModel();
    m_ids.clear();
    m_pages.clear();
    m_pageUse.clear();
    m_pagesRead = 0;
    m_searchMode = m_searchText.isEmpty() ? SearchMode::None : SearchMode::FullText;
    Result<QList<qint64>> ids = QList<qint64>();
    if (m_datasetId > 0 && m_db.isValid()) {
        ids = queryIds(m_searchMode);
        // FTS5 rejects text that is not valid query syntax (brackets, a lone AND, "e.g."); a user typing it
        // wants the literal text, so search for it as a substring instead.
        if (!ids && m_searchMode == SearchMode::FullText) {
            m_searchMode = SearchMode::Substring;
            ids = queryIds(m_searchMode);
        }
    }
    if (ids)
        m_ids = std::move(ids).value();
    endResetModel();
    if (!ids)
        return ids.error();
    return Ok {};
}

Result<QList<qint64>> SamplesModel::queryIds(SearchMode mode) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    switch (mode) {
    case SearchMode::None:
        query.prepare(QStringLiteral("SELECT id FROM samples WHERE dataset_id = ? ORDER BY row_index"));
        query.addBindValue(m_datasetId);
        break;
    case SearchMode::FullText:
        query.prepare(QStringLiteral("SELECT s.id FROM samples_fts JOIN samples s ON s.id = samples_fts.rowid "
                                     "WHERE samples_fts MATCH ? AND s.dataset_id = ? ORDER BY s.row_index"));
        query.addBindValue(m_searchText);
        query.addBindValue(m_datasetId);
        break;
    case SearchMode::Substring:
        query.prepare(QStringLiteral("SELECT id FROM samples WHERE dataset_id = ? AND "
                                     "(source LIKE ? ESCAPE '\\' OR reference LIKE ? ESCAPE '\\') ORDER BY row_index"));
        query.addBindValue(m_datasetId);
        query.addBindValue(likePattern(m_searchText));
        query.addBindValue(likePattern(m_searchText));
        break;
    }
    if (!query.exec())
        return sqlError(tr("cannot search the samples"), query.lastError(), m_db.databaseName());
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

const SamplesModel::Row* SamplesModel::rowAt(int row) const
{
    const int page = row / PageSize;
    if (!m_pages.contains(page) && !loadPage(page))
        return nullptr;
    if (m_pageUse.constLast() != page) {
        m_pageUse.removeOne(page);
        m_pageUse.append(page);
    }
    const Page& rows = m_pages[page];
    const int offset = row % PageSize;
    return offset < rows.size() ? &rows[offset] : nullptr;
}

bool SamplesModel::loadPage(int page) const
{
    const qsizetype first = qsizetype(page) * PageSize;
    const QList<qint64> ids = m_ids.mid(first, PageSize);
    QStringList idList;
    idList.reserve(ids.size());
    for (qint64 id : ids)
        idList.append(QString::number(id));
    // The ids are integers read from the database, so listing them inline is safe and one query per page.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, external_id, source_words, reference_words, substr(source, 1, %1) "
                                   "FROM samples WHERE id IN (%2)")
                        .arg(PreviewCharacters)
                        .arg(idList.join(QLatin1Char(',')))))
        return false;
    QHash<qint64, Row> byId;
    while (query.next()) {
        Row row {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(), query.value(3),
            query.value(4).toString().simplified()};
        byId.insert(row.id, std::move(row));
    }
    Page rows;
    rows.reserve(ids.size());
    for (qint64 id : ids)
        rows.append(byId.value(id));
    if (m_pageUse.size() >= MaxCachedPages)
        m_pages.remove(m_pageUse.takeFirst());
    m_pages.insert(page, std::move(rows));
    m_pageUse.append(page);
    ++m_pagesRead;
    return true;
}

Result<SampleDetail> SamplesModel::sample(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return Error {tr("no sample in row %1").arg(row + 1), m_db.databaseName()};
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT id, row_index, external_id, source, reference, metadata FROM samples WHERE id = ?"));
    query.addBindValue(m_ids.at(row));
    if (!query.exec() || !query.next())
        return sqlError(tr("cannot read the sample"), query.lastError(), m_db.databaseName());
    return SampleDetail {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
        query.value(3).toString(), query.value(4).toString(), query.value(5).toString()};
}

int SamplesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int SamplesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SamplesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row* row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*row, index.column());
    case Qt::ToolTipRole:
        return index.column() == PreviewColumn ? QVariant(row->preview) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == SourceWordsColumn || index.column() == ReferenceWordsColumn
            ? QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case SampleIdRole:
        return row->id;
    case HasReferenceRole:
        return !row->referenceWords.isNull();
    default:
        return {};
    }
}

QVariant SamplesModel::displayData(const Row& row, int column) const
{
    switch (column) {
    case IdColumn:
        return row.externalId;
    case SourceWordsColumn:
        return row.sourceWords;
    case ReferenceWordsColumn:
        return row.referenceWords.isNull() ? QVariant(tr("—")) : row.referenceWords;
    case PreviewColumn:
        return row.preview;
    default:
        return {};
    }
}

QVariant SamplesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case SourceWordsColumn:
        return tr("Source words");
    case ReferenceWordsColumn:
        return tr("Reference words");
    case PreviewColumn:
        return tr("Preview");
    default:
        return {};
    }
}

} // namespace caliper
