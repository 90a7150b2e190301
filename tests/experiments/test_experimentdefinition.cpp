#include "experiments/experimentdefinition.h"
#include "experiments/prompttemplates.h"
#include "metrics/registry.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace caliper;

namespace {

QString dataPath(const QString& name)
{
    return QStringLiteral(CALIPER_EXPERIMENTS_TEST_DATA) + QLatin1Char('/') + name;
}

// A valid file to break one key at a time.
QJsonObject validObject()
{
    return QJsonDocument::fromJson(R"({"name": "e", "dataset": {"path": "d.csv"}, )"
                                   R"("models": [{"name": "a", "base_url": "http://localhost:1/v1", "model": "m"}]})")
        .object();
}

} // namespace

class TestExperimentDefinition : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryKey()
    {
        const QString file = dataPath(QStringLiteral("full.json"));
        const Result<ExperimentDefinition> read = readExperimentDefinition(file);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        const ExperimentDefinition& d = read.value();
        QCOMPARE(d.name, QStringLiteral("A&P small models"));
        // Relative to the file's folder, not to the working directory.
        QCOMPARE(
            d.dataset.path, QDir::cleanPath(QFileInfo(file).absolutePath() + QStringLiteral("/../data/aci-test3.csv")));
        QCOMPARE(d.dataset.name, QStringLiteral("aci-test3"));
        QCOMPARE(d.dataset.idColumn, QStringLiteral("encounter_id"));
        QCOMPARE(d.dataset.inputColumn, QStringLiteral("dialogue"));
        QCOMPARE(d.dataset.referenceColumn, QStringLiteral("note"));
        QCOMPARE(
            d.dataset.contentHash, QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"));
        QCOMPARE(d.systemPrompt, QStringLiteral("Summarize the visit."));
        QCOMPARE(d.generation.temperature, std::optional<double>(0));
        QCOMPARE(d.generation.topP, std::optional<double>(0.9));
        QCOMPARE(d.generation.maxTokens, std::optional<int>(1024));
        QCOMPARE(d.generation.frequencyPenalty, std::optional<double>(0));
        QCOMPARE(d.generation.seed, std::optional<qint64>(0));
        QVERIFY(d.generation.stream);
        QVERIFY(d.generation.logprobs);
        QCOMPARE(d.generation.topLogprobs, 3);
        QCOMPARE(d.metrics,
            (QStringList {QStringLiteral("rouge"), QStringLiteral("bleu"), QStringLiteral("meteor"),
                QStringLiteral("tokens"), QStringLiteral("geval")}));
        QCOMPARE(d.judge.settings.value(QLatin1String("repeats")).toInt(), 3);
        QCOMPARE(d.models.size(), 4);
    }

