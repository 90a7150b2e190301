#pragma once

#include "dataset/jsonscanner.h"
#include "dataset/tablereader.h"

#include <optional>

namespace caliper {

/// A JSON table: an array of row objects, or an object holding such an array under "data" (ACI-Bench's shape;
/// the object's other members are checked and skipped). Read incrementally, one row object at a time.
class JsonReader final : public TableReader
{
public:
    static Result<std::unique_ptr<TableReader>> create(std::unique_ptr<ByteReader> input);

    TableFormat format() const override { return TableFormat::Json; }
    QStringList columns() const override { return m_columns.names(); }
    Result<bool> next(TableRow& row) override;
    qint64 bytesRead() const override { return input().bytesRead(); }

private:
    explicit JsonReader(std::unique_ptr<ByteReader> input);
    Status enterArray();
    Status enterDataMember();
    Result<bool> readElement(TableRow& row);
    Status finish();

    JsonScanner m_scanner;
    ColumnSet m_columns;
    std::optional<TableRow> m_pending; // the first row, read on opening so columns() is known at once
    bool m_first = true;
    bool m_wrapped = false;
    bool m_done = false;
};

} // namespace caliper
