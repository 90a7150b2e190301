#pragma once

#include "analysis/outputflags.h"
#include "common/error.h"
#include "metrics/metric.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace caliper {

/// One model's output for the sample the viewer shows; `present` is false when the model has no output yet.
struct SampleOutput
{
    qint64 modelId = 0;
    QString modelName;
    bool present = false;
    qint64 outputId = 0;
    bool done = false; ///< false with `present`: failed for good
    QString answer;
    QString reasoning;
    analysis::OutputFlags flags; ///< only for done outputs
    qint64 answerTokens = 0;
    qint64 reasoningTokens = 0;
    qint64 latencyMs = 0;
    QString error; ///< the failure's message
    ScoreMap scores;
};

/// Everything the side-by-side viewer shows of one sample: its texts and every model's output, in model order.
struct SampleOutputs
{
    qint64 sampleId = 0;
    int rowIndex = 0;
    QString externalId;
    QString source;
    std::optional<QString> reference;
    QList<SampleOutput> outputs;
};

/// Reads one sample of an experiment in two queries (the sample; the models with their outputs and scores).
Result<SampleOutputs> loadSampleOutputs(QSqlDatabase db, qint64 experimentId, qint64 sampleId);

/// Per (model, sample) state in the navigation index: small enough for 100,000 samples × 10 models.
enum class SampleState : quint8 {
    Missing = 0, ///< no output yet
    Done = 0x1,
    Failed = 0x2,
    EmptyAnswer = 0x4, ///< with Done
    UnclosedReasoning = 0x8, ///< with Done
};

/// What the viewer navigates over without any text: the experiment's samples in dataset order and each
/// model's state per sample. Read in two linear queries.
struct NavigationIndex
{
    qint64 experimentId = 0;
    QList<qint64> sampleIds; ///< dataset order
    QList<qint64> modelIds; ///< experiment order
    QStringList modelNames;
    QList<QList<quint8>> states; ///< states[model][sample]: SampleState bits
    QStringList scoreKeys; ///< the score keys the models' outputs carry, sorted

    qsizetype indexOfSample(qint64 sampleId) const { return sampleIds.indexOf(sampleId); }
    bool has(qsizetype model, qsizetype sample, SampleState state) const
    {
        return (states.at(model).at(sample) & static_cast<quint8>(state)) != 0;
    }
};

Result<NavigationIndex> loadNavigationIndex(QSqlDatabase db, qint64 experimentId);

/// Which samples navigation visits, judged over the models on screen.
enum class SampleFilter {
    All,
    Done, ///< every one of the models has a done output
    Failed, ///< some model failed for good
    Flagged, ///< some model's answer is empty or its reasoning never closed
    EmptyAnswer,
    UnclosedReasoning,
};

/// The positions in `index` of the samples that pass `filter` for the models at `models` (positions in
/// index.modelIds), in dataset order.
QList<qsizetype> filterSamples(const NavigationIndex& index, const QList<qsizetype>& models, SampleFilter filter);

/// One model's value of a score key per sample of `index` (NaN where it has none), for "jump to the worst".
Result<QList<double>> loadSampleValues(
    QSqlDatabase db, const NavigationIndex& index, qint64 modelId, const QString& key);

/// The samples (as positions in `index`) whose output answer or reasoning of any of `modelIds` contains `text`
/// (case-insensitive for ASCII, like SQL LIKE). A full scan of those outputs: run it off the GUI thread.
Result<QList<qsizetype>> searchOutputs(
    QSqlDatabase db, const NavigationIndex& index, const QList<qint64>& modelIds, const QString& text);

} // namespace caliper
