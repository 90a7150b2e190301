#include "judge/judgecriterion.h"

#include "judge/builtincriteria.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper", text);
}

QJsonArray fieldsToJson(const JudgeFields& fields)
{
    QJsonArray array;
    if (fields.source)
        array.append(QStringLiteral("source"));
    if (fields.answer)
        array.append(QStringLiteral("answer"));
    if (fields.reference)
        array.append(QStringLiteral("reference"));
    return array;
}

Result<JudgeFields> fieldsFromJson(const QJsonValue& value, const QString& location)
{
    if (value.isUndefined())
        return JudgeFields {};
    JudgeFields fields {false, false, false};
    for (const QJsonValue& item : value.toArray()) {
        const QString name = item.toString();
        if (name == QLatin1String("source"))
            fields.source = true;
        else if (name == QLatin1String("answer"))
            fields.answer = true;
        else if (name == QLatin1String("reference"))
            fields.reference = true;
        else
            return Error {tr("unknown judge field \"%1\" (expected source, answer or reference)").arg(name), location};
    }
    return fields;
}

} // namespace

QString judgeMethodName(JudgeMethod method)
{
    return method == JudgeMethod::Paper ? QStringLiteral("paper") : QStringLiteral("lumigator");
}

std::optional<JudgeMethod> judgeMethodFromName(const QString& name)
{
    if (name == QLatin1String("lumigator"))
        return JudgeMethod::Lumigator;
    if (name == QLatin1String("paper"))
        return JudgeMethod::Paper;
    return std::nullopt;
}

Status validateCriterion(const JudgeCriterion& criterion)
{
    const QString where = criterion.id.isEmpty() ? QString() : tr("criterion %1").arg(criterion.id);
    if (criterion.id.trimmed().isEmpty())
        return Error {tr("a judge criterion needs an id"), where};
    if (criterion.name.trimmed().isEmpty())
        return Error {tr("a judge criterion needs a name"), where};
    if (criterion.minScore >= criterion.maxScore)
        return Error {
            tr("the lowest score (%1) must be below the highest (%2)").arg(criterion.minScore).arg(criterion.maxScore),
            where};
    if (criterion.templateText.trimmed().isEmpty())
        return Error {tr("a judge criterion needs a prompt template"), where};
    if (!criterion.fields.source && !criterion.fields.answer && !criterion.fields.reference)
        return Error {tr("the judge must see at least one of source, answer and reference"), where};
    return Ok {};
}

QJsonObject criterionToJson(const JudgeCriterion& criterion)
{
    return QJsonObject {
        {QStringLiteral("id"), criterion.id},
        {QStringLiteral("name"), criterion.name},
        {QStringLiteral("criteria"), criterion.criteria},
        {QStringLiteral("steps"), QJsonArray::fromStringList(criterion.steps)},
        {QStringLiteral("min"), criterion.minScore},
        {QStringLiteral("max"), criterion.maxScore},
        {QStringLiteral("fields"), fieldsToJson(criterion.fields)},
        {QStringLiteral("method"), judgeMethodName(criterion.method)},
        {QStringLiteral("template"), criterion.templateText},
        {QStringLiteral("source"), criterion.source},
    };
}

Result<JudgeCriterion> criterionFromJson(const QJsonObject& object, const QString& location)
{
    JudgeCriterion criterion;
    criterion.id = object.value(QLatin1String("id")).toString();
    criterion.name = object.value(QLatin1String("name")).toString();
    criterion.criteria = object.value(QLatin1String("criteria")).toString();
    for (const QJsonValue& step : object.value(QLatin1String("steps")).toArray())
        criterion.steps << step.toString();
    criterion.minScore = object.value(QLatin1String("min")).toInt(0);
    criterion.maxScore = object.value(QLatin1String("max")).toInt(10);
    const QString methodName = object.value(QLatin1String("method")).toString(QStringLiteral("lumigator"));
    const std::optional<JudgeMethod> method = judgeMethodFromName(methodName);
    if (!method)
        return Error {tr("unknown judge method \"%1\" (expected lumigator or paper)").arg(methodName), location};
    criterion.method = *method;
    Result<JudgeFields> fields = fieldsFromJson(object.value(QLatin1String("fields")), location);
    if (!fields)
        return fields.error();
    criterion.fields = *fields;
    criterion.templateText = object.value(QLatin1String("template")).toString();
    if (criterion.templateText.isEmpty())
        criterion.templateText = defaultJudgeTemplate(criterion.method);
    criterion.source = object.value(QLatin1String("source")).toString();
    if (Status valid = validateCriterion(criterion); !valid)
        return Error {valid.error().message, location.isEmpty() ? valid.error().location : location};
    return criterion;
}

QByteArray criteriaToJson(const QList<JudgeCriterion>& criteria)
{
    QJsonArray array;
    for (const JudgeCriterion& criterion : criteria)
        array.append(criterionToJson(criterion));
    return QJsonDocument(QJsonObject {{QStringLiteral("criteria"), array}}).toJson(QJsonDocument::Indented);
}

Result<QList<JudgeCriterion>> criteriaFromJson(const QByteArray& json, const QString& location)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {parseError.errorString(), location, 0, parseError.offset + 1};
    if (!document.object().value(QLatin1String("criteria")).isArray())
        return Error {tr("expected an object with a \"criteria\" list"), location};
    QList<JudgeCriterion> criteria;
    for (const QJsonValue& value : document.object().value(QLatin1String("criteria")).toArray()) {
        Result<JudgeCriterion> criterion = criterionFromJson(value.toObject(), location);
        if (!criterion)
            return criterion.error();
        criteria << std::move(criterion).value();
    }
    return criteria;
}

} // namespace caliper
