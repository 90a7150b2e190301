#include "experiments/definitionreader.h"

#include "baselines/baselines.h"
#include "endpoints/modelname.h"
#include "metrics/registry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper::DefinitionReader", text);
}

QString child(const QString& path, const char* key)
{
    const QString name = QString::fromLatin1(key);
    return path.isEmpty() ? name : path + QLatin1Char('.') + name;
}

QString element(const QString& path, qsizetype index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

// Seconds as the file writes them, milliseconds as Endpoint keeps them; a day is the longest sane timeout.
constexpr double MaxTimeoutSeconds = 86'400;
// Integers above 2^53 do not survive a JSON double.
constexpr qint64 MaxJsonInteger = (qint64(1) << 53) - 1;

// Whole numbers without an exponent: "from 1 to 1000000", not "1e+06".
QString shown(double value)
{
    return QString::number(value, 'g', 15);
}

bool isBuiltin(const QString& model)
{
    return model.startsWith(QLatin1String("builtin:"));
}

} // namespace

QPair<qint64, qint64> lineAndColumn(const QByteArray& utf8, qint64 offset)
{
    offset = std::clamp<qint64>(offset, 0, utf8.size());
    qint64 line = 1;
    qint64 column = 1;
    for (qint64 i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(utf8.at(i));
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // continuation bytes belong to the character before them
            ++column;
        }
    }
    return {line, column};
}

DefinitionReader::DefinitionReader(QString fileName)
    : m_file(std::move(fileName))
{ }

void DefinitionReader::fail(const QString& path, const QString& message)
{
    if (!m_error)
        m_error = Error {path.isEmpty() ? message : path + QStringLiteral(": ") + message, m_file};
}

void DefinitionReader::checkKeys(
    const QJsonObject& object, const QString& path, std::initializer_list<const char*> known)
{
    QStringList names;
    for (const char* key : known)
        names.append(QString::fromLatin1(key));
    for (const QString& key : object.keys()) {
        if (!names.contains(key)) {
            const QString where = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            fail(where, tr("unknown key (known here: %1)").arg(names.join(QStringLiteral(", "))));
        }
    }
}

QJsonObject DefinitionReader::object(const QJsonObject& parent, const QString& path, const char* key, bool required)
{
    const QJsonValue value = parent.value(QLatin1String(key));
    if (value.isUndefined()) {
        if (required)
            fail(child(path, key), tr("is required"));
        return {};
    }
    if (!value.isObject())
        fail(child(path, key), tr("must be an object"));
    return value.toObject();
}

QString DefinitionReader::string(const QJsonObject& object, const QString& path, const char* key, bool required)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined()) {
        if (required)
            fail(child(path, key), tr("is required"));
        return {};
    }
    if (!value.isString()) {
        fail(child(path, key), tr("must be a string"));
        return {};
    }
    if (required && value.toString().trimmed().isEmpty())
        fail(child(path, key), tr("must not be empty"));
    return value.toString();
}

