#include "reports/jsonreport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace caliper {

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

template <typename T> QJsonValue optionalNumber(const std::optional<T>& value)
{
    return value ? QJsonValue(static_cast<double>(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject scoresObject(const ScoreMap& scores)
{
    QJsonObject object;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        object.insert(it.key(), number(it.value()));
    return object;
}

QJsonObject generationObject(const GenerationParameters& generation)
{
    return {{QStringLiteral("temperature"), optionalNumber(generation.temperature)},
        {QStringLiteral("top_p"), optionalNumber(generation.topP)},
        {QStringLiteral("max_tokens"), optionalNumber(generation.maxTokens)},
        {QStringLiteral("frequency_penalty"), optionalNumber(generation.frequencyPenalty)},
        {QStringLiteral("seed"), optionalNumber(generation.seed)}, {QStringLiteral("stream"), generation.stream}};
}

QJsonObject modelSettingsObject(const ReportModelSettings& model)
{
    QJsonObject object {{QStringLiteral("name"), model.name}, {QStringLiteral("model"), model.model},
        {QStringLiteral("base_url"), model.baseUrl}, {QStringLiteral("key_source"), model.keySource},
        {QStringLiteral("parameters"), static_cast<double>(model.parameters)},
        {QStringLiteral("quantization"), model.quantization},
        {QStringLiteral("price_in_per_mtok"), model.priceInPerMTok},
        {QStringLiteral("price_out_per_mtok"), model.priceOutPerMTok}};
    if (!model.keyEnvironmentVariable.isEmpty())
        object.insert(QStringLiteral("api_key_env"), model.keyEnvironmentVariable);
    return object;
}

QJsonObject settingsObject(const ReportSettings& settings)
{
    QJsonArray models;
    for (const ReportModelSettings& model : settings.models)
        models.append(modelSettingsObject(model));
    return {
        {QStringLiteral("dataset"),
            QJsonObject {{QStringLiteral("name"), settings.datasetName},
                {QStringLiteral("sha256"), settings.datasetHash}, {QStringLiteral("samples"), settings.sampleCount}}},
        {QStringLiteral("created_at"), settings.createdAt}, {QStringLiteral("system_prompt"), settings.systemPrompt},
        {QStringLiteral("generation"), generationObject(settings.generation)}, {QStringLiteral("models"), models},
        {QStringLiteral("metrics"), QJsonArray::fromStringList(settings.metrics)},
        {QStringLiteral("judge"), settings.judge}};
}

QString kindName(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Fraction:
        return QStringLiteral("fraction");
    case ColumnKind::Points:
        return QStringLiteral("points");
    case ColumnKind::Tokens:
        return QStringLiteral("tokens");
    case ColumnKind::Seconds:
        return QStringLiteral("seconds");
    case ColumnKind::Cost:
        return QStringLiteral("cost");
    }
    return {};
}

QString directionName(ScoreDirection direction)
{
    switch (direction) {
    case ScoreDirection::HigherIsBetter:
        return QStringLiteral("higher");
    case ScoreDirection::LowerIsBetter:
        return QStringLiteral("lower");
    case ScoreDirection::Neutral:
        break;
    }
    return QStringLiteral("neutral");
}

QJsonArray columnsArray(const QList<ComparisonColumn>& columns)
{
    QJsonArray array;
    for (const ComparisonColumn& column : columns)
        array.append(QJsonObject {{QStringLiteral("key"), column.key}, {QStringLiteral("label"), column.label},
            {QStringLiteral("kind"), kindName(column.kind)},
            {QStringLiteral("direction"), directionName(column.direction)},
            {QStringLiteral("compared"), column.compared}});
    return array;
}

QJsonObject cellObject(const ComparisonCell& cell)
{
    return {{QStringLiteral("value"), number(cell.n ? cell.value : std::nan(""))},
        {QStringLiteral("ci_low"), number(cell.interval.low)}, {QStringLiteral("ci_high"), number(cell.interval.high)},
        {QStringLiteral("n"), static_cast<double>(cell.n)}, {QStringLiteral("best"), cell.best},
        {QStringLiteral("not_significantly_worse"), cell.notSignificantlyWorse},
        {QStringLiteral("adjusted_p"), number(cell.adjustedPValue)}};
}

QJsonArray modelsArray(const ReportData& data)
{
    QJsonArray models;
    for (qsizetype r = 0; r < data.rows.size(); ++r) {
        const ComparisonRow& row = data.rows.at(r);
        QJsonObject cells;
        for (qsizetype c = 0; c < data.columns.size(); ++c)
            cells.insert(data.columns.at(c).key, cellObject(row.cells.at(c)));
        models.append(QJsonObject {{QStringLiteral("name"), row.model}, {QStringLiteral("total"), row.total},
            {QStringLiteral("done"), row.done}, {QStringLiteral("failed"), row.failed},
            {QStringLiteral("columns"), cells}, {QStringLiteral("means"), scoresObject(data.means.at(r))}});
    }
    return models;
}

QJsonArray reviewsArray(const ReportOutput& output)
{
    QJsonArray reviews;
    for (const Review& review : output.reviews) {
        QJsonArray tags;
        for (const ReviewTag& tag : review.tags)
            tags.append(QJsonObject {{QStringLiteral("category"), tagCategoryKey(tag.category)},
                {QStringLiteral("start"), static_cast<double>(tag.start)},
                {QStringLiteral("length"), static_cast<double>(tag.length)},
                {QStringLiteral("text"), output.answer.mid(tag.start, tag.length)},
                {QStringLiteral("note"), tag.note}});
        reviews.append(QJsonObject {{QStringLiteral("reviewer"), review.reviewer},
            {QStringLiteral("rating"), review.rating ? QJsonValue(*review.rating) : QJsonValue()},
            {QStringLiteral("note"), review.note}, {QStringLiteral("blinded"), review.blinded},
            {QStringLiteral("updated_at"), review.updatedAt}, {QStringLiteral("tags"), tags}});
    }
    return reviews;
}

QJsonObject outputObject(const ReportOutput& output)
{
    return {{QStringLiteral("model"), output.model},
        {QStringLiteral("status"), output.done ? QStringLiteral("done") : QStringLiteral("failed")},
        {QStringLiteral("answer"), output.answer}, {QStringLiteral("reasoning"), output.reasoning},
        {QStringLiteral("unclosed_reasoning"), output.unclosedReasoning},
        {QStringLiteral("reasoning_tokens"), static_cast<double>(output.reasoningTokens)},
        {QStringLiteral("answer_tokens"), static_cast<double>(output.answerTokens)},
        {QStringLiteral("latency_s"), number(output.latencyS)}, {QStringLiteral("cost"), number(output.cost)},
        {QStringLiteral("error"), output.error}, {QStringLiteral("scores"), scoresObject(output.scores)},
        {QStringLiteral("reviews"), reviewsArray(output)}};
}

QJsonArray samplesArray(const QList<ReportSample>& samples)
{
    QJsonArray array;
    for (const ReportSample& sample : samples) {
        QJsonArray outputs;
        for (const ReportOutput& output : sample.outputs) {
            if (output.present)
                outputs.append(outputObject(output));
        }
        array.append(QJsonObject {{QStringLiteral("id"), sample.key},
            {QStringLiteral("reference"), sample.reference.isNull() ? QJsonValue() : QJsonValue(sample.reference)},
            {QStringLiteral("outputs"), outputs}});
    }
    return array;
}

} // namespace

QJsonObject reportToJson(const ReportData& data)
{
    QJsonObject json {{QStringLiteral("experiment"), data.settings.experimentName},
        {QStringLiteral("generated_at"), data.generatedAt},
        {QStringLiteral("generator"), QStringLiteral("caliper " CALIPER_VERSION_STRING)},
        {QStringLiteral("settings"), settingsObject(data.settings)},
        {QStringLiteral("reference_average_tokens"), number(data.referenceAverageTokens)},
        {QStringLiteral("reference_average_words"), number(data.referenceAverageWords)},
        {QStringLiteral("alpha"), data.alpha}, {QStringLiteral("columns"), columnsArray(data.columns)},
        {QStringLiteral("models"), modelsArray(data)}, {QStringLiteral("samples"), samplesArray(data.samples)}};
    if (!data.judge.isEmpty()) // which judge produced the geval_ numbers, as stored
        json.insert(QStringLiteral("judge_provenance"), reportJudgeJson(data.judge));
    if (data.recommendation) {
        const ReportRecommendation& recommendation = *data.recommendation;
        json.insert(QStringLiteral("recommendation"),
            QJsonObject {{QStringLiteral("metric"), recommendation.metric},
                {QStringLiteral("model"),
                    recommendation.model.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(recommendation.model)},
                {QStringLiteral("reason"), recommendation.reason},
                {QStringLiteral("criteria"), recommendation.criteria}});
    }
    return json;
}

QByteArray jsonReport(const ReportData& data)
{
    return QJsonDocument(reportToJson(data)).toJson(QJsonDocument::Indented);
}

} // namespace caliper
