#pragma once

#include "cli/cli.h"

namespace caliper::cli {

/// `caliper demo [--workspace DIR]`: the first thing a new user runs. Imports the bundled sample dataset into the
/// workspace (unless the same bytes are already there) and prints its summary. Later issues grow it into running
/// the built-in baselines, scoring and writing a report.
Command demoCommand();
int runDemo(const QStringList& arguments, Io& io);

/// The Qt resource holding the bundled synthetic sample dataset.
QString bundledSamplePath();
/// runDemo() with another sample file, for tests.
int runDemoWith(const QString& samplePath, const QStringList& arguments, Io& io);

} // namespace caliper::cli
