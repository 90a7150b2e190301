#include "viewers/highlightformats.h"

#include <QCoreApplication>
#include <QPalette>
#include <QTextCursor>
#include <QTextDocument>

namespace caliper {

using analysis::SpanKind;

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor pick(const QPalette& palette, const char* light, const char* dark)
{
    return QColor(QLatin1String(isDark(palette) ? dark : light));
}

QString tooltipFor(const analysis::HighlightSpan& span)
{
    const QString notes = span.notes.join(u' ');
    switch (span.kind) {
    case SpanKind::MissingHere:
        return QCoreApplication::translate("caliper", "Missing from the output here: %1").arg(notes);
    case SpanKind::CueFound:
        return QCoreApplication::translate("caliper", "%1: stated in the transcript").arg(notes);
    case SpanKind::CueValueOnly:
        return QCoreApplication::translate("caliper", "%1: the transcript has the number, not this unit or form")
            .arg(notes);
    case SpanKind::CueMissing:
        return QCoreApplication::translate("caliper", "%1: not in the transcript").arg(notes);
    default:
        return {};
    }
}

} // namespace

QTextCharFormat highlightFormat(SpanKind kind, const QPalette& palette)
{
    QTextCharFormat format;
    switch (kind) {
    case SpanKind::InReference:
        format.setBackground(pick(palette, "#dcf1dc", "#1f4028"));
        break;
    case SpanKind::NotInReference:
        format.setBackground(pick(palette, "#fde3cc", "#4d3015"));
        break;
    case SpanKind::Added:
        format.setBackground(pick(palette, "#d3f5dc", "#1b4a24"));
        break;
    case SpanKind::MissingHere:
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(pick(palette, "#cf222e", "#ff7b72"));
        break;
    case SpanKind::CueFound:
        format.setForeground(pick(palette, "#0b5cad", "#79c0ff"));
        format.setFontUnderline(true);
        break;
    case SpanKind::CueValueOnly:
        format.setForeground(pick(palette, "#8a5a00", "#e3b341"));
        format.setFontWeight(QFont::Bold);
        break;
    case SpanKind::CueMissing:
        format.setForeground(pick(palette, "#c2121f", "#ff7b72"));
        format.setFontWeight(QFont::Bold);
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(pick(palette, "#c2121f", "#ff7b72"));
        break;
    }
    return format;
}

void applyHighlightSpans(QTextDocument* document, const QList<analysis::HighlightSpan>& spans, const QPalette& palette)
{
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (const analysis::HighlightSpan& span : spans) {
        QTextCharFormat format = highlightFormat(span.kind, palette);
        const QString tooltip = tooltipFor(span);
        if (!tooltip.isEmpty())
            format.setToolTip(tooltip);
        cursor.setPosition(static_cast<int>(span.start));
        cursor.setPosition(static_cast<int>(span.start + span.length), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
    cursor.endEditBlock();
}

} // namespace caliper
