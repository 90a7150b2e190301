#pragma once

#include "cli/runrecommendation.h"
#include "common/error.h"
#include "experiments/experimentstore.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace caliper::cli {

/// What `caliper run --results` writes and `caliper run`/`caliper demo` print, read back from the workspace
/// after a run, so a resumed run reports every sample and not only those of its last session.
struct RunResults
{
    ExperimentInfo experiment;
    QList<ModelSummary> models;
    QList<OutputRecord> outputs;
    JudgeProvenance judge; ///< which judge produced the geval_ scores; empty without a judge
    std::optional<RunRecommendation> recommendation; ///< empty when the experiment has no quality metric
};

Result<RunResults> loadRunResults(QSqlDatabase db, qint64 experimentId);

/// {"experiment", "dataset", "models": [per-model summary], "samples": [one per output]} and, when the experiment
/// has a judge, "judge": {endpoint, model, method, criteria, repeats, the models that answered, templates, done and
/// failed judgements, spread per model}, and "recommendation" (see RunRecommendation); the same workspace
/// content always gives the same JSON (no timestamps), so a run that had nothing left to do writes identical bytes.
QJsonObject runResultsJson(const RunResults& results);

/// Writes the JSON atomically (QSaveFile): an interrupted write leaves the previous file or none.
Status writeRunResults(const QString& path, const RunResults& results);

/// The comparison table: model, done/failed, ROUGE-1/2/L, METEOR, BLEU, the G-Eval criteria the models were judged
/// on and average answer tokens, one line per model, columns aligned; "–" where a metric was not computed.
QString comparisonTable(const QList<ModelSummary>& models);

/// The failed samples, one line each with the model, the sample id and the error (HTTP status included),
/// at most `limit` of them followed by how many more there are.
QString failureList(const RunResults& results, int limit = 20);

} // namespace caliper::cli