    void readsModelEntries()
    {
        const Result<ExperimentDefinition> read = readExperimentDefinition(dataPath(QStringLiteral("full.json")));
        QVERIFY(read.ok());
        const Endpoint& remote = read->models.at(0).endpoint;
        QCOMPARE(read->models.at(0).name, QStringLiteral("DeepSeek"));
        QCOMPARE(remote.name, QStringLiteral("DeepSeek"));
        QCOMPARE(remote.baseUrl, QUrl(QStringLiteral("https://api.deepseek.com/v1")));
        QCOMPARE(remote.model, QStringLiteral("deepseek-reasoner"));
        QCOMPARE(remote.preset, QStringLiteral("deepseek"));
        QCOMPARE(remote.keySource, KeySource::Environment);
        QCOMPARE(remote.keyName, QStringLiteral("DEEPSEEK_API_KEY"));
        QCOMPARE(remote.concurrency, 8);
        QCOMPARE(remote.maxRetries, 5);
        QCOMPARE(remote.totalTimeoutMs, 600'000);
        QCOMPARE(remote.connectTimeoutMs, 2'500);
        QCOMPARE(remote.firstByteTimeoutMs, 90'000);
        QCOMPARE(remote.requestsPerMinute, 120);
        QCOMPARE(remote.priceInPerMTok, 0.55);
        QCOMPARE(remote.priceOutPerMTok, 2.19);
        const Endpoint& local = read->models.at(1).endpoint;
        QCOMPARE(local.keySource, KeySource::Keychain);
        QCOMPARE(local.keyName, QStringLiteral("caliper/local"));
        QCOMPARE(local.concurrency, Endpoint {}.concurrency); // left out: the default
        // Left out: read from the model's name.
        QCOMPARE(local.parameters, qint64(14'000'000'000));
        QCOMPARE(local.quantization, QStringLiteral("Q4_K_M"));
        const Endpoint& byHand = read->models.at(2).endpoint;
        QCOMPARE(byHand.parameters, qint64(7'000'000'000));
        QCOMPARE(byHand.quantization, QStringLiteral("AWQ"));
        const Endpoint& lead = read->models.at(3).endpoint;
        QCOMPARE(lead.model, QStringLiteral("builtin:lead"));
        QVERIFY(lead.baseUrl.isEmpty());
        QCOMPARE(lead.keySource, KeySource::None);
    }

    void defaultsForAMinimalFile()
    {
        const Result<ExperimentDefinition> read = readExperimentDefinition(dataPath(QStringLiteral("minimal.json")));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QCOMPARE(read->metrics, MetricRegistry::builtIn().keys());
        QVERIFY(read->systemPrompt.isEmpty());
        QVERIFY(!read->generation.temperature.has_value());
        QVERIFY(!read->generation.stream);
        QVERIFY(read->judge.isEmpty());
        QCOMPARE(read->dataset.name, QStringLiteral("samples"));
    }

    void roundTrips()
    {
        const Result<ExperimentDefinition> read = readExperimentDefinition(dataPath(QStringLiteral("full.json")));
        QVERIFY(read.ok());
        const QByteArray json = QJsonDocument(experimentDefinitionToJson(read.value())).toJson();
        const Result<ExperimentDefinition> again = parseExperimentDefinition(json, QStringLiteral("elsewhere/x.json"));
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
        QVERIFY(again.value() == read.value());
        // The comparison itself sees a change in a nested endpoint field.
        ExperimentDefinition changed = read.value();
        changed.models[1].endpoint.firstByteTimeoutMs += 1;
        QVERIFY(!(changed == read.value()));
        QVERIFY(validateExperimentDefinition(read.value()).ok());
    }

    void neverWritesAKey()
    {
        qputenv("CALIPER_TEST_DEFINITION_KEY", "sk-secret-value-123");
        const Result<ExperimentDefinition> read = parseExperimentDefinition(
            R"({"name": "e", "dataset": {"name": "d"}, "models": [{"name": "a", "base_url": "https://x.test/v1", )"
            R"("model": "m", "api_key_env": "CALIPER_TEST_DEFINITION_KEY"}]})",
            {});
        QVERIFY(read.ok());
        const QByteArray json = QJsonDocument(experimentDefinitionToJson(read.value())).toJson();
        QVERIFY(json.contains("CALIPER_TEST_DEFINITION_KEY"));
        QVERIFY(!json.contains("sk-secret-value-123"));
        qunsetenv("CALIPER_TEST_DEFINITION_KEY");
    }

    void rejectsBadFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<qint64>("column");
        // Syntax errors: the position Qt reports, as a reader of the file counts it (characters, not bytes).
        QTest::addRow("missing comma") << QByteArray("{\n  \"name\": \"h\xc3\xa9llo\" \"x\"\n}")
                                       << QStringLiteral("not valid JSON") << qint64(2) << qint64(20);
        QTest::addRow("trailing garbage")
            << QByteArray("\n\n  [1] x") << QStringLiteral("not valid JSON") << qint64(3) << qint64(7);
        QTest::addRow("not an object") << QByteArray("[]") << QStringLiteral("one JSON object") << qint64(0)
                                       << qint64(0);
    }
    void rejectsBadFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QFETCH(qint64, line);
        QFETCH(qint64, column);
        const Result<ExperimentDefinition> read = parseExperimentDefinition(json, QStringLiteral("exp.json"));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(message), qPrintable(read.error().toString()));
        QCOMPARE(read.error().location, QStringLiteral("exp.json"));
        QCOMPARE(read.error().line, line);
        QCOMPARE(read.error().column, column);
    }

    // Each row changes one key of a valid file (a JSON pointer-like path; null removes the key).
    void rejectsBadValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* name, const char* key, const char* value, const char* expected) {
            QTest::addRow("%s", name) << QString::fromLatin1(key) << QByteArray(value) << QString::fromUtf8(expected);
        };
        row("no name", "name", "null", "name: is required");
        row("blank name", "name", "\"  \"", "name: must not be empty");
        row("name not a string", "name", "3", "name: must be a string");
        row("unknown top key", "modles", "[]", "modles: unknown key");
        row("no dataset", "dataset", "null", "dataset: is required");
        row("dataset without path or name", "dataset", "{\"id\": \"x\"}", "dataset: needs a \"path\"");
        row("bad sha256", "dataset", "{\"path\": \"d\", \"sha256\": \"abc\"}", "dataset.sha256: must be 64");
        row("unknown dataset key", "dataset", "{\"path\": \"d\", \"colum\": \"x\"}", "dataset.colum: unknown key");
        row("no models", "models", "null", "models: is required");
        row("empty models", "models", "[]", "models: must be a non-empty array");
        row("model not an object", "models", "[3]", "models[0]: must be an object");
        row("duplicate model name", "models",
            R"([{"name": "a", "model": "builtin:lead"}, {"name": "A", "model": "builtin:textrank"}])",
            "models[1].name: 'A' is already the name of models[0]");
        row("no base_url", "models", R"([{"name": "a", "model": "m"}])", "models[0].base_url: is required");
        row("ftp base_url", "models", R"([{"name": "a", "model": "m", "base_url": "ftp://h/v1"}])",
            "models[0].base_url: must be an http:// or https:// URL");
        row("unknown builtin", "models", R"([{"name": "a", "model": "builtin:oracle"}])",
            "models[0].model: unknown built-in model 'builtin:oracle'");
        row("concurrency zero", "models",
            R"([{"name": "a", "model": "builtin:lead"}, {"name": "b", "model": "builtin:lead"}, )"
            R"({"name": "c", "model": "m", "base_url": "http://h/v1", "concurrency": 0}])",
            "models[2].concurrency: must be a whole number from 1 to 1024");
        row("fractional retries", "models", R"([{"name": "a", "model": "builtin:lead", "max_retries": 1.5}])",
            "models[0].max_retries: must be a whole number from 0 to 100");
        row("negative timeout", "models", R"([{"name": "a", "model": "builtin:lead", "timeout_s": -1}])",
            "models[0].timeout_s: must be a number of seconds");
        row("price as string", "models", R"([{"name": "a", "model": "builtin:lead", "price_in_per_mtok": "1"}])",
            "models[0].price_in_per_mtok: must be a number from 0 to 1000000");
        row("two key sources", "models",
            R"([{"name": "a", "model": "m", "base_url": "http://h/v1", "api_key_env": "A", "keychain_entry": "b"}])",
            "models[0]: give either");
        row("typo in model key", "models", R"([{"name": "a", "model": "builtin:lead", "concurency": 2}])",
            "models[0].concurency: unknown key");
        row("temperature too high", "generation", R"({"temperature": 2.5})",
            "generation.temperature: must be a number from 0 to 2");
        row("max_tokens zero", "generation", R"({"max_tokens": 0})", "generation.max_tokens: must be a whole number");
        row("stream not bool", "generation", R"({"stream": "yes"})", "generation.stream: must be true or false");
        row("unknown generation key", "generation", R"({"temprature": 0})", "generation.temprature: unknown key");
        row("top_logprobs without logprobs", "generation", R"({"top_logprobs": 2})",
            "generation.top_logprobs: needs \"logprobs\": true");
        row("unknown metric", "metrics", R"(["rouge", "bertscore"])", "metrics[1]: unknown metric 'bertscore'");
        row("metric twice", "metrics", R"(["rouge", "ROUGE"])", "metrics[1]: 'rouge' is listed twice");
        row("judge not an object", "judge", "[]", "judge: must be an object");
    }
    void rejectsBadValues()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);
        QJsonObject object = validObject();
        const QJsonDocument parsed = QJsonDocument::fromJson("[" + value + "]");
        QVERIFY(parsed.isArray());
        if (parsed.array().at(0).isNull())
            object.remove(key);
        else
            object.insert(key, parsed.array().at(0));
        const Result<ExperimentDefinition> read
            = parseExperimentDefinition(QJsonDocument(object).toJson(), QStringLiteral("dir/exp.json"));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.startsWith(expected), qPrintable(read.error().message));
        QCOMPARE(read.error().location, QStringLiteral("dir/exp.json"));
        QVERIFY2(read.error().toString().startsWith(QStringLiteral("dir/exp.json: ") + expected),
            qPrintable(read.error().toString()));
    }

