#include "dialogs/inlinemessage.h"

#include <QLabel>

namespace caliper {

void showInlineMessage(QLabel* label, const QString& message, MessageKind kind)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (kind == MessageKind::Error) {
        // Dark themes need a lighter red to stay readable.
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x1d));
    }
    label->setPalette(palette);
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace caliper
