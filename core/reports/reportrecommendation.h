#pragma once

#include "analysis/comparisoncolumns.h"
#include "analysis/experimentscores.h"

#include <QList>
#include <QString>

#include <optional>

namespace caliper {

/// The recommendation a report states: defaultRecommendation() — the one `caliper run` prints — on the stored
/// scores, in words.
struct ReportRecommendation
{
    QString metric; ///< the label of the quality metric it was made on ("ROUGE-1")
    QString model; ///< the recommended model; empty when none qualifies
    QString reason; ///< recommend()'s sentence, or why there is no recommendation
    QString criteria; ///< how it was decided: tolerance and what "smallest" meant, in words
};

/// Empty when the experiment has no quality metric to recommend on.
std::optional<ReportRecommendation> reportRecommendation(
    const ExperimentScores& scores, const QList<ComparisonColumn>& columns);

/// The report's one-line verdict: "Recommended: Echo 7B (on ROUGE-1)", or that no model qualifies; translated.
QString recommendationHeadline(const ReportRecommendation& recommendation);

} // namespace caliper
