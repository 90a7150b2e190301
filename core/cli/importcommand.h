#pragma once

#include "cli/cli.h"

namespace caliper::cli {

/// `caliper import FILE [--workspace DIR] [--name NAME] [--format F] [--id-column C] [--input-column C]
/// [--reference-column C] [--metadata-columns a,b]`: imports a table file as a dataset. The column mapping is
/// detected from the file's column names; each option overrides one part of it.
Command importCommand();
int runImport(const QStringList& arguments, Io& io);

} // namespace caliper::cli
