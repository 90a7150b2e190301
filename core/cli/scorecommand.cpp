#include "cli/scorecommand.h"

#include "dataset/tablereader.h"
#include "metrics/meteor.h"
#include "metrics/reasoning.h"
#include "metrics/registry.h"
#include "stats/bootstrap.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtConcurrent>

#include <cmath>

namespace caliper::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper::cli", text);
}

struct ScoreRequest
{
    QString input;
    QString output;
    QString idColumn;
    QString predictionColumn;
    QString referenceColumn;
    QString sourceColumn;
    QString reasoningColumn;
    QStringList metrics;
    MetricOptions options;
};

// Where each role's text is in the table; -1 when the table has no such column.
struct ColumnIndexes
{
    qsizetype id = -1;
    qsizetype prediction = -1;
    qsizetype reference = -1;
    qsizetype source = -1;
    qsizetype reasoning = -1;
};

struct Table
{
    QStringList columns;
    QList<QStringList> rows;
};

// Column names prediction files use, tried in order, case-insensitively (ACI-Bench, Lumigator, Hugging Face).
const QStringList IdNames = {QStringLiteral("id"), QStringLiteral("encounter_id"), QStringLiteral("sample_id"),
    QStringLiteral("example_id"), QStringLiteral("file")};
const QStringList PredictionNames = {QStringLiteral("prediction"), QStringLiteral("note"), QStringLiteral("output"),
    QStringLiteral("summary"), QStringLiteral("answer"), QStringLiteral("predictions")};
const QStringList ReferenceNames = {QStringLiteral("reference"), QStringLiteral("tgt"), QStringLiteral("ground_truth"),
    QStringLiteral("target"), QStringLiteral("references"), QStringLiteral("reference summaries")};
const QStringList SourceNames = {QStringLiteral("source"), QStringLiteral("src"), QStringLiteral("dialogue"),
    QStringLiteral("dialogues"), QStringLiteral("input"), QStringLiteral("examples")};
const QStringList ReasoningNames = {QStringLiteral("reasoning_content"), QStringLiteral("reasoning")};

QCommandLineOption valueOption(const char* name, const char* description, const char* valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), tr(description), tr(valueName));
}

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(tr("Scores predictions against references and writes the scores as JSON."));
    parser.addHelpOption();
    parser.addOption(valueOption("input", QT_TRANSLATE_NOOP("caliper::cli", "CSV, JSON or JSON Lines file to score"),
        QT_TRANSLATE_NOOP("caliper::cli", "FILE")));
    parser.addOption(valueOption(
        "output", QT_TRANSLATE_NOOP("caliper::cli", "JSON file to write"), QT_TRANSLATE_NOOP("caliper::cli", "FILE")));
    parser.addOption(valueOption("metrics", QT_TRANSLATE_NOOP("caliper::cli", "comma-separated metrics (default: all)"),
        QT_TRANSLATE_NOOP("caliper::cli", "LIST")));
    parser.addOption(valueOption("id-column",
        QT_TRANSLATE_NOOP("caliper::cli", "column of sample ids (default: detected, else row numbers)"),
        QT_TRANSLATE_NOOP("caliper::cli", "COLUMN")));
    parser.addOption(valueOption("prediction-column",
        QT_TRANSLATE_NOOP("caliper::cli", "column of model outputs (default: detected)"),
        QT_TRANSLATE_NOOP("caliper::cli", "COLUMN")));
    parser.addOption(
        valueOption("reference-column", QT_TRANSLATE_NOOP("caliper::cli", "column of references (default: detected)"),
            QT_TRANSLATE_NOOP("caliper::cli", "COLUMN")));
    parser.addOption(
        valueOption("source-column", QT_TRANSLATE_NOOP("caliper::cli", "column of model inputs (default: detected)"),
            QT_TRANSLATE_NOOP("caliper::cli", "COLUMN")));
    parser.addOption(valueOption("reasoning-column",
        QT_TRANSLATE_NOOP(
            "caliper::cli", "column of separate reasoning, such as reasoning_content (default: detected)"),
        QT_TRANSLATE_NOOP("caliper::cli", "COLUMN")));
    parser.addOption(QCommandLineOption(QStringLiteral("rouge-stemmer"), tr("Porter-stem ROUGE tokens")));
}

