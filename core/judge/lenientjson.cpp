#include "judge/lenientjson.h"

namespace caliper {

namespace {

bool isQuote(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\'');
}

bool isBareChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('+')
        || c == QLatin1Char('.');
}

class Scanner
{
public:
    Scanner(const QString& text, qsizetype start)
        : m_text(text)
        , m_pos(start)
    { }

    std::optional<QList<LenientMember>> object();
    qsizetype position() const { return m_pos; }

private:
    QChar peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }
    bool atEnd() const { return m_pos >= m_text.size(); }
    void skipSpace()
    {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
    }
    bool closesString(qsizetype quoteAt) const;
    std::optional<QString> string(qsizetype* rawStart, qsizetype* rawLength);
    QString bare();
    bool skipNested();
    bool member(QList<LenientMember>& members);

    const QString& m_text;
    qsizetype m_pos;
};

/// A quote ends a string only where JSON could go on after it; otherwise it is part of the text.
bool Scanner::closesString(qsizetype quoteAt) const
{
    qsizetype next = quoteAt + 1;
    while (next < m_text.size() && m_text.at(next).isSpace())
        ++next;
    if (next >= m_text.size())
        return true;
    const QChar c = m_text.at(next);
    return c == QLatin1Char(',') || c == QLatin1Char(':') || c == QLatin1Char('}') || c == QLatin1Char(']');
}

std::optional<QString> Scanner::string(qsizetype* rawStart, qsizetype* rawLength)
{
    const QChar quote = peek();
    *rawStart = ++m_pos;
    QString out;
    while (!atEnd()) {
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('\\') && m_pos + 1 < m_text.size()) {
            const QChar e = m_text.at(m_pos + 1);
            out += e == QLatin1Char('n') ? QChar(QLatin1Char('\n'))
                : e == QLatin1Char('t')  ? QChar(QLatin1Char('\t'))
                                         : e;
            m_pos += 2;
            continue;
        }
        if (c == quote && closesString(m_pos)) {
            *rawLength = m_pos - *rawStart;
            ++m_pos;
            return out;
        }
        out += c;
        ++m_pos;
    }
    return std::nullopt;
}

QString Scanner::bare()
{
    const qsizetype from = m_pos;
    while (!atEnd() && isBareChar(peek()))
        ++m_pos;
    return m_text.mid(from, m_pos - from);
}

/// Skips a nested object or array, minding quoted text.
bool Scanner::skipNested()
{
    int depth = 0;
    while (!atEnd()) {
        const QChar c = peek();
        if (isQuote(c)) {
            qsizetype start = 0;
            qsizetype length = 0;
            if (!string(&start, &length))
                return false;
            continue;
        }
        if (c == QLatin1Char('{') || c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char('}') || c == QLatin1Char(']'))
            --depth;
        ++m_pos;
        if (depth == 0)
            return true;
    }
    return false;
}

bool Scanner::member(QList<LenientMember>& members)
{
    LenientMember item;
    qsizetype start = 0;
    qsizetype length = 0;
    if (isQuote(peek())) {
        const std::optional<QString> key = string(&start, &length);
        if (!key)
            return false;
        item.key = *key;
    } else {
        item.key = bare();
    }
    skipSpace();
    if (item.key.isEmpty() || (peek() != QLatin1Char(':') && peek() != QLatin1Char('=')))
        return false;
    ++m_pos;
    skipSpace();
    item.valueOffset = m_pos;
    if (isQuote(peek())) {
        const std::optional<QString> value = string(&item.valueOffset, &item.valueLength);
        if (!value)
            return false;
        item.value = *value;
        item.isString = true;
    } else if (peek() == QLatin1Char('{') || peek() == QLatin1Char('[')) {
        if (!skipNested())
            return false;
        item.valueLength = m_pos - item.valueOffset;
        item.value = m_text.mid(item.valueOffset, item.valueLength);
    } else {
        item.value = bare();
        item.valueLength = item.value.size();
        if (item.value.isEmpty())
            return false;
    }
    members << item;
    return true;
}

std::optional<QList<LenientMember>> Scanner::object()
{
    if (peek() != QLatin1Char('{'))
        return std::nullopt;
    ++m_pos;
    QList<LenientMember> members;
    for (;;) {
        skipSpace();
        if (peek() == QLatin1Char('}')) {
            ++m_pos;
            return members;
        }
        if (!member(members))
            return std::nullopt;
        skipSpace();
        if (peek() == QLatin1Char(','))
            ++m_pos;
        else if (peek() != QLatin1Char('}'))
            return std::nullopt;
    }
}

} // namespace

std::optional<QList<LenientMember>> scanLenientObject(const QString& text, qsizetype start, qsizetype* end)
{
    Scanner scanner(text, start);
    std::optional<QList<LenientMember>> members = scanner.object();
    if (members && end)
        *end = scanner.position();
    return members;
}

} // namespace caliper
