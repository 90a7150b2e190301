#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace caliper {
class WordNet;
}

/// METEOR as NLTK 3.8's `meteor_score.single_meteor_score` computes it (alpha 0.9, beta 3, gamma 0.5): exact,
/// Porter-stem and WordNet-synonym matching, in that order, each greedy from the end of the hypothesis, then
/// the fragmentation-penalised harmonic mean. When WordNet is not installed the synonym stage is skipped and the
/// result says so, because those numbers are not comparable with NLTK's ("METEOR (no synonyms)").
namespace caliper::meteor {

struct Result
{
    double score = 0;
    bool usedSynonyms = false; ///< false: computed without WordNet, label it "METEOR (no synonyms)"
    /// (hypothesis index, reference index) of every aligned word pair, sorted by hypothesis index.
    QList<std::pair<qsizetype, qsizetype>> matches;
    qsizetype exactMatches = 0;
    qsizetype stemMatches = 0;
    qsizetype synonymMatches = 0;
    qsizetype chunks = 0;
    qsizetype hypothesisLength = 0;
    qsizetype referenceLength = 0;
};

/// `single_meteor_score(reference.split(), hypothesis.split())` (str.split(), then str.lower() per token),
/// with synonyms from WordNet::shared().
Result score(const QString& reference, const QString& hypothesis);

/// The same with the given WordNet; nullptr computes exact and stem matches only.
Result score(const QString& reference, const QString& hypothesis, const WordNet* wordnet);

/// The same on tokens the caller already split (they are still lowercased here, as NLTK's preprocess does).
Result scoreTokens(const QStringList& referenceTokens, const QStringList& hypothesisTokens, const WordNet* wordnet);

/// Whether WordNet::shared() found a database, i.e. whether score() uses synonyms.
bool wordNetAvailable();

/// "METEOR", or "METEOR (no synonyms)" when the score was computed without WordNet; translated.
QString displayName(bool usedSynonyms);

} // namespace caliper::meteor
