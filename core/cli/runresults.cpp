#include "cli/runresults.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace caliper::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper::cli", text);
}

// JSON has no NaN or infinity; a value that is not a number is written as null.
QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject scoreObject(const ScoreMap& scores)
{
    QJsonObject object;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        object.insert(it.key(), number(it.value()));
    return object;
}

QJsonObject modelObject(const ModelSummary& model)
{
    return QJsonObject {
        {QStringLiteral("name"), model.name},
        {QStringLiteral("total"), model.total},
        {QStringLiteral("done"), model.done},
        {QStringLiteral("failed"), model.failed},
        {QStringLiteral("metrics"), scoreObject(model.meanScores)},
        {QStringLiteral("avg_reasoning_tokens"), number(model.avgReasoningTokens)},
        {QStringLiteral("avg_answer_tokens"), number(model.avgAnswerTokens)},
        {QStringLiteral("avg_latency_s"), number(model.avgLatencyS)},
        {QStringLiteral("cost"), number(model.cost)},
    };
}

QJsonObject sampleObject(const OutputRecord& output, const QString& model)
{
    return QJsonObject {
        {QStringLiteral("id"), output.sampleKey},
        {QStringLiteral("model"), model},
        {QStringLiteral("status"), output.done ? QStringLiteral("done") : QStringLiteral("failed")},
        {QStringLiteral("answer"), output.answer},
        {QStringLiteral("reasoning"), output.reasoning},
        {QStringLiteral("prompt_tokens"), output.promptTokens},
        {QStringLiteral("completion_tokens"), output.completionTokens},
        {QStringLiteral("reasoning_tokens"), output.reasoningTokens},
        {QStringLiteral("answer_tokens"), output.answerTokens},
        {QStringLiteral("latency_s"), static_cast<double>(output.latencyMs) / 1000.0},
        {QStringLiteral("from_cache"), output.fromCache},
        {QStringLiteral("scores"), scoreObject(output.scores)},
        {QStringLiteral("http_status"), output.done ? QJsonValue(QJsonValue::Null) : QJsonValue(output.httpStatus)},
        {QStringLiteral("error"), output.done ? QJsonValue(QJsonValue::Null) : QJsonValue(output.error)},
    };
}

QHash<qint64, QString> modelNames(const QList<ModelSummary>& models)
{
    QHash<qint64, QString> names;
    for (const ModelSummary& model : models)
        names.insert(model.modelId, model.name);
    return names;
}

} // namespace

Result<RunResults> loadRunResults(QSqlDatabase db, qint64 experimentId)
{
    const ExperimentStore store(db);
    RunResults results;
    Result<ExperimentInfo> experiment = store.get(experimentId);
    if (!experiment)
        return experiment.error();
    results.experiment = std::move(experiment).value();
    Result<QList<ModelSummary>> models = store.summaries(experimentId);
    if (!models)
        return models.error();
    results.models = std::move(models).value();
    Result<QList<OutputRecord>> outputs = store.outputs(experimentId);
    if (!outputs)
        return outputs.error();
    results.outputs = std::move(outputs).value();
    if (!results.experiment.definition.judge.isEmpty()) {
        Result<JudgeProvenance> judge = store.judgeProvenance(experimentId);
        if (!judge)
            return judge.error();
        results.judge = std::move(judge).value();
    }
    Result<std::optional<RunRecommendation>> recommendation = runRecommendation(db, experimentId);
    if (!recommendation)
        return recommendation.error();
    results.recommendation = std::move(recommendation).value();
    return results;
}

namespace {

QJsonObject spreadObject(const QMap<QString, JudgeSpread>& spread)
{
    QJsonObject object;
    for (auto it = spread.cbegin(); it != spread.cend(); ++it)
        object.insert(it.key(),
            QJsonObject {{QStringLiteral("repeats"), it->repeats}, {QStringLiteral("sample_sd"), number(it->sampleSd)},
                {QStringLiteral("repeat_means_sd"), number(it->repeatMeansSd)}});
    return object;
}

// The judge as the experiment names it, and as the stored judgements show it answered.
QJsonObject judgeObject(const RunResults& results)
{
    const JudgeSpec& spec = results.experiment.definition.judge;
    QJsonArray criteria;
    for (const JudgeCriterion& criterion : spec.criteria)
        criteria.append(criterion.id);
    QJsonObject spread;
    QJsonObject failed;
    for (const ModelSummary& model : results.models) {
        spread.insert(model.name, spreadObject(model.judgeSpread));
        failed.insert(model.name, model.judgeFailed);
    }
    return QJsonObject {{QStringLiteral("endpoint"), displayUrl(spec.endpoint.baseUrl)},
        {QStringLiteral("model"), spec.endpoint.model}, {QStringLiteral("method"), judgeMethodName(spec.method)},
        {QStringLiteral("criteria"), criteria}, {QStringLiteral("repeats"), spec.repeats},
        {QStringLiteral("answered_by"), QJsonArray::fromStringList(results.judge.models)},
        {QStringLiteral("templates"), QJsonArray::fromStringList(results.judge.templates)},
        {QStringLiteral("judgements_done"), results.judge.done},
        {QStringLiteral("judgements_failed"), results.judge.failed}, {QStringLiteral("failed_by_model"), failed},
        {QStringLiteral("spread"), spread}};
}

} // namespace

