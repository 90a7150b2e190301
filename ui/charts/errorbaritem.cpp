#include "charts/errorbaritem.h"

#include <QAbstractSeries>
#include <QChart>
#include <QPainter>

namespace caliper {

ErrorBarItem::ErrorBarItem(QChart* chart, QAbstractSeries* series)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_series(series)
{
    setZValue(10); // over the bars
    setAcceptedMouseButtons(Qt::NoButton); // clicks go to the bar underneath
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this] {
        prepareGeometryChange();
        update();
    });
}

void ErrorBarItem::setBars(const QList<Bar>& bars)
{
    m_bars = bars;
    update();
}

void ErrorBarItem::setColor(const QColor& color)
{
    m_color = color;
    update();
}

QRectF ErrorBarItem::boundingRect() const
{
    return m_chart->plotArea().adjusted(-2, -2, 2, 2);
}

void ErrorBarItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->save();
    painter->setClipRect(m_chart->plotArea());
    painter->setPen(QPen(m_color, 1.5));
    for (const Bar& bar : m_bars) {
        const QPointF low = m_chart->mapToPosition(QPointF(bar.x, bar.low), m_series);
        const QPointF high = m_chart->mapToPosition(QPointF(bar.x, bar.high), m_series);
        const qreal cap = m_chart->mapToPosition(QPointF(bar.x + bar.capHalfWidth, bar.low), m_series).x() - low.x();
        painter->drawLine(low, high);
        painter->drawLine(QPointF(low.x() - cap, low.y()), QPointF(low.x() + cap, low.y()));
        painter->drawLine(QPointF(high.x() - cap, high.y()), QPointF(high.x() + cap, high.y()));
    }
    painter->restore();
}

} // namespace caliper
