#pragma once

#include <QString>

class QLabel;

namespace caliper {

/// How dialogs show a validation error or a result beside the fields it is about, instead of in a message box:
/// red text readable on light and dark palettes for errors, the normal text colour otherwise. An empty
/// message hides the label.
enum class MessageKind { Information, Error };
void showInlineMessage(QLabel* label, const QString& message, MessageKind kind);

} // namespace caliper
