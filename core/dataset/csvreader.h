#pragma once

#include "dataset/tablereader.h"

#include <string>

namespace caliper {

/// RFC 4180 CSV: quoted fields may hold delimiters, line breaks (kept byte for byte, CRLF included) and doubled
/// quotes; records end with CRLF or LF; a UTF-8 byte order mark is skipped; the delimiter (`,` `;` or tab) is
/// whichever occurs most in the header line. Blank lines between records are skipped. Every row must have as many
/// fields as the header.
class CsvReader final : public TableReader
{
public:
    static Result<std::unique_ptr<TableReader>> create(std::unique_ptr<ByteReader> input);
    /// The delimiter occurring most often outside quotes in the first line of `head`; ',' when none occurs.
    static char detectDelimiter(QByteArrayView head);

    TableFormat format() const override { return TableFormat::Csv; }
    QStringList columns() const override { return m_columns; }
    Result<bool> next(TableRow& row) override;
    qint64 bytesRead() const override { return input().bytesRead(); }
    char delimiter() const { return m_delimiter; }

private:
    enum class FieldEnd { Delimiter, Record };

    CsvReader(std::unique_ptr<ByteReader> input, char delimiter);
    Status readHeader();
    Result<bool> readRecord(TableRow& row);
    bool skipBlankLines();
    Result<FieldEnd> readField();
    Result<FieldEnd> readUnquoted();
    Result<FieldEnd> readQuoted();

    char m_delimiter;
    QStringList m_columns;
    std::string m_field; // the field being read, as raw UTF-8 (validated while reading)
    TextPosition m_recordEnd; // where the last record's text ended (before its line break)
};

} // namespace caliper
