#pragma once

#include "analysis/wordtokens.h"

#include <QList>
#include <QString>

namespace caliper::analysis {

enum class DiffKind {
    Common, ///< in both, matched by the longest common subsequence
    Added, ///< in the output only
    Missing, ///< in the reference only
};

/// One step of the edit script that turns the reference into the output.
struct DiffStep
{
    DiffKind kind = DiffKind::Common;
    qsizetype outputIndex = -1; ///< into WordDiff::output; -1 for Missing
    qsizetype referenceIndex = -1; ///< into WordDiff::reference; -1 for Added
};

/// A word-level diff of a model's output against the reference, for the side-by-side viewer.
struct WordDiff
{
    QList<WordToken> output;
    QList<WordToken> reference;
    QList<DiffStep> steps; ///< in reading order; at each gap the Missing words come before the Added ones
    QList<DiffKind> outputKinds; ///< per output word: Common or Added
    QList<DiffKind> referenceKinds; ///< per reference word: Common or Missing
};

/// Diffs the words of `output` and `reference` by their keys (case and punctuation do not count), with a
/// longest common subsequence found in linear memory (Hirschberg), so long texts cost no quadratic memory.
WordDiff diffWords(const QString& output, const QString& reference);

/// For each word of `words`, whether a word with the same key occurs anywhere in `other`: the viewer's
/// "also in the reference" marking, which unlike the diff ignores order.
QList<bool> occursIn(const QList<WordToken>& words, const QList<WordToken>& other);

} // namespace caliper::analysis
