#include "reports/reportdata.h"

#include "metrics/tokencount.h"
#include "reports/reportcolumns.h"
#include "reports/reportsettings.h"
#include "stats/descriptive.h"
#include "stats/multiplecomparisons.h"
#include "stats/pairedcomparison.h"
#include "workspace/connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>

#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper", text);
}

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// One model's done outputs, by sample id: what every column of its row is computed from.
using SampleValues = QHash<qint64, double>;

std::optional<double> columnValue(const ReportColumn& column, const OutputRecord& output)
{
    if (column.key == QLatin1String(ReasoningTokensColumn))
        return static_cast<double>(output.reasoningTokens);
    if (column.key == QLatin1String(AnswerTokensColumn))
        return static_cast<double>(output.answerTokens);
    if (column.key == QLatin1String(LatencyColumn))
        return static_cast<double>(output.latencyMs) / 1000.0;
    if (column.key == QLatin1String(CostColumn))
        return output.cost;
    const auto score = output.scores.constFind(column.key);
    if (score == output.scores.cend())
        return std::nullopt;
    return score.value();
}

SampleValues sampleValues(const ReportColumn& column, const QList<const OutputRecord*>& outputs)
{
    SampleValues values;
    for (const OutputRecord* output : outputs) {
        if (const std::optional<double> value = columnValue(column, *output))
            values.insert(output->sampleId, *value);
    }
    return values;
}

// Values in dataset order, so a fixed bootstrap seed gives the same interval on every machine.
QList<double> inSampleOrder(const SampleValues& values, const QList<ReportInput::Sample>& samples)
{
    QList<double> ordered;
    ordered.reserve(values.size());
    for (const ReportInput::Sample& sample : samples) {
        const auto it = values.constFind(sample.id);
        if (it != values.cend())
            ordered.append(it.value());
    }
    return ordered;
}

ReportCell cell(const ReportColumn& column, const QList<double>& values, const stats::BootstrapOptions& options)
{
    ReportCell result;
    result.n = values.size();
    if (column.kind == ColumnKind::Cost) {
        result.value = values.isEmpty() ? NaN : std::accumulate(values.cbegin(), values.cend(), 0.0);
        result.interval = {NaN, NaN};
        return result;
    }
    const stats::Summary summary = stats::summarize(values, options);
    result.value = summary.mean;
    result.interval = summary.interval;
    return result;
}

bool better(double candidate, double than, ScoreDirection direction)
{
    return direction == ScoreDirection::LowerIsBetter ? candidate < than : candidate > than;
}

// The first model with the best value, or -1 when the column has no direction, no values, or all are equal
// (a bold mark on every cell says nothing).
qsizetype bestModel(const QList<ReportCell>& cells, ScoreDirection direction)
{
    if (direction == ScoreDirection::Neutral)
        return -1;
    qsizetype best = -1;
    bool differs = false;
    for (qsizetype model = 0; model < cells.size(); ++model) {
        const ReportCell& cell = cells.at(model);
        if (cell.n == 0 || std::isnan(cell.value))
            continue;
        if (best >= 0 && cell.value != cells.at(best).value)
            differs = true;
        if (best < 0 || better(cell.value, cells.at(best).value, direction))
            best = model;
    }
    return differs ? best : -1;
}

// Best minus other on the samples both finished, so a failure on one side does not count against the other;
// oriented so that a positive difference always means the best is better.
QList<double> pairedDifferences(const SampleValues& best, const SampleValues& other, ScoreDirection direction,
    const QList<ReportInput::Sample>& samples)
{
    QList<double> differences;
    for (const ReportInput::Sample& sample : samples) {
        const auto a = best.constFind(sample.id);
        const auto b = other.constFind(sample.id);
        if (a != best.cend() && b != other.cend())
            differences.append(
                direction == ScoreDirection::LowerIsBetter ? b.value() - a.value() : a.value() - b.value());
    }
    return differences;
}

/// One column's cells (one per model) and the per-sample values behind them.
struct ColumnCells
{
    const ReportColumn& column;
    QList<ReportCell>& cells;
    const QList<SampleValues>& values;
};

