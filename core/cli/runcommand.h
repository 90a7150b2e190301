#pragma once

#include "cli/cli.h"
#include "common/error.h"
#include "experiments/experimentdefinition.h"
#include "runs/runtypes.h"

#include <QSqlDatabase>

namespace caliper {
class Workspace;
struct DatasetInfo;
} // namespace caliper

namespace caliper::cli {

/// `caliper run EXPERIMENT.json [--workspace DIR] [--results OUT.json]`: runs an experiment file (the format of
/// experiments/experimentdefinition.h) through the same RunService the window uses, with a progress line on
/// stderr, and prints the comparison table. The dataset file is imported unless a dataset with the same bytes is
/// already in the workspace; running the same file again resumes and never requests a finished sample again.
/// Ctrl+C pauses: requests in flight finish and are stored, a second Ctrl+C stops at once; run again to resume.
///
/// Exit codes: 0 every sample done; 1 a sample failed for good (the results are still written), the run was
/// interrupted, or the workspace refused; 2 the run could not start because of what it was given: wrong
/// arguments, an unreadable or invalid experiment file, a dataset whose SHA-256 differs from dataset.sha256, or
/// an API key variable (api_key_env) that is not set — nothing is written to the workspace then.
Command runCommand();
int runRun(const QStringList& arguments, Io& io);

/// The API key variables the experiment names that are not set, as an Error naming the first one (and the JSON
/// path models[i].api_key_env in `fileName`).
Status checkKeyVariables(const ExperimentDefinition& definition, const QString& fileName);

/// Runs (or resumes) a stored experiment on a RunService until it ends, showing progress on io.err (an in-place
/// line when `terminal`). The last progress, or an Error when the run could not start, had to stop, or was
/// interrupted with Ctrl+C.
Result<RunProgress> executeExperiment(const QString& databaseFile, qint64 experimentId, Io& io, bool terminal);

/// Prints the comparison table on io.out and the failures on io.err, and writes the results JSON when
/// `resultsFile` is not empty. Exit code 0 when every sample is done (and judged, with a judge), else 1.
int reportExperiment(QSqlDatabase db, qint64 experimentId, const QString& resultsFile, Io& io);

} // namespace caliper::cli
