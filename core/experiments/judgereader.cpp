// DefinitionReader's "judge" object (issue 5): the judge's server, its criteria, method, repeats and options,
// read as strictly as the rest of an experiment file.
#include "experiments/definitionreader.h"

#include "judge/builtincriteria.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper::DefinitionReader", text);
}

const QString JudgePath = QStringLiteral("judge");
const QString GevalMetric = QStringLiteral("geval");

QString criterionPath(qsizetype index)
{
    return JudgePath + QStringLiteral(".criteria[%1]").arg(index);
}

} // namespace

JudgeSpec DefinitionReader::readJudge(const QJsonObject& root, QStringList& metrics)
{
    JudgeSpec judge;
    judge.settings = object(root, {}, "judge", false);
    const bool listed = metrics.contains(GevalMetric);
    if (judge.settings.isEmpty()) {
        if (listed && !failed())
            fail(JudgePath, tr("is required when \"metrics\" lists \"geval\""));
        return judge;
    }
    if (!root.contains(QLatin1String("metrics")))
        metrics.append(GevalMetric); // no list given means every metric, the judge's included
    else if (!listed)
        fail(QStringLiteral("metrics"), tr("must list \"geval\" when a \"judge\" is given"));
    const QJsonObject& settings = judge.settings;
    checkKeys(settings, JudgePath,
        {"base_url", "model", "api_key_env", "keychain_entry", "criteria", "method", "repeats", "parse_retries",
            "temperature", "logprobs", "max_tokens", "samples", "concurrency", "requests_per_minute", "max_retries",
            "connect_timeout_s", "first_byte_timeout_s", "timeout_s", "price_in_per_mtok", "price_out_per_mtok"});
    Endpoint& endpoint = judge.endpoint;
    endpoint.model = string(settings, JudgePath, "model", true).trimmed();
    endpoint.name = endpoint.model;
    if (endpoint.model.startsWith(QLatin1String("builtin:")))
        fail(JudgePath + QStringLiteral(".model"), tr("the judge must be a model on a server"));
    readKeyAndUrl(settings, JudgePath, endpoint);
    readEndpointLimits(settings, JudgePath, endpoint);
    const QString method = string(settings, JudgePath, "method", false);
    if (const std::optional<JudgeMethod> known
        = judgeMethodFromName(method.isEmpty() ? QStringLiteral("lumigator") : method))
        judge.method = *known;
    else
        fail(JudgePath + QStringLiteral(".method"), tr("must be \"lumigator\" or \"paper\""));
    judge.repeats = static_cast<int>(integer(settings, JudgePath, "repeats", 1, 100).value_or(1));
    judge.parseRetries = static_cast<int>(integer(settings, JudgePath, "parse_retries", 0, 20).value_or(2));
    judge.options = readJudgeOptions(settings);
    if (!failed())
        judge.criteria = readCriteria(settings, judge.method);
    return judge;
}

JudgeOptions DefinitionReader::readJudgeOptions(const QJsonObject& judge)
{
    JudgeOptions options;
    options.temperature = number(judge, JudgePath, "temperature", 0, 2);
    options.logprobs = boolean(judge, JudgePath, "logprobs");
    if (const auto maxTokens = integer(judge, JudgePath, "max_tokens", 1, 1'000'000))
        options.maxTokens = static_cast<int>(*maxTokens);
    if (const auto samples = integer(judge, JudgePath, "samples", 1, 100))
        options.samples = static_cast<int>(*samples);
    return options;
}

QList<JudgeCriterion> DefinitionReader::readCriteria(const QJsonObject& judge, JudgeMethod method)
{
    const QJsonValue value = judge.value(QLatin1String("criteria"));
    const QString path = JudgePath + QStringLiteral(".criteria");
    if (!value.isArray() || value.toArray().isEmpty()) {
        fail(path, value.isUndefined() ? tr("is required") : tr("must be a non-empty array of criteria"));
        return {};
    }
    QList<JudgeCriterion> criteria;
    QSet<QString> keys;
    const QJsonArray entries = value.toArray();
    for (qsizetype i = 0; i < entries.size() && !failed(); ++i) {
        const QJsonValue entry = entries.at(i);
        Result<JudgeCriterion> criterion = entry.isString() ? builtInJudgeCriterion(method, entry.toString().trimmed())
            : entry.isObject()                              ? criterionFromJson(entry.toObject())
                               : Result<JudgeCriterion>(Error {tr("must be a built-in criterion's name or a criterion "
                                                                  "object"),
                                   {}});
        if (criterion) {
            if (Status valid = validateCriterion(*criterion); !valid)
                criterion = valid.error();
        }
        if (!criterion) {
            fail(criterionPath(i), criterion.error().message);
            break;
        }
        const QString key = judgeScoreKey(*criterion);
        if (keys.contains(key))
            fail(criterionPath(i), tr("a criterion named '%1' is already listed").arg(key.mid(6)));
        keys.insert(key);
        criteria.append(std::move(criterion).value());
    }
    return criteria;
}

} // namespace caliper
