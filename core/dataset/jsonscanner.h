#pragma once

#include "dataset/bytereader.h"
#include "dataset/tablereader.h"

#include <QHash>
#include <QStringList>

#include <string>

namespace caliper {

/// The keys seen so far across a JSON table's objects, in first-seen order.
class ColumnSet
{
public:
    const QStringList& names() const { return m_names; }
    qsizetype indexOf(const QString& name); ///< appends a name not seen before

private:
    QStringList m_names;
    QHash<QString, qsizetype> m_index;
};

/// A strict, incremental JSON scanner (RFC 8259) over a ByteReader: it reads one row object at a time, so a JSON
/// table of any size is read in memory bounded by its largest row, and every error names the exact line and column.
/// Strings are decoded, numbers and literals kept as their source text, nested values copied as compact JSON.
class JsonScanner
{
public:
    explicit JsonScanner(ByteReader& input);

    /// Skips JSON whitespace and returns the next byte without consuming it; -1 at the end of the file.
    int skipWhitespace();
    /// Reads the object starting at the next byte into `row`, adding keys not seen before to `columns`.
    Status readRow(ColumnSet& columns, TableRow& row);
    /// Reads a string starting at the next byte, decoded to UTF-8.
    Status readString(std::string& decoded);
    /// Reads and checks any value, keeping nothing.
    Status skipValue();
    /// Consumes `expected` (after whitespace) or fails with a syntax error describing it.
    Status expect(char expected);
    /// "JSON syntax error: expected …, found …" at the next byte.
    Error syntaxError(const QString& expected);

private:
    Status readMember(ColumnSet& columns, TableRow& row);
    Status readValueText(QString& text);
    Status copyValue(std::string* out, int depth);
    Status copyContainer(std::string* out, int depth);
    Status scanString(std::string* decoded, std::string* raw);
    Status scanEscape(std::string* decoded, std::string* raw);
    Result<uint> readHex4(std::string* raw);
    Status copyNumber(std::string* out);
    Status copyLiteral(std::string* out);

    ByteReader& m_in;
    std::string m_key;
    std::string m_text;
    std::string m_scratch;
};

} // namespace caliper
