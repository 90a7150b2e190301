#pragma once

#include "metrics/metric.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace caliper {

/// How a column's numbers read, so every view formats (and scales) them alike.
enum class ColumnKind {
    Fraction, ///< a 0–1 score; shown ×100 when the percent setting is on
    Points, ///< already 0–100
    Tokens, ///< an average count
    Seconds,
    Cost, ///< the model's total, in the endpoints' currency
};

/// One column of the comparison table.
struct ComparisonColumn
{
    QString key; ///< a score key ("rouge1") or a valuekeys key ("latency_s", "cost", "human_rating")
    QString label; ///< translated
    ColumnKind kind = ColumnKind::Fraction;
    ScoreDirection direction = ScoreDirection::HigherIsBetter;
    /// Quality scores are tested against the best model (paired test, Holm); other columns only mark the best.
    bool compared = false;
};

/// The comparison table's columns in the study's order — average reasoning tokens, average answer tokens,
/// ROUGE-1, ROUGE-2, ROUGE-L, the G-Eval dimensions — then METEOR, BLEU (Lumigator's, as the study reports it),
/// the human rating, latency and cost. Score columns (and the human rating) appear only when present among
/// `presentKeys`. G-Eval scores are the keys that start with "geval" (coherence, consistency, fluency, relevance
/// first), read as 0–1, higher is better.
QList<ComparisonColumn> comparisonColumns(const QSet<QString>& presentKeys);

/// The value as shown: 0–1 scores ×100 when `percent` (as the study prints them), everything else as it is.
double displayedValue(const ComparisonColumn& column, double value, bool percent);

/// Digits after the point every view shows: 0–1 scores one when `percent`, else three; 0–100 scores and token
/// averages one; seconds two; cost four.
int displayDecimals(const ComparisonColumn& column, bool percent);

/// Score keys in the registry's order, then unknown ones (judge scores) alphabetically.
QStringList orderedScoreKeys(const QSet<QString>& keys);

/// Whether a score key holds a G-Eval (judge) score.
bool isGEvalKey(const QString& key);

} // namespace caliper
