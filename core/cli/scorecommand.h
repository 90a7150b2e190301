#pragma once

#include "cli/cli.h"

namespace caliper::cli {

/// `caliper score --input FILE … --output OUT.json`: scores every row of a prediction table (CSV, JSON or JSON
/// Lines, read as datasets are) with metrics from the MetricRegistry and writes per-sample scores plus each
/// score's mean and bootstrap confidence interval. Reasoning (`<think>` blocks or a reasoning column) is split
/// off first, so metrics see the answer only. Nothing is written unless everything succeeded.
Command scoreCommand();
int runScore(const QStringList& arguments, Io& io);

} // namespace caliper::cli
