#include "metrics/meteor.h"

#include "common/pythonstring.h"
#include "metrics/porterstemmer.h"
#include "metrics/wordnet.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace caliper::meteor {
namespace {

constexpr double alpha = 0.9;
constexpr double beta = 3.0;
constexpr double gamma = 0.5;

using Match = std::pair<qsizetype, qsizetype>;

// A word not aligned yet, with its position in the original token list (NLTK's enumerated lists).
struct Word
{
    qsizetype index = 0;
    QString text;
};
using Words = QList<Word>;

// Positions (in `words`) of each distinct word, ascending, so "the last unmatched occurrence" is a pop.
QHash<QString, QList<qsizetype>> positionsByWord(const Words& words)
{
    QHash<QString, QList<qsizetype>> positions;
    for (qsizetype i = 0; i < words.size(); ++i)
        positions[words.at(i).text].append(i);
    return positions;
}

Words withoutMatched(const Words& words, const QList<bool>& matched)
{
    Words rest;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (!matched.at(i))
            rest.append(words.at(i));
    }
    return rest;
}

// One NLTK matching stage: each hypothesis word, from the last, is aligned with the last still-unmatched
// reference word that `candidates` accepts; both leave the lists. NLTK scans the reference list for every
// hypothesis word; looking candidates up by word gives the same alignment in linear time.
template <typename Candidates> QList<Match> alignStage(Words& hypothesis, Words& reference, Candidates candidates)
{
    QHash<QString, QList<qsizetype>> available = positionsByWord(reference);
    QList<bool> hypothesisMatched(hypothesis.size(), false);
    QList<bool> referenceMatched(reference.size(), false);
    QList<Match> matches;
    for (qsizetype i = hypothesis.size() - 1; i >= 0; --i) {
        QList<qsizetype>* best = nullptr;
        candidates(hypothesis.at(i).text, [&](const QString& word) {
            const auto found = available.find(word);
            if (found != available.end() && !found->isEmpty() && (!best || found->last() > best->last()))
                best = &*found;
        });
        if (!best)
            continue;
        const qsizetype j = best->takeLast();
        matches.append({hypothesis.at(i).index, reference.at(j).index});
        hypothesisMatched[i] = true;
        referenceMatched[j] = true;
    }
    hypothesis = withoutMatched(hypothesis, hypothesisMatched);
    reference = withoutMatched(reference, referenceMatched);
    return matches;
}

QList<Match> exactStage(Words& hypothesis, Words& reference)
{
    return alignStage(hypothesis, reference, [](const QString& word, auto accept) { accept(word); });
}

// NLTK replaces the unmatched words by their stems here, and the synonym stage then looks the stems up.
QList<Match> stemStage(Words& hypothesis, Words& reference)
{
    QHash<QString, QString> stems;
    auto stemAll = [&stems](Words& words) {
        for (Word& word : words) {
            auto found = stems.constFind(word.text);
            if (found == stems.cend())
                found = stems.insert(word.text, porterStem(word.text));
            word.text = *found;
        }
    };
    stemAll(hypothesis);
    stemAll(reference);
    return exactStage(hypothesis, reference);
}

QList<Match> synonymStage(Words& hypothesis, Words& reference, const WordNet& wordnet)
{
    return alignStage(hypothesis, reference, [&wordnet](const QString& word, auto accept) {
        accept(word);
        const QSet<QString> synonyms = wordnet.synonyms(word);
        for (const QString& synonym : synonyms)
            accept(synonym);
    });
}

// NLTK's _count_chunks: runs of matches adjacent in both the hypothesis and the reference.
qsizetype countChunks(const QList<Match>& matches)
{
    if (matches.isEmpty())
        return 0;
    qsizetype chunks = 1;
    for (qsizetype i = 0; i + 1 < matches.size(); ++i) {
        const bool adjacent = matches.at(i + 1).first == matches.at(i).first + 1
            && matches.at(i + 1).second == matches.at(i).second + 1;
        if (!adjacent)
            ++chunks;
    }
    return chunks;
}

Words enumerate(const QStringList& tokens)
{
    Words words;
    words.reserve(tokens.size());
    for (qsizetype i = 0; i < tokens.size(); ++i)
        words.append(Word {i, pythonstring::lower(tokens.at(i))});
    return words;
}

// single_meteor_score's arithmetic, in NLTK's order of operations; every division by zero there means 0.
double combine(qsizetype matches, qsizetype chunks, qsizetype hypothesisLength, qsizetype referenceLength)
{
    if (matches == 0 || hypothesisLength == 0 || referenceLength == 0)
        return 0.0;
    const double precision = static_cast<double>(matches) / static_cast<double>(hypothesisLength);
    const double recall = static_cast<double>(matches) / static_cast<double>(referenceLength);
    const double fmean = (precision * recall) / (alpha * precision + (1 - alpha) * recall);
    const double fragmentation = static_cast<double>(chunks) / static_cast<double>(matches);
    const double penalty = gamma * std::pow(fragmentation, beta);
    return (1 - penalty) * fmean;
}

} // namespace

Result scoreTokens(const QStringList& referenceTokens, const QStringList& hypothesisTokens, const WordNet* wordnet)
{
    Result result;
    result.hypothesisLength = hypothesisTokens.size();
    result.referenceLength = referenceTokens.size();
    result.usedSynonyms = wordnet != nullptr;
    Words hypothesis = enumerate(hypothesisTokens);
    Words reference = enumerate(referenceTokens);

    result.matches = exactStage(hypothesis, reference);
    result.exactMatches = result.matches.size();
    const QList<Match> stemMatches = stemStage(hypothesis, reference);
    result.stemMatches = stemMatches.size();
    result.matches += stemMatches;
    if (wordnet) {
        const QList<Match> synonymMatches = synonymStage(hypothesis, reference, *wordnet);
        result.synonymMatches = synonymMatches.size();
        result.matches += synonymMatches;
    }
    std::sort(result.matches.begin(), result.matches.end());
    result.chunks = countChunks(result.matches);
    result.score = combine(result.matches.size(), result.chunks, result.hypothesisLength, result.referenceLength);
    return result;
}

Result score(const QString& reference, const QString& hypothesis, const WordNet* wordnet)
{
    return scoreTokens(pythonstring::split(reference), pythonstring::split(hypothesis), wordnet);
}

Result score(const QString& reference, const QString& hypothesis)
{
    return score(reference, hypothesis, WordNet::shared());
}

bool wordNetAvailable()
{
    return WordNet::shared() != nullptr;
}

QString displayName(bool usedSynonyms)
{
    return usedSynonyms ? QCoreApplication::translate("caliper::meteor", "METEOR")
                        : QCoreApplication::translate("caliper::meteor", "METEOR (no synonyms)");
}

} // namespace caliper::meteor
