#include "analysis/experimentscores.h"

#include "analysis/comparisoncolumns.h"
#include "workspace/connection.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper", text);
}

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

/// Fills ExperimentScores value by value, whatever order the rows come in. Values of models or samples it was
/// not told about (none, in a consistent workspace) are ignored.
class ScoresBuilder
{
public:
    explicit ScoresBuilder(const QList<ExperimentModel>& models)
    {
        for (const ExperimentModel& model : models) {
            m_modelPositions.insert(model.id, m_scores.models.size());
            ModelSampleValues values;
            values.modelId = model.id;
            values.name = model.name;
            if (model.endpoint.parameters > 0)
                values.parameters = static_cast<double>(model.endpoint.parameters);
            m_scores.models.append(values);
        }
    }

    void addSample(qint64 id)
    {
        m_samplePositions.insert(id, m_scores.sampleIds.size());
        m_scores.sampleIds.append(id);
    }

    ModelSampleValues* model(qint64 id)
    {
        const auto it = m_modelPositions.constFind(id);
        return it == m_modelPositions.cend() ? nullptr : &m_scores.models[it.value()];
    }

    /// The column of `key` for that model, made (all NaN) on first use.
    QList<double>& column(ModelSampleValues& model, const QString& key)
    {
        auto it = model.values.find(key);
        if (it == model.values.end()) {
            it = model.values.insert(key, QList<double>(m_scores.sampleIds.size(), NaN));
            m_keys.insert(key);
        }
        return *it;
    }

    void set(qint64 modelId, qint64 sampleId, const QString& key, double value)
    {
        ModelSampleValues* values = model(modelId);
        const qsizetype sample = samplePosition(sampleId);
        if (values && sample >= 0)
            column(*values, key)[sample] = value;
    }

    qsizetype samplePosition(qint64 sampleId) const { return m_samplePositions.value(sampleId, -1); }

    ExperimentScores& scores() { return m_scores; }

    /// Score keys in table order, then the value keys present, in valuekeys' order.
    ExperimentScores finish()
    {
        static const QStringList ValueKeys = {QLatin1String(valuekeys::ReasoningTokens),
            QLatin1String(valuekeys::AnswerTokens), QLatin1String(valuekeys::HumanRating),
            QLatin1String(valuekeys::Latency), QLatin1String(valuekeys::Cost)};
        QSet<QString> scoreKeys = m_keys;
        for (const QString& key : ValueKeys)
            scoreKeys.remove(key);
        m_scores.keys = orderedScoreKeys(scoreKeys);
        for (const QString& key : ValueKeys) {
            if (m_keys.contains(key))
                m_scores.keys.append(key);
        }
        return std::move(m_scores);
    }

private:
    ExperimentScores m_scores;
    QHash<qint64, qsizetype> m_modelPositions;
    QHash<qint64, qsizetype> m_samplePositions;
    QSet<QString> m_keys;
};

void addOutputValues(ScoresBuilder& builder, ModelSampleValues& model, qint64 sampleId,
    std::initializer_list<std::pair<const char*, double>> values)
{
    const qsizetype sample = builder.samplePosition(sampleId);
    if (sample < 0)
        return;
    for (const auto& [key, value] : values)
        builder.column(model, QLatin1String(key))[sample] = value;
}

class Loader
{
public:
    Loader(QSqlDatabase db, qint64 experimentId, ScoresBuilder& builder)
        : m_db(std::move(db))
        , m_experimentId(experimentId)
        , m_builder(builder)
    { }

    Status samples(qint64 datasetId);
    Status outputs();
    Status scores();
    Status reviews();

private:
    Result<QSqlQuery> run(const QString& sql, const QVariant& value, const char* what);

    QSqlDatabase m_db;
    qint64 m_experimentId;
    ScoresBuilder& m_builder;
};

Result<QSqlQuery> Loader::run(const QString& sql, const QVariant& value, const char* what)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(value);
    if (!query.exec())
        return sqlError(tr(what), query.lastError(), m_db.databaseName());
    return query;
}

Status Loader::samples(qint64 datasetId)
{
    Result<QSqlQuery> query
        = run(QStringLiteral("SELECT id, reference IS NOT NULL, reference_words FROM samples WHERE dataset_id = ? "
                             "ORDER BY row_index"),
            datasetId, QT_TRANSLATE_NOOP("caliper", "cannot read the samples"));
    if (!query.ok())
        return query.error();
    double words = 0;
    qint64 references = 0;
    while (query->next()) {
        m_builder.addSample(query->value(0).toLongLong());
        if (query->value(1).toBool()) {
            words += query->value(2).toDouble();
            ++references;
        }
    }
    m_builder.scores().referenceAverageWords = references == 0 ? NaN : words / static_cast<double>(references);
    return Ok {};
}

