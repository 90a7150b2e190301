#include "dataset/jsonscanner.h"

#include <QCoreApplication>

namespace caliper {

namespace {

constexpr int MaxDepth = 512;

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper::JsonScanner", text);
}

void put(std::string* out, int c)
{
    if (out)
        out->push_back(static_cast<char>(c));
}

void appendUtf8(std::string* out, uint codePoint)
{
    if (!out)
        return;
    if (codePoint < 0x80) {
        put(out, static_cast<int>(codePoint));
    } else if (codePoint < 0x800) {
        put(out, static_cast<int>(0xC0 | (codePoint >> 6)));
        put(out, static_cast<int>(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        put(out, static_cast<int>(0xE0 | (codePoint >> 12)));
        put(out, static_cast<int>(0x80 | ((codePoint >> 6) & 0x3F)));
        put(out, static_cast<int>(0x80 | (codePoint & 0x3F)));
    } else {
        put(out, static_cast<int>(0xF0 | (codePoint >> 18)));
        put(out, static_cast<int>(0x80 | ((codePoint >> 12) & 0x3F)));
        put(out, static_cast<int>(0x80 | ((codePoint >> 6) & 0x3F)));
        put(out, static_cast<int>(0x80 | (codePoint & 0x3F)));
    }
}

bool isDigit(int c)
{
    return c >= '0' && c <= '9';
}

} // namespace

qsizetype ColumnSet::indexOf(const QString& name)
{
    const auto found = m_index.constFind(name);
    if (found != m_index.constEnd())
        return found.value();
    m_names.append(name);
    m_index.insert(name, m_names.size() - 1);
    return m_names.size() - 1;
}

JsonScanner::JsonScanner(ByteReader& input)
    : m_in(input)
{ }

int JsonScanner::skipWhitespace()
{
    for (;;) {
        const int c = m_in.peek();
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return c;
        m_in.get();
    }
}

Error JsonScanner::syntaxError(const QString& expected)
{
    const int c = m_in.peek();
    QString found;
    if (c == -1)
        found = tr("the end of the file");
    else if (c < 0x20 || c >= 0x7F)
        found = tr("byte 0x%1").arg(c, 2, 16, QLatin1Char('0'));
    else
        found = QLatin1Char('\'') + QLatin1Char(static_cast<char>(c)) + QLatin1Char('\'');
    return m_in.errorAt(m_in.position(), tr("JSON syntax error: expected %1, found %2").arg(expected, found));
}

Status JsonScanner::expect(char expected)
{
    if (skipWhitespace() != static_cast<uchar>(expected))
        return syntaxError(QLatin1Char('\'') + QLatin1Char(expected) + QLatin1Char('\''));
    m_in.get();
    return Ok {};
}

Status JsonScanner::readRow(ColumnSet& columns, TableRow& row)
{
    const TextPosition start = m_in.position();
    if (m_in.peek() != '{')
        return syntaxError(tr("an object"));
    m_in.get();
    row.line = start.line;
    row.column = start.column;
    row.values = QStringList(columns.names().size());
    row.positions = QList<TextPosition>(columns.names().size(), start);
    if (skipWhitespace() == '}') {
        m_in.get();
        return Ok {};
    }
    for (;;) {
        if (Status member = readMember(columns, row); !member)
            return member;
        const int c = skipWhitespace();
        if (c != ',' && c != '}')
            return syntaxError(tr("',' or '}'"));
        m_in.get();
        if (c == '}')
            return Ok {};
    }
}

Status JsonScanner::readMember(ColumnSet& columns, TableRow& row)
{
    if (skipWhitespace() != '"')
        return syntaxError(tr("a string (an object key)"));
    m_key.clear();
    if (Status key = scanString(&m_key, nullptr); !key)
        return key;
    if (Status colon = expect(':'); !colon)
        return colon;
    skipWhitespace();
    const TextPosition at = m_in.position();
    QString text;
    if (Status value = readValueText(text); !value)
        return value;
    const qsizetype index = columns.indexOf(QString::fromUtf8(m_key.data(), static_cast<qsizetype>(m_key.size())));
    if (index == row.values.size()) { // a key no earlier row had
        row.values.append(text);
        row.positions.append(at);
    } else { // a key repeated within one object: the last value wins, as in most JSON readers
        row.values[index] = text;
        row.positions[index] = at;
    }
    return Ok {};
}

Status JsonScanner::readString(std::string& decoded)
{
    if (skipWhitespace() != '"')
        return syntaxError(tr("a string"));
    return scanString(&decoded, nullptr);
}

Status JsonScanner::skipValue()
{
    skipWhitespace();
    return copyValue(nullptr, 0);
}

Status JsonScanner::readValueText(QString& text)
{
    m_text.clear();
    const int c = m_in.peek();
    Status read = c == '"' ? scanString(&m_text, nullptr) : copyValue(&m_text, 0);
    if (!read)
        return read;
    if (c == 'n') // the literal null: the value is missing
        text = QString();
    else
        text = QString::fromUtf8(m_text.data(), static_cast<qsizetype>(m_text.size()));
    return Ok {};
}

Status JsonScanner::copyValue(std::string* out, int depth)
{
    const int c = m_in.peek();
    if (c == '{' || c == '[')
        return copyContainer(out, depth);
    if (c == '"')
        return scanString(nullptr, out);
    if (c == 't' || c == 'f' || c == 'n')
        return copyLiteral(out);
    if (c == '-' || isDigit(c))
        return copyNumber(out);
    return syntaxError(tr("a value"));
}

Status JsonScanner::copyContainer(std::string* out, int depth)
{
    if (depth >= MaxDepth)
        return m_in.errorAt(m_in.position(), tr("JSON nested more than %1 levels deep").arg(MaxDepth));
    const int open = m_in.get();
    const int close = open == '{' ? '}' : ']';
    put(out, open);
    if (skipWhitespace() == close) {
        put(out, m_in.get());
        return Ok {};
    }
    for (;;) {
        if (open == '{') {
            if (skipWhitespace() != '"')
                return syntaxError(tr("a string (an object key)"));
            if (Status key = scanString(nullptr, out); !key)
                return key;
            if (Status colon = expect(':'); !colon)
                return colon;
            put(out, ':');
        }
        skipWhitespace();
        if (Status value = copyValue(out, depth + 1); !value)
            return value;
        const int c = skipWhitespace();
        if (c != ',' && c != close)
            return syntaxError(open == '{' ? tr("',' or '}'") : tr("',' or ']'"));
        put(out, m_in.get());
        if (c == close)
            return Ok {};
    }
}

// Either decodes the string into `decoded` or copies its source text, quotes and escapes included, to `raw`
// (or neither, to skip it); never both.
Status JsonScanner::scanString(std::string* decoded, std::string* raw)
{
    const TextPosition start = m_in.position();
    put(raw, m_in.get());
    for (;;) {
        const TextPosition here = m_in.position();
        const int c = m_in.get();
        if (c == '"') {
            put(raw, c);
            return Ok {};
        }
        if (c == -1)
            return m_in.errorAt(start, tr("unterminated string: the quote opened here is never closed"));
        if (c == '\n') // JSON strings never span lines: far more likely a missing quote than a raw line break
            return m_in.errorAt(start,
                tr("unterminated string: the quote opened here is not closed on its line "
                   "(a line break inside a string is written \\n)"));
        if (c == '\\') {
            if (Status escape = scanEscape(decoded, raw); !escape)
                return escape;
        } else if (c < 0x20) {
            return m_in.errorAt(here, tr("JSON syntax error: control character in a string (it must be escaped)"));
        } else if (c < 0x80) {
            put(decoded, c);
            put(raw, c);
        } else {
            std::string* target = decoded ? decoded : raw ? raw : &m_scratch;
            if (target == &m_scratch)
                m_scratch.clear(); // skipping: only the check matters
            if (Status utf8 = m_in.takeUtf8Tail(c, *target); !utf8)
                return utf8;
        }
    }
}

Status JsonScanner::scanEscape(std::string* decoded, std::string* raw)
{
    const TextPosition at {m_in.position().line, m_in.position().column - 1};
    const int c = m_in.get();
    put(raw, '\\');
    put(raw, c);
    static constexpr char simple[] = "\"\"\\\\//b\bf\fn\nr\rt\t";
    for (size_t i = 0; i + 1 < sizeof simple; i += 2) {
        if (c == simple[i]) {
            put(decoded, simple[i + 1]);
            return Ok {};
        }
    }
    if (c != 'u')
        return m_in.errorAt(at, tr("JSON syntax error: invalid escape sequence in a string"));
    Result<uint> unit = readHex4(raw);
    if (!unit)
        return unit.error();
    uint codePoint = unit.value();
    if (codePoint >= 0xD800 && codePoint <= 0xDBFF) { // a high surrogate needs its low half next
        const Error unpaired = m_in.errorAt(at, tr("invalid \\u escape: a high surrogate without its low surrogate"));
        if (m_in.get() != '\\' || m_in.get() != 'u')
            return unpaired;
        put(raw, '\\');
        put(raw, 'u');
        Result<uint> low = readHex4(raw);
        if (!low)
            return low.error();
        if (low.value() < 0xDC00 || low.value() > 0xDFFF)
            return unpaired;
        codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (low.value() - 0xDC00);
    } else if (codePoint >= 0xDC00 && codePoint <= 0xDFFF) {
        return m_in.errorAt(at, tr("invalid \\u escape: a low surrogate without its high surrogate"));
    }
    appendUtf8(decoded, codePoint);
    return Ok {};
}

Result<uint> JsonScanner::readHex4(std::string* raw)
{
    uint value = 0;
    for (int i = 0; i < 4; ++i) {
        const TextPosition at = m_in.position();
        const int c = m_in.get();
        const int digit = isDigit(c) ? c - '0'
            : (c >= 'a' && c <= 'f') ? c - 'a' + 10
            : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                     : -1;
        if (digit < 0)
            return m_in.errorAt(at, tr("invalid \\u escape: expected four hexadecimal digits"));
        put(raw, c);
        value = value * 16 + static_cast<uint>(digit);
    }
    return value;
}

Status JsonScanner::copyNumber(std::string* out)
{
    auto digits = [&](bool required) -> Status {
        if (required && !isDigit(m_in.peek()))
            return syntaxError(tr("a digit"));
        while (isDigit(m_in.peek()))
            put(out, m_in.get());
        return Ok {};
    };
    if (m_in.peek() == '-')
        put(out, m_in.get());
    if (m_in.peek() == '0') {
        put(out, m_in.get());
    } else if (Status integer = digits(true); !integer) {
        return integer;
    }
    if (m_in.peek() == '.') {
        put(out, m_in.get());
        if (Status fraction = digits(true); !fraction)
            return fraction;
    }
    if (m_in.peek() == 'e' || m_in.peek() == 'E') {
        put(out, m_in.get());
        if (m_in.peek() == '+' || m_in.peek() == '-')
            put(out, m_in.get());
        return digits(true);
    }
    return Ok {};
}

Status JsonScanner::copyLiteral(std::string* out)
{
    const TextPosition start = m_in.position();
    std::string word;
    while (word.size() < 5 && m_in.peek() >= 'a' && m_in.peek() <= 'z')
        word.push_back(static_cast<char>(m_in.get()));
    if (word != "true" && word != "false" && word != "null")
        return m_in.errorAt(
            start, tr("JSON syntax error: expected a value, found \"%1\"").arg(QString::fromLatin1(word)));
    if (out)
        out->append(word);
    return Ok {};
}

} // namespace caliper
