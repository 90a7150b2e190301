#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace caliper::cli {

/// The headless recommendation `caliper run` adds to its output: defaultRecommendation() on the experiment (the
/// first quality metric, not significantly worse than the best, smallest by parameters when every size is known,
/// else by cost).
struct RunRecommendation
{
    /// {"metric", "metric_name", "tolerance", "smallest", "model" (null when none qualifies), "reason",
    /// "beaten": [{"model", "reason"}], "excluded": [{"model", "reason"}]}
    QJsonObject json;
    QString line; ///< "Recommendation (ROUGE-1, …): <the reason>", for the printed output
};

/// Empty when the experiment has no quality metric (or no finished sample to decide on).
Result<std::optional<RunRecommendation>> runRecommendation(QSqlDatabase db, qint64 experimentId);

} // namespace caliper::cli
