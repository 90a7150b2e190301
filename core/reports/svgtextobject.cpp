#include "reports/svgtextobject.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextCursor>
#include <QTextDocument>

namespace caliper {

namespace {

constexpr int SvgProperty = QTextFormat::UserProperty + 1;

} // namespace

SvgTextObject::SvgTextObject(qreal width, QObject* parent)
    : QObject(parent)
    , m_width(width)
{ }

void SvgTextObject::install(QTextDocument* document, qreal width)
{
    document->documentLayout()->registerHandler(Type, new SvgTextObject(width, document));
}

void SvgTextObject::insert(QTextCursor& cursor, const QByteArray& svg)
{
    QTextCharFormat format;
    format.setObjectType(Type);
    format.setProperty(SvgProperty, svg);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF SvgTextObject::intrinsicSize(QTextDocument*, int, const QTextFormat& format)
{
    const QSvgRenderer renderer(format.property(SvgProperty).toByteArray());
    const QSizeF size = renderer.defaultSize();
    if (size.isEmpty())
        return {};
    return {m_width, m_width * size.height() / size.width()};
}

void SvgTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format)
{
    QSvgRenderer renderer(format.property(SvgProperty).toByteArray());
    renderer.render(painter, rect);
}

} // namespace caliper
