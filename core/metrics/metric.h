#pragma once

#include <QFlags>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <limits>

namespace caliper {

/// The texts of one sample a metric may read.
enum class MetricField {
    Prediction = 0x1, ///< the model's answer
    Reference = 0x2, ///< the expected output (ground truth)
    Source = 0x4, ///< the input the model was given (e.g. the transcript)
};
Q_DECLARE_FLAGS(MetricFields, MetricField)
Q_DECLARE_OPERATORS_FOR_FLAGS(MetricFields)

/// Which way a score is better, so views can rank and mark the best model; counts have no better direction.
enum class ScoreDirection { HigherIsBetter, LowerIsBetter, Neutral };

/// One number a metric produces per sample, e.g. "rouge1" (the F measure) or "rouge1_precision".
struct ScoreDefinition
{
    QString key; ///< stable: used in JSON, the workspace and reports
    std::function<QString()> label; ///< translated, e.g. "ROUGE-1 F"
    double minimum = 0;
    double maximum = 1; ///< 1 for fractions, 100 for percentages, +∞ for counts
    ScoreDirection direction = ScoreDirection::HigherIsBetter;
    bool detail = false; ///< a breakdown (precision, recall) that views may hide by default

    QString displayName() const { return label ? label() : key; }
    static constexpr double Unbounded = std::numeric_limits<double>::infinity();
};

/// What a metric reads for one sample. When the model's output held reasoning, `prediction` is the answer
/// alone (see splitReasoning()) and `reasoning` the rest, so no metric scores a model's thinking.
struct MetricInput
{
    QString prediction;
    QString reasoning;
    QString reference;
    QString source;
};

/// Settings a user can change for every metric of a run.
struct MetricOptions
{
    bool rougeStemmer = false; ///< Porter-stem ROUGE tokens (off by default, as Lumigator and ACI-Bench score)
};

/// Score key → value for one sample.
using ScoreMap = QMap<QString, double>;

/// A metric as the UI, the CLI and reports list it: what it needs, what it produces, and how to compute it.
/// compute() is pure and thread-safe, so samples can be scored in parallel.
struct Metric
{
    QString key; ///< what users type: "rouge", "bleu", "meteor", "tokens"
    std::function<QString()> label; ///< translated; may depend on the machine (METEOR without WordNet)
    std::function<QString()> description; ///< translated, one sentence
    MetricFields needs;
    QList<ScoreDefinition> scores;
    std::function<ScoreMap(const MetricInput&, const MetricOptions&)> compute;

    QString displayName() const { return label ? label() : key; }
    const ScoreDefinition* score(const QString& scoreKey) const;
};

} // namespace caliper
