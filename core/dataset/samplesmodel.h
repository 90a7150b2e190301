#pragma once

#include "common/error.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace caliper {

/// Everything stored for one sample, for the detail pane.
struct SampleDetail
{
    qint64 id = 0; ///< samples.id
    qint64 rowIndex = 0;
    QString externalId;
    QString source;
    QString reference; ///< null when the sample has none
    QString metadataJson; ///< a JSON object
};

/// The samples of one dataset as a table, read lazily from the workspace database so that a dataset of
/// 100,000 rows scrolls smoothly: setting the dataset (or a search) reads only the matching sample ids, in
/// row order; the displayed columns are then read a page of rows at a time, when the view first asks for
/// a row of that page, and a bounded number of pages is kept. Search uses the FTS5 index over source and
/// reference, and falls back to a substring match for text FTS5 cannot parse (e.g. "[doctor]").
class SamplesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, SourceWordsColumn, ReferenceWordsColumn, PreviewColumn, ColumnCount };
    enum Role { SampleIdRole = Qt::UserRole, HasReferenceRole };
    enum class SearchMode { None, FullText, Substring };

    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 50;

    explicit SamplesModel(QObject* parent = nullptr);

    /// The connection this model reads with; it must belong to the model's thread.
    void setDatabase(const QSqlDatabase& db);
    /// Shows the samples of a dataset (0: none), keeping the current search text.
    Status setDataset(qint64 datasetId);
    qint64 datasetId() const { return m_datasetId; }
    /// Restricts the rows to those whose source or reference match `text`; empty shows all.
    Status setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    SearchMode searchMode() const { return m_searchMode; }

    /// Reads the whole sample shown in `row`.
    Result<SampleDetail> sample(int row) const;
    /// The row showing the sample with this samples.id, or -1.
    int rowOfSample(qint64 sampleId) const { return static_cast<int>(m_ids.indexOf(sampleId)); }

    /// Pages read from the database since the last reset, and pages held now (to test that reading is lazy).
    int pagesRead() const { return m_pagesRead; }
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 id = 0;
        QString externalId;
        qint64 sourceWords = 0;
        QVariant referenceWords; ///< null when there is no reference
        QString preview;
    };
    using Page = QList<Row>;

    Status reload();
    Result<QList<qint64>> queryIds(SearchMode mode) const;
    const Row* rowAt(int row) const;
    bool loadPage(int page) const;
    QVariant displayData(const Row& row, int column) const;

    QSqlDatabase m_db;
    qint64 m_datasetId = 0;
    QString m_searchText;
    SearchMode m_searchMode = SearchMode::None;
    QList<qint64> m_ids; ///< samples.id of every row shown, in display order
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_pageUse; ///< cached page numbers, least recently used first
    mutable int m_pagesRead = 0;
};

} // namespace caliper