    void validatesDefinitionsMadeInCode()
    {
        ExperimentDefinition definition;
        definition.name = QStringLiteral("gui");
        definition.dataset.name = QStringLiteral("d");
        definition.models = builtinModelSpecs();
        QVERIFY(validateExperimentDefinition(definition).ok());
        definition.models[1].endpoint.concurrency = 0;
        const Status status = validateExperimentDefinition(definition);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.startsWith(QStringLiteral("models[1].concurrency:")),
            qPrintable(status.error().message));
    }

    void builtinModels()
    {
        const QList<ModelSpec> models = builtinModelSpecs();
        QCOMPARE(models.size(), 2);
        QCOMPARE(models.at(0).name, QStringLiteral("Lead-3"));
        QCOMPARE(models.at(0).endpoint.model, QStringLiteral("builtin:lead"));
        QCOMPARE(models.at(1).name, QStringLiteral("TextRank"));
        QCOMPARE(models.at(1).endpoint.model, QStringLiteral("builtin:textrank"));
    }

    void promptTemplates()
    {
        // The study's prompt, byte for byte: a changed word changes every score.
        const QByteArray expected
            = "You are an expert medical scribe who is tasked with reading the transcript of a conversation between "
              "a doctor and a patient, and generating a concise Assessment & Plan (A&P) summary. Please follow the "
              "best standards and practices for modern scribe documentation. The A&P should be problem oriented, "
              "with the assessment being a short narrative and the plan being a list with nested bullets. When "
              "appropriate, please include information about medical treatment, patient consent, patient education "
              "and counseling, and medical reasoning.";
        QCOMPARE(defaultPromptTemplate().id, QStringLiteral("ap-scribe"));
        QCOMPARE(defaultPromptTemplate().name, QStringLiteral("Assessment & Plan scribe"));
        QCOMPARE(defaultPromptTemplate().text.toUtf8(), expected);
        const QList<PromptTemplate>& all = builtinPromptTemplates();
        QVERIFY(all.size() >= 2);
        QCOMPARE(&all.constFirst(), &defaultPromptTemplate());
        QStringList ids;
        for (const PromptTemplate& prompt : all) {
            QVERIFY(!prompt.name.isEmpty());
            QVERIFY(!prompt.text.trimmed().isEmpty());
            QVERIFY2(!ids.contains(prompt.id), qPrintable(prompt.id));
            ids.append(prompt.id);
        }
    }
};

QTEST_GUILESS_MAIN(TestExperimentDefinition)
#include "test_experimentdefinition.moc"
