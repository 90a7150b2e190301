#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QList>

class QAbstractSeries;
class QChart;

namespace caliper {

/// Confidence-interval error bars over a bar series, which Qt Charts cannot draw: a vertical line from the
/// interval's low to its high end with a cap at each end. The bars are kept in value coordinates and mapped to
/// the plot at every paint, so they follow resizes and axis changes.
class ErrorBarItem : public QGraphicsItem
{
public:
    struct Bar
    {
        qreal x = 0; ///< the bar's centre on the category axis (category index plus the set's offset)
        qreal low = 0;
        qreal high = 0;
        qreal capHalfWidth = 0.05; ///< in category units
    };

    /// A child of `chart`, drawn over `series` (which gives the mapping to the plot).
    ErrorBarItem(QChart* chart, QAbstractSeries* series);

    void setBars(const QList<Bar>& bars);
    QList<Bar> bars() const { return m_bars; }
    void setColor(const QColor& color);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QChart* m_chart = nullptr;
    QAbstractSeries* m_series = nullptr;
    QList<Bar> m_bars;
    QColor m_color = Qt::black;
};

} // namespace caliper
