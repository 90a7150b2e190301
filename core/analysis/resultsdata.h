#pragma once

#include "analysis/experimentscores.h"
#include "common/error.h"
#include "experiments/sampleoutputs.h"

#include <QSqlDatabase>

namespace caliper {

/// Everything the Results page needs of one experiment without any text: the per-sample numbers behind the
/// table, charts and recommendation, and the viewer's navigation index.
struct ResultsData
{
    qint64 generation = 0; ///< experiments.scores_generation the numbers were read at
    ExperimentScores scores;
    NavigationIndex navigation;
};

/// Reads ResultsData, from the workspace's snapshot when it is current (see resultssnapshot.h) and otherwise from
/// the tables, writing a new snapshot afterwards. At 100,000 samples × 10 models the tables take seconds and
/// the snapshot a fraction of one, so the page opens at once from the second time on. Call it off the GUI thread,
/// on a connection of that thread. The snapshot is only a cache: when it cannot be written, the data is still
/// returned.
Result<ResultsData> loadResultsData(QSqlDatabase db, qint64 experimentId);

} // namespace caliper
