#pragma once

#include "common/error.h"
#include "experiments/experimentstore.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace caliper {

/// Keys of the per-sample values that do not come from the scores table (they sit beside score keys such as
/// "rouge1" or "geval_coherence" in ModelSampleValues::values).
namespace valuekeys {
inline constexpr auto ReasoningTokens = "reasoning_tokens";
inline constexpr auto AnswerTokens = "answer_tokens";
inline constexpr auto Latency = "latency_s";
inline constexpr auto Cost = "cost";
inline constexpr auto HumanRating = "human_rating"; ///< mean of the reviewers' 1–5 ratings, scaled to 0–1
} // namespace valuekeys

/// One model's per-sample numbers, column-wise: values[key][i] belongs to ExperimentScores::sampleIds[i]; NaN
/// where the model has no done output for that sample or the output has no such score.
struct ModelSampleValues
{
    qint64 modelId = 0;
    QString name;
    std::optional<double> parameters; ///< model size; empty when unknown
    int done = 0;
    int failed = 0;
    double totalCost = 0; ///< over every stored output, failed ones included (they may have cost tokens)
    QHash<QString, QList<double>> values;
};

/// Every per-sample number of an experiment, read in a few linear queries without any output text: what the
/// comparison table, the charts and the recommendation compute from. At 100,000 samples × 10 models it is ~8 MB per
/// key, but reading its ~6 million score rows through Qt SQL takes tens of seconds (bench_resultsload), so the GUI
/// loads it on a worker thread with its own connection.
struct ExperimentScores
{
    qint64 experimentId = 0;
    QList<qint64> sampleIds; ///< the experiment's dataset, in dataset order
    QStringList keys; ///< every key present, in table order (orderedScoreKeys, then the value keys)
    QList<ModelSampleValues> models; ///< in the experiment's model order
    double referenceAverageWords = 0; ///< over the samples with a reference; NaN when none has one
};

/// Reads the numbers of one experiment from the workspace.
Result<ExperimentScores> loadExperimentScores(QSqlDatabase db, qint64 experimentId);

/// The same numbers from outputs already in memory (no human ratings, no reference length): for callers that
/// hold OutputRecords anyway.
ExperimentScores experimentScores(
    const QList<qint64>& sampleIds, const QList<ExperimentModel>& models, const QList<OutputRecord>& outputs);

} // namespace caliper