// Parses the arguments; an empty Error message with exit code 0 means help was printed.
Result<ScoreRequest> parseRequest(const QStringList& arguments, Io& io)
{
    QCommandLineParser parser;
    addOptions(parser);
    Error usage;
    if (!parser.parse(arguments)) {
        usage.message = parser.errorText();
        return usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return usage;
    }
    for (const char* required : {"input", "output"}) {
        if (parser.value(QString::fromLatin1(required)).isEmpty()) {
            usage.message = tr("--%1 is required").arg(QString::fromLatin1(required));
            return usage;
        }
    }
    ScoreRequest request;
    request.input = parser.value(QStringLiteral("input"));
    request.output = parser.value(QStringLiteral("output"));
    request.idColumn = parser.value(QStringLiteral("id-column"));
    request.predictionColumn = parser.value(QStringLiteral("prediction-column"));
    request.referenceColumn = parser.value(QStringLiteral("reference-column"));
    request.sourceColumn = parser.value(QStringLiteral("source-column"));
    request.reasoningColumn = parser.value(QStringLiteral("reasoning-column"));
    const QString metrics = parser.value(QStringLiteral("metrics"));
    request.metrics
        = metrics.isEmpty() ? MetricRegistry::builtIn().keys() : metrics.split(QLatin1Char(','), Qt::SkipEmptyParts);
    request.options.rougeStemmer = parser.isSet(QStringLiteral("rouge-stemmer"));
    return request;
}

Result<Table> readTable(const QString& path)
{
    auto reader = TableReader::open(path);
    if (!reader.ok())
        return reader.error();
    Table table;
    TableRow row;
    for (;;) {
        const Result<bool> more = reader.value()->next(row);
        if (!more.ok())
            return more.error();
        if (!more.value())
            break;
        table.rows.append(row.values);
    }
    // JSON readers learn keys as rows arrive, so the full list is only known now.
    table.columns = reader.value()->columns();
    return table;
}

qsizetype findColumn(const QStringList& columns, const QStringList& names)
{
    for (const QString& name : names) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (columns.at(i).compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

Error columnError(const QString& message, const Table& table, const QString& file)
{
    Error error;
    error.location = file;
    error.message = message + QLatin1Char(' ') + tr("(columns: %1)").arg(table.columns.join(QStringLiteral(", ")));
    return error;
}

// An explicitly named column must exist; otherwise the first known name found is used.
Result<qsizetype> resolveColumn(
    const Table& table, const QString& file, const QString& named, const QStringList& knownNames)
{
    if (named.isEmpty())
        return findColumn(table.columns, knownNames);
    const qsizetype index = findColumn(table.columns, {named});
    if (index < 0)
        return columnError(tr("no column '%1'").arg(named), table, file);
    return index;
}

Result<ColumnIndexes> resolveColumns(const Table& table, const ScoreRequest& request)
{
    const QString& file = request.input;
    ColumnIndexes indexes;
    const std::pair<qsizetype*, std::pair<QString, QStringList>> roles[] = {
        {&indexes.id, {request.idColumn, IdNames}},
        {&indexes.prediction, {request.predictionColumn, PredictionNames}},
        {&indexes.reference, {request.referenceColumn, ReferenceNames}},
        {&indexes.source, {request.sourceColumn, SourceNames}},
        {&indexes.reasoning, {request.reasoningColumn, ReasoningNames}},
    };
    for (const auto& [target, role] : roles) {
        const Result<qsizetype> index = resolveColumn(table, file, role.first, role.second);
        if (!index.ok())
            return index.error();
        *target = index.value();
    }
    if (indexes.prediction < 0)
        return columnError(tr("no prediction column found; name it with --prediction-column"), table, file);
    return indexes;
}

Status checkNeeds(
    const QList<const Metric*>& metrics, const ColumnIndexes& indexes, const Table& table, const QString& file)
{
    for (const Metric* metric : metrics) {
        if (metric->needs.testFlag(MetricField::Reference) && indexes.reference < 0) {
            return columnError(tr("metric '%1' needs references, but no reference column was found; name it with "
                                  "--reference-column")
                                   .arg(metric->key),
                table, file);
        }
        if (metric->needs.testFlag(MetricField::Source) && indexes.source < 0) {
            return columnError(
                tr("metric '%1' needs sources, but no source column was found; name it with --source-column")
                    .arg(metric->key),
                table, file);
        }
    }
    return Ok {};
}

QString cell(const QStringList& row, qsizetype index)
{
    return index < 0 ? QString() : row.value(index);
}

QList<MetricInput> metricInputs(const Table& table, const ColumnIndexes& indexes)
{
    QList<MetricInput> inputs;
    inputs.reserve(table.rows.size());
    for (const QStringList& row : table.rows) {
        const ReasoningSplit split = splitReasoning(cell(row, indexes.prediction), cell(row, indexes.reasoning));
        MetricInput input;
        input.prediction = split.answer;
        input.reasoning = split.reasoning;
        input.reference = cell(row, indexes.reference);
        input.source = cell(row, indexes.source);
        inputs.append(input);
    }
    return inputs;
}

// JSON has no NaN or infinity; a value that is not a number is written as null.
QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonArray sampleArray(const Table& table, const ColumnIndexes& indexes, const QList<ScoreMap>& scores)
{
    QJsonArray samples;
    for (qsizetype i = 0; i < scores.size(); ++i) {
        QJsonObject values;
        for (auto it = scores.at(i).cbegin(); it != scores.at(i).cend(); ++it)
            values.insert(it.key(), number(it.value()));
        const QJsonValue id
            = indexes.id < 0 ? QJsonValue(static_cast<double>(i + 1)) : QJsonValue(cell(table.rows.at(i), indexes.id));
        samples.append(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("scores"), values}});
    }
    return samples;
}