// Tests every other model against the best (paired approximate randomization), Holm-corrected across them.
void markNotSignificantlyWorse(const ColumnCells& column, qsizetype best, const QList<ReportInput::Sample>& samples,
    const stats::BestComparisonOptions& options)
{
    const double bestValue = column.cells.at(best).value;
    QList<qsizetype> tested;
    QList<double> pValues;
    for (qsizetype model = 0; model < column.cells.size(); ++model) {
        const ReportCell& cell = column.cells.at(model);
        if (cell.n == 0 || cell.value == bestValue)
            continue;
        const QList<double> differences
            = pairedDifferences(column.values.at(best), column.values.at(model), column.column.direction, samples);
        if (differences.isEmpty())
            continue;
        tested.append(model);
        pValues.append(stats::signFlipPValue(differences, options.resamples, options.seed));
    }
    const QList<double> adjusted = stats::holmAdjust(pValues);
    for (qsizetype k = 0; k < tested.size(); ++k) {
        ReportCell& cell = column.cells[tested.at(k)];
        cell.adjustedPValue = adjusted.at(k);
        cell.notSignificantlyWorse = adjusted.at(k) >= options.alpha;
    }
}

void markBest(
    const ColumnCells& column, const QList<ReportInput::Sample>& samples, const stats::BestComparisonOptions& options)
{
    const qsizetype best = bestModel(column.cells, column.column.direction);
    if (best < 0)
        return;
    for (ReportCell& cell : column.cells) {
        if (cell.n > 0 && cell.value == column.cells.at(best).value)
            cell.best = true;
    }
    if (column.column.compared)
        markNotSignificantlyWorse(column, best, samples, options);
}

QHash<qint64, QList<const OutputRecord*>> doneOutputsByModel(const QList<OutputRecord>& outputs)
{
    QHash<qint64, QList<const OutputRecord*>> byModel;
    for (const OutputRecord& output : outputs) {
        if (output.done)
            byModel[output.modelId].append(&output);
    }
    return byModel;
}

// Counts and plain means of every score; the table's cells come later, column by column.
QList<ReportRow> emptyRows(const ReportInput& input)
{
    QList<ReportRow> rows;
    for (const ExperimentModel& model : input.models) {
        ReportRow row;
        row.model = model.name;
        QMap<QString, QList<double>> scores;
        for (const OutputRecord& output : input.outputs) {
            if (output.modelId != model.id)
                continue;
            ++row.total;
            ++(output.done ? row.done : row.failed);
            for (auto it = output.scores.cbegin(); output.done && it != output.scores.cend(); ++it)
                scores[it.key()].append(it.value());
        }
        for (auto it = scores.cbegin(); it != scores.cend(); ++it)
            row.means.insert(it.key(), stats::mean(it.value()));
        rows.append(row);
    }
    return rows;
}

QList<ReportRow> tableRows(const ReportInput& input, const QList<ReportColumn>& columns, const ReportOptions& options)
{
    QList<ReportRow> rows = emptyRows(input);
    const QHash<qint64, QList<const OutputRecord*>> done = doneOutputsByModel(input.outputs);
    // Columns are independent; the bootstrap and the randomization tests dominate the time on large experiments.
    QList<qsizetype> indexes(columns.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    const QList<QList<ReportCell>> perColumn
        = QtConcurrent::blockingMapped<QList<QList<ReportCell>>>(indexes, [&](qsizetype index) {
              const ReportColumn& column = columns.at(index);
              QList<SampleValues> values;
              QList<ReportCell> cells;
              for (const ExperimentModel& model : input.models) {
                  values.append(sampleValues(column, done.value(model.id)));
                  cells.append(cell(column, inSampleOrder(values.last(), input.samples), options.bootstrap));
              }
              markBest({column, cells, values}, input.samples, options.comparison);
              return cells;
          });
    for (qsizetype row = 0; row < rows.size(); ++row) {
        for (const QList<ReportCell>& cells : perColumn)
            rows[row].cells.append(cells.at(row));
    }
    return rows;
}

ReportOutput reportOutput(const QString& model, const OutputRecord* output)
{
    ReportOutput result;
    result.model = model;
    if (!output)
        return result;
    result.present = true;
    result.done = output->done;
    result.answer = output->answer;
    result.reasoning = output->reasoning;
    result.unclosedReasoning = output->unclosedReasoning;
    result.reasoningTokens = output->reasoningTokens;
    result.answerTokens = output->answerTokens;
    result.latencyS = static_cast<double>(output->latencyMs) / 1000.0;
    result.cost = output->cost;
    result.error = output->error;
    result.scores = output->scores;
    return result;
}

QList<ReportSample> reportSamples(const ReportInput& input)
{
    QHash<QPair<qint64, qint64>, const OutputRecord*> bySampleAndModel;
    for (const OutputRecord& output : input.outputs)
        bySampleAndModel.insert({output.sampleId, output.modelId}, &output);
    QList<ReportSample> samples;
    samples.reserve(input.samples.size());
    for (const ReportInput::Sample& sample : input.samples) {
        ReportSample reportSample {sample.key, sample.reference, {}};
        for (const ExperimentModel& model : input.models)
            reportSample.outputs.append(reportOutput(model.name, bySampleAndModel.value({sample.id, model.id})));
        samples.append(reportSample);
    }
    return samples;
}

void addReferenceLengths(ReportData& data, const QList<ReportInput::Sample>& samples)
{
    QList<double> tokens;
    QList<double> words;
    for (const ReportInput::Sample& sample : samples) {
        if (sample.reference.isNull())
            continue;
        tokens.append(static_cast<double>(cl100kTokenCount(sample.reference)));
        words.append(static_cast<double>(wordCount(sample.reference)));
    }
    data.referenceAverageTokens = tokens.isEmpty() ? NaN : stats::mean(tokens);
    data.referenceAverageWords = words.isEmpty() ? NaN : stats::mean(words);
}

} // namespace

