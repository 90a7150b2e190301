#pragma once

// A small experiment written by plain SQL (the fixed schema): review tests need outputs, not a run.
#include "modelfixtures.h"
#include "workspace/workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace caliper::test {

struct ReviewFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    qint64 experimentId = 0;
    QList<qint64> modelIds; ///< in position order
    QList<qint64> sampleIds; ///< in dataset order
    QHash<QPair<qint64, qint64>, qint64> outputIds; ///< (model, sample) -> output id

    QSqlDatabase db() const { return workspace->database(); }
    qint64 output(qsizetype model, qsizetype sample) const
    {
        return outputIds.value({modelIds.at(model), sampleIds.at(sample)});
    }

    /// `models` models over `samples` samples; model m's answer to sample s is answerOf(m, s).
    bool create(const QStringList& models, int samples)
    {
        auto opened = Workspace::open(dir.path());
        if (!opened)
            return false;
        workspace = std::move(opened).value();
        QList<FixtureSample> rows;
        for (int s = 0; s < samples; ++s)
            rows.append(
                {QStringLiteral("s%1").arg(s), QStringLiteral("[doctor] visit %1").arg(s), QStringLiteral("plan")});
        const qint64 datasetId = insertDataset(db(), QStringLiteral("visits"), rows);
        QSqlQuery query(db());
        if (datasetId == 0
            || !query.exec(QStringLiteral("INSERT INTO experiments(name, dataset_id, definition, definition_hash) "
                                          "VALUES ('review', %1, '{}', 'hash')")
                               .arg(datasetId)))
            return false;
        experimentId = query.lastInsertId().toLongLong();
        query.exec(QStringLiteral("SELECT id FROM samples WHERE dataset_id = %1 ORDER BY row_index").arg(datasetId));
        while (query.next())
            sampleIds.append(query.value(0).toLongLong());
        for (qsizetype m = 0; m < models.size(); ++m) {
            query.prepare(QStringLiteral(
                "INSERT INTO experiment_models(experiment_id, position, name, endpoint) VALUES (?, ?, ?, '{}')"));
            query.addBindValue(experimentId);
            query.addBindValue(m);
            query.addBindValue(models.at(m));
            if (!query.exec())
                return false;
            modelIds.append(query.lastInsertId().toLongLong());
            for (qsizetype s = 0; s < sampleIds.size(); ++s) {
                if (!addOutput(modelIds.last(), sampleIds.at(s), answerOf(m, s)))
                    return false;
            }
        }
        return true;
    }

    static QString answerOf(qsizetype model, qsizetype sample)
    {
        return QStringLiteral("Start lisinopril 10 mg daily. Model %1, sample %2.").arg(model).arg(sample);
    }

    bool addOutput(qint64 modelId, qint64 sampleId, const QString& answer)
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral(
            "INSERT INTO outputs(model_id, sample_id, status, content, answer) VALUES (?, ?, 'done', ?, ?)"));
        query.addBindValue(modelId);
        query.addBindValue(sampleId);
        query.addBindValue(answer);
        query.addBindValue(answer);
        if (!query.exec())
            return false;
        outputIds.insert({modelId, sampleId}, query.lastInsertId().toLongLong());
        return true;
    }
};

} // namespace caliper::test
