#pragma once

// Small helpers shared by the ExperimentStore sources (experimentstore.cpp, experimentplan.cpp,
// outcomerecorder.cpp, experimentresults.cpp); not part of the API.
#include "common/error.h"
#include "experiments/experimentdefinition.h"
#include "workspace/connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace caliper::experimentstore {

inline QString tr(const char* text)
{
    return QCoreApplication::translate("caliper::ExperimentStore", text);
}

inline Error queryError(const QString& what, const QSqlQuery& query, const QSqlDatabase& db)
{
    return sqlError(what, query.lastError(), db.databaseName());
}

/// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
inline QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

/// A definition as stored: parsed without a file name, so a relative dataset path stays as it was given; an
/// error names the database instead.
inline Result<ExperimentDefinition> storedDefinition(const QString& json, const QSqlDatabase& db)
{
    Result<ExperimentDefinition> definition = parseExperimentDefinition(json.toUtf8(), QString());
    if (!definition) {
        Error error = definition.error();
        error.location = db.databaseName();
        return error;
    }
    return definition;
}

/// Prepares `sql`, binds `values` in order and runs it.
inline bool run(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace caliper::experimentstore
