#pragma once

// A workspace with one experiment of SAMPLES × MODELS done outputs, each with a short answer, token counts,
// latency, cost and five random scores, generated in SQL so that 100,000 × 10 takes seconds, not hours: the
// Results benchmarks' data.
#include "experiments/experimentstore.h"
#include "modelfixtures.h"
#include "workspace/workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace caliper::test {

struct GeneratedExperiment
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Workspace> workspace;
    qint64 experimentId = 0;

    bool create(int samples, int models)
    {
        dir = std::make_unique<QTemporaryDir>();
        auto opened = Workspace::open(dir->path());
        if (!opened.ok())
            return false;
        workspace = std::move(opened).value();
        QSqlDatabase db = workspace->database();
        const qint64 datasetId = insertGeneratedDataset(db, QStringLiteral("generated"), samples);
        const Result<qint64> id = ExperimentStore(db).create(definition(models), datasetId);
        if (datasetId == 0 || !id.ok() || !db.transaction())
            return false;
        experimentId = id.value();
        if (!fillOutputs(db)) {
            db.rollback();
            return false;
        }
        return db.commit();
    }

private:
    static ExperimentDefinition definition(int models)
    {
        ExperimentDefinition d;
        d.name = QStringLiteral("bench");
        d.dataset.name = QStringLiteral("generated");
        d.systemPrompt = QStringLiteral("Summarize.");
        d.metrics
            = {QStringLiteral("rouge"), QStringLiteral("bleu"), QStringLiteral("meteor"), QStringLiteral("tokens")};
        for (int i = 0; i < models; ++i) {
            ModelSpec model;
            model.name = QStringLiteral("model %1").arg(i);
            model.endpoint.baseUrl = QUrl(QStringLiteral("http://localhost:%1/v1").arg(8000 + i));
            model.endpoint.model = QStringLiteral("m-%1B").arg(i + 1);
            model.endpoint.parameters = qint64(i + 1) * 1'000'000'000;
            d.models.append(model);
        }
        return d;
    }

    bool fillOutputs(QSqlDatabase db) const
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO outputs(model_id, sample_id, status, answer, reasoning_tokens, answer_tokens, latency_ms, "
            "cost) SELECT m.id, s.id, 'done', 'Plan for visit ' || s.row_index || ' by ' || m.name || '.', "
            "abs(random()) % 500, 100 + abs(random()) % 200, 200 + abs(random()) % 2000, 0.0001 * m.position "
            "FROM experiment_models m JOIN samples s WHERE m.experiment_id = ?"));
        query.addBindValue(experimentId);
        if (!query.exec())
            return false;
        return query.exec(QStringLiteral(
            "INSERT INTO scores(output_id, key, value) SELECT o.id, k.key, (abs(random()) % 1000) / 1000.0 "
            "FROM outputs o JOIN (SELECT 'rouge1' AS key UNION ALL SELECT 'rouge2' UNION ALL SELECT 'rougeL' "
            "UNION ALL SELECT 'meteor' UNION ALL SELECT 'bleu') k"));
    }
};

} // namespace caliper::test
