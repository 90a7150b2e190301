#pragma once

#include <QList>
#include <QString>

namespace caliper::analysis {

/// A word of a text and where it is, so a viewer can colour exactly those characters.
struct WordToken
{
    qsizetype start = 0;
    qsizetype length = 0;
    /// What comparisons use: lowercased, without punctuation ("Light-headed," → "lightheaded", "1,000" →
    /// "1000"), keeping a decimal point or slash between digits ("2.5", "10/325").
    QString key;
};

/// The words of `text`: runs of letters and digits, with an apostrophe, hyphen, period, comma or slash
/// between two of them kept inside the word ("don't", "2.5", "10/325", "e.g"). Punctuation is not a word.
QList<WordToken> wordTokens(const QString& text);

} // namespace caliper::analysis
