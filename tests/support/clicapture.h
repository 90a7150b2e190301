#pragma once

#include "cli/cli.h"

#include <QStringList>

#include <functional>

namespace caliper::test {

/// What a CLI command printed and returned.
struct Captured
{
    int exitCode = 0;
    QString out;
    QString err;
};

/// Runs `run` with streams that write into the result.
Captured capture(const std::function<int(cli::Io&)>& run);

/// `caliper ARGUMENTS…` through cli::run, as the executable would run it.
Captured runCli(const QStringList& arguments);

} // namespace caliper::test
