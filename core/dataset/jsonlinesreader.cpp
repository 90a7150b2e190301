#include "dataset/jsonlinesreader.h"

#include <QCoreApplication>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper::JsonLinesReader", text);
}

} // namespace

JsonLinesReader::JsonLinesReader(std::unique_ptr<ByteReader> input)
    : TableReader(std::move(input))
    , m_scanner(this->input())
{ }

Result<std::unique_ptr<TableReader>> JsonLinesReader::create(std::unique_ptr<ByteReader> input)
{
    input->skipByteOrderMark();
    std::unique_ptr<JsonLinesReader> reader(new JsonLinesReader(std::move(input)));
    if (reader->m_scanner.skipWhitespace() == -1)
        return reader->input().errorAt(TextPosition {}, tr("the file is empty"));
    TableRow first;
    Result<bool> read = reader->readLine(first);
    if (!read)
        return read.error();
    reader->m_pending = std::move(first);
    return std::unique_ptr<TableReader>(std::move(reader));
}

Result<bool> JsonLinesReader::next(TableRow& row)
{
    if (m_pending) {
        row = std::move(*m_pending);
        m_pending.reset();
        return true;
    }
    return readLine(row);
}

Result<bool> JsonLinesReader::readLine(TableRow& row)
{
    const int c = m_scanner.skipWhitespace(); // blank lines included
    if (c == -1) {
        if (Status io = input().ioStatus(); !io)
            return io.error();
        return false;
    }
    if (c != '{')
        return m_scanner.syntaxError(tr("an object (each line of a JSON Lines file holds one)"));
    if (Status object = m_scanner.readRow(m_columns, row); !object)
        return object.error();
    for (int next = input().peek(); next == ' ' || next == '\t' || next == '\r'; next = input().peek())
        input().get();
    if (input().peek() != '\n' && input().peek() != -1)
        return m_scanner.syntaxError(tr("the end of the line after the object"));
    return true;
}

} // namespace caliper
