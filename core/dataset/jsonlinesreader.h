#pragma once

#include "dataset/jsonscanner.h"
#include "dataset/tablereader.h"

#include <optional>

namespace caliper {

/// JSON Lines: one row object per line; blank lines are skipped.
class JsonLinesReader final : public TableReader
{
public:
    static Result<std::unique_ptr<TableReader>> create(std::unique_ptr<ByteReader> input);

    TableFormat format() const override { return TableFormat::JsonLines; }
    QStringList columns() const override { return m_columns.names(); }
    Result<bool> next(TableRow& row) override;
    qint64 bytesRead() const override { return input().bytesRead(); }

private:
    explicit JsonLinesReader(std::unique_ptr<ByteReader> input);
    Result<bool> readLine(TableRow& row);

    JsonScanner m_scanner;
    ColumnSet m_columns;
    std::optional<TableRow> m_pending; // the first row, read on opening so columns() is known at once
};

} // namespace caliper
