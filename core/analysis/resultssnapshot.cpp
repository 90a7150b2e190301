#include "analysis/resultssnapshot.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <limits>

namespace caliper::resultssnapshot {

namespace {

// The context lupdate gives tr() calls in this namespace.
QString tr(const char* text)
{
    return QCoreApplication::translate("caliper::resultssnapshot", text);
}

constexpr quint32 Magic = 0x434c5253; // "CLRS"
// Raise whenever what is written changes: an older snapshot then reads as stale and is rebuilt.
constexpr quint32 FormatVersion = 1;
// Arrays are written as raw memory (a hundred megabytes stream in a fraction of a second that way), so a file
// from a machine of the other byte order must read as stale.
constexpr quint32 ByteOrderMark = 0x01020304;
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_4;
constexpr qint64 MaxKeys = 10'000;

template <typename T> void writeArray(QDataStream& out, const QList<T>& values)
{
    out << qint64(values.size());
    out.writeRawData(
        reinterpret_cast<const char*>(values.constData()), static_cast<int>(values.size() * qsizetype(sizeof(T))));
}

// Counts come from the file, so they are checked against what the file still holds before anything is allocated:
// a damaged snapshot must read as stale, never make us reserve gigabytes. `expected` < 0: any length.
template <typename T> bool readArray(QDataStream& in, QList<T>& values, qint64 expected = -1)
{
    qint64 count = -1;
    in >> count;
    const qint64 bytes = count * qint64(sizeof(T));
    if (in.status() != QDataStream::Ok || count < 0 || (expected >= 0 && count != expected)
        || bytes > in.device()->bytesAvailable() || bytes > std::numeric_limits<int>::max())
        return false;
    values.resize(count);
    return in.readRawData(reinterpret_cast<char*>(values.data()), static_cast<int>(bytes)) == bytes;
}

void writeStrings(QDataStream& out, const QStringList& strings)
{
    out << qint64(strings.size());
    for (const QString& string : strings)
        out << string;
}

bool readStrings(QDataStream& in, QStringList& strings)
{
    qint64 count = -1;
    in >> count;
    if (in.status() != QDataStream::Ok || count < 0 || count > MaxKeys)
        return false;
    strings.resize(count);
    for (QString& string : strings)
        in >> string;
    return in.status() == QDataStream::Ok;
}

void writeScores(QDataStream& out, const ExperimentScores& scores)
{
    writeArray(out, scores.sampleIds);
    writeStrings(out, scores.keys);
    out << scores.referenceAverageWords << qint64(scores.models.size());
    for (const ModelSampleValues& model : scores.models) {
        out << model.modelId << qint32(model.done) << qint32(model.failed) << model.totalCost
            << qint64(model.values.size());
        for (auto it = model.values.cbegin(); it != model.values.cend(); ++it) {
            out << it.key();
            writeArray(out, it.value());
        }
    }
}

bool readModel(QDataStream& in, qsizetype samples, ModelSampleValues& model)
{
    qint32 done = 0;
    qint32 failed = 0;
    qint64 keys = -1;
    in >> model.modelId >> done >> failed >> model.totalCost >> keys;
    if (in.status() != QDataStream::Ok || keys < 0 || keys > MaxKeys)
        return false;
    model.done = done;
    model.failed = failed;
    for (qint64 k = 0; k < keys; ++k) {
        QString key;
        QList<double> values;
        in >> key;
        if (!readArray(in, values, samples))
            return false;
        model.values.insert(key, values);
    }
    return true;
}

bool readScores(QDataStream& in, ExperimentScores& scores)
{
    qint64 models = -1;
    if (!readArray(in, scores.sampleIds) || !readStrings(in, scores.keys))
        return false;
    in >> scores.referenceAverageWords >> models;
    if (in.status() != QDataStream::Ok || models < 0 || models > MaxKeys)
        return false;
    scores.models.resize(models);
    for (ModelSampleValues& model : scores.models) {
        if (!readModel(in, scores.sampleIds.size(), model))
            return false;
    }
    return true;
}

void writeNavigation(QDataStream& out, const NavigationIndex& index)
{
    writeArray(out, index.modelIds);
    writeStrings(out, index.scoreKeys);
    for (const QList<quint8>& states : index.states)
        writeArray(out, states);
}

bool readNavigation(QDataStream& in, const ExperimentScores& scores, NavigationIndex& index)
{
    if (!readArray(in, index.modelIds) || index.modelIds.size() > MaxKeys || !readStrings(in, index.scoreKeys))
        return false;
    index.states.resize(index.modelIds.size());
    for (QList<quint8>& states : index.states) {
        if (!readArray(in, states, scores.sampleIds.size()))
            return false;
    }
    index.sampleIds = scores.sampleIds;
    return true;
}

} // namespace

QString path(const QString& databaseFile, qint64 experimentId)
{
    // QSQLITE names an in-memory database ":memory:" (or nothing); it has no folder to cache in.
    if (databaseFile.isEmpty() || databaseFile.startsWith(QLatin1Char(':')))
        return {};
    return QFileInfo(databaseFile).dir().filePath(QStringLiteral("cache/results-%1.snapshot").arg(experimentId));
}

std::optional<ResultsData> read(const QString& file, qint64 experimentId, qint64 generation)
{
    QFile source(file);
    if (file.isEmpty() || !source.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&source);
    in.setVersion(StreamVersion);
    quint32 magic = 0;
    quint32 version = 0;
    quint32 byteOrder = 0;
    ResultsData data;
    qint64 storedExperiment = 0;
    in >> magic >> version;
    in.readRawData(reinterpret_cast<char*>(&byteOrder), sizeof byteOrder);
    in >> storedExperiment >> data.generation;
    if (in.status() != QDataStream::Ok || magic != Magic || version != FormatVersion || byteOrder != ByteOrderMark
        || storedExperiment != experimentId || data.generation != generation)
        return std::nullopt;
    data.scores.experimentId = experimentId;
    data.navigation.experimentId = experimentId;
    if (!readScores(in, data.scores) || !readNavigation(in, data.scores, data.navigation) || !in.atEnd())
        return std::nullopt;
    return data;
}

Status write(const QString& file, const ResultsData& data)
{
    if (file.isEmpty())
        return Ok {};
    if (!QDir().mkpath(QFileInfo(file).path()))
        return Error {tr("cannot create the folder for the results cache"), QFileInfo(file).path()};
    QSaveFile target(file);
    if (!target.open(QIODevice::WriteOnly))
        return Error {tr("cannot write the results cache: %1").arg(target.errorString()), file};
    QDataStream out(&target);
    out.setVersion(StreamVersion);
    out << Magic << FormatVersion;
    out.writeRawData(reinterpret_cast<const char*>(&ByteOrderMark), sizeof ByteOrderMark);
    out << data.scores.experimentId << data.generation;
    writeScores(out, data.scores);
    writeNavigation(out, data.navigation);
    if (out.status() != QDataStream::Ok || !target.commit())
        return Error {tr("cannot write the results cache: %1").arg(target.errorString()), file};
    return Ok {};
}

} // namespace caliper::resultssnapshot
