// Caliper's entry point: the headless CLI when a command is given, the window otherwise.
#include "cli/cli.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMessageBox>

#include <cstdio>
#include <memory>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Caliper"));
    QCoreApplication::setApplicationName(QStringLiteral("caliper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALIPER_VERSION_STRING));
}

int runCli(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    caliper::cli::Io io {out, err};
    return caliper::cli::run(QCoreApplication::arguments(), io);
}

int runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QObject::tr("Caliper"));

    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption workspaceOption(
        QStringLiteral("workspace"), QObject::tr("Open the workspace in DIR."), QStringLiteral("DIR"));
    parser.addOption(workspaceOption);
    parser.process(app);

    caliper::MainWindow window;
    const QString directory
        = parser.isSet(workspaceOption) ? parser.value(workspaceOption) : caliper::Workspace::defaultDirectory();
    auto workspace = caliper::Workspace::open(directory);
    if (!workspace) {
        QMessageBox::critical(nullptr, QObject::tr("Caliper"),
            QObject::tr("Cannot open the workspace:\n%1").arg(workspace.error().toString()));
        return 1;
    }
    window.setWorkspace(std::move(workspace).value());
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return caliper::cli::wantsCli(arguments) ? runCli(argc, argv) : runGui(argc, argv);
}
