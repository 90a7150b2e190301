#pragma once

#include <QString>

class QWidget;

namespace caliper {

/// `content` under a bold title, in a widget owned by `parent`: the transcript and reference panes of the sample
/// viewers.
QWidget* titledPane(const QString& title, QWidget* content, QWidget* parent);

} // namespace caliper
