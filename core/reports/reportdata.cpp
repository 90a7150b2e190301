#include "reports/reportdata.h"

#include "metrics/tokencount.h"
#include "reports/reportsettings.h"
#include "review/reviewstore.h"
#include "stats/descriptive.h"
#include "workspace/connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <limits>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper", text);
}

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// Every score's plain mean per model over its finished samples: the exports list scores the table has no
// column for.
QList<ScoreMap> scoreMeans(const ExperimentScores& scores, const QStringList& scoreKeys)
{
    QList<ScoreMap> means;
    for (const ModelSampleValues& model : scores.models) {
        ScoreMap modelMeans;
        for (const QString& key : scoreKeys) {
            const auto values = model.values.constFind(key);
            if (values == model.values.cend())
                continue;
            QList<double> present;
            for (double value : values.value()) {
                if (!std::isnan(value))
                    present.append(value);
            }
            if (!present.isEmpty())
                modelMeans.insert(key, stats::mean(present));
        }
        means.append(modelMeans);
    }
    return means;
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
        for (const ExperimentModel& model : input.models) {
            const OutputRecord* output = bySampleAndModel.value({sample.id, model.id});
            reportSample.outputs.append(reportOutput(model.name, output));
            if (output)
                reportSample.outputs.last().reviews = input.reviews.value(output->id);
        }
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
    data.columns = comparisonColumns(QSet<QString>(input.scores.keys.cbegin(), input.scores.keys.cend()));
    data.alpha = options.comparison.alpha;
    data.rows = comparisonTable(input.scores, data.columns, {options.bootstrap, options.comparison});
    data.means = scoreMeans(input.scores, data.scoreKeys);
    data.recommendation = reportRecommendation(input.scores, data.columns);
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
    Result<ExperimentScores> scores = loadExperimentScores(db, input.experiment.id);
    if (!scores.ok())
        return scores.error();
    input.scores = std::move(scores).value();
    Result<QHash<qint64, QList<Review>>> reviews = ReviewStore(db).reviewsByOutput(input.experiment.id);
    if (!reviews.ok())
        return reviews.error();
    input.reviews = std::move(reviews).value();
    ReportData data = buildReportData(input, options);
    Result<ReportJudge> judge = readReportJudge(store, input.experiment.id);
    if (!judge.ok())
        return judge.error();
    data.judge = std::move(judge).value();
    return data;
}

} // namespace caliper
