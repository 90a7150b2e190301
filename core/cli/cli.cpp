#include "cli/cli.h"

#include "cli/commands.h"
#include "cli/reportcommand.h"

#include <QCoreApplication>

namespace caliper::cli {

namespace {

const Command* find(const QString& name)
{
    for (const Command& command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

void printHelp(QTextStream& out)
{
    out << QCoreApplication::translate("caliper::cli", "Usage: caliper [COMMAND] [OPTIONS]") << '\n'
        << QCoreApplication::translate(
               "caliper::cli", "Without a command, opens the Caliper window. Commands run headless:")
        << '\n';
    for (const Command& command : commands())
        out << QStringLiteral("  %1  %2")
                   .arg(command.name, -10)
                   .arg(QCoreApplication::translate("caliper::cli", command.summary))
            << '\n';
    out << QStringLiteral("  %1  %2")
               .arg(QStringLiteral("--version"), -10)
               .arg(QCoreApplication::translate("caliper::cli", "print the version and exit"))
        << '\n'
        << QCoreApplication::translate("caliper::cli", "Run 'caliper COMMAND --help' for a command's options.") << '\n';
}

} // namespace

bool wantsCli(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString& first = arguments.at(1);
    static const QStringList flags
        = {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--version"), QStringLiteral("-v")};
    // Any bare word is a command (an unknown one gets a usage error rather than a window); options that
    // are not ours (-platform, --workspace) belong to the GUI.
    return flags.contains(first) || !first.startsWith(QLatin1Char('-'));
}

bool needsGui(const QStringList& arguments)
{
    return arguments.value(1) == QLatin1String("report") && reportNeedsGui(arguments.mid(1));
}

int run(const QStringList& arguments, Io& io)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        io.out << QStringLiteral("caliper %1").arg(QStringLiteral(CALIPER_VERSION_STRING)) << '\n';
        return 0;
    }
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")) {
        printHelp(io.out);
        return 0;
    }
    const Command* command = find(first);
    if (!command) {
        io.err << QCoreApplication::translate("caliper::cli", "caliper: unknown command '%1'").arg(first) << '\n';
        printHelp(io.err);
        return 2;
    }
    return command->run(arguments.mid(1), io);
}

} // namespace caliper::cli
