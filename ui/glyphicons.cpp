#include "glyphicons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPolygonF>

namespace caliper {

namespace {

class PlayIconEngine : public QIconEngine
{
public:
    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor color
            = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText);
        // Inset like a themed icon, and optically centred: a triangle's visual centre lies left of its box's.
        const QRectF box = QRectF(rect).adjusted(
            rect.width() * 0.25, rect.height() * 0.18, -rect.width() * 0.17, -rect.height() * 0.18);
        const QPolygonF triangle {box.topLeft(), QPointF(box.right(), box.center().y()), box.bottomLeft()};
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(triangle);
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine* clone() const override { return new PlayIconEngine; }
    QString key() const override { return QStringLiteral("caliper-play"); }
};

} // namespace

QIcon playIcon()
{
    return QIcon(new PlayIconEngine);
}

} // namespace caliper
