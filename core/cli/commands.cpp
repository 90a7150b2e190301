#include "cli/commands.h"

#include <QCoreApplication>

namespace caliper::cli {

const std::vector<Command>& commands()
{
    static const std::vector<Command> all = {
    };
    return all;
}

} // namespace caliper::cli
