#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace caliper {

/// How a judge is asked and how its reply becomes a score.
enum class JudgeMethod {
    /// Lumigator through DeepEval's G-Eval: JSON {score, reason} on 0–10, weighted by the top-20 logprobs.
    Lumigator,
    /// The G-Eval paper: the SummEval prompt as the system message, the score read from n samples (or weighted
    /// by logprobs when the judge returns them).
    Paper,
};

QString judgeMethodName(JudgeMethod method); ///< "lumigator" or "paper"
std::optional<JudgeMethod> judgeMethodFromName(const QString& name);

/// Which texts of a sample the judge sees.
struct JudgeFields
{
    bool source = true; ///< the transcript / document the model was given
    bool answer = true; ///< the model's answer, reasoning removed
    bool reference = false; ///< the reference (gold) answer

    bool operator==(const JudgeFields&) const = default;
};

/// One thing a judge rates (coherence, a user's "tone"): what it is, the steps the judge follows, the scale, the
/// fields it sees and the prompt template that carries them. Built-ins come from resources (builtincriteria.h);
/// users' own criteria travel as JSON.
struct JudgeCriterion
{
    QString id; ///< stable key, e.g. "lumigator/coherence"; what results and provenance refer to
    QString name; ///< shown to the user and filled into {{Name}}
    QString criteria; ///< what is judged, in words
    QStringList steps; ///< evaluation steps, unnumbered
    int minScore = 0;
    int maxScore = 10;
    JudgeFields fields;
    JudgeMethod method = JudgeMethod::Lumigator;
    QString templateText; ///< the prompt with {{placeholders}} (resources/judge/README.md lists them)
    QString source; ///< where the wording comes from and its license; empty for a user's own criterion

    bool operator==(const JudgeCriterion&) const = default;
};

/// Whether a criterion can be used: an id, a name, min < max, a template, at least one field.
Status validateCriterion(const JudgeCriterion& criterion);

QJsonObject criterionToJson(const JudgeCriterion& criterion);
/// Reads what criterionToJson wrote. A missing template means the method's default one (the DeepEval prompt for
/// lumigator, Caliper's own SummEval-style prompt for paper). `location` names the file for error messages.
Result<JudgeCriterion> criterionFromJson(const QJsonObject& object, const QString& location = {});

/// A list of user criteria as a JSON document ({"criteria": […]}) and back.
QByteArray criteriaToJson(const QList<JudgeCriterion>& criteria);
Result<QList<JudgeCriterion>> criteriaFromJson(const QByteArray& json, const QString& location = {});

} // namespace caliper
