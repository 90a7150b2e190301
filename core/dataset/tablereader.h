#pragma once

#include "common/error.h"
#include "dataset/bytereader.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace caliper {

enum class TableFormat { Auto, Csv, Json, JsonLines };

/// "csv", "json", "jsonl" (what the workspace stores); "auto" for Auto.
QString tableFormatName(TableFormat format);
/// The inverse of tableFormatName(), also accepting "tsv" and "ndjson"; Auto for anything else.
TableFormat tableFormatFromName(const QString& name);

/// One row of a table file.
struct TableRow
{
    qint64 line = 0; ///< 1-based line where the row starts (JSON: the line of the object's '{')
    qint64 column = 0; ///< 1-based column where the row starts
    /// Aligned with TableReader::columns() as it was when the row was read; a missing key is a null QString.
    /// JSON numbers and booleans come as their source text, nested arrays and objects as compact JSON.
    QStringList values;
    /// Where each value starts, aligned with `values` (a missing JSON key points at the object), so errors about
    /// a value (a duplicate id) can name its line and column.
    QList<TextPosition> positions;
};

/// Streaming reader of CSV / JSON / JSON Lines rows: dataset import and `caliper score` (prediction files) read
/// tables through it. Memory stays bounded by the largest row, whatever the file size.
class TableReader
{
public:
    /// Auto: by extension (.csv/.tsv/.txt → CSV, .json → JSON, .jsonl/.ndjson → JSON Lines), else by sniffing the
    /// content. Opening reads the header (CSV) or the first row (JSON), so columns() is known at once; a file
    /// with no text at all is an error here.
    static Result<std::unique_ptr<TableReader>> open(const QString& path, TableFormat format = TableFormat::Auto);
    virtual ~TableReader();
    TableReader(const TableReader&) = delete;
    TableReader& operator=(const TableReader&) = delete;

    virtual TableFormat format() const = 0;
    /// The header (CSV), or the union of the keys seen so far in first-seen order (JSON): a key first used by a
    /// later row is appended when that row is read.
    virtual QStringList columns() const = 0;
    /// true: `row` filled; false: the end of the table was reached. An Error names file, line and column.
    virtual Result<bool> next(TableRow& row) = 0;
    virtual qint64 bytesRead() const = 0;
    qint64 totalBytes() const;
    QString path() const;
    /// SHA-256 (lower-case hex) of the file's bytes; complete once next() has returned false.
    QString contentHash() const;
    /// Where reading stands: after next() returned false, the end of the file.
    TextPosition position() const;

protected:
    explicit TableReader(std::unique_ptr<ByteReader> input);
    ByteReader& input() const { return *m_input; }

private:
    std::unique_ptr<ByteReader> m_input;
};

} // namespace caliper
