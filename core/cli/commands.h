#pragma once

#include "cli/cli.h"

#include <vector>

namespace caliper::cli {

/// Every subcommand, in the order `--help` lists them. Each command lives in its own file next to this one.
const std::vector<Command>& commands();

} // namespace caliper::cli
