#pragma once

#include "common/error.h"
#include "experiments/experimentdefinition.h"

#include <QJsonObject>
#include <QString>

#include <initializer_list>
#include <optional>

namespace caliper {

/// Reads an experiment file's JSON into an ExperimentDefinition, strictly: wrong types, unknown keys and values
/// out of range are errors naming the file and the JSON path ("models[2].concurrency"). The first error wins;
/// readers keep going with defaults after it, so the code reads top-down without a check after every value.
class DefinitionReader
{
public:
    explicit DefinitionReader(QString fileName);

    Result<ExperimentDefinition> read(const QByteArray& json);
    Result<ModelSpec> readModel(const QJsonObject& entry, const QString& path);

private:
    void fail(const QString& path, const QString& message);
    bool failed() const { return m_error.has_value(); }
    void checkKeys(const QJsonObject& object, const QString& path, std::initializer_list<const char*> known);
    QJsonObject object(const QJsonObject& parent, const QString& path, const char* key, bool required);
    QString string(const QJsonObject& object, const QString& path, const char* key, bool required);
    std::optional<double> number(
        const QJsonObject& object, const QString& path, const char* key, double minimum, double maximum);
    std::optional<qint64> integer(
        const QJsonObject& object, const QString& path, const char* key, qint64 minimum, qint64 maximum);
    std::optional<bool> boolean(const QJsonObject& object, const QString& path, const char* key);
    std::optional<int> milliseconds(const QJsonObject& object, const QString& path, const char* key);

    void readTop(const QJsonObject& root, ExperimentDefinition& definition);
    DatasetSpec readDataset(const QJsonObject& root);
    GenerationParameters readGeneration(const QJsonObject& root);
    QList<ModelSpec> readModels(const QJsonObject& root);
    void readEndpointLimits(const QJsonObject& entry, const QString& path, Endpoint& endpoint);
    void readKeyAndUrl(const QJsonObject& entry, const QString& path, Endpoint& endpoint);
    QStringList readMetrics(const QJsonObject& root);
    // The "judge" object (judgereader.cpp).
    JudgeSpec readJudge(const QJsonObject& root, QStringList& metrics);
    QList<JudgeCriterion> readCriteria(const QJsonObject& judge, JudgeMethod method);
    JudgeOptions readJudgeOptions(const QJsonObject& judge);

    Error error() const { return *m_error; }

    QString m_file;
    std::optional<Error> m_error;
};

/// 1-based line and column (in characters) of a byte offset into UTF-8 text.
QPair<qint64, qint64> lineAndColumn(const QByteArray& utf8, qint64 offset);

} // namespace caliper
