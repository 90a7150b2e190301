#include "dataset/columnmapping.h"

#include <QCoreApplication>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper::ColumnMapping", text);
}

struct KnownPair
{
    const char* input;
    const char* reference;
};

// In order of preference: the first pair whose source column is present wins, a pair with both present first.
constexpr KnownPair knownPairs[] = {
    {"examples", "ground_truth"}, // Lumigator
    {"src", "tgt"}, // ACI-Bench JSON
    {"dialogue", "note"}, // ACI-Bench CSV
    {"document", "summary"}, // Hugging Face summarisation (XSum, CNN/DailyMail style)
    {"dialogue", "summary"}, // Hugging Face dialogue summarisation (SAMSum, DialogSum)
    {"input", "output"},
};
constexpr const char* knownIds[] = {"file", "encounter_id", "id"};

QString findColumn(const QStringList& columns, const char* name)
{
    for (const QString& column : columns) {
        if (column.trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return column;
    }
    return {};
}

void detectPair(const QStringList& columns, ColumnMapping& mapping)
{
    for (const bool needReference : {true, false}) {
        for (const KnownPair& pair : knownPairs) {
            const QString input = findColumn(columns, pair.input);
            const QString reference = findColumn(columns, pair.reference);
            if (!input.isEmpty() && (!needReference || !reference.isEmpty())) {
                mapping.inputColumn = input;
                mapping.referenceColumn = reference;
                return;
            }
        }
    }
}

} // namespace

ColumnMapping ColumnMapping::detect(const QStringList& columns)
{
    ColumnMapping mapping;
    detectPair(columns, mapping);
    for (const char* id : knownIds) {
        mapping.idColumn = findColumn(columns, id);
        if (!mapping.idColumn.isEmpty())
            break;
    }
    for (const QString& column : columns) {
        if (column != mapping.idColumn && column != mapping.inputColumn && column != mapping.referenceColumn)
            mapping.metadataColumns.append(column);
    }
    return mapping;
}

Status ColumnMapping::validate(const QStringList& columns, const QString& file) const
{
    const QString available = columns.join(QStringLiteral(", "));
    if (inputColumn.isEmpty())
        return Error {tr("no source column chosen (the file's columns: %1)").arg(available), file, 1, 1};
    const std::pair<const QString*, const char*> roles[] = {
        {&idColumn, QT_TRANSLATE_NOOP("caliper::ColumnMapping", "id")},
        {&inputColumn, QT_TRANSLATE_NOOP("caliper::ColumnMapping", "source")},
        {&referenceColumn, QT_TRANSLATE_NOOP("caliper::ColumnMapping", "reference")},
    };
    for (const auto& [column, role] : roles) {
        if (!column->isEmpty() && !columns.contains(*column))
            return Error {
                tr("the %1 column \"%2\" is not in the file (its columns: %3)").arg(tr(role), *column, available), file,
                1, 1};
    }
    for (const QString& column : metadataColumns) {
        if (!columns.contains(column))
            return Error {tr("the metadata column \"%1\" is not in the file (its columns: %2)").arg(column, available),
                file, 1, 1};
    }
    return Ok {};
}

} // namespace caliper
