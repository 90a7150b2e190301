#include "cli/importcommand.h"

#include "dataset/datasetimporter.h"
#include "dataset/datasetstore.h"
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

struct Options
{
    // The same context as tr() above: otherwise lupdate files these texts under "caliper::cli::Options".
    Q_DECLARE_TR_FUNCTIONS(caliper::cli)

public:
    QCommandLineOption workspace {QStringLiteral("workspace"),
        tr("The workspace folder (default: %1).").arg(Workspace::defaultDirectory()), QStringLiteral("DIR")};
    QCommandLineOption name {
        QStringLiteral("name"), tr("The dataset's name (default: the file's base name)."), QStringLiteral("NAME")};
    QCommandLineOption format {QStringLiteral("format"),
        tr("csv, json or jsonl (default: from the extension or the content)."), QStringLiteral("FORMAT")};
    QCommandLineOption idColumn {QStringLiteral("id-column"),
        tr("The column holding each sample's id (default: detected, else the row number)."), QStringLiteral("C")};
    QCommandLineOption inputColumn {QStringLiteral("input-column"),
        tr("The column holding the source text (default: detected)."), QStringLiteral("C")};
    QCommandLineOption referenceColumn {QStringLiteral("reference-column"),
        tr("The column holding the reference text; empty for none (default: detected)."), QStringLiteral("C")};
    QCommandLineOption metadataColumns {QStringLiteral("metadata-columns"),
        tr("Comma-separated columns to keep as metadata (default: all others)."), QStringLiteral("a,b")};
};

// The detected mapping with every option the user gave laid over it.
Result<ColumnMapping> mappingFor(
    const QCommandLineParser& parser, const Options& options, const QString& file, TableFormat format)
{
    auto reader = TableReader::open(file, format);
    if (!reader)
        return reader.error();
    ColumnMapping mapping = ColumnMapping::detect(reader.value()->columns());
    if (parser.isSet(options.idColumn))
        mapping.idColumn = parser.value(options.idColumn);
    if (parser.isSet(options.inputColumn))
        mapping.inputColumn = parser.value(options.inputColumn);
    if (parser.isSet(options.referenceColumn))
        mapping.referenceColumn = parser.value(options.referenceColumn);
    if (parser.isSet(options.metadataColumns))
        mapping.metadataColumns = parser.value(options.metadataColumns).split(QLatin1Char(','), Qt::SkipEmptyParts);
    else
        mapping.metadataColumns.removeIf([&](const QString& c) {
            return c == mapping.idColumn || c == mapping.inputColumn || c == mapping.referenceColumn;
        });
    if (mapping.inputColumn.isEmpty())
        return Error {tr("no source column recognised among %1: name it with --input-column")
                          .arg(reader.value()->columns().join(QStringLiteral(", "))),
            file, 1, 1};
    return mapping;
}

// A progress line that rewrites itself, only for big files and only when a person is watching stderr.
ImportProgressCallback progressLine(QTextStream& err, qint64 fileSize, bool& printed)
{
    constexpr qint64 BigFile = qint64(8) << 20;
    if (fileSize < BigFile || !isatty(STDERR_FILENO))
        return {};
    return [&err, &printed](const ImportProgress& progress) {
        const int percent = progress.totalBytes > 0 ? int(100 * progress.bytesRead / progress.totalBytes) : 0;
        err << '\r'
            << tr("Importing… %1% (%2 of %3 MB, %4 rows)")
                   .arg(percent)
                   .arg(progress.bytesRead >> 20)
                   .arg(progress.totalBytes >> 20)
                   .arg(progress.rows);
        err.flush();
        printed = true;
        return true;
    };
}

int usageError(Io& io, const QString& message, const QCommandLineParser& parser)
{
    io.err << message << '\n' << parser.helpText();
    return 2;
}

int importFile(const QCommandLineParser& parser, const Options& options, Io& io)
{
    const QString file = parser.positionalArguments().constFirst();
    ImportOptions request;
    request.path = file;
    request.name = parser.isSet(options.name) ? parser.value(options.name) : QFileInfo(file).completeBaseName();
    request.format = tableFormatFromName(parser.value(options.format));
    Result<ColumnMapping> mapping = mappingFor(parser, options, file, request.format);
    if (!mapping) {
        io.err << mapping.error().toString() << '\n';
        return 1;
    }
    request.mapping = mapping.value();
    const QString directory
        = parser.isSet(options.workspace) ? parser.value(options.workspace) : Workspace::defaultDirectory();
    auto workspace = Workspace::open(directory);
    if (!workspace) {
        io.err << workspace.error().toString() << '\n';
        return 1;
    }
    if (DatasetStore(workspace.value()->database()).datasetByName(request.name).ok()) {
        io.err << tr("%1: a dataset named \"%2\" is already in the workspace %3; choose another name with --name NAME")
                      .arg(file, request.name, workspace.value()->directory())
               << '\n';
        return 1;
    }
    bool printed = false;
    Result<DatasetInfo> dataset
        = importDataset(workspace.value()->database(), request, progressLine(io.err, QFileInfo(file).size(), printed));
    if (printed)
        io.err << '\n';
    if (!dataset) {
        io.err << dataset.error().toString() << '\n';
        return 1;
    }
    io.out << tr("Imported \"%1\": %2 samples").arg(dataset->name).arg(dataset->sampleCount) << '\n'
           << tr("sha256: %1").arg(dataset->contentHash) << '\n'
           << tr("workspace: %1").arg(workspace.value()->directory()) << '\n';
    return 0;
}

} // namespace

Command importCommand()
{
    return Command {QStringLiteral("import"),
        QT_TRANSLATE_NOOP("caliper::cli", "import a CSV, JSON or JSON Lines file as a dataset"), &runImport};
}

int runImport(const QStringList& arguments, Io& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Imports a CSV, JSON or JSON Lines file into a workspace as a dataset."));
    const QCommandLineOption help = parser.addHelpOption();
    const Options options;
    parser.addOptions({options.workspace, options.name, options.format, options.idColumn, options.inputColumn,
        options.referenceColumn, options.metadataColumns});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV, JSON or JSON Lines file to import."));
    if (!parser.parse(arguments))
        return usageError(io, parser.errorText(), parser);
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(io, tr("caliper import: name exactly one FILE"), parser);
    if (parser.isSet(options.format) && tableFormatFromName(parser.value(options.format)) == TableFormat::Auto)
        return usageError(io, tr("caliper import: unknown format \"%1\"").arg(parser.value(options.format)), parser);
    return importFile(parser, options, io);
}

} // namespace caliper::cli