QJsonObject summaryObject(const QStringList& keys, const QList<ScoreMap>& scores)
{
    const QList<stats::Summary> summaries
        = QtConcurrent::blockingMapped<QList<stats::Summary>>(keys, [&](const QString& key) {
              QList<double> values;
              values.reserve(scores.size());
              for (const ScoreMap& sample : scores)
                  values.append(sample.value(key));
              return stats::summarize(values);
          });
    QJsonObject summary;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const stats::Summary& s = summaries.at(k);
        summary.insert(keys.at(k),
            QJsonObject {{QStringLiteral("mean"), number(s.mean)}, {QStringLiteral("ci_low"), number(s.interval.low)},
                {QStringLiteral("ci_high"), number(s.interval.high)}, {QStringLiteral("n"), static_cast<double>(s.n)}});
    }
    return summary;
}

// QSaveFile writes a temporary file and renames it on commit: a failed run leaves no half-written output.
Status writeJson(const QString& path, const QJsonObject& object)
{
    QSaveFile file(path);
    Error error;
    error.location = path;
    if (!file.open(QIODevice::WriteOnly)) {
        error.message = file.errorString();
        return error;
    }
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        error.message = file.errorString();
        return error;
    }
    return Ok {};
}

Status score(const ScoreRequest& request, const QList<const Metric*>& metrics, Io& io)
{
    const Result<Table> table = readTable(request.input);
    if (!table.ok())
        return table.error();
    const Result<ColumnIndexes> indexes = resolveColumns(table.value(), request);
    if (!indexes.ok())
        return indexes.error();
    const Status needs = checkNeeds(metrics, indexes.value(), table.value(), request.input);
    if (!needs.ok())
        return needs;
    const QList<ScoreMap> scores
        = computeScores(metrics, metricInputs(table.value(), indexes.value()), request.options);
    const QJsonObject document {{QStringLiteral("samples"), sampleArray(table.value(), indexes.value(), scores)},
        {QStringLiteral("summary"), summaryObject(scoreKeys(metrics), scores)}};
    const Status written = writeJson(request.output, document);
    if (written.ok())
        io.out << QCoreApplication::translate("caliper::cli", "Scored %n sample(s): %1", nullptr, int(scores.size()))
                      .arg(request.output)
               << '\n';
    return written;
}

} // namespace

Command scoreCommand()
{
    return {QStringLiteral("score"),
        QT_TRANSLATE_NOOP("caliper::cli", "score predictions against references (ROUGE, BLEU, METEOR, tokens)"),
        &runScore};
}

int runScore(const QStringList& arguments, Io& io)
{
    const Result<ScoreRequest> request = parseRequest(arguments, io);
    if (!request.ok()) {
        if (request.error().message.isEmpty())
            return 0;
        io.err << QStringLiteral("caliper score: ") << request.error().toString() << '\n';
        return 2;
    }
    const Result<QList<const Metric*>> metrics = MetricRegistry::builtIn().select(request->metrics);
    if (!metrics.ok()) {
        io.err << QStringLiteral("caliper score: ") << metrics.error().toString() << '\n';
        return 2;
    }
    if (metrics->contains(MetricRegistry::builtIn().metric(QStringLiteral("meteor"))) && !meteor::wordNetAvailable())
        io.err << tr("caliper score: WordNet not found; METEOR is computed without synonyms") << '\n';
    const Status scored = score(request.value(), metrics.value(), io);
    if (!scored.ok()) {
        io.err << QStringLiteral("caliper score: ") << scored.error().toString() << '\n';
        return 1;
    }
    return 0;
}

} // namespace caliper::cli