ReportData buildReportData(const ReportInput& input, const ReportOptions& options)
{
    ReportData data;
    data.settings = reportSettings(input.experiment, input.models);
    data.generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSet<QString> keys;
    for (const OutputRecord& output : input.outputs) {
        for (auto it = output.scores.cbegin(); it != output.scores.cend(); ++it)
            keys.insert(it.key());
    }
    data.scoreKeys = orderedScoreKeys(keys);
    data.columns = reportColumns(keys);
    data.alpha = options.comparison.alpha;
    data.rows = tableRows(input, data.columns, options);
    addReferenceLengths(data, input.samples);
    data.samples = reportSamples(input);
    return data;
}

namespace {

Result<QList<ReportInput::Sample>> datasetSamples(QSqlDatabase db, qint64 datasetId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, external_id, reference FROM samples WHERE dataset_id = ? ORDER BY row_index"));
    query.addBindValue(datasetId);
    if (!query.exec())
        return sqlError(tr("cannot read the samples"), query.lastError(), db.databaseName());
    QList<ReportInput::Sample> samples;
    while (query.next()) {
        const QVariant reference = query.value(2);
        samples.append({query.value(0).toLongLong(), query.value(1).toString(),
            reference.isNull() ? QString() : reference.toString()});
    }
    return samples;
}

Result<ExperimentInfo> findExperiment(const ExperimentStore& store, const QString& name, const QString& location)
{
    const Result<QList<ExperimentInfo>> all = store.list();
    if (!all.ok())
        return all.error();
    QStringList names;
    for (const ExperimentInfo& experiment : all.value()) {
        if (experiment.name == name)
            return experiment;
        names.append(experiment.name);
    }
    Error error;
    error.location = location;
    error.message = names.isEmpty()
        ? tr("no experiment '%1': the workspace has no experiments").arg(name)
        : tr("no experiment '%1' (experiments: %2)").arg(name, names.join(QStringLiteral(", ")));
    return error;
}

} // namespace

Result<ReportData> gatherReportData(QSqlDatabase db, const QString& experimentName, const ReportOptions& options)
{
    const ExperimentStore store(db);
    ReportInput input;
    const Result<ExperimentInfo> experiment = findExperiment(store, experimentName, db.databaseName());
    if (!experiment.ok())
        return experiment.error();
    input.experiment = experiment.value();
    Result<QList<ExperimentModel>> models = store.models(input.experiment.id);
    if (!models.ok())
        return models.error();
    input.models = std::move(models).value();
    Result<QList<OutputRecord>> outputs = store.outputs(input.experiment.id);
    if (!outputs.ok())
        return outputs.error();
    input.outputs = std::move(outputs).value();
    Result<QList<ReportInput::Sample>> samples = datasetSamples(db, input.experiment.datasetId);
    if (!samples.ok())
        return samples.error();
    input.samples = std::move(samples).value();
    return buildReportData(input, options);
}

} // namespace caliper
