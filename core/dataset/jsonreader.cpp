#include "dataset/jsonreader.h"

#include <QCoreApplication>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper::JsonReader", text);
}

} // namespace

JsonReader::JsonReader(std::unique_ptr<ByteReader> input)
    : TableReader(std::move(input))
    , m_scanner(this->input())
{ }

Result<std::unique_ptr<TableReader>> JsonReader::create(std::unique_ptr<ByteReader> input)
{
    input->skipByteOrderMark();
    std::unique_ptr<JsonReader> reader(new JsonReader(std::move(input)));
    if (Status entered = reader->enterArray(); !entered)
        return entered.error();
    TableRow first;
    Result<bool> read = reader->readElement(first);
    if (!read)
        return read.error();
    if (read.value())
        reader->m_pending = std::move(first);
    return std::unique_ptr<TableReader>(std::move(reader));
}

Status JsonReader::enterArray()
{
    const int c = m_scanner.skipWhitespace();
    if (c == -1)
        return input().errorAt(TextPosition {}, tr("the file is empty"));
    if (c == '{') {
        m_wrapped = true;
        return enterDataMember();
    }
    if (c != '[')
        return m_scanner.syntaxError(tr("'[' (an array of row objects) or '{' (an object with a \"data\" array)"));
    input().get();
    return Ok {};
}

// Skips the wrapper object's members up to "data" and enters its array.
Status JsonReader::enterDataMember()
{
    const TextPosition start = input().position();
    input().get();
    const Error noData = input().errorAt(start, tr("the JSON object has no \"data\" array of rows"));
    if (m_scanner.skipWhitespace() == '}')
        return noData;
    for (std::string key;; key.clear()) {
        if (Status read = m_scanner.readString(key); !read)
            return read;
        if (Status colon = m_scanner.expect(':'); !colon)
            return colon;
        if (key == "data") {
            if (m_scanner.skipWhitespace() != '[')
                return m_scanner.syntaxError(tr("'[' (the \"data\" member must be an array of row objects)"));
            input().get();
            return Ok {};
        }
        if (Status skipped = m_scanner.skipValue(); !skipped)
            return skipped;
        const int c = m_scanner.skipWhitespace();
        if (c == '}')
            return noData;
        if (Status comma = m_scanner.expect(','); !comma)
            return m_scanner.syntaxError(tr("',' or '}'"));
    }
}

Result<bool> JsonReader::next(TableRow& row)
{
    if (m_pending) {
        row = std::move(*m_pending);
        m_pending.reset();
        return true;
    }
    if (m_done)
        return false;
    return readElement(row);
}

Result<bool> JsonReader::readElement(TableRow& row)
{
    int c = m_scanner.skipWhitespace();
    if (c == ']') {
        input().get();
        if (Status finished = finish(); !finished)
            return finished.error();
        return false;
    }
    if (!m_first) {
        if (c != ',')
            return m_scanner.syntaxError(tr("',' or ']'"));
        input().get();
        c = m_scanner.skipWhitespace();
    }
    m_first = false;
    if (c != '{')
        return m_scanner.syntaxError(tr("an object (each element of the array is one row)"));
    if (Status object = m_scanner.readRow(m_columns, row); !object)
        return object.error();
    return true;
}

// After the rows: the rest of the wrapper object, then nothing but whitespace.
Status JsonReader::finish()
{
    m_done = true;
    while (m_wrapped) {
        const int c = m_scanner.skipWhitespace();
        if (c == '}') {
            input().get();
            break;
        }
        std::string key;
        if (c != ',')
            return m_scanner.syntaxError(tr("',' or '}'"));
        input().get();
        if (Status read = m_scanner.readString(key); !read)
            return read;
        if (Status colon = m_scanner.expect(':'); !colon)
            return colon;
        if (Status skipped = m_scanner.skipValue(); !skipped)
            return skipped;
    }
    if (m_scanner.skipWhitespace() != -1)
        return m_scanner.syntaxError(tr("the end of the file after the JSON value"));
    return input().ioStatus();
}

} // namespace caliper
