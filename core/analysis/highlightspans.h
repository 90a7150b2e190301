#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace caliper::analysis {

/// What a highlighted range of an output means; the viewer maps each kind to a colour.
enum class SpanKind {
    InReference, ///< the word also occurs somewhere in the reference
    NotInReference, ///< it does not
    Added, ///< the diff: in the output, not matched in the reference
    MissingHere, ///< the diff: reference words missing at this point (the span is the word after the gap)
    CueFound, ///< a number, dose or frequency the transcript states too
    CueValueOnly, ///< the transcript has the number but not with this unit or form
    CueMissing, ///< the transcript has neither: a hallucination cue
};

/// One range of an output's text to format, with what a tooltip should say (the missing words, a cue's key).
struct HighlightSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    SpanKind kind = SpanKind::InReference;
    QStringList notes;
};

/// Every word of `output`, marked by whether a word with the same key occurs anywhere in `reference`.
QList<HighlightSpan> overlapSpans(const QString& output, const QString& reference);

/// The word diff of `output` against `reference` as ranges of the output: Added words, and for each run of
/// reference words the output lacks a MissingHere span on the output word that follows the gap (the last word
/// when the gap is at the end) listing the missing words as they read in the reference. Missing words are not
/// inserted into the output, so span offsets stay valid for review tags.
QList<HighlightSpan> diffSpans(const QString& output, const QString& reference);

/// The numbers, doses, units and frequencies of `output`, by whether `transcript` backs them.
QList<HighlightSpan> numberSpans(const QString& output, const QString& transcript);

} // namespace caliper::analysis
