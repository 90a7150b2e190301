#include "reports/markup.h"

namespace caliper {

namespace {

bool allowedInXml(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0x20 ? u != 0xFFFE && u != 0xFFFF : u == u'\t' || u == u'\n' || u == u'\r';
}

} // namespace

QString escapeMarkup(QStringView text)
{
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            escaped += c;
            escaped += text.at(++i);
            continue;
        }
        switch (c.unicode()) {
        case u'&':
            escaped += QLatin1String("&amp;");
            break;
        case u'<':
            escaped += QLatin1String("&lt;");
            break;
        case u'>':
            escaped += QLatin1String("&gt;");
            break;
        case u'"':
            escaped += QLatin1String("&quot;");
            break;
        case u'\'':
            escaped += QLatin1String("&#39;");
            break;
        default:
            escaped += c.isSurrogate() || !allowedInXml(c) ? QChar(QChar::ReplacementCharacter) : c;
        }
    }
    return escaped;
}

} // namespace caliper
