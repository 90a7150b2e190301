#include "cli/runcommand.h"

#include "cli/interruptwatcher.h"
#include "cli/runprogressprinter.h"
#include "cli/runresults.h"
#include "dataset/bytereader.h"
#include "dataset/datasetimporter.h"
#include "dataset/datasetstore.h"
#include "experiments/definitionexport.h"
#include "experiments/experimentstore.h"
#include "runs/runservice.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>

#include <algorithm>
#include <optional>
#include <unistd.h>

namespace caliper::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper::cli", text);
}

struct RunArguments
{
    QString experimentFile;
    QString workspace;
    QString results;
};

// An Error with an empty message means help was printed.
Result<RunArguments> parseArguments(const QStringList& arguments, Io& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs an experiment file: every model on every sample of its dataset, "
                                        "scored; running it again resumes."));
    parser.addPositionalArgument(QStringLiteral("EXPERIMENT.json"), tr("The experiment file."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"),
        tr("The workspace folder (default: %1).").arg(Workspace::defaultDirectory()), QStringLiteral("DIR"));
    const QCommandLineOption results(QStringLiteral("results"),
        tr("Write per-model summaries and per-sample outputs to this JSON file at the end."), QStringLiteral("OUT"));
    parser.addOptions({workspace, results});
    if (!parser.parse(arguments))
        return Error {parser.errorText() + QLatin1Char('\n') + parser.helpText(), {}};
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return Error {};
    }
    if (parser.positionalArguments().size() != 1)
        return Error {tr("caliper run takes one experiment file") + QLatin1Char('\n') + parser.helpText(), {}};
    return RunArguments {parser.positionalArguments().constFirst(),
        parser.isSet(workspace) ? parser.value(workspace) : Workspace::defaultDirectory(), parser.value(results)};
}

int fail(Io& io, const Error& error, int exitCode)
{
    io.err << QStringLiteral("caliper run: ") << error.toString() << '\n';
    return exitCode;
}

// The SHA-256 of the dataset file, checked against dataset.sha256 when the experiment gives one.
Result<QString> datasetHash(const DatasetSpec& spec, const QString& fileName)
{
    Result<QString> hash = fileSha256(spec.path);
    if (!hash || spec.contentHash.isEmpty() || spec.contentHash.compare(hash.value(), Qt::CaseInsensitive) == 0)
        return hash;
    return Error {tr("dataset.sha256: %1 has SHA-256 %2, but the experiment expects %3 (the file changed?)")
                      .arg(spec.path, hash.value(), spec.contentHash),
        fileName};
}

// The columns the experiment names, laid over the detected ones; none named: the importer detects them all.
Result<ColumnMapping> mappingFor(const DatasetSpec& spec)
{
    ColumnMapping mapping;
    if (spec.idColumn.isEmpty() && spec.inputColumn.isEmpty() && spec.referenceColumn.isEmpty())
        return mapping;
    auto reader = TableReader::open(spec.path);
    if (!reader)
        return reader.error();
    mapping = ColumnMapping::detect(reader.value()->columns());
    for (auto [target, named] :
        {std::pair {&mapping.idColumn, spec.idColumn}, std::pair {&mapping.inputColumn, spec.inputColumn},
            std::pair {&mapping.referenceColumn, spec.referenceColumn}}) {
        if (!named.isEmpty())
            *target = named;
    }
    mapping.metadataColumns.removeIf([&](const QString& c) {
        return c == mapping.idColumn || c == mapping.inputColumn || c == mapping.referenceColumn;
    });
    return mapping;
}

