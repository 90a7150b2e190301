#pragma once

// A workspace holding one finished experiment, made the way a run makes it (ExperimentStore::create and
// recordOutcome with hand-made ChatResults, no network), for the report tests.
#include "dataset/datasetimporter.h"
#include "experiments/experimentstore.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace caliper::test {

/// What the fixture stored, for tests to compare reports with.
struct ReportFixture
{
    static constexpr int SampleCount = 24;
    static constexpr int FailedSample = 1; ///< the weak model failed on this sample
    static constexpr int MaliciousSample = 0; ///< the weak model's answer here tries to break every format

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Workspace> workspace;
    qint64 experimentId = 0;
    QString name = QStringLiteral("Scribe comparison");
    QStringList references; ///< in sample order
    QStringList modelNames = {QStringLiteral("Echo 7B"), QStringLiteral("Twin"), QStringLiteral("Weak <b>")};

    static QString maliciousAnswer()
    {
        return QStringLiteral("=HYPERLINK(\"x\") <script>alert(\"pwned\")</script></details> & 'single' \"double\"");
    }

    /// Everything secret the fixture's settings hold; no report may contain any of it.
    static QStringList secrets()
    {
        return {QStringLiteral("s3cret"), QStringLiteral("QUERYKEY"), QStringLiteral("hunter2"),
            QStringLiteral("JTOKEN"), QStringLiteral("sk-JUDGESECRET"), QStringLiteral("twin-keychain-entry")};
    }

    /// A reference of several sentences (and lines), long enough that the PDF appendix spans pages.
    static QString reference(int sample)
    {
        static const char* const Symptoms[] = {"a dry cough", "lower back pain", "headaches", "fatigue", "dizziness"};
        static const char* const Drugs[] = {"lisinopril", "metformin", "ibuprofen", "amoxicillin"};
        QString text = QStringLiteral("Assessment: the patient reports %1 for %2 days, without fever or weight loss. ")
                           .arg(QLatin1String(Symptoms[sample % 5]))
                           .arg(sample + 2);
        text += QStringLiteral("Examination is otherwise unremarkable and vital signs are stable.\nPlan:\n");
        text += QStringLiteral("- Start %1 %2 mg twice daily and review tolerance at the next visit.\n")
                    .arg(QLatin1String(Drugs[sample % 4]))
                    .arg(10 * (sample % 3 + 1));
        for (int line = 0; line < 6; ++line)
            text += QStringLiteral("- Item %1: counselled on hydration, sleep and activity; return if symptoms worsen "
                                   "or new problems appear within %2 weeks.\n")
                        .arg(line + 1)
                        .arg(line + sample % 4 + 1);
        return text;
    }

    QString answer(int model, int sample) const
    {
        const QString& reference = references.at(sample);
        if (model == 0)
            return reference;
        if (model == 1) // identical except one sample: not significantly worse than the best
            return sample == 2 ? reference.left(reference.indexOf(QStringLiteral("Plan:"))) : reference;
        if (sample == MaliciousSample)
            return maliciousAnswer();
        return QStringLiteral("The weather was pleasant on day %1 and the team played football in the park.")
            .arg(sample);
    }

    bool create()
    {
        dir = std::make_unique<QTemporaryDir>();
        auto opened = Workspace::open(dir->filePath(QStringLiteral("ws")));
        if (!opened.ok())
            return false;
        workspace = std::move(opened).value();
        const Result<DatasetInfo> dataset = importSamples();
        if (!dataset.ok())
            return false;
        Result<qint64> id = ExperimentStore(workspace->database()).create(definition(dataset.value()), dataset->id);
        if (!id.ok())
            return false;
        experimentId = id.value();
        return recordOutputs() && addJudgeScores();
    }

