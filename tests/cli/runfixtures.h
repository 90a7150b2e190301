#pragma once

// Experiment files, datasets and workspace queries shared by the `caliper run` tests.
#include "workspace/connection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QUrl>

namespace caliper::test {

/// The source of generated sample i: distinct words per sample, so the mock answers each differently.
inline QString generatedSource(int i)
{
    return QStringLiteral("[doctor] visit %1: how is the knee today?\n[patient] it still hurts after %2 weeks of rest.")
        .arg(i)
        .arg(i + 2);
}

/// Writes {"data": [{"file": "s01", "src": …, "tgt": …}, …]} (ACI-Bench's shape) and returns its path.
inline QString writeDataset(const QDir& dir, int count, const QString& name = QStringLiteral("data.json"))
{
    QJsonArray rows;
    for (int i = 1; i <= count; ++i)
        rows.append(QJsonObject {{QStringLiteral("file"), QStringLiteral("s%1").arg(i, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("src"), generatedSource(i)},
            {QStringLiteral("tgt"),
                QStringLiteral("ASSESSMENT AND PLAN\n\nKnee pain for %1 weeks. Plan: rest.").arg(i + 2)}});
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(QJsonObject {{QStringLiteral("data"), rows}}).toJson());
    return file.fileName();
}

/// One model entry of an experiment file for an OpenAI-compatible server.
inline QJsonObject serverModel(const QString& name, const QUrl& baseUrl, const QString& model, int concurrency = 2)
{
    return QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("base_url"), baseUrl.toString()},
        {QStringLiteral("model"), model}, {QStringLiteral("concurrency"), concurrency},
        {QStringLiteral("max_retries"), 0}};
}

/// An experiment over `dataset` (a path relative to the experiment file) with these models.
inline QJsonObject experiment(const QString& name, const QJsonArray& models, bool stream = false,
    const QString& dataset = QStringLiteral("data.json"))
{
    return QJsonObject {{QStringLiteral("name"), name},
        {QStringLiteral("dataset"), QJsonObject {{QStringLiteral("path"), dataset}}},
        {QStringLiteral("system_prompt"), QStringLiteral("Write the assessment and plan.")},
        {QStringLiteral("generation"),
            QJsonObject {{QStringLiteral("temperature"), 0}, {QStringLiteral("stream"), stream}}},
        {QStringLiteral("models"), models},
        {QStringLiteral("metrics"), QJsonArray {QStringLiteral("rouge"), QStringLiteral("tokens")}}};
}

inline QString writeJson(const QDir& dir, const QString& name, const QJsonObject& object)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(object).toJson());
    return file.fileName();
}

inline QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// The first column of every row a query over the workspace's database returns; empty while the workspace does
/// not exist yet (or is being created by another process).
inline QStringList queryColumn(const QString& workspace, const QString& sql)
{
    const QString file = QDir(workspace).filePath(QStringLiteral("caliper.sqlite"));
    if (!QFileInfo::exists(file))
        return {};
    auto connection = Connection::open(file);
    if (!connection)
        return {};
    QSqlQuery query(connection.value()->database());
    QStringList values;
    if (query.exec(sql)) {
        while (query.next())
            values << query.value(0).toString();
    }
    return values;
}

/// The sources of the samples with a done output, in the workspace at `workspace`.
inline QStringList doneSources(const QString& workspace)
{
    return queryColumn(workspace,
        QStringLiteral("SELECT s.source FROM outputs o JOIN samples s ON s.id = o.sample_id WHERE o.status = 'done'"));
}

} // namespace caliper::test
