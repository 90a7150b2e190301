#include "cli/democommand.h"

#include "dataset/bytereader.h"
#include "dataset/datasetimporter.h"
#include "dataset/datasetstore.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace caliper::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper::cli", text);
}

// The base name, or "name (2)", "name (3)", … when another dataset already uses it.
QString freeName(const DatasetStore& store, const QString& base)
{
    QString name = base;
    for (int n = 2; store.datasetByName(name).ok(); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

// The dataset holding exactly the sample's bytes, imported now unless an earlier demo already did.
Result<DatasetInfo> sampleDataset(Workspace& workspace, const QString& samplePath, bool& imported)
{
    Result<QString> hash = fileSha256(samplePath);
    if (!hash)
        return hash.error();
    DatasetStore store(workspace.database());
    Result<QList<DatasetInfo>> existing = store.datasetsByContentHash(hash.value());
    if (!existing)
        return existing.error();
    imported = existing->isEmpty();
    if (!imported)
        return existing->first();
    ImportOptions options;
    options.path = samplePath;
    options.name = freeName(store, QFileInfo(samplePath).completeBaseName());
    return importDataset(workspace.database(), options);
}

void printSummary(
    Io& io, const DatasetInfo& dataset, const DatasetWordStatistics& words, bool imported, const QString& directory)
{
    io.out << tr("Dataset:    %1 (%2)").arg(dataset.name, imported ? tr("imported") : tr("already in the workspace"))
           << '\n'
           << tr("Samples:    %1").arg(dataset.sampleCount) << '\n'
           << tr("Avg words:  source %1, reference %2")
                  .arg(words.averageSourceWords, 0, 'f', 1)
                  .arg(words.averageReferenceWords, 0, 'f', 1)
           << '\n'
           << tr("SHA-256:    %1").arg(dataset.contentHash) << '\n'
           << tr("Workspace:  %1").arg(directory) << '\n';
}

} // namespace

Command demoCommand()
{
    return Command {QStringLiteral("demo"),
        QT_TRANSLATE_NOOP("caliper::cli", "import the bundled sample dataset and summarise it"), &runDemo};
}

QString bundledSamplePath()
{
    return QStringLiteral(":/sample/ap_sample.json");
}

int runDemo(const QStringList& arguments, Io& io)
{
    return runDemoWith(bundledSamplePath(), arguments, io);
}

int runDemoWith(const QString& samplePath, const QStringList& arguments, Io& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Imports the bundled sample dataset into a workspace and summarises it."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
        tr("The workspace folder (default: %1).").arg(Workspace::defaultDirectory()), QStringLiteral("DIR"));
    parser.addOption(workspaceOption);
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()) {
        io.err << (parser.errorText().isEmpty() ? tr("caliper demo takes no arguments") : parser.errorText()) << '\n'
               << parser.helpText();
        return 2;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return 0;
    }
    auto workspace = Workspace::open(
        parser.isSet(workspaceOption) ? parser.value(workspaceOption) : Workspace::defaultDirectory());
    if (!workspace) {
        io.err << workspace.error().toString() << '\n';
        return 1;
    }
    bool imported = false;
    Result<DatasetInfo> dataset = sampleDataset(*workspace.value(), samplePath, imported);
    Result<DatasetWordStatistics> words = dataset
        ? DatasetStore(workspace.value()->database()).wordStatistics(dataset->id)
        : Result<DatasetWordStatistics>(dataset.error());
    if (!words) {
        io.err << words.error().toString() << '\n';
        return 1;
    }
    printSummary(io, dataset.value(), words.value(), imported, workspace.value()->directory());
    return 0;
}

} // namespace caliper::cli
