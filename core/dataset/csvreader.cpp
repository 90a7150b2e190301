#include "dataset/csvreader.h"

#include <QCoreApplication>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper::CsvReader", text);
}

} // namespace

CsvReader::CsvReader(std::unique_ptr<ByteReader> input, char delimiter)
    : TableReader(std::move(input))
    , m_delimiter(delimiter)
{ }

char CsvReader::detectDelimiter(QByteArrayView head)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const char c : head) {
        if (c == '"')
            quoted = !quoted; // a doubled quote toggles twice: still right
        else if (!quoted && c == '\n')
            break;
        else if (!quoted) {
            commas += c == ',';
            semicolons += c == ';';
            tabs += c == '\t';
        }
    }
    if (semicolons > commas && semicolons >= tabs)
        return ';';
    return tabs > commas ? '\t' : ',';
}

Result<std::unique_ptr<TableReader>> CsvReader::create(std::unique_ptr<ByteReader> input)
{
    input->skipByteOrderMark();
    const char delimiter = detectDelimiter(input->lookahead());
    std::unique_ptr<CsvReader> reader(new CsvReader(std::move(input), delimiter));
    if (Status header = reader->readHeader(); !header)
        return header.error();
    return std::unique_ptr<TableReader>(std::move(reader));
}

Status CsvReader::readHeader()
{
    TableRow header;
    Result<bool> read = readRecord(header);
    if (!read)
        return read.error();
    if (!read.value())
        return input().errorAt(TextPosition {}, tr("the file is empty"));
    for (qsizetype i = 0; i < header.values.size(); ++i) {
        if (header.values.indexOf(header.values.at(i)) < i)
            return input().errorAt(
                header.positions.at(i), tr("the header names the column \"%1\" twice").arg(header.values.at(i)));
    }
    m_columns = header.values;
    return Ok {};
}

Result<bool> CsvReader::next(TableRow& row)
{
    Result<bool> read = readRecord(row);
    if (!read || !read.value())
        return read;
    const auto expected = m_columns.size();
    if (row.values.size() == expected)
        return true;
    const QString message = tr("this row has %1 fields but the header has %2").arg(row.values.size()).arg(expected);
    return input().errorAt(row.values.size() > expected ? row.positions.at(expected) : m_recordEnd, message);
}

bool CsvReader::skipBlankLines()
{
    for (;;) {
        const int c = input().peek();
        if (c != '\n' && c != '\r')
            return c != -1;
        input().get(); // a lone CR (old Mac line end) between records counts as a blank line too
    }
}

Result<bool> CsvReader::readRecord(TableRow& row)
{
    if (!skipBlankLines()) {
        if (Status io = input().ioStatus(); !io)
            return io.error();
        return false;
    }
    const TextPosition start = input().position();
    row.line = start.line;
    row.column = start.column;
    row.values.clear();
    row.positions.clear();
    for (;;) {
        row.positions.append(input().position());
        Result<FieldEnd> end = readField();
        if (!end)
            return end.error();
        row.values.append(QString::fromUtf8(m_field.data(), static_cast<qsizetype>(m_field.size())));
        if (end.value() == FieldEnd::Record)
            return true;
    }
}

Result<CsvReader::FieldEnd> CsvReader::readField()
{
    m_field.clear();
    return input().peek() == '"' ? readQuoted() : readUnquoted();
}

Result<CsvReader::FieldEnd> CsvReader::readUnquoted()
{
    ByteReader& in = input();
    for (;;) {
        const int c = in.peek();
        if (c == m_delimiter) {
            in.get();
            return FieldEnd::Delimiter;
        }
        if (c == '\n' || c == -1) {
            m_recordEnd = in.position();
            if (!m_field.empty() && m_field.back() == '\r') { // CRLF: the CR ends the record, it is not data
                m_field.pop_back();
                --m_recordEnd.column;
            }
            in.get();
            return FieldEnd::Record;
        }
        in.get();
        if (c < 0x80)
            m_field.push_back(static_cast<char>(c));
        else if (Status utf8 = in.takeUtf8Tail(c, m_field); !utf8)
            return utf8.error();
    }
}

Result<CsvReader::FieldEnd> CsvReader::readQuoted()
{
    ByteReader& in = input();
    const TextPosition open = in.position();
    in.get();
    for (;;) {
        const int c = in.get();
        if (c == -1)
            return in.errorAt(open, tr("unterminated quoted field: the quote opened here is never closed"));
        if (c == '"') {
            if (in.peek() != '"')
                break;
            in.get(); // a doubled quote stands for one
        }
        if (c < 0x80)
            m_field.push_back(static_cast<char>(c));
        else if (Status utf8 = in.takeUtf8Tail(c, m_field); !utf8)
            return utf8.error();
    }
    const TextPosition after = in.position();
    int c = in.peek();
    if (c == m_delimiter) {
        in.get();
        return FieldEnd::Delimiter;
    }
    if (c == '\r') {
        in.get();
        c = in.peek();
    }
    if (c == '\n' || c == -1) {
        in.get();
        m_recordEnd = after;
        return FieldEnd::Record;
    }
    return in.errorAt(after, tr("unexpected text after a closing quote (write a quote inside a quoted field as \"\")"));
}

} // namespace caliper
