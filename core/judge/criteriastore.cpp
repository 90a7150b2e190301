#include "judge/criteriastore.h"

#include "workspace/connection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper", text);
}

const QStringList BuiltInDimensions = {
    QStringLiteral("coherence"), QStringLiteral("consistency"), QStringLiteral("fluency"), QStringLiteral("relevance")};

enum class KeyType { Text, WholeNumber, TextList };

/// The keys criterionToJson writes, and what each holds.
const QList<std::pair<QString, KeyType>> Keys
    = {{QStringLiteral("id"), KeyType::Text}, {QStringLiteral("name"), KeyType::Text},
        {QStringLiteral("criteria"), KeyType::Text}, {QStringLiteral("steps"), KeyType::TextList},
        {QStringLiteral("min"), KeyType::WholeNumber}, {QStringLiteral("max"), KeyType::WholeNumber},
        {QStringLiteral("fields"), KeyType::TextList}, {QStringLiteral("method"), KeyType::Text},
        {QStringLiteral("template"), KeyType::Text}, {QStringLiteral("source"), KeyType::Text}};

/// Why `value` is not a `type`; empty when it is.
QString typeProblem(const QJsonValue& value, KeyType type)
{
    switch (type) {
    case KeyType::Text:
        return value.isString() ? QString() : tr("must be a text");
    case KeyType::WholeNumber:
        return value.isDouble() && value.toDouble() == static_cast<double>(value.toInt())
            ? QString()
            : tr("must be a whole number");
    case KeyType::TextList: {
        const QJsonArray array = value.toArray();
        const bool texts = std::all_of(array.begin(), array.end(), [](const QJsonValue& v) { return v.isString(); });
        return value.isArray() && texts ? QString() : tr("must be a list of texts");
    }
    }
    return {};
}

/// criterionFromJson reads leniently (a number where text belongs becomes empty text); a stored or imported
/// criterion must say what it means, so every key is checked for its type first and unknown keys are refused.
Status checkKeys(const QJsonObject& object)
{
    QStringList known;
    for (const auto& [key, type] : Keys) {
        known << key;
        if (!object.contains(key))
            continue;
        if (const QString problem = typeProblem(object.value(key), type); !problem.isEmpty())
            return Error {key + QStringLiteral(": ") + problem, {}};
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return Error {it.key() + QStringLiteral(": ")
                    + tr("unknown key (expected one of %1)").arg(known.join(QStringLiteral(", "))),
                {}};
    }
    return Ok {};
}

Result<JudgeCriterion> readDefinition(const QString& text, const QString& location)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {parseError.errorString(), location, 0, parseError.offset + 1};
    if (!document.isObject())
        return Error {tr("a judge criterion must be a JSON object"), location};
    if (Status keys = checkKeys(document.object()); !keys)
        return Error {keys.error().message, location};
    return criterionFromJson(document.object(), location);
}

} // namespace

bool isBuiltInCriterionId(const QString& id)
{
    return BuiltInDimensions.contains(id.section(QLatin1Char('/'), -1));
}

CriteriaStore::CriteriaStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<JudgeCriterion>> CriteriaStore::list() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, definition FROM judge_criteria")))
        return sqlError(tr("cannot read the judge criteria"), query.lastError(), m_db.databaseName());
    QList<JudgeCriterion> criteria;
    while (query.next()) {
        Result<JudgeCriterion> criterion
            = readDefinition(query.value(1).toString(), QStringLiteral("judge_criteria ") + query.value(0).toString());
        if (!criterion)
            return criterion.error();
        criteria << std::move(criterion).value();
    }
    std::sort(criteria.begin(), criteria.end(), [](const JudgeCriterion& a, const JudgeCriterion& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return criteria;
}

Result<JudgeCriterion> CriteriaStore::get(const QString& id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT definition FROM judge_criteria WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("cannot read the judge criterion"), query.lastError(), m_db.databaseName());
    if (!query.next())
        return Error {tr("there is no judge criterion \"%1\"").arg(id), m_db.databaseName()};
    return readDefinition(query.value(0).toString(), QStringLiteral("judge_criteria ") + id);
}

Status CriteriaStore::add(const JudgeCriterion& criterion)
{
    return write(QStringLiteral("INSERT INTO judge_criteria (definition, id) VALUES (?, ?)"), criterion, {});
}

Status CriteriaStore::update(const QString& id, const JudgeCriterion& criterion)
{
    return write(QStringLiteral("UPDATE judge_criteria SET definition = ?, id = ?, "
                                "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?"),
        criterion, id);
}

Status CriteriaStore::write(const QString& sql, const JudgeCriterion& criterion, const QString& oldId)
{
    if (Status valid = validateCriterion(criterion); !valid)
        return valid;
    if (isTaken(criterion.id, oldId))
        return Error {tr("a judge criterion with the id \"%1\" exists already").arg(criterion.id), m_db.databaseName()};
    QSqlQuery query(m_db);
    query.prepare(sql);
    query.addBindValue(QString::fromUtf8(QJsonDocument(criterionToJson(criterion)).toJson(QJsonDocument::Compact)));
    query.addBindValue(criterion.id);
    if (!oldId.isEmpty())
        query.addBindValue(oldId);
    if (!query.exec())
        return sqlError(
            tr("cannot save the judge criterion \"%1\"").arg(criterion.name), query.lastError(), m_db.databaseName());
    if (!oldId.isEmpty() && query.numRowsAffected() != 1)
        return Error {tr("there is no judge criterion \"%1\"").arg(oldId), m_db.databaseName()};
    return Ok {};
}

Status CriteriaStore::remove(const QString& id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM judge_criteria WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("cannot remove the judge criterion"), query.lastError(), m_db.databaseName());
    return Ok {};
}

Result<JudgeCriterion> CriteriaStore::addJson(const QByteArray& json)
{
    Result<JudgeCriterion> criterion = readDefinition(QString::fromUtf8(json), {});
    if (!criterion)
        return criterion;
    if (Status added = add(criterion.value()); !added)
        return added.error();
    return criterion;
}

bool CriteriaStore::isTaken(const QString& id, const QString& except) const
{
    if (isBuiltInCriterionId(id))
        return true;
    // Scores are stored under the last part of the id ("custom/tone" → geval_tone), so that part is what must be
    // unique; the table is small.
    const QString key = id.section(QLatin1Char('/'), -1);
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id FROM judge_criteria")))
        return false;
    while (query.next()) {
        const QString stored = query.value(0).toString();
        if (stored != except && stored.section(QLatin1Char('/'), -1) == key)
            return true;
    }
    return false;
}

QString CriteriaStore::freeId(const QString& name) const
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    QString slug = name.toLower().replace(separators, QStringLiteral("-"));
    static const QRegularExpression edges(QStringLiteral("^-+|-+$"));
    slug.remove(edges);
    const QString base = QStringLiteral("custom/") + (slug.isEmpty() ? QStringLiteral("criterion") : slug);
    QString id = base;
    for (int n = 2; isTaken(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

} // namespace caliper