std::optional<double> DefinitionReader::number(
    const QJsonObject& object, const QString& path, const char* key, double minimum, double maximum)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble() || value.toDouble() < minimum || value.toDouble() > maximum) {
        fail(child(path, key), tr("must be a number from %1 to %2").arg(shown(minimum), shown(maximum)));
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<qint64> DefinitionReader::integer(
    const QJsonObject& object, const QString& path, const char* key, qint64 minimum, qint64 maximum)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return std::nullopt;
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::floor(number) || number < static_cast<double>(minimum)
        || number > static_cast<double>(maximum)) {
        fail(child(path, key), tr("must be a whole number from %1 to %2").arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<bool> DefinitionReader::boolean(const QJsonObject& object, const QString& path, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isBool()) {
        fail(child(path, key), tr("must be true or false"));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<int> DefinitionReader::milliseconds(const QJsonObject& object, const QString& path, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble() || value.toDouble() < 0.001 || value.toDouble() > MaxTimeoutSeconds) {
        fail(child(path, key), tr("must be a number of seconds from 0.001 to %1").arg(shown(MaxTimeoutSeconds)));
        return std::nullopt;
    }
    return static_cast<int>(std::lround(value.toDouble() * 1000.0));
}

Result<ExperimentDefinition> DefinitionReader::read(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        return Error {tr("not valid JSON: %1").arg(parseError.errorString()), m_file, line, column};
    }
    if (!document.isObject())
        return Error {tr("an experiment file holds one JSON object"), m_file};
    ExperimentDefinition definition;
    readTop(document.object(), definition);
    if (failed())
        return error();
    return definition;
}

void DefinitionReader::readTop(const QJsonObject& root, ExperimentDefinition& definition)
{
    checkKeys(root, {}, {"name", "dataset", "system_prompt", "generation", "models", "metrics", "judge"});
    definition.name = string(root, {}, "name", true).trimmed();
    definition.dataset = readDataset(root);
    definition.systemPrompt = string(root, {}, "system_prompt", false);
    definition.generation = readGeneration(root);
    definition.models = readModels(root);
    definition.metrics = readMetrics(root);
    definition.judge = readJudge(root, definition.metrics);
}

DatasetSpec DefinitionReader::readDataset(const QJsonObject& root)
{
    const QString path = QStringLiteral("dataset");
    const QJsonObject object = this->object(root, {}, "dataset", true);
    checkKeys(object, path, {"path", "name", "id", "input", "reference", "sha256"});
    DatasetSpec dataset;
    dataset.path = string(object, path, "path", false);
    dataset.name = string(object, path, "name", false);
    dataset.idColumn = string(object, path, "id", false);
    dataset.inputColumn = string(object, path, "input", false);
    dataset.referenceColumn = string(object, path, "reference", false);
    dataset.contentHash = string(object, path, "sha256", false).toLower();
    if (!failed() && dataset.path.isEmpty() && dataset.name.isEmpty())
        fail(path, tr("needs a \"path\" (a file to import) or the \"name\" of a dataset in the workspace"));
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    if (!dataset.contentHash.isEmpty() && !sha256.match(dataset.contentHash).hasMatch())
        fail(child(path, "sha256"), tr("must be 64 hexadecimal digits"));
    if (!dataset.path.isEmpty() && !m_file.isEmpty())
        dataset.path = QDir::cleanPath(QFileInfo(m_file).absoluteDir().absoluteFilePath(dataset.path));
    return dataset;
}

GenerationParameters DefinitionReader::readGeneration(const QJsonObject& root)
{
    const QString path = QStringLiteral("generation");
    const QJsonObject object = this->object(root, {}, "generation", false);
    checkKeys(object, path,
        {"temperature", "top_p", "max_tokens", "frequency_penalty", "seed", "stream", "logprobs", "top_logprobs"});
    GenerationParameters generation;
    generation.temperature = number(object, path, "temperature", 0, 2);
    generation.topP = number(object, path, "top_p", 0, 1);
    if (const auto maxTokens = integer(object, path, "max_tokens", 1, 10'000'000))
        generation.maxTokens = static_cast<int>(*maxTokens);
    generation.frequencyPenalty = number(object, path, "frequency_penalty", -2, 2);
    generation.seed = integer(object, path, "seed", -MaxJsonInteger, MaxJsonInteger);
    generation.stream = boolean(object, path, "stream").value_or(false);
    generation.logprobs = boolean(object, path, "logprobs").value_or(false);
    generation.topLogprobs = static_cast<int>(integer(object, path, "top_logprobs", 0, 20).value_or(0));
    if (generation.topLogprobs > 0 && !generation.logprobs)
        fail(child(path, "top_logprobs"), tr("needs \"logprobs\": true"));
    return generation;
}

QList<ModelSpec> DefinitionReader::readModels(const QJsonObject& root)
{
    const QJsonValue value = root.value(QLatin1String("models"));
    if (!value.isArray() || value.toArray().isEmpty()) {
        fail(QStringLiteral("models"),
            value.isUndefined() ? tr("is required") : tr("must be a non-empty array of model entries"));
        return {};
    }
    QList<ModelSpec> models;
    const QJsonArray entries = value.toArray();
    for (qsizetype i = 0; i < entries.size() && !failed(); ++i) {
        const QString path = element(QStringLiteral("models"), i);
        if (!entries.at(i).isObject()) {
            fail(path, tr("must be an object"));
            break;
        }
        Result<ModelSpec> model = readModel(entries.at(i).toObject(), path);
        if (!model)
            break;
        for (qsizetype j = 0; j < models.size(); ++j) {
            if (models.at(j).name.compare(model->name, Qt::CaseInsensitive) == 0)
                fail(child(path, "name"),
                    tr("'%1' is already the name of %2").arg(model->name, element(QStringLiteral("models"), j)));
        }
        models.append(std::move(model).value());
    }
    return models;
}

Result<ModelSpec> DefinitionReader::readModel(const QJsonObject& entry, const QString& path)
{
    checkKeys(entry, path,
        {"name", "base_url", "model", "preset", "api_key_env", "keychain_entry", "concurrency", "requests_per_minute",
            "max_retries", "connect_timeout_s", "first_byte_timeout_s", "timeout_s", "price_in_per_mtok",
            "price_out_per_mtok", "parameters", "quantization"});
    ModelSpec spec;
    spec.name = string(entry, path, "name", true).trimmed();
    Endpoint& endpoint = spec.endpoint;
    endpoint.name = spec.name;
    endpoint.model = string(entry, path, "model", true).trimmed();
    endpoint.preset = string(entry, path, "preset", false);
    readKeyAndUrl(entry, path, endpoint);
    readEndpointLimits(entry, path, endpoint);
    const ModelNameInfo fromName = parseModelName(endpoint.model);
    endpoint.parameters = integer(entry, path, "parameters", 0, MaxJsonInteger).value_or(fromName.parameters);
    endpoint.quantization = entry.contains(QLatin1String("quantization")) ? string(entry, path, "quantization", false)
                                                                          : fromName.quantization;
    if (failed())
        return error();
    return spec;
}

void DefinitionReader::readKeyAndUrl(const QJsonObject& entry, const QString& path, Endpoint& endpoint)
{
    const QString url = string(entry, path, "base_url", false).trimmed();
    if (isBuiltin(endpoint.model)) {
        const QString model = endpoint.model;
        if (model != QLatin1String(baselines::LeadModel) && model != QLatin1String(baselines::TextRankModel))
            fail(child(path, "model"),
                tr("unknown built-in model '%1' (known: %2, %3)")
                    .arg(model, QLatin1String(baselines::LeadModel), QLatin1String(baselines::TextRankModel)));
    } else if (url.isEmpty() && !failed()) {
        fail(child(path, "base_url"), tr("is required (only builtin: models run without a server)"));
    }
    if (!url.isEmpty()) {
        endpoint.baseUrl = QUrl(url, QUrl::StrictMode);
        const QString scheme = endpoint.baseUrl.scheme();
        if (!endpoint.baseUrl.isValid() || endpoint.baseUrl.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            fail(child(path, "base_url"), tr("must be an http:// or https:// URL"));
    }
    const QString environment = string(entry, path, "api_key_env", false).trimmed();
    const QString keychain = string(entry, path, "keychain_entry", false).trimmed();
    if (!environment.isEmpty() && !keychain.isEmpty())
        fail(path, tr("give either \"api_key_env\" or \"keychain_entry\", not both"));
    if (!environment.isEmpty()) {
        endpoint.keySource = KeySource::Environment;
        endpoint.keyName = environment;
    } else if (!keychain.isEmpty()) {
        endpoint.keySource = KeySource::Keychain;
        endpoint.keyName = keychain;
    }
}

void DefinitionReader::readEndpointLimits(const QJsonObject& entry, const QString& path, Endpoint& endpoint)
{
    endpoint.concurrency
        = static_cast<int>(integer(entry, path, "concurrency", 1, 1024).value_or(endpoint.concurrency));
    endpoint.requestsPerMinute
        = static_cast<int>(integer(entry, path, "requests_per_minute", 0, 1'000'000).value_or(0));
    endpoint.maxRetries = static_cast<int>(integer(entry, path, "max_retries", 0, 100).value_or(endpoint.maxRetries));
    endpoint.connectTimeoutMs = milliseconds(entry, path, "connect_timeout_s").value_or(endpoint.connectTimeoutMs);
    endpoint.firstByteTimeoutMs
        = milliseconds(entry, path, "first_byte_timeout_s").value_or(endpoint.firstByteTimeoutMs);
    endpoint.totalTimeoutMs = milliseconds(entry, path, "timeout_s").value_or(endpoint.totalTimeoutMs);
    endpoint.priceInPerMTok = number(entry, path, "price_in_per_mtok", 0, 1'000'000).value_or(0);
    endpoint.priceOutPerMTok = number(entry, path, "price_out_per_mtok", 0, 1'000'000).value_or(0);
}

QStringList DefinitionReader::readMetrics(const QJsonObject& root)
{
    const QJsonValue value = root.value(QLatin1String("metrics"));
    const MetricRegistry& registry = MetricRegistry::builtIn();
    if (value.isUndefined())
        return registry.keys();
    if (!value.isArray()) {
        fail(QStringLiteral("metrics"), tr("must be an array of metric names"));
        return {};
    }
    QStringList known = registry.keys();
    known.append(QStringLiteral("geval"));
    QStringList metrics;
    const QJsonArray entries = value.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString name = entries.at(i).toString().trimmed().toLower();
        if (!known.contains(name))
            fail(element(QStringLiteral("metrics"), i),
                tr("unknown metric '%1' (known: %2)")
                    .arg(entries.at(i).toVariant().toString(), known.join(QStringLiteral(", "))));
        else if (metrics.contains(name))
            fail(element(QStringLiteral("metrics"), i), tr("'%1' is listed twice").arg(name));
        metrics.append(name);
    }
    return metrics;
}

} // namespace caliper
