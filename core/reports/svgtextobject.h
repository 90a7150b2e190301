#pragma once

#include <QObject>
#include <QTextObjectInterface>

class QTextCursor;

namespace caliper {

/// Lets a QTextDocument hold SVG drawings as vectors: each is one object character whose format carries the SVG,
/// drawn by QSvgRenderer straight onto whatever painter draws the document (a PDF page keeps it as paths and text).
/// Drawings are scaled to the width given here, keeping their aspect ratio.
class SvgTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int Type = QTextFormat::UserObject + 1;

    /// Registers a handler on the document's layout; it is owned by (and lives as long as) the document.
    static void install(QTextDocument* document, qreal width);
    /// Inserts an SVG document at the cursor.
    static void insert(QTextCursor& cursor, const QByteArray& svg);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
        const QTextFormat& format) override;

private:
    explicit SvgTextObject(qreal width, QObject* parent);
    qreal m_width;
};

} // namespace caliper