// The name, or "name (2)", "name (3)", … when another dataset already uses it.
QString freeName(const DatasetStore& store, const QString& base)
{
    QString name = base;
    for (int n = 2; store.datasetByName(name).ok(); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

Result<DatasetInfo> findOrImport(QSqlDatabase db, const DatasetSpec& spec, const QString& hash)
{
    const Result<std::optional<DatasetInfo>> existing = findDatasetByHash(db, spec, hash);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return existing->value();
    DatasetStore store(db);
    Result<ColumnMapping> mapping = mappingFor(spec);
    if (!mapping)
        return mapping.error();
    ImportOptions options;
    options.path = spec.path;
    options.name = freeName(store, spec.name.isEmpty() ? QFileInfo(spec.path).completeBaseName() : spec.name);
    options.mapping = mapping.value();
    return importDataset(db, options);
}

} // namespace

Command runCommand()
{
    return Command {QStringLiteral("run"),
        QT_TRANSLATE_NOOP("caliper::cli", "run an experiment file (models × dataset), resumable; write results"),
        &runRun};
}

Status checkKeyVariables(const ExperimentDefinition& definition, const QString& fileName)
{
    for (qsizetype i = 0; i < definition.models.size(); ++i) {
        const Endpoint& endpoint = definition.models.at(i).endpoint;
        if (endpoint.keySource != KeySource::Environment || !qEnvironmentVariableIsEmpty(qPrintable(endpoint.keyName)))
            continue;
        return Error {tr("models[%1].api_key_env: the environment variable %2 is not set; it should hold the API key "
                         "of '%3'")
                          .arg(i)
                          .arg(endpoint.keyName, definition.models.at(i).name),
            fileName};
    }
    const Endpoint& judge = definition.judge.endpoint;
    if (!definition.judge.isEmpty() && judge.keySource == KeySource::Environment
        && qEnvironmentVariableIsEmpty(qPrintable(judge.keyName)))
        return Error {tr("judge.api_key_env: the environment variable %1 is not set; it should hold the API key of "
                         "the judge")
                          .arg(judge.keyName),
            fileName};
    return Ok {};
}

namespace {

// Why the run stopped before its end, as the user should read it.
Error stoppedEarly(const RunProgress& progress, bool interrupted)
{
    if (interrupted)
        return Error {tr("interrupted with %1 of %2 samples done; run the same command again to resume")
                          .arg(progress.done)
                          .arg(progress.total),
            {}};
    return Error {tr("the run ended %1: %2").arg(runStateName(progress.state), progress.lastError), {}};
}

} // namespace

Result<RunProgress> executeExperiment(const QString& databaseFile, qint64 experimentId, Io& io, bool terminal)
{
    RunService service(databaseFile);
    RunProgressPrinter printer(io.err, terminal);
    InterruptWatcher interrupts;
    QEventLoop loop;
    RunProgress last;
    last.runId = experimentId;
    std::optional<Error> failure;
    bool ended = false;
    QObject::connect(&service, &RunService::progressChanged, &loop, [&](const RunProgress& progress) {
        if (progress.runId != experimentId)
            return;
        last = progress;
        printer.update(progress);
        // Paused by Ctrl+C and nothing left in flight: everything that came back is stored.
        if (interrupts.count() > 0 && progress.state == RunState::Paused && progress.inFlight == 0)
            loop.quit();
    });
    QObject::connect(&service, &RunService::runEnded, &loop, [&](const RunProgress& progress) {
        if (progress.runId != experimentId)
            return;
        last = progress;
        ended = true;
        loop.quit();
    });
    QObject::connect(&service, &RunService::runError, &loop, [&](qint64 runId, const Error& error) {
        if (runId != experimentId)
            return;
        failure = error;
        loop.quit();
    });
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&] {
        if (interrupts.count() > 1)
            return loop.quit();
        printer.note(tr("Pausing: the requests in flight finish and are stored (Ctrl+C again stops at once)…"));
        service.pause(experimentId);
    });
    service.start(experimentId);
    loop.exec();
    printer.finish(last);
    if (failure)
        return *failure;
    if (!ended || last.state != RunState::Finished)
        return stoppedEarly(last, interrupts.count() > 0);
    return last;
}

int reportExperiment(QSqlDatabase db, qint64 experimentId, const QString& resultsFile, Io& io)
{
    const Result<RunResults> results = loadRunResults(db, experimentId);
    if (!results) {
        io.err << results.error().toString() << '\n';
        return 1;
    }
    io.out << comparisonTable(results->models);
    if (results->recommendation)
        io.out << results->recommendation->line << '\n';
    io.err << failureList(results.value());
    if (!resultsFile.isEmpty()) {
        if (Status written = writeRunResults(resultsFile, results.value()); !written) {
            io.err << written.error().toString() << '\n';
            return 1;
        }
        io.out << tr("Results: %1").arg(resultsFile) << '\n';
    }
    const bool allDone = std::all_of(results->models.cbegin(), results->models.cend(), [](const ModelSummary& model) {
        return model.failed == 0 && model.done == model.total && model.judgeFailed == 0;
    });
    return allDone ? 0 : 1;
}

int runRun(const QStringList& arguments, Io& io)
{
    const Result<RunArguments> parsed = parseArguments(arguments, io);
    if (!parsed) {
        if (parsed.error().message.isEmpty())
            return 0;
        io.err << parsed.error().message;
        return 2;
    }
    const QString& file = parsed->experimentFile;
    const Result<ExperimentDefinition> definition = readExperimentDefinition(file);
    if (!definition)
        return fail(io, definition.error(), 2);
    if (Status keys = checkKeyVariables(definition.value(), file); !keys)
        return fail(io, keys.error(), 2);
    // Checked before the workspace is opened, so a wrong file leaves the workspace untouched. An exported
    // definition whose file is gone (or that names none) runs on the workspace's copy: same sha256, or that name.
    const DatasetSpec& spec = definition->dataset;
    const bool fromFile = !spec.path.isEmpty() && (spec.contentHash.isEmpty() || QFileInfo::exists(spec.path));
    Result<QString> hash = fromFile ? datasetHash(spec, file) : Result<QString>(spec.contentHash);
    if (!hash)
        return fail(io, hash.error(), 2);
    auto workspace = Workspace::open(parsed->workspace);
    if (!workspace)
        return fail(io, workspace.error(), 1);
    const QSqlDatabase db = workspace.value()->database();
    const Result<DatasetInfo> dataset
        = fromFile ? findOrImport(db, spec, hash.value()) : resolveDefinitionDataset(db, spec);
    if (!dataset)
        return fail(io, dataset.error(), 1);
    const Result<qint64> experiment = ExperimentStore(db).findOrCreate(definition.value(), dataset->id);
    if (!experiment)
        return fail(io, experiment.error(), 1);
    io.err
        << tr("Experiment \"%1\" on \"%2\" in %3").arg(definition->name, dataset->name, workspace.value()->directory())
        << '\n';
    const Result<RunProgress> ended
        = executeExperiment(workspace.value()->databaseFile(), experiment.value(), io, isatty(STDERR_FILENO));
    if (!ended)
        return fail(io, ended.error(), 1);
    return reportExperiment(db, experiment.value(), parsed->results, io);
}

} // namespace caliper::cli
