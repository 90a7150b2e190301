#pragma once

#include "cli/cli.h"

namespace caliper::cli {

/// `caliper demo [--workspace DIR]`: the first thing a new user runs. Imports the bundled sample dataset into the
/// workspace (unless the same bytes are already there), prints its summary, then runs the bundled experiment —
/// the built-in Lead-3 and TextRank baselines, offline — through the same path as `caliper run` and prints the
/// comparison table (ROUGE, METEOR, BLEU, answer tokens). Exit code 1 when a sample failed.
Command demoCommand();
int runDemo(const QStringList& arguments, Io& io);

/// The Qt resource holding the bundled synthetic sample dataset.
QString bundledSamplePath();
/// The bundled experiment over the sample: Lead-3 and TextRank with rouge, bleu, meteor and tokens.
QString bundledExperimentPath();
/// runDemo() with another sample file, for tests.
int runDemoWith(const QString& samplePath, const QStringList& arguments, Io& io);

} // namespace caliper::cli
