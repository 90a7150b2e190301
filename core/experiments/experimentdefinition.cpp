#include "experiments/experimentdefinition.h"

#include "baselines/baselines.h"
#include "experiments/definitionreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace caliper {

namespace {

void insertIfSet(QJsonObject& object, const char* key, const QString& value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}

QJsonObject datasetToJson(const DatasetSpec& dataset)
{
    QJsonObject object;
    insertIfSet(object, "path", dataset.path);
    insertIfSet(object, "name", dataset.name);
    insertIfSet(object, "id", dataset.idColumn);
    insertIfSet(object, "input", dataset.inputColumn);
    insertIfSet(object, "reference", dataset.referenceColumn);
    insertIfSet(object, "sha256", dataset.contentHash);
    return object;
}

QJsonObject generationToJson(const GenerationParameters& p)
{
    QJsonObject object;
    if (p.temperature)
        object.insert(QStringLiteral("temperature"), *p.temperature);
    if (p.topP)
        object.insert(QStringLiteral("top_p"), *p.topP);
    if (p.maxTokens)
        object.insert(QStringLiteral("max_tokens"), *p.maxTokens);
    if (p.frequencyPenalty)
        object.insert(QStringLiteral("frequency_penalty"), *p.frequencyPenalty);
    if (p.seed)
        object.insert(QStringLiteral("seed"), *p.seed);
    object.insert(QStringLiteral("stream"), p.stream);
    if (p.logprobs)
        object.insert(QStringLiteral("logprobs"), true);
    if (p.topLogprobs > 0)
        object.insert(QStringLiteral("top_logprobs"), p.topLogprobs);
    return object;
}

bool sameGeneration(const GenerationParameters& a, const GenerationParameters& b)
{
    return a.temperature == b.temperature && a.topP == b.topP && a.maxTokens == b.maxTokens
        && a.frequencyPenalty == b.frequencyPenalty && a.seed == b.seed && a.stream == b.stream
        && a.logprobs == b.logprobs && a.topLogprobs == b.topLogprobs;
}

double seconds(int milliseconds)
{
    return milliseconds / 1000.0;
}

} // namespace

bool ModelSpec::operator==(const ModelSpec& other) const
{
    const Endpoint& a = endpoint;
    const Endpoint& b = other.endpoint;
    return name == other.name && a.id == b.id && a.name == b.name && a.baseUrl == b.baseUrl && a.model == b.model
        && a.preset == b.preset && a.keySource == b.keySource && a.keyName == b.keyName
        && a.concurrency == b.concurrency && a.requestsPerMinute == b.requestsPerMinute
        && a.connectTimeoutMs == b.connectTimeoutMs && a.firstByteTimeoutMs == b.firstByteTimeoutMs
        && a.totalTimeoutMs == b.totalTimeoutMs && a.maxRetries == b.maxRetries && a.priceInPerMTok == b.priceInPerMTok
        && a.priceOutPerMTok == b.priceOutPerMTok && a.parameters == b.parameters && a.quantization == b.quantization;
}

bool ExperimentDefinition::operator==(const ExperimentDefinition& other) const
{
    return name == other.name && dataset == other.dataset && systemPrompt == other.systemPrompt
        && sameGeneration(generation, other.generation) && models == other.models && metrics == other.metrics
        && judge == other.judge;
}

const JudgeCriterion* JudgeSpec::criterion(const QString& id) const
{
    for (const JudgeCriterion& candidate : criteria) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QString judgeScoreKey(const JudgeCriterion& criterion)
{
    return QStringLiteral("geval_") + criterion.id.section(QLatin1Char('/'), -1);
}

Result<ExperimentDefinition> parseExperimentDefinition(const QByteArray& json, const QString& fileName)
{
    return DefinitionReader(fileName).read(json);
}

Result<ExperimentDefinition> readExperimentDefinition(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QCoreApplication::translate("caliper::ExperimentDefinition", "cannot read the file (%1)")
                          .arg(file.errorString()),
            fileName};
    return parseExperimentDefinition(file.readAll(), fileName);
}

QJsonObject modelSpecToJson(const ModelSpec& model)
{
    const Endpoint& e = model.endpoint;
    QJsonObject object {{QStringLiteral("name"), model.name}, {QStringLiteral("model"), e.model}};
    if (!e.baseUrl.isEmpty())
        object.insert(QStringLiteral("base_url"), e.baseUrl.toString());
    insertIfSet(object, "preset", e.preset);
    if (e.keySource == KeySource::Environment)
        object.insert(QStringLiteral("api_key_env"), e.keyName);
    else if (e.keySource == KeySource::Keychain)
        object.insert(QStringLiteral("keychain_entry"), e.keyName);
    object.insert(QStringLiteral("concurrency"), e.concurrency);
    object.insert(QStringLiteral("requests_per_minute"), e.requestsPerMinute);
    object.insert(QStringLiteral("max_retries"), e.maxRetries);
    object.insert(QStringLiteral("connect_timeout_s"), seconds(e.connectTimeoutMs));
    object.insert(QStringLiteral("first_byte_timeout_s"), seconds(e.firstByteTimeoutMs));
    object.insert(QStringLiteral("timeout_s"), seconds(e.totalTimeoutMs));
    object.insert(QStringLiteral("price_in_per_mtok"), e.priceInPerMTok);
    object.insert(QStringLiteral("price_out_per_mtok"), e.priceOutPerMTok);
    // Written even when they came from the name, so a stored model keeps what the user saw and edited.
    object.insert(QStringLiteral("parameters"), e.parameters);
    object.insert(QStringLiteral("quantization"), e.quantization);
    return object;
}

Result<ModelSpec> parseModelSpec(const QJsonObject& entry)
{
    return DefinitionReader(QString()).readModel(entry, QString());
}

QJsonObject experimentDefinitionToJson(const ExperimentDefinition& definition)
{
    QJsonArray models;
    for (const ModelSpec& model : definition.models)
        models.append(modelSpecToJson(model));
    QJsonObject object {
        {QStringLiteral("name"), definition.name},
        {QStringLiteral("dataset"), datasetToJson(definition.dataset)},
        {QStringLiteral("system_prompt"), definition.systemPrompt},
        {QStringLiteral("generation"), generationToJson(definition.generation)},
        {QStringLiteral("models"), models},
        {QStringLiteral("metrics"), QJsonArray::fromStringList(definition.metrics)},
    };
    if (!definition.judge.isEmpty())
        object.insert(QStringLiteral("judge"), definition.judge.settings);
    return object;
}

Status validateExperimentDefinition(const ExperimentDefinition& definition)
{
    // The file rules are the only rules: a definition made in code is checked as the file it would export to.
    const QByteArray json = QJsonDocument(experimentDefinitionToJson(definition)).toJson();
    Result<ExperimentDefinition> parsed = DefinitionReader(QString()).read(json);
    if (!parsed)
        return parsed.error();
    return Ok {};
}

QList<ModelSpec> builtinModelSpecs()
{
    auto spec = [](const QString& name, const char* model) {
        ModelSpec result;
        result.name = name;
        result.endpoint.name = name;
        result.endpoint.model = QString::fromLatin1(model);
        // In-process and cheap: one worker per core is what helps.
        result.endpoint.concurrency = 2;
        result.endpoint.maxRetries = 0;
        return result;
    };
    return {spec(QStringLiteral("Lead-3"), baselines::LeadModel),
        spec(QStringLiteral("TextRank"), baselines::TextRankModel)};
}

} // namespace caliper
