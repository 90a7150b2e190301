#pragma once

#include "cli/cli.h"

namespace caliper::cli {

/// `caliper report --workspace DIR --experiment NAME --format html|pdf|md|csv|json --output FILE`: writes one
/// experiment's report (see core/reports). The format defaults to the output file's extension. CSV holds one table:
/// `--table aggregate` (default, one row per model) or `--table per-sample` (one row per sample and model).
/// The file is written atomically; an unknown experiment is an error that lists the experiments there are.
Command reportCommand();
int runReport(const QStringList& arguments, Io& io);

/// Whether these arguments (the command name first) ask for a PDF, which lays out text with fonts and so needs a
/// QGuiApplication (on the offscreen platform) instead of a QCoreApplication.
bool reportNeedsGui(const QStringList& arguments);

} // namespace caliper::cli
