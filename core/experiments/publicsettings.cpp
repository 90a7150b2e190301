#include "experiments/publicsettings.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace caliper {

namespace {

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

} // namespace caliper
