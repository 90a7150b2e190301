#include "cli/commands.h"

#include "cli/democommand.h"
#include "cli/importcommand.h"
#include "cli/reportcommand.h"
#include "cli/runcommand.h"
#include "cli/scorecommand.h"

#include <QCoreApplication>

namespace caliper::cli {

const std::vector<Command>& commands()
{
    static const std::vector<Command> all = {
        demoCommand(),
        importCommand(),
        reportCommand(),
        runCommand(),
        scoreCommand(),
    };
    return all;
}

} // namespace caliper::cli
