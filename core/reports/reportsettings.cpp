#include "reports/reportsettings.h"

#include "endpoints/endpointstore.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace caliper {

namespace {

ReportModelSettings modelSettings(const ExperimentModel& model)
{
    const Endpoint& endpoint = model.endpoint;
    ReportModelSettings settings;
    settings.name = model.name;
    settings.model = endpoint.model;
    settings.baseUrl = endpoint.baseUrl.isEmpty() ? QString() : publicUrl(endpoint.baseUrl);
    settings.keySource = keySourceName(endpoint.keySource);
    // A keychain entry's name says nothing useful to a reader; a variable name tells them what to set.
    if (endpoint.keySource == KeySource::Environment)
        settings.keyEnvironmentVariable = endpoint.keyName;
    settings.parameters = endpoint.parameters;
    settings.quantization = endpoint.quantization;
    settings.priceInPerMTok = endpoint.priceInPerMTok;
    settings.priceOutPerMTok = endpoint.priceOutPerMTok;
    return settings;
}

bool isSecretName(const QString& name)
{
    static const QRegularExpression CamelHump(QStringLiteral("([a-z0-9])([A-Z])"));
    const QString lower = QString(name).replace(CamelHump, QStringLiteral("\\1_\\2")).toLower();
    if (lower.endsWith(QLatin1String("_env")))
        return false; // the name of an environment variable, not its value
    // Whole words only: "max_tokens" is a setting, "access_token" and "apiKey" are secrets.
    static const QStringList Secrets = {QStringLiteral("key"), QStringLiteral("apikey"), QStringLiteral("token"),
        QStringLiteral("secret"), QStringLiteral("password"), QStringLiteral("authorization"),
        QStringLiteral("credential"), QStringLiteral("credentials"), QStringLiteral("bearer")};
    static const QRegularExpression Separator(QStringLiteral("[^a-z0-9]+"));
    for (const QString& word : lower.split(Separator, Qt::SkipEmptyParts)) {
        if (Secrets.contains(word))
            return true;
    }
    return false;
}

QJsonValue publicJudgeValue(const QString& name, const QJsonValue& value)
{
    if (value.isObject())
        return publicJudgeSettings(value.toObject());
    if (value.isArray()) {
        QJsonArray cleaned;
        for (const QJsonValue& item : value.toArray())
            cleaned.append(publicJudgeValue(name, item));
        return cleaned;
    }
    if (value.isString() && name.toLower().contains(QLatin1String("url")))
        return publicUrl(QUrl(value.toString()));
    return value;
}

} // namespace

QString publicUrl(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

QJsonObject publicJudgeSettings(const QJsonObject& settings)
{
    QJsonObject cleaned;
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        if (!isSecretName(it.key()))
            cleaned.insert(it.key(), publicJudgeValue(it.key(), it.value()));
    }
    return cleaned;
}

ReportSettings reportSettings(const ExperimentInfo& experiment, const QList<ExperimentModel>& models)
{
    ReportSettings settings;
    settings.experimentName = experiment.name;
    settings.createdAt = experiment.createdAt;
    settings.datasetName = experiment.datasetName;
    settings.datasetHash = experiment.datasetHash;
    settings.sampleCount = experiment.sampleCount;
    settings.systemPrompt = experiment.definition.systemPrompt;
    settings.generation = experiment.definition.generation;
    settings.metrics = experiment.definition.metrics;
    settings.judge = publicJudgeSettings(experiment.definition.judge.settings);
    for (const ExperimentModel& model : models)
        settings.models.append(modelSettings(model));
    return settings;
}

} // namespace caliper
