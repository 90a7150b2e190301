#pragma once

#include <QStringList>
#include <QTextStream>

namespace caliper::cli {

/// The streams a command writes to, so tests can capture them.
struct Io
{
    QTextStream& out;
    QTextStream& err;
};

/// A headless subcommand (`caliper import …`). Commands run under a QCoreApplication and never need a display.
struct Command
{
    QString name;
    const char* summary; ///< one line for `caliper --help`, marked with QT_TRANSLATE_NOOP("caliper::cli", …)
    int (*run)(const QStringList& arguments, Io& io); ///< arguments[0] is the command name
};

/// True when these command-line arguments ask for the headless CLI rather than the GUI.
bool wantsCli(const QStringList& arguments);

/// True when the command these arguments name lays out text with fonts (`caliper report --format pdf`) and so must
/// run under a QGuiApplication, on the offscreen platform, rather than a QCoreApplication.
bool needsGui(const QStringList& arguments);

/// Runs the CLI. `arguments` as QCoreApplication::arguments() gives them (program name first).
/// Returns the process exit code: 0 success, 1 failure, 2 wrong usage.
int run(const QStringList& arguments, Io& io);

} // namespace caliper::cli
