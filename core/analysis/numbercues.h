#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace caliper::analysis {

enum class CueKind {
    Number, ///< "28", "forty"
    Quantity, ///< a number with a unit: "40 mg", "2.5 mL", "45%", "two weeks", "28-year-old"
    Ratio, ///< "10/325", "120/80", "120 over 80"
    Frequency, ///< "twice daily", "3 times a day", "BID", "q6h", "every 6 hours", "daily"
};

/// Whether a cue in an output is backed by the transcript: a cheap hallucination signal.
enum class CueSupport {
    Found, ///< the transcript has the same normalised cue ("40 mg" for "forty milligrams")
    ValueOnly, ///< the transcript has the number(s) but not with this unit or form
    Missing, ///< the transcript has neither
};

struct NumberCue
{
    CueKind kind = CueKind::Number;
    qsizetype start = 0; ///< character range in the text it was found in
    qsizetype length = 0;
    /// Normalised form that comparisons use: "40 mg", "1000 mg" for "1,000 milligrams", "120/80", "2/day"
    /// for "twice daily", "BID" and "two times a day", "every 6 hour" for "q6h".
    QString key;
    QList<double> values; ///< the numbers it states; empty for word-only frequencies ("BID", "daily")
    CueSupport support = CueSupport::Found;
};

/// The numbers, doses, units and frequencies in `text`, in text order, without overlaps. List markers at
/// the start of a line ("1. Hypertension") are not cues; a lone "one" is not either (it is mostly a pronoun).
QList<NumberCue> findNumberCues(const QString& text);

/// What a transcript states, found once and asked about the cues of every output of the same sample.
class TranscriptNumbers
{
public:
    explicit TranscriptNumbers(const QString& transcript);

    CueSupport support(const NumberCue& cue) const;

private:
    QSet<QString> m_keys;
    QSet<QString> m_values;
};

/// findNumberCues(text) with each cue's support in `transcript` filled in.
QList<NumberCue> checkNumberCues(const QString& text, const QString& transcript);

} // namespace caliper::analysis
