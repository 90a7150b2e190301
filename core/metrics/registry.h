#pragma once

#include "common/error.h"
#include "metrics/metric.h"

#include <QList>
#include <QStringList>

namespace caliper {

/// Every metric Caliper computes, in the order views list them. The UI, `caliper score` and reports take
/// metric names, score keys, labels, ranges and directions from here and nowhere else.
///
/// Built-in metrics and the score keys they produce:
/// - rouge: rouge1, rouge2, rougeL, rougeLsum (F, 0–1) and each one's _precision and _recall (rouge-score 0.1.2)
/// - bleu: sacrebleu (sacrebleu sentence BLEU, 0–100) and bleu (Lumigator's, Hugging Face evaluate, 0–1)
/// - meteor: meteor (NLTK 3.8 single_meteor_score, 0–1; labelled "METEOR (no synonyms)" without WordNet)
/// - tokens: answer_tokens, reasoning_tokens (cl100k_base), answer_words (str.split()) and lumigator_tokens
///   (answer words / 0.75)
class MetricRegistry
{
public:
    /// The built-in metrics, created once; safe to use from any thread.
    static const MetricRegistry& builtIn();

    explicit MetricRegistry(QList<Metric> metrics);

    const QList<Metric>& metrics() const { return m_metrics; }
    QStringList keys() const;
    /// nullptr for an unknown key. Keys are matched case-insensitively.
    const Metric* metric(const QString& key) const;
    /// The definition of a score key ("rouge1_precision") and so its label, range and direction; nullptr when
    /// no metric produces it.
    const ScoreDefinition* score(const QString& scoreKey) const;
    /// The metrics named in `keys`, in that order without repeats; an Error naming the first unknown one.
    Result<QList<const Metric*>> select(const QStringList& keys) const;

private:
    QList<Metric> m_metrics;
};

/// The score keys the metrics produce, in declaration order.
QStringList scoreKeys(const QList<const Metric*>& metrics);

/// All the metrics' scores for one sample.
ScoreMap computeScores(const QList<const Metric*>& metrics, const MetricInput& input, const MetricOptions& options);

/// computeScores() for many samples on the global thread pool; the result is in the order of `inputs`.
QList<ScoreMap> computeScores(
    const QList<const Metric*>& metrics, const QList<MetricInput>& inputs, const MetricOptions& options);

} // namespace caliper
