#include "cli/democommand.h"

#include "cli/runcommand.h"
#include "dataset/bytereader.h"
#include "dataset/datasetimporter.h"
#include "dataset/datasetstore.h"
#include "experiments/experimentstore.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <unistd.h>

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

// The bundled experiment (Lead-3 and TextRank, offline) over the dataset the demo imported; resumes like
// `caliper run`, so a second demo only prints the table.
int runSampleExperiment(Workspace& workspace, const DatasetInfo& dataset, Io& io)
{
    Result<ExperimentDefinition> definition = readExperimentDefinition(bundledExperimentPath());
    if (!definition) {
        io.err << definition.error().toString() << '\n';
        return 1;
    }
    definition->dataset.path = dataset.sourcePath;
    definition->dataset.contentHash = dataset.contentHash;
    const Result<qint64> experiment
        = ExperimentStore(workspace.database()).findOrCreate(definition.value(), dataset.id);
    const Result<RunProgress> ended = experiment
        ? executeExperiment(workspace.databaseFile(), experiment.value(), io, isatty(STDERR_FILENO))
        : Result<RunProgress>(experiment.error());
    if (!ended) {
        io.err << ended.error().toString() << '\n';
        return 1;
    }
    io.out << '\n' << tr("Experiment: %1").arg(definition->name) << '\n';
    return reportExperiment(workspace.database(), experiment.value(), {}, io);
}

} // namespace

Command demoCommand()
{
    return Command {QStringLiteral("demo"),
        QT_TRANSLATE_NOOP("caliper::cli", "import the bundled sample and compare two offline baselines on it"),
        &runDemo};
}

QString bundledSamplePath()
{
    return QStringLiteral(":/sample/ap_sample.json");
}

QString bundledExperimentPath()
{
    return QStringLiteral(":/sample/ap_experiment.json");
}

int runDemo(const QStringList& arguments, Io& io)
{
    return runDemoWith(bundledSamplePath(), arguments, io);
}

int runDemoWith(const QString& samplePath, const QStringList& arguments, Io& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports the bundled sample dataset into a workspace, summarises it, runs the built-in Lead-3 and "
           "TextRank baselines on it offline and prints their comparison."));
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
    return runSampleExperiment(*workspace.value(), dataset.value(), io);
}

} // namespace caliper::cli
