#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

/// BLEU as the three Python implementations people compare against compute it. Their numbers differ for the
/// same text, so each has its own name and scale:
/// - sacrebleu 2.6 (`sacre*`): 13a tokenizer, exp smoothing, 0–100; sentence BLEU uses the effective order.
/// - Lumigator (`lumigatorBleu`): Hugging Face evaluate's "bleu" per sample — 13a tokens, max order 4, no
///   smoothing, 0–1, zero whenever any n-gram precision is zero; Lumigator reports the mean over samples.
/// - NLTK 3.8 (`nltk*`): `nltk.translate.bleu_score` on caller-supplied tokens (usually str.split()), 0–1.
/// All functions are pure and thread-safe.
namespace caliper::bleu {

/// The figures sacrebleu's BLEUScore carries; precisions are percentages as sacrebleu reports them.
struct BleuStats
{
    double score = 0;
    std::array<qint64, 4> counts {}; ///< clipped n-gram matches, n = 1..4
    std::array<qint64, 4> totals {}; ///< hypothesis n-grams, n = 1..4
    std::array<double, 4> precisions {};
    double brevityPenalty = 0;
    qint64 hypothesisLength = 0;
    qint64 referenceLength = 0;
};

/// sacrebleu's `Tokenizer13a()(text.rstrip())`, tokens joined by single spaces.
QString tokenize13a(const QString& text);

/// `sacrebleu.sentence_bleu(hypothesis, [reference])`: 13a, smooth "exp", use_effective_order=True, 0–100.
BleuStats sacreSentenceBleu(const QString& hypothesis, const QString& reference);

/// `sacrebleu.corpus_bleu(hypotheses, [references])`: 13a, smooth "exp", no effective order, 0–100. The lists
/// are paired by index; extra entries in the longer list are ignored.
BleuStats sacreCorpusBleu(const QStringList& hypotheses, const QStringList& references);

/// Hugging Face evaluate "bleu" for one sample, `compute(predictions=[prediction], references=[[reference]])`,
/// as Lumigator calls it: 0–1. An empty prediction or reference gives 0 (evaluate's current behaviour; older
/// releases raised ZeroDivisionError there).
double lumigatorBleu(const QString& prediction, const QString& reference);

/// sacreSentenceBleu() and lumigatorBleu() of one pair at once: they share tokenisation and n-gram counts
/// whenever neither text ends in whitespace (the only input on which their tokenisations differ).
struct SentenceBleus
{
    BleuStats sacre;
    double lumigator = 0;
};
SentenceBleus sentenceBleus(const QString& hypothesis, const QString& reference);

/// NLTK's smoothing functions that the gold values cover.
enum class NltkSmoothing {
    None, ///< method0: a zero precision becomes sys.float_info.min, so scores are tiny rather than 0
    Method1, ///< add epsilon 0.1 to zero match counts
};

/// `nltk.translate.bleu_score.sentence_bleu([referenceTokens], hypothesisTokens, smoothing_function=…)`, BLEU-4
/// with uniform weights, 0–1.
double nltkSentenceBleu(const QStringList& referenceTokens, const QStringList& hypothesisTokens,
    NltkSmoothing smoothing = NltkSmoothing::None);

/// `corpus_bleu([[ref] for ref in references], hypotheses, …)`: one reference per hypothesis, paired by index.
double nltkCorpusBleu(const QList<QStringList>& referenceTokens, const QList<QStringList>& hypothesisTokens,
    NltkSmoothing smoothing = NltkSmoothing::None);

} // namespace caliper::bleu