    Result<DatasetInfo> importSamples()
    {
        QByteArray csv = "id,dialogue,note\r\n";
        for (int sample = 0; sample < SampleCount; ++sample) {
            references.append(reference(sample));
            QString quoted = references.last();
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            csv += QStringLiteral("s%1,\"Doctor: how are you? Patient: not well, day %1.\",\"%2\"\r\n")
                       .arg(sample)
                       .arg(quoted)
                       .toUtf8();
        }
        const QString path = dir->filePath(QStringLiteral("samples.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size()) {
            Error error;
            error.message = file.errorString();
            error.location = path;
            return error;
        }
        file.close();
        ImportOptions options;
        options.path = path;
        options.name = QStringLiteral("Synthetic notes");
        options.mapping.idColumn = QStringLiteral("id");
        options.mapping.inputColumn = QStringLiteral("dialogue");
        options.mapping.referenceColumn = QStringLiteral("note");
        return importDataset(workspace->database(), options);
    }

    static ModelSpec model(const QString& name, const QString& url, const QString& id)
    {
        ModelSpec spec;
        spec.name = name;
        spec.endpoint.name = name;
        spec.endpoint.baseUrl = QUrl(url);
        spec.endpoint.model = id;
        return spec;
    }

    ExperimentDefinition definition(const DatasetInfo& dataset) const
    {
        ExperimentDefinition definition;
        definition.name = name;
        definition.dataset.name = dataset.name;
        definition.dataset.contentHash = dataset.contentHash;
        definition.systemPrompt = QStringLiteral("Summarise the visit as an <Assessment & Plan>.");
        definition.generation.temperature = 0;
        definition.generation.maxTokens = 512;
        ModelSpec echo = model(modelNames.at(0),
            QStringLiteral("http://alice:s3cret@127.0.0.1:9/v1?api_key=QUERYKEY#f"), QStringLiteral("echo-7b"));
        echo.endpoint.keySource = KeySource::Environment;
        echo.endpoint.keyName = QStringLiteral("ECHO_API_KEY");
        echo.endpoint.priceInPerMTok = 1;
        echo.endpoint.priceOutPerMTok = 2;
        ModelSpec twin = model(modelNames.at(1), QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("twin"));
        twin.endpoint.keySource = KeySource::Keychain;
        twin.endpoint.keyName = QStringLiteral("twin-keychain-entry");
        definition.models
            = {echo, twin, model(modelNames.at(2), QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("weak"))};
        definition.metrics = {QStringLiteral("rouge"), QStringLiteral("bleu"), QStringLiteral("meteor"),
            QStringLiteral("tokens"), QStringLiteral("geval")};
        definition.judge.settings
            = {{QStringLiteral("base_url"), QStringLiteral("https://bob:hunter2@judge.invalid/v1?token=JTOKEN")},
                {QStringLiteral("model"), QStringLiteral("judge-model")},
                {QStringLiteral("api_key_env"), QStringLiteral("JUDGE_KEY")}, {QStringLiteral("max_tokens"), 64},
                {QStringLiteral("criteria"), QJsonArray {QStringLiteral("coherence")}}};
        return definition;
    }

    ChatResult result(int model, int sample) const
    {
        if (model == 2 && sample == FailedSample) {
            ChatFailure failure;
            failure.kind = FailureKind::Http;
            failure.httpStatus = 500;
            failure.error.message = QStringLiteral("server error <500>");
            return ChatResult::failed(failure);
        }
        ChatResult result;
        result.content = answer(model, sample);
        if (model == 0)
            result.content
                = QStringLiteral("<think>Restate the plan of visit %1.</think>").arg(sample) + result.content;
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

    // The judge is not wired into the store yet: its scores go in as the workspace will hold them.
    bool addJudgeScores()
    {
        QSqlQuery query(workspace->database());
        return query.exec(
            QStringLiteral("INSERT INTO scores(output_id, key, value) SELECT o.id, 'geval_coherence', "
                           "CASE WHEN m.name <> 'Weak <b>' THEN 0.6 + (o.sample_id % 4) * 0.1 ELSE 0.2 END "
                           "FROM outputs o JOIN experiment_models m ON m.id = o.model_id WHERE o.status = 'done'"));
    }
};

} // namespace caliper::test
