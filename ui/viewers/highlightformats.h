#pragma once

#include "analysis/highlightspans.h"

#include <QTextCharFormat>

class QPalette;
class QTextDocument;

namespace caliper {

/// The character format of a highlight kind. Colours come in pairs chosen by the palette's lightness, so the
/// tints stay readable on light and dark themes alike.
QTextCharFormat highlightFormat(analysis::SpanKind kind, const QPalette& palette);

/// Merges the format of each span into `document` (a plain text document, so offsets are characters).
void applyHighlightSpans(QTextDocument* document, const QList<analysis::HighlightSpan>& spans, const QPalette& palette);

} // namespace caliper
