#include "analysis/highlightspans.h"

#include "analysis/numbercues.h"
#include "analysis/worddiff.h"

namespace caliper::analysis {

namespace {

HighlightSpan spanOf(const WordToken& token, SpanKind kind)
{
    return HighlightSpan {token.start, token.length, kind, {}};
}

SpanKind kindOf(CueSupport support)
{
    switch (support) {
    case CueSupport::Found:
        return SpanKind::CueFound;
    case CueSupport::ValueOnly:
        return SpanKind::CueValueOnly;
    case CueSupport::Missing:
        break;
    }
    return SpanKind::CueMissing;
}

// Anchors a run of missing reference words on an output word: the next one read, else the last one.
void flushMissing(QList<HighlightSpan>& spans, QStringList& missing, const WordDiff& diff, qsizetype anchor)
{
    if (missing.isEmpty() || diff.output.isEmpty())
        return;
    HighlightSpan span = spanOf(diff.output.at(std::min(anchor, diff.output.size() - 1)), SpanKind::MissingHere);
    span.notes = missing;
    spans.append(span);
    missing.clear();
}

} // namespace

QList<HighlightSpan> overlapSpans(const QString& output, const QString& reference)
{
    const QList<WordToken> words = wordTokens(output);
    const QList<bool> shared = occursIn(words, wordTokens(reference));
    QList<HighlightSpan> spans;
    spans.reserve(words.size());
    for (qsizetype i = 0; i < words.size(); ++i)
        spans.append(spanOf(words.at(i), shared.at(i) ? SpanKind::InReference : SpanKind::NotInReference));
    return spans;
}

QList<HighlightSpan> diffSpans(const QString& output, const QString& reference)
{
    const WordDiff diff = diffWords(output, reference);
    QList<HighlightSpan> spans;
    QStringList missing;
    for (const DiffStep& step : diff.steps) {
        if (step.kind == DiffKind::Missing) {
            const WordToken& word = diff.reference.at(step.referenceIndex);
            missing.append(reference.mid(word.start, word.length));
            continue;
        }
        flushMissing(spans, missing, diff, step.outputIndex);
        if (step.kind == DiffKind::Added)
            spans.append(spanOf(diff.output.at(step.outputIndex), SpanKind::Added));
    }
    flushMissing(spans, missing, diff, diff.output.size() - 1);
    return spans;
}

QList<HighlightSpan> numberSpans(const QString& output, const QString& transcript)
{
    QList<HighlightSpan> spans;
    for (const NumberCue& cue : checkNumberCues(output, transcript))
        spans.append(HighlightSpan {cue.start, cue.length, kindOf(cue.support), {cue.key}});
    return spans;
}

} // namespace caliper::analysis
