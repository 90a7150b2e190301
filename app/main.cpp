// Caliper's entry point: the headless CLI when a command is given, the window otherwise.
#include "cli/cli.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>
#include <memory>

namespace {

// Also loads the translations: the language override lives in the settings this identity names.
void setApplicationIdentity(QCoreApplication& app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Caliper"));
    QCoreApplication::setApplicationName(QStringLiteral("caliper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALIPER_VERSION_STRING));
    caliper::Translations::installPreferred(app);
}

int runCli(int argc, char** argv, bool gui)
{
    // PDF reports lay out text with fonts, which takes a QGuiApplication; offscreen, so no display is needed.
    if (gui)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application
        = gui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    setApplicationIdentity(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    caliper::cli::Io io {out, err};
    return caliper::cli::run(QCoreApplication::arguments(), io);
}

int runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    setApplicationIdentity(app);
    QApplication::setApplicationDisplayName(QObject::tr("Caliper"));
    // Ties the windows to packaging/io.github.caliper.Caliper.desktop (Wayland looks the icon up through it).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.caliper.Caliper"));
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("io.github.caliper.Caliper"), QIcon(QStringLiteral(":/icons/io.github.caliper.Caliper.svg"))));

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
    return caliper::cli::wantsCli(arguments) ? runCli(argc, argv, caliper::cli::needsGui(arguments))
                                             : runGui(argc, argv);
}
