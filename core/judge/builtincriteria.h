#pragma once

#include "judge/judgecriterion.h"

namespace caliper {

/// The eight built-in criteria, read from the resources (resources/judge): Lumigator's four summarization
/// criteria ("lumigator/coherence", …/consistency, …/fluency, …/relevance; 0–10, DeepEval's prompt) and the
/// G-Eval paper's four SummEval prompts ("paper/coherence" 1–5, "paper/consistency" 1–5, "paper/fluency" 1–3,
/// "paper/relevance" 1–5). Empty only if the resources are missing from the build.
QList<JudgeCriterion> builtInJudgeCriteria();

/// The built-in criterion for a method and a dimension name ("coherence"), as `caliper run` names them.
Result<JudgeCriterion> builtInJudgeCriterion(JudgeMethod method, const QString& dimension);

/// The template a user criterion gets when it brings none.
QString defaultJudgeTemplate(JudgeMethod method);

} // namespace caliper
