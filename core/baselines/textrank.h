#pragma once

#include <QList>
#include <QStringList>

namespace caliper::baselines {

/// The pieces of TextRank (Mihalcea & Tarau 2004) that textRankSummary() is built from, exposed so they can
/// be tested on their own.

/// Words of a sentence as TextRank compares them: the speaker tag dropped, lowercased, punctuation removed
/// ("I'm" becomes "im"), split on whitespace.
QStringList textRankWords(const QString& sentence);

/// |words in both| / (log|Si| + log|Sj|), counting distinct shared words and all words of each sentence;
/// 0 when they share nothing or when both have a single word (the denominator is 0).
double sentenceSimilarity(const QString& a, const QString& b);

struct TextRankOptions
{
    double damping = 0.85;
    double tolerance = 1e-6; ///< stop when no score moves by more than this in one iteration
    int maxIterations = 100;
};

/// Weighted PageRank over the similarity graph, in the paper's form
/// WS(i) = (1 − d) + d · Σ_j w_ji / (Σ_k w_jk) · WS(j), starting from 1 and updating all scores at once.
/// One score per sentence, in their order.
QList<double> textRankScores(const QStringList& sentences, const TextRankOptions& options = {});

/// The indices of the `count` highest scores in ascending index order; equal scores go to the earlier one.
QList<qsizetype> topRanked(const QList<double>& scores, int count);

} // namespace caliper::baselines
