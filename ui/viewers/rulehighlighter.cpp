#include "viewers/rulehighlighter.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>
#include <QXmlStreamReader>

namespace caliper {

namespace {

QString attribute(const QXmlStreamAttributes& attributes, const char* name)
{
    return attributes.value(QLatin1String(name)).toString();
}

bool isTrue(const QString& value)
{
    return value == QLatin1String("1") || value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QTextCharFormat itemFormat(const QXmlStreamAttributes& attributes, bool darkBackground)
{
    QTextCharFormat format;
    const QColor colour = RuleHighlighter::styleColor(attribute(attributes, "defStyleNum"), darkBackground);
    if (colour.isValid())
        format.setForeground(colour);
    if (isTrue(attribute(attributes, "bold")))
        format.setFontWeight(QFont::Bold);
    if (isTrue(attribute(attributes, "italic")))
        format.setFontItalic(true);
    return format;
}

} // namespace

RuleHighlighter::RuleHighlighter(const QString& definitionFile, QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    load(definitionFile);
}

QColor RuleHighlighter::styleColor(const QString& defaultStyle, bool darkBackground)
{
    // Pairs chosen for contrast: a saturated dark tone on light backgrounds, a pale one on dark backgrounds.
    static const QHash<QString, std::pair<QColor, QColor>> colours = {
        {QStringLiteral("dsKeyword"), {QColor(0x1d, 0x4e, 0xb8), QColor(0x8a, 0xb4, 0xff)}},
        {QStringLiteral("dsDataType"), {QColor(0xa3, 0x47, 0x00), QColor(0xff, 0xb8, 0x6c)}},
        {QStringLiteral("dsOthers"), {QColor(0x7b, 0x2c, 0xbf), QColor(0xd4, 0xa5, 0xff)}},
        {QStringLiteral("dsFunction"), {QColor(0x00, 0x6b, 0x5e), QColor(0x6f, 0xe0, 0xc8)}},
        {QStringLiteral("dsSpecialChar"), {QColor(0xb0, 0x00, 0x5c), QColor(0xff, 0x8c, 0xc6)}},
    };
    const auto it = colours.constFind(defaultStyle);
    if (it == colours.constEnd())
        return {};
    return darkBackground ? it->second : it->first;
}

void RuleHighlighter::load(const QString& definitionFile)
{
    QFile file(definitionFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    QXmlStreamReader xml(&file);
    QList<std::pair<QString, Rule>> pending; // rules name their style before the styles are read
    QHash<QString, QTextCharFormat> formats;
    int contexts = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"context") {
            ++contexts;
        } else if (xml.name() == u"RegExpr" && contexts == 1) {
            Rule rule;
            rule.expression.setPattern(attribute(attributes, "String"));
            if (isTrue(attribute(attributes, "insensitive")))
                rule.expression.setPatternOptions(QRegularExpression::CaseInsensitiveOption);
            rule.column
                = attributes.hasAttribute(QLatin1String("column")) ? attribute(attributes, "column").toInt() : -1;
            rule.firstNonSpace = isTrue(attribute(attributes, "firstNonSpace"));
            pending.append(std::make_pair(attribute(attributes, "attribute"), rule));
        } else if (xml.name() == u"itemData") {
            formats.insert(attribute(attributes, "name"), itemFormat(attributes, dark));
        }
    }
    for (auto& [style, rule] : pending) {
        rule.format = formats.value(style);
        if (rule.expression.isValid())
            m_rules.append(rule);
    }
}

int RuleHighlighter::matchAt(const Rule& rule, const QString& text, int position, int firstNonSpace) const
{
    if ((rule.column >= 0 && position != rule.column) || (rule.firstNonSpace && position != firstNonSpace))
        return 0;
    const QRegularExpressionMatch match = rule.expression.match(
        text, position, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    return match.hasMatch() ? static_cast<int>(match.capturedLength()) : 0;
}

void RuleHighlighter::highlightBlock(const QString& text)
{
    int firstNonSpace = 0;
    while (firstNonSpace < text.size() && text.at(firstNonSpace).isSpace())
        ++firstNonSpace;
    int position = 0;
    while (position < text.size()) {
        int length = 0;
        for (const Rule& rule : std::as_const(m_rules)) {
            length = matchAt(rule, text, position, firstNonSpace);
            if (length > 0) {
                setFormat(position, length, rule.format);
                break;
            }
        }
        position += std::max(length, 1);
    }
}

} // namespace caliper
