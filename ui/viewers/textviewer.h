#pragma once

#include <QPlainTextEdit>

namespace caliper {

/// A read-only text view with an optional line-number gutter, for transcripts and references: line numbers
/// let a reader cite "line 42" of a conversation when comparing what models made of it.
class TextViewer : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit TextViewer(QWidget* parent = nullptr);

    void setLineNumbersVisible(bool visible);
    bool lineNumbersVisible() const { return m_lineNumbers; }
    /// Width of the gutter in pixels (0 when hidden); wide enough for the largest line number.
    int gutterWidth() const;
    QWidget* gutter() const { return m_gutter; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    friend class LineNumberGutter;
    void paintGutter(QPaintEvent* event);
    void updateMargins();
    void updateGutter(const QRect& rect, int dy);

    QWidget* m_gutter = nullptr;
    bool m_lineNumbers = true;
};

} // namespace caliper