QJsonObject runResultsJson(const RunResults& results)
{
    QJsonArray models;
    for (const ModelSummary& model : results.models)
        models.append(modelObject(model));
    const QHash<qint64, QString> names = modelNames(results.models);
    QJsonArray samples;
    for (const OutputRecord& output : results.outputs)
        samples.append(sampleObject(output, names.value(output.modelId)));
    const QJsonObject dataset {{QStringLiteral("name"), results.experiment.datasetName},
        {QStringLiteral("sha256"), results.experiment.datasetHash},
        {QStringLiteral("samples"), results.experiment.sampleCount}};
    QJsonObject json {{QStringLiteral("experiment"), results.experiment.name}, {QStringLiteral("dataset"), dataset},
        {QStringLiteral("models"), models}, {QStringLiteral("samples"), samples}};
    if (!results.experiment.definition.judge.isEmpty())
        json.insert(QStringLiteral("judge"), judgeObject(results));
    if (results.recommendation)
        json.insert(QStringLiteral("recommendation"), results.recommendation->json);
    return json;
}

Status writeRunResults(const QString& path, const RunResults& results)
{
    QSaveFile file(path);
    Error error {QString(), path};
    if (!file.open(QIODevice::WriteOnly)) {
        error.message = file.errorString();
        return error;
    }
    file.write(QJsonDocument(runResultsJson(results)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        error.message = file.errorString();
        return error;
    }
    return Ok {};
}

namespace {

struct TableColumn
{
    QString title;
    std::function<QString(const ModelSummary&)> cell;
};

QString meanOf(const ModelSummary& model, const QString& key)
{
    const auto it = model.meanScores.constFind(key);
    return it == model.meanScores.cend() || !std::isfinite(*it) ? QStringLiteral("–") : QString::number(*it, 'f', 3);
}

// "geval_coherence" → "G-Eval coherence", for every judge criterion any model has a score for.
QList<TableColumn> judgeColumns(const QList<ModelSummary>& models)
{
    QStringList keys;
    for (const ModelSummary& model : models) {
        for (auto it = model.meanScores.cbegin(); it != model.meanScores.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("geval_")) && !keys.contains(it.key()))
                keys.append(it.key());
        }
    }
    QList<TableColumn> columns;
    for (const QString& key : std::as_const(keys))
        columns.append(
            TableColumn {tr("G-Eval %1").arg(key.mid(6)), [key](const ModelSummary& m) { return meanOf(m, key); }});
    return columns;
}

QList<TableColumn> tableColumns(const QList<ModelSummary>& models)
{
    auto score
        = [](const char* key) { return [key](const ModelSummary& m) { return meanOf(m, QString::fromLatin1(key)); }; };
    QList<TableColumn> columns {
        {tr("Model"), [](const ModelSummary& m) { return m.name; }},
        {tr("Done/failed"), [](const ModelSummary& m) { return QStringLiteral("%1/%2").arg(m.done).arg(m.failed); }},
        {tr("ROUGE-1"), score("rouge1")},
        {tr("ROUGE-2"), score("rouge2")},
        {tr("ROUGE-L"), score("rougeL")},
        {tr("METEOR"), score("meteor")},
        {tr("BLEU"), score("bleu")},
    };
    columns.append(judgeColumns(models));
    columns.append(TableColumn {tr("Avg answer tokens"), [](const ModelSummary& m) {
                                    return m.done > 0 ? QString::number(m.avgAnswerTokens, 'f', 1)
                                                      : QStringLiteral("–");
                                }});
    return columns;
}

} // namespace

QString comparisonTable(const QList<ModelSummary>& models)
{
    const QList<TableColumn> columns = tableColumns(models);
    QList<QStringList> rows {{}};
    for (const TableColumn& column : columns)
        rows.first().append(column.title);
    for (const ModelSummary& model : models) {
        QStringList row;
        for (const TableColumn& column : columns)
            row.append(column.cell(model));
        rows.append(row);
    }
    QList<qsizetype> widths(columns.size(), 0);
    for (const QStringList& row : std::as_const(rows))
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths.at(c), row.at(c).size());
    QString table;
    for (const QStringList& row : std::as_const(rows)) {
        QStringList cells;
        // The model name reads left to right; numbers line up on the right.
        for (qsizetype c = 0; c < row.size(); ++c)
            cells.append(c == 0 ? row.at(c).leftJustified(widths.at(c)) : row.at(c).rightJustified(widths.at(c)));
        table += cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    return table;
}

QString failureList(const RunResults& results, int limit)
{
    const QHash<qint64, QString> names = modelNames(results.models);
    QString text;
    int failed = 0;
    for (const OutputRecord& output : results.outputs) {
        if (output.done || ++failed > limit)
            continue;
        text += tr("failed: %1, sample %2: %3").arg(names.value(output.modelId), output.sampleKey, output.error)
            + QLatin1Char('\n');
    }
    if (failed > limit)
        text += tr("… and %1 more failed samples").arg(failed - limit) + QLatin1Char('\n');
    return text;
}

} // namespace caliper::cli
