#pragma once

// A workspace with one finished experiment of three models, made the way a run makes it (ExperimentStore::create
// and recordOutcome with hand-made ChatResults, no network), plus human ratings: for the comparison table, the
// Results model and the Results page tests.
#include "experiments/experimentstore.h"
#include "modelfixtures.h"
#include "workspace/workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace caliper::test {

struct ExperimentFixture
{
    static constexpr int SampleCount = 16;
    static constexpr int FailedSample = 1; ///< the weak model failed on this sample

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Workspace> workspace;
    qint64 datasetId = 0;
    qint64 experimentId = 0;
    QString name = QStringLiteral("Note comparison");
    QStringList references;
    /// Echo repeats the reference; Near drops the plan on one sample; Weak writes about the weather.
    QStringList modelNames = {QStringLiteral("Echo"), QStringLiteral("Near"), QStringLiteral("Weak")};
    QList<qint64> parameters = {70'000'000'000, 8'000'000'000, 1'000'000'000};

    static QString reference(int sample)
    {
        return QStringLiteral("Assessment: cough for %1 days without fever. Plan: start lisinopril %2 mg daily, "
                              "review blood pressure in %3 weeks and return if symptoms worsen.")
            .arg(sample + 2)
            .arg(10 * (sample % 3 + 1))
            .arg(sample % 4 + 1);
    }

    QString answer(int model, int sample) const
    {
        const QString& text = references.at(sample);
        if (model == 0)
            return text;
        if (model == 1)
            return sample == 2 ? text.left(text.indexOf(QStringLiteral("Plan:"))) : text;
        return QStringLiteral("The weather was pleasant on day %1 and the team played football.").arg(sample);
    }

    bool create()
    {
        dir = std::make_unique<QTemporaryDir>();
        auto opened = Workspace::open(dir->filePath(QStringLiteral("ws")));
        if (!opened.ok())
            return false;
        workspace = std::move(opened).value();
        QList<FixtureSample> samples;
        for (int sample = 0; sample < SampleCount; ++sample) {
            references.append(reference(sample));
            samples.append({QStringLiteral("s%1").arg(sample), QStringLiteral("Doctor: how long? Patient: days."),
                references.last()});
        }
        datasetId = insertDataset(workspace->database(), QStringLiteral("Notes"), samples);
        if (datasetId == 0)
            return false;
        Result<qint64> id = ExperimentStore(workspace->database()).create(definition(), datasetId);
        if (!id.ok()) {
            qWarning("%s", qPrintable(id.error().toString()));
            return false;
        }
        experimentId = id.value();
        return recordOutputs();
    }

    ExperimentDefinition definition() const
    {
        ExperimentDefinition definition;
        definition.name = name;
        definition.dataset.name = QStringLiteral("Notes");
        definition.systemPrompt = QStringLiteral("Write the Assessment and Plan.");
        for (qsizetype model = 0; model < modelNames.size(); ++model) {
            ModelSpec spec;
            spec.name = modelNames.at(model);
            spec.endpoint.name = spec.name;
            spec.endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
            spec.endpoint.model = spec.name.toLower();
            spec.endpoint.parameters = parameters.at(model);
            spec.endpoint.priceOutPerMTok = static_cast<double>(model + 1);
            definition.models.append(spec);
        }
        definition.metrics = {QStringLiteral("rouge"), QStringLiteral("bleu"), QStringLiteral("tokens")};
        return definition;
    }

    ChatResult result(int model, int sample) const
    {
        if (model == 2 && sample == FailedSample) {
            ChatFailure failure;
            failure.kind = FailureKind::Http;
            failure.httpStatus = 500;
            failure.error.message = QStringLiteral("server error");
            return ChatResult::failed(failure);
        }
        ChatResult result;
        result.content = answer(model, sample);
        if (model == 0)
            result.content = QStringLiteral("<think>Restate visit %1.</think>").arg(sample) + result.content;
        result.usage.completionTokens = 40 + model;
        result.latencyMs = 400 + 100 * model + 10 * sample;
        result.attempts = 1;
        return result;
    }

    bool recordOutputs()
    {
        ExperimentStore store(workspace->database());
        const Result<QList<ExperimentModel>> models = store.models(experimentId);
        QSqlQuery samples(workspace->database());
        if (!models.ok() || !samples.exec(QStringLiteral("SELECT id, external_id FROM samples ORDER BY row_index")))
            return false;
        for (int sample = 0; samples.next(); ++sample) {
            for (int model = 0; model < models->size(); ++model) {
                WorkOutcome outcome;
                outcome.item.modelId = models->at(model).id;
                outcome.item.sampleId = samples.value(0).toLongLong();
                outcome.item.sampleKey = samples.value(1).toString();
                outcome.item.request.messages = {{QStringLiteral("user"), QStringLiteral("transcript")}};
                outcome.result = result(model, sample);
                if (!store.recordOutcome(outcome).ok())
                    return false;
            }
        }
        return true;
    }

    /// Judgements of coherence as a judge run with two repeats stores them (provenance, per-repeat score, the
    /// output's geval_coherence as the mean of its repeats): Echo 0.9 then 0.7 on even samples and 0.7 then 0.9
    /// on odd ones — each sample's repeats differ by 0.2, the repeat means are equal — and Near 0.6 twice; Weak's
    /// judgement of the first sample failed.
    bool addJudgements()
    {
        QSqlQuery query(workspace->database());
        const QString provenance = QStringLiteral(
            "'http://judge.example/v1', 'judge-7b', 'lumigator', 'lumigator/coherence (Lumigator)', 'abc'");
        return query.exec(QStringLiteral(
                   "INSERT INTO judgements(output_id, criterion, repeat, status, score, judge_endpoint, judge_model, "
                   "method, template_id, prompt_sha256) SELECT o.id, 'lumigator/coherence', r.repeat, 'done', "
                   "CASE WHEN m.position = 1 THEN 0.6 WHEN (s.row_index + r.repeat) % 2 = 0 THEN 0.9 ELSE 0.7 END, "
                   "%1 FROM outputs o JOIN experiment_models m ON m.id = o.model_id JOIN samples s ON s.id = "
                   "o.sample_id JOIN (SELECT 0 AS repeat UNION ALL SELECT 1) r WHERE m.position IN (0, 1)")
                              .arg(provenance))
            && query.exec(QStringLiteral("INSERT INTO judgements(output_id, criterion, status, error, judge_endpoint, "
                                         "judge_model, method, template_id, prompt_sha256) SELECT o.id, "
                                         "'lumigator/coherence', 'failed', 'no score', %1 FROM outputs o JOIN "
                                         "experiment_models m ON m.id = o.model_id JOIN samples s ON s.id = "
                                         "o.sample_id WHERE m.position = 2 AND s.row_index = 0")
                              .arg(provenance))
            && query.exec(QStringLiteral("INSERT INTO scores(output_id, key, value) SELECT output_id, "
                                         "'geval_coherence', avg(score) FROM judgements WHERE status = 'done' "
                                         "GROUP BY output_id"));
    }

    /// Ratings of the first sample's outputs by two reviewers: Echo 5 and 4, Weak 1; the others unrated.
    bool addRatings()
    {
        QSqlQuery query(workspace->database());
        return query.exec(QStringLiteral(
            "INSERT INTO reviews(output_id, reviewer, rating) SELECT o.id, r.reviewer, CASE WHEN m.position = 0 "
            "THEN r.echo ELSE 1 END FROM outputs o JOIN experiment_models m ON m.id = o.model_id "
            "JOIN samples s ON s.id = o.sample_id "
            "JOIN (SELECT 'ana' AS reviewer, 5 AS echo UNION ALL SELECT 'ben', 4) r "
            "WHERE s.row_index = 0 AND m.position IN (0, 2)"));
    }
};

} // namespace caliper::test