Status Loader::outputs()
{
    Result<QSqlQuery> query
        = run(QStringLiteral("SELECT o.model_id, o.sample_id, o.status = 'done', o.reasoning_tokens, o.answer_tokens, "
                             "o.latency_ms, o.cost FROM outputs o JOIN experiment_models m ON m.id = o.model_id "
                             "WHERE m.experiment_id = ?"),
            m_experimentId, QT_TRANSLATE_NOOP("caliper", "cannot read the outputs"));
    if (!query.ok())
        return query.error();
    while (query->next()) {
        ModelSampleValues* model = m_builder.model(query->value(0).toLongLong());
        if (!model)
            continue;
        const double cost = query->value(6).toDouble();
        model->totalCost += cost;
        if (!query->value(2).toBool()) {
            ++model->failed;
            continue;
        }
        ++model->done;
        addOutputValues(m_builder, *model, query->value(1).toLongLong(),
            {{valuekeys::ReasoningTokens, query->value(3).toDouble()},
                {valuekeys::AnswerTokens, query->value(4).toDouble()},
                {valuekeys::Latency, query->value(5).toDouble() / 1000.0}, {valuekeys::Cost, cost}});
    }
    return Ok {};
}

Status Loader::scores()
{
    Result<QSqlQuery> query
        = run(QStringLiteral("SELECT o.model_id, o.sample_id, s.key, s.value FROM experiment_models m "
                             "JOIN outputs o ON o.model_id = m.id JOIN scores s ON s.output_id = o.id "
                             "WHERE m.experiment_id = ? AND o.status = 'done'"),
            m_experimentId, QT_TRANSLATE_NOOP("caliper", "cannot read the scores"));
    if (!query.ok())
        return query.error();
    while (query->next())
        m_builder.set(query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toString(),
            query->value(3).toDouble());
    return Ok {};
}

// Several reviewers may rate one output: their mean, from 1–5 to 0–1 so it reads like the other scores.
Status Loader::reviews()
{
    // Workspaces made before human review have no reviews table, and so no ratings.
    if (!m_db.tables().contains(QStringLiteral("reviews")))
        return Ok {};
    Result<QSqlQuery> query
        = run(QStringLiteral("SELECT o.model_id, o.sample_id, (AVG(r.rating) - 1) / 4.0 FROM experiment_models m "
                             "JOIN outputs o ON o.model_id = m.id JOIN reviews r ON r.output_id = o.id "
                             "WHERE m.experiment_id = ? AND o.status = 'done' AND r.rating IS NOT NULL "
                             "GROUP BY o.id"),
            m_experimentId, QT_TRANSLATE_NOOP("caliper", "cannot read the reviews"));
    if (!query.ok())
        return query.error();
    while (query->next())
        m_builder.set(query->value(0).toLongLong(), query->value(1).toLongLong(), QLatin1String(valuekeys::HumanRating),
            query->value(2).toDouble());
    return Ok {};
}

} // namespace

Result<ExperimentScores> loadExperimentScores(QSqlDatabase db, qint64 experimentId)
{
    const ExperimentStore store(db);
    const Result<ExperimentInfo> experiment = store.get(experimentId);
    if (!experiment.ok())
        return experiment.error();
    const Result<QList<ExperimentModel>> models = store.models(experimentId);
    if (!models.ok())
        return models.error();
    ScoresBuilder builder(models.value());
    builder.scores().experimentId = experimentId;
    Loader loader(db, experimentId, builder);
    Status status = loader.samples(experiment->datasetId);
    if (status.ok())
        status = loader.outputs();
    if (status.ok())
        status = loader.scores();
    if (status.ok())
        status = loader.reviews();
    if (!status.ok())
        return status.error();
    return builder.finish();
}

ExperimentScores experimentScores(
    const QList<qint64>& sampleIds, const QList<ExperimentModel>& models, const QList<OutputRecord>& outputs)
{
    ScoresBuilder builder(models);
    for (qint64 id : sampleIds)
        builder.addSample(id);
    builder.scores().referenceAverageWords = NaN;
    for (const OutputRecord& output : outputs) {
        ModelSampleValues* model = builder.model(output.modelId);
        if (!model)
            continue;
        model->totalCost += output.cost;
        ++(output.done ? model->done : model->failed);
        if (!output.done)
            continue;
        addOutputValues(builder, *model, output.sampleId,
            {{valuekeys::ReasoningTokens, static_cast<double>(output.reasoningTokens)},
                {valuekeys::AnswerTokens, static_cast<double>(output.answerTokens)},
                {valuekeys::Latency, static_cast<double>(output.latencyMs) / 1000.0}, {valuekeys::Cost, output.cost}});
        for (auto it = output.scores.cbegin(); it != output.scores.cend(); ++it)
            builder.set(output.modelId, output.sampleId, it.key(), it.value());
    }
    return builder.finish();
}

} // namespace caliper
