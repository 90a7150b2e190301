#include "viewers/textviewer.h"

#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>

namespace caliper {

/// The strip left of the text that TextViewer paints its line numbers into.
class LineNumberGutter : public QWidget
{
public:
    explicit LineNumberGutter(TextViewer* viewer)
        : QWidget(viewer)
        , m_viewer(viewer)
    {
        setObjectName(QStringLiteral("lineNumberGutter"));
    }
    QSize sizeHint() const override { return {m_viewer->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { m_viewer->paintGutter(event); }

private:
    TextViewer* m_viewer;
};

TextViewer::TextViewer(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_gutter(new LineNumberGutter(this))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &TextViewer::updateMargins);
    connect(this, &QPlainTextEdit::updateRequest, this, &TextViewer::updateGutter);
    updateMargins();
}

void TextViewer::setLineNumbersVisible(bool visible)
{
    m_lineNumbers = visible;
    m_gutter->setVisible(visible);
    updateMargins();
}

int TextViewer::gutterWidth() const
{
    if (!m_lineNumbers)
        return 0;
    const int digits = static_cast<int>(QString::number(std::max(1, blockCount())).size());
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(digits, 2) + 12;
}

void TextViewer::updateMargins()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), gutterWidth(), area.height()));
}

void TextViewer::updateGutter(const QRect& rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void TextViewer::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMargins();
}

void TextViewer::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateMargins();
}

void TextViewer::paintGutter(QPaintEvent* event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int right = m_gutter->width() - 6;
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal bottom = top + blockBoundingRect(block).height();
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.drawText(QRectF(0, top, right, fontMetrics().height()), Qt::AlignRight,
                QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top = bottom;
    }
}

} // namespace caliper
