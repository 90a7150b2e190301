#pragma once

#include "common/error.h"
#include "endpoints/chattypes.h"
#include "endpoints/endpoint.h"
#include "judge/judgecriterion.h"
#include "judge/judgeprompt.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace caliper {

/// Where an experiment's samples come from. In a file, `path` (relative to the file) and the column mapping;
/// in the workspace, the dataset's content hash identifies the data for good.
struct DatasetSpec
{
    QString path;
    QString name; ///< dataset name in the workspace; empty: the file's base name
    QString idColumn; ///< empty: auto-detected (see columnmapping.h)
    QString inputColumn;
    QString referenceColumn;
    QString contentHash; ///< sha256 of the file; when set, a file with other contents is refused

    bool operator==(const DatasetSpec& other) const = default;
};

/// One model of an experiment. An endpoint stored in the workspace is copied in, so later edits of the
/// endpoint do not change what an experiment says it ran. Never holds a key (only where the key lives).
struct ModelSpec
{
    QString name; ///< unique within the experiment; the column title in results
    Endpoint endpoint; ///< endpoint.model "builtin:lead"/"builtin:textrank" needs no base URL

    /// Every field of the endpoint too (Endpoint itself has no ==).
    bool operator==(const ModelSpec& other) const;
};

/// The LLM judge of an experiment (issue 5): the "judge" object of the file, kept verbatim (so toJson round-trips
/// exactly) and, once parsed, its typed reading. Two specs are equal when their JSON is.
struct JudgeSpec
{
    QJsonObject settings; ///< {"base_url":…, "model":…, "api_key_env":…, "criteria":[…], "method":…, "repeats":…}

    // Filled by parseExperimentDefinition from `settings`.
    Endpoint endpoint; ///< the judge's server; never holds a key
    JudgeMethod method = JudgeMethod::Lumigator;
    QList<JudgeCriterion> criteria; ///< built-ins resolved, custom ones embedded in the file
    int repeats = 1; ///< judgements per (output, criterion); k ≥ 2 shows the judge's own noise
    int parseRetries = 2; ///< requests again when a reply holds no score, before the judgement fails
    JudgeOptions options; ///< temperature etc.; unset: the method's defaults

    bool isEmpty() const { return settings.isEmpty(); }
    bool operator==(const JudgeSpec& other) const { return settings == other.settings; }
    const JudgeCriterion* criterion(const QString& id) const;
};

/// The scores key a criterion's judgements are stored under: "geval_" + the last part of its id
/// ("lumigator/coherence" → "geval_coherence").
QString judgeScoreKey(const JudgeCriterion& criterion);

/// An experiment: dataset × models × one system prompt × generation parameters × metrics. The same JSON
/// `caliper run` reads and Experiment ▸ Export writes (issue 7).
struct ExperimentDefinition
{
    QString name;
    DatasetSpec dataset;
    QString systemPrompt;
    GenerationParameters generation;
    QList<ModelSpec> models;
    QStringList metrics; ///< MetricRegistry keys ("rouge", "bleu", "meteor", "tokens"), plus "geval" (issue 5)
    JudgeSpec judge;

    bool operator==(const ExperimentDefinition& other) const;
};

/// Reads an experiment file. Every error names the file and the JSON path of the bad value
/// ("experiment.json: models[2].concurrency: must be a whole number from 1 to 1024"); syntax errors also the
/// line and column. Unknown keys are errors too (a typo must not silently run the default).
/// Relative dataset paths are resolved against `fileName`'s folder.
Result<ExperimentDefinition> parseExperimentDefinition(const QByteArray& json, const QString& fileName);
Result<ExperimentDefinition> readExperimentDefinition(const QString& fileName);

/// The JSON form (round-trips through parseExperimentDefinition); keys never appear, only api_key_env.
QJsonObject experimentDefinitionToJson(const ExperimentDefinition& definition);

/// Checks a definition made in code (the GUI) by the same rules as a file: the Error names the JSON path.
Status validateExperimentDefinition(const ExperimentDefinition& definition);

/// One entry of "models" (the workspace stores each model of an experiment in this form), and back.
/// parseModelSpec fills parameters/quantization from the model name when the entry leaves them out.
QJsonObject modelSpecToJson(const ModelSpec& model);
Result<ModelSpec> parseModelSpec(const QJsonObject& entry);

/// The built-in offline models as ModelSpecs ("Lead-3" → builtin:lead, "TextRank" → builtin:textrank).
QList<ModelSpec> builtinModelSpecs();

} // namespace caliper
