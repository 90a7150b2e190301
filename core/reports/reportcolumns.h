#pragma once

#include "reports/reportdata.h"

#include <QSet>

namespace caliper {

/// Keys of the columns that do not come from scores.
inline constexpr auto ReasoningTokensColumn = "reasoning_tokens";
inline constexpr auto AnswerTokensColumn = "answer_tokens";
inline constexpr auto LatencyColumn = "latency_s";
inline constexpr auto CostColumn = "cost";

/// The comparison table's columns in the study's order — average reasoning tokens, average answer tokens,
/// ROUGE-1, ROUGE-2, ROUGE-L, the G-Eval dimensions — then METEOR, BLEU (Lumigator's, as the study reports it),
/// latency and cost. Score columns appear only when some output has that score. G-Eval scores are the keys that
/// start with "geval" (coherence, consistency, fluency, relevance first), read as 0–1, higher is better.
QList<ReportColumn> reportColumns(const QSet<QString>& presentScoreKeys);

/// Score keys in the registry's order, then unknown ones (judge scores) alphabetically.
QStringList orderedScoreKeys(const QSet<QString>& keys);

/// Whether a score key holds a G-Eval (judge) score.
bool isGEvalKey(const QString& key);

} // namespace caliper
