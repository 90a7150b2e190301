#include "baselines/baselines.h"
#include "cli/democommand.h"
#include "clicapture.h"
#include "experiments/definitionexport.h"
#include "experiments/experimentstore.h"
#include "metrics/registry.h"
#include "mockcompletion.h"
#include "mockllmserver.h"
#include "runfixtures.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace caliper;
using test::Captured;

namespace {

QStringList args(std::initializer_list<QString> list)
{
    return QStringList(list);
}

// Samples of the results JSON by "model/id".
QHash<QString, QJsonObject> samplesByKey(const QJsonObject& results)
{
    QHash<QString, QJsonObject> samples;
    for (const QJsonValue& value : results.value(QLatin1String("samples")).toArray()) {
        const QJsonObject sample = value.toObject();
        samples.insert(
            sample[QLatin1String("model")].toString() + QLatin1Char('/') + sample[QLatin1String("id")].toString(),
            sample);
    }
    return samples;
}

QJsonObject modelNamed(const QJsonObject& results, const QString& name)
{
    for (const QJsonValue& value : results.value(QLatin1String("models")).toArray()) {
        if (value[QLatin1String("name")].toString() == name)
            return value.toObject();
    }
    return {};
}

// The bundled sample's rows by id, read straight from the resource.
QHash<QString, QJsonObject> bundledRows()
{
    QHash<QString, QJsonObject> rows;
    const QJsonObject sample = test::readJson(cli::bundledSamplePath());
    for (const QJsonValue& row : sample.value(QLatin1String("data")).toArray())
        rows.insert(row[QLatin1String("file")].toString(), row.toObject());
    return rows;
}

} // namespace

class TestRunCommand : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;

    QDir dir() const { return QDir(m_dir->path()); }
    QString path(const QString& name) const { return m_dir->filePath(name); }

    Captured run(const QString& experimentFile, const QString& results = {})
    {
        QStringList arguments
            = args({QStringLiteral("run"), experimentFile, QStringLiteral("--workspace"), m_workspace});
        if (!results.isEmpty())
            arguments << QStringLiteral("--results") << results;
        return test::runCli(arguments);
    }

    // Every score of a results sample must be what the metrics compute on its answer against the reference.
    void compareScores(const QJsonObject& sample, const MetricInput& input, const QList<const Metric*>& metrics)
    {
        const ScoreMap expected = computeScores(metrics, input, MetricOptions {});
        const QJsonObject scores = sample[QLatin1String("scores")].toObject();
        QCOMPARE(scores.keys(), QStringList(expected.keys()));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(qAbs(scores.value(it.key()).toDouble() - it.value()) < 1e-12, qPrintable(it.key()));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_workspace = path(QStringLiteral("workspace"));
    }

    // The bundled experiment runs offline: 10 samples × Lead-3 and TextRank, scored as the metrics score them.
    void sampleExperimentWithBuiltinModels()
    {
        const Captured first = run(cli::bundledExperimentPath(), path(QStringLiteral("first.json")));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QJsonObject results = test::readJson(path(QStringLiteral("first.json")));
        const QHash<QString, QJsonObject> rows = bundledRows();
        QCOMPARE(rows.size(), 10);
        const QHash<QString, QJsonObject> samples = samplesByKey(results);
        QCOMPARE(samples.size(), 20);
        const auto metrics = MetricRegistry::builtIn().select(
            {QStringLiteral("rouge"), QStringLiteral("bleu"), QStringLiteral("meteor"), QStringLiteral("tokens")});
        QVERIFY(metrics.ok());
        for (const auto& [model, builtin] :
            {std::pair {QStringLiteral("Lead-3"), QString::fromLatin1(baselines::LeadModel)},
                std::pair {QStringLiteral("TextRank"), QString::fromLatin1(baselines::TextRankModel)}}) {
            QCOMPARE(modelNamed(results, model)[QLatin1String("done")].toInt(), 10);
            QCOMPARE(modelNamed(results, model)[QLatin1String("failed")].toInt(), 0);
            QMap<QString, double> sums;
            for (auto row = rows.cbegin(); row != rows.cend(); ++row) {
                const QJsonObject sample = samples.value(model + QLatin1Char('/') + row.key());
                QCOMPARE(sample[QLatin1String("status")].toString(), QStringLiteral("done"));
                const QString source = row.value()[QLatin1String("src")].toString();
                const QString answer = sample[QLatin1String("answer")].toString();
                QCOMPARE(answer.trimmed(), baselines::runBuiltinModel(builtin, source).value().trimmed());
                compareScores(
                    sample, {answer, {}, row.value()[QLatin1String("tgt")].toString(), source}, metrics.value());
                const QJsonObject scores = sample[QLatin1String("scores")].toObject();
                for (auto it = scores.constBegin(); it != scores.constEnd(); ++it)
                    sums[it.key()] += it.value().toDouble();
            }
            // The model's means are the means of its samples.
            const QJsonObject means = modelNamed(results, model)[QLatin1String("metrics")].toObject();
            for (auto it = sums.cbegin(); it != sums.cend(); ++it)
                QVERIFY2(qAbs(means.value(it.key()).toDouble() - it.value() / 10) < 1e-9, qPrintable(it.key()));
        }
        QVERIFY2(first.out.contains(QStringLiteral("Lead-3")) && first.out.contains(QStringLiteral("TextRank"))
                && first.out.contains(QStringLiteral("ROUGE-1")),
            qPrintable(first.out));

        // Running again finds everything done: no output is written again and the results are byte for byte the same.
        const QStringList before
            = test::queryColumn(m_workspace, QStringLiteral("SELECT id || finished_at FROM outputs"));
        const Captured second = run(cli::bundledExperimentPath(), path(QStringLiteral("second.json")));
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(test::queryColumn(m_workspace, QStringLiteral("SELECT id || finished_at FROM outputs")), before);
        QCOMPARE(
            test::readFile(path(QStringLiteral("second.json"))), test::readFile(path(QStringLiteral("first.json"))));
    }

    // The headless recommendation: first quality metric, not significantly worse, smallest by cost when the models'
    // sizes are unknown (the baselines have none); in the results file and as a printed line.
    void recommendationInRunResults()
    {
        const Captured result = run(cli::bundledExperimentPath(), path(QStringLiteral("results.json")));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject recommendation
            = test::readJson(path(QStringLiteral("results.json")))[QLatin1String("recommendation")].toObject();
        QCOMPARE(recommendation[QLatin1String("metric")].toString(), QStringLiteral("rouge1"));
        QCOMPARE(recommendation[QLatin1String("tolerance")].toString(), QStringLiteral("not_significantly_worse"));
        QCOMPARE(recommendation[QLatin1String("smallest")].toString(), QStringLiteral("cost"));
        const QString model = recommendation[QLatin1String("model")].toString();
        QVERIFY2(model == QStringLiteral("Lead-3") || model == QStringLiteral("TextRank"), qPrintable(model));
        const QString reason = recommendation[QLatin1String("reason")].toString();
        QVERIFY(reason.contains(model));
        QVERIFY2(result.out.contains(QStringLiteral("Recommendation (ROUGE-1")) && result.out.contains(reason),
            qPrintable(result.out));
    }

    // Answers of a server, streamed or not: reasoning split off (inline <think> and reasoning_content alike),
    // the server's usage stored, latency measured.
    void mockModelOutputs_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::addRow("streamed") << true;
        QTest::addRow("not streamed") << false;
    }
    void mockModelOutputs()
    {
        QFETCH(bool, stream);
        mock::MockLlmServer server;
        QVERIFY(server.listen());
        server.setLatencyMs(5);
        QVERIFY(!test::writeDataset(dir(), 3).isEmpty());
        const QString file = test::writeJson(dir(), QStringLiteral("experiment.json"),
            test::experiment(QStringLiteral("mock"),
                {test::serverModel(QStringLiteral("chat"), server.baseUrl(), QStringLiteral("mock-chat")),
                    test::serverModel(QStringLiteral("reasoner"), server.baseUrl(), QStringLiteral("mock-reasoner"))},
                stream));
        const Captured result = run(file);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(server.chatRequestCount(), 6);
        QCOMPARE(server.lastChatRequest()[QLatin1String("stream")].toBool(), stream);

        auto workspace = Workspace::open(m_workspace);
        QVERIFY(workspace.ok());
        ExperimentStore store(workspace.value()->database());
        const auto experiment = store.byName(QStringLiteral("mock"));
        QVERIFY(experiment.ok());
        const auto models = store.models(experiment->id);
        const auto outputs = store.outputs(experiment->id);
        QVERIFY(models.ok() && outputs.ok());
        QCOMPARE(outputs->size(), 6);
        for (const OutputRecord& output : outputs.value()) {
            const auto model = std::find_if(
                models->cbegin(), models->cend(), [&](const ExperimentModel& m) { return m.id == output.modelId; });
            QVERIFY(model != models->cend());
            const int i = output.sampleKey.mid(1).toInt();
            // What the mock answers to exactly this request, computed by the mock's own generator.
            const QJsonObject request {{QStringLiteral("model"), model->endpoint.model},
                {QStringLiteral("messages"),
                    QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), QStringLiteral("Write the assessment and plan.")}},
                        QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                            {QStringLiteral("content"), test::generatedSource(i)}}}}};
            const mock::MockCompletion expected = mock::makeCompletion(request);
            QString answer;
            QString reasoning;
            for (const mock::MockToken& token : expected.tokens)
                (token.reasoning ? reasoning : answer) += token.text;
            QVERIFY(output.done);
            QCOMPARE(output.answer.trimmed(), answer.trimmed());
            QVERIFY2(!output.answer.contains(QLatin1String("think>")), qPrintable(output.answer));
            QVERIFY(!output.reasoning.isEmpty());
            QVERIFY2(reasoning.contains(output.reasoning.trimmed()), qPrintable(output.reasoning));
            QVERIFY(!output.unclosedReasoning);
            QCOMPARE(output.promptTokens, expected.promptTokens);
            QCOMPARE(output.completionTokens, qint64(expected.tokens.size()));
            QCOMPARE(output.reasoningTokens, expected.reasoningTokenCount());
            QVERIFY(output.latencyMs > 0);
            QVERIFY(output.scores.contains(QStringLiteral("rouge1")));
        }
    }

    // A second experiment with another name but the same models, prompt and parameters is answered from the
    // response cache: no request reaches the server.
    void responseCacheAcrossExperiments()
    {
        mock::MockLlmServer server;
        QVERIFY(server.listen());
        QVERIFY(!test::writeDataset(dir(), 4).isEmpty());
        const QJsonArray models {
            test::serverModel(QStringLiteral("chat"), server.baseUrl(), QStringLiteral("mock-chat"))};
        const QString first
            = test::writeJson(dir(), QStringLiteral("first.json"), test::experiment(QStringLiteral("first"), models));
        const QString second
            = test::writeJson(dir(), QStringLiteral("second.json"), test::experiment(QStringLiteral("second"), models));
        QCOMPARE(run(first, path(QStringLiteral("first-results.json"))).exitCode, 0);
        QCOMPARE(server.chatRequestCount(), 4);
        const Captured result = run(second, path(QStringLiteral("second-results.json")));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(server.chatRequestCount(), 4);
        const QHash<QString, QJsonObject> fresh
            = samplesByKey(test::readJson(path(QStringLiteral("first-results.json"))));
        const QHash<QString, QJsonObject> cached
            = samplesByKey(test::readJson(path(QStringLiteral("second-results.json"))));
        QCOMPARE(cached.size(), 4);
        for (auto it = cached.cbegin(); it != cached.cend(); ++it) {
            QVERIFY(it.value()[QLatin1String("from_cache")].toBool());
            QCOMPARE(it.value()[QLatin1String("answer")], fresh.value(it.key())[QLatin1String("answer")]);
            QCOMPARE(it.value()[QLatin1String("scores")], fresh.value(it.key())[QLatin1String("scores")]);
        }
    }

    // Experiment ▸ Export definition pins the data by sha256: with the dataset file gone, `caliper run` on the
    // exported file (renamed, so it is a new experiment) uses the workspace's copy and answers from the cache.
    void exportedDefinitionRunsWithoutTheDatasetFile()
    {
        mock::MockLlmServer server;
        QVERIFY(server.listen());
        const QString dataset = test::writeDataset(dir(), 4);
        QVERIFY(!dataset.isEmpty());
        const QJsonArray models {
            test::serverModel(QStringLiteral("chat"), server.baseUrl(), QStringLiteral("mock-chat"))};
        const QString first
            = test::writeJson(dir(), QStringLiteral("first.json"), test::experiment(QStringLiteral("first"), models));
        QCOMPARE(run(first, path(QStringLiteral("first-results.json"))).exitCode, 0);
        QCOMPARE(server.chatRequestCount(), 4);

        QByteArray exported;
        {
            auto workspace = Workspace::open(m_workspace);
            QVERIFY(workspace.ok());
            const QSqlDatabase db = workspace.value()->database();
            const Result<ExperimentInfo> experiment = ExperimentStore(db).byName(QStringLiteral("first"));
            QVERIFY(experiment.ok());
            const Result<QByteArray> file = experimentDefinitionFile(db, experiment->id);
            QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().message));
            exported = file.value();
        }
        QJsonObject definition = QJsonDocument::fromJson(exported).object();
        QVERIFY(!definition[QLatin1String("dataset")][QLatin1String("sha256")].toString().isEmpty());
        definition[QLatin1String("name")] = QStringLiteral("again");
        QVERIFY(QFile::remove(dataset));
        const QString again = test::writeJson(dir(), QStringLiteral("again.json"), definition);
        const Captured result = run(again, path(QStringLiteral("again-results.json")));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(server.chatRequestCount(), 4);
        const QHash<QString, QJsonObject> fresh
            = samplesByKey(test::readJson(path(QStringLiteral("first-results.json"))));
        const QHash<QString, QJsonObject> cached
            = samplesByKey(test::readJson(path(QStringLiteral("again-results.json"))));
        QCOMPARE(cached.size(), 4);
        for (auto it = cached.cbegin(); it != cached.cend(); ++it)
            QCOMPARE(it.value()[QLatin1String("scores")], fresh.value(it.key())[QLatin1String("scores")]);

        // Without the file and without the data in the workspace, the message names the hash; nothing is run.
        definition[QLatin1String("dataset")] = QJsonObject {{QStringLiteral("path"), path(QStringLiteral("gone.csv"))},
            {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))}};
        definition[QLatin1String("name")] = QStringLiteral("missing");
        const Captured missing = run(test::writeJson(dir(), QStringLiteral("missing.json"), definition));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QString(64, QLatin1Char('a'))), qPrintable(missing.err));
        QCOMPARE(server.chatRequestCount(), 4);
    }

    // A model whose server fails every request ends with failed samples naming the status; the others finish,
    // the results are still written and the exit code says something failed.
    void permanentServerErrors()
    {
        mock::MockLlmServer good;
        mock::MockLlmServer broken;
        QVERIFY(good.listen() && broken.listen());
        broken.pushFault({mock::MockLlmServer::FaultKind::ServerError}, 1000);
        QVERIFY(!test::writeDataset(dir(), 5).isEmpty());
        const QString file = test::writeJson(dir(), QStringLiteral("experiment.json"),
            test::experiment(QStringLiteral("failing"),
                {test::serverModel(QStringLiteral("good"), good.baseUrl(), QStringLiteral("mock-chat")),
                    test::serverModel(QStringLiteral("broken"), broken.baseUrl(), QStringLiteral("mock-chat"))}));
        const Captured result = run(file, path(QStringLiteral("results.json")));
        QCOMPARE(result.exitCode, 1);
        const QJsonObject results = test::readJson(path(QStringLiteral("results.json")));
        QCOMPARE(modelNamed(results, QStringLiteral("good"))[QLatin1String("done")].toInt(), 5);
        QCOMPARE(modelNamed(results, QStringLiteral("broken"))[QLatin1String("failed")].toInt(), 5);
        for (const QJsonObject& sample : samplesByKey(results)) {
            const bool isBroken = sample[QLatin1String("model")].toString() == QLatin1String("broken");
            QCOMPARE(sample[QLatin1String("status")].toString(),
                isBroken ? QStringLiteral("failed") : QStringLiteral("done"));
            if (!isBroken)
                continue;
            QVERIFY2(sample[QLatin1String("error")].toString().contains(QLatin1String("HTTP 500")),
                qPrintable(sample[QLatin1String("error")].toString()));
            QCOMPARE(sample[QLatin1String("http_status")].toInt(), 500);
            QVERIFY2(result.err.contains(QStringLiteral("sample %1").arg(sample[QLatin1String("id")].toString())),
                qPrintable(result.err));
        }
    }

    // Nobody listens: every sample fails with the connection error, listed per sample.
    void unreachableEndpoint()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QVERIFY(!test::writeDataset(dir(), 2).isEmpty());
        const QString file = test::writeJson(dir(), QStringLiteral("experiment.json"),
            test::experiment(QStringLiteral("unreachable"),
                {test::serverModel(QStringLiteral("nobody"), QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)),
                    QStringLiteral("mock-chat"))}));
        const Captured result = run(file, path(QStringLiteral("results.json")));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("nobody, sample s01"))
                && result.err.contains(QStringLiteral("nobody, sample s02")),
            qPrintable(result.err));
        QCOMPARE(modelNamed(test::readJson(path(QStringLiteral("results.json"))),
                     QStringLiteral("nobody"))[QLatin1String("failed")]
                     .toInt(),
            2);
    }

    // The key comes from the variable api_key_env names; when it is not set the run does not start, the message
    // names the variable (never a key), and nothing is written.
    void keyFromEnvironment()
    {
        mock::MockLlmServer server;
        QVERIFY(server.listen());
        server.setRequiredApiKey(QStringLiteral("sk-test-secret"));
        QVERIFY(!test::writeDataset(dir(), 2).isEmpty());
        QJsonObject model = test::serverModel(QStringLiteral("keyed"), server.baseUrl(), QStringLiteral("mock-chat"));
        model.insert(QStringLiteral("api_key_env"), QStringLiteral("CALIPER_TEST_RUN_KEY"));
        const QString file = test::writeJson(
            dir(), QStringLiteral("experiment.json"), test::experiment(QStringLiteral("keyed"), {model}));
        qunsetenv("CALIPER_TEST_RUN_KEY");
        const Captured missing = run(file, path(QStringLiteral("results.json")));
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("CALIPER_TEST_RUN_KEY"))
                && missing.err.contains(QStringLiteral("models[0].api_key_env")) && missing.err.contains(file),
            qPrintable(missing.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("results.json"))));
        QVERIFY(!QFileInfo::exists(m_workspace));
        QCOMPARE(server.requestCount(), 0);

        qputenv("CALIPER_TEST_RUN_KEY", "sk-test-secret");
        const Captured keyed = run(file, path(QStringLiteral("results.json")));
        qunsetenv("CALIPER_TEST_RUN_KEY");
        QVERIFY2(keyed.exitCode == 0, qPrintable(keyed.err));
        QCOMPARE(server.chatRequestCount(), 2);
        QVERIFY(!keyed.out.contains(QStringLiteral("sk-test-secret"))
            && !keyed.err.contains(QStringLiteral("sk-test-secret")));
        QVERIFY(!test::readFile(path(QStringLiteral("results.json"))).contains("sk-test-secret"));
    }

    // Input the run cannot start with: a usage error (2) naming the file and, for a bad value, its JSON path.
    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no file at all
        QTest::addColumn<QString>("expected");
        // Built as JSON objects rather than raw string literals, which moc does not parse.
        const QJsonObject lead {{QStringLiteral("name"), QStringLiteral("Lead-3")},
            {QStringLiteral("model"), QStringLiteral("builtin:lead")}};
        QJsonObject otherBytes = test::experiment(QStringLiteral("x"), {lead});
        otherBytes.insert(QStringLiteral("dataset"),
            QJsonObject {{QStringLiteral("path"), QStringLiteral("data.json")},
                {QStringLiteral("sha256"), QString(64, QLatin1Char('0'))}});
        QJsonObject misspelt = lead;
        misspelt.insert(QStringLiteral("concurency"), 2);
        QTest::addRow("missing file") << QByteArray() << QStringLiteral("experiment.json");
        QTest::addRow("bad JSON") << QByteArray("{\"name\": \"x\", \"models\": [") << QStringLiteral("experiment.json");
        QTest::addRow("other dataset bytes") << QJsonDocument(otherBytes).toJson() << QStringLiteral("dataset.sha256");
        QTest::addRow("unknown key") << QJsonDocument(test::experiment(QStringLiteral("x"), {misspelt})).toJson()
                                     << QStringLiteral("models[0]");
    }
    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QVERIFY(!test::writeDataset(dir(), 2).isEmpty());
        const QString file = path(QStringLiteral("experiment.json"));
        if (!content.isEmpty()) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(content);
        }
        const Captured result = run(file, path(QStringLiteral("results.json")));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(expected) && result.err.contains(QLatin1String("experiment.json")),
            qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("results.json"))));
        QVERIFY(!QFileInfo::exists(m_workspace));
    }

    void usageErrors()
    {
        QCOMPARE(test::runCli(args({QStringLiteral("run")})).exitCode, 2);
        QCOMPARE(
            test::runCli(args({QStringLiteral("run"), QStringLiteral("a.json"), QStringLiteral("b.json")})).exitCode,
            2);
        QCOMPARE(test::runCli(args({QStringLiteral("run"), QStringLiteral("--frobnicate")})).exitCode, 2);
        const Captured help = test::runCli(args({QStringLiteral("run"), QStringLiteral("--help")}));
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--results")) && help.out.contains(QStringLiteral("--workspace")));
    }

    // The demo runs the bundled experiment after the import and prints the table; a second demo runs nothing.
    void demoComparesTheBaselines()
    {
        const QStringList arguments = args({QStringLiteral("demo"), QStringLiteral("--workspace"), m_workspace});
        const Captured first = test::runCli(arguments);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        for (const QString& expected : {QStringLiteral("Lead-3"), QStringLiteral("TextRank"), QStringLiteral("ROUGE-L"),
                 QStringLiteral("METEOR"), QStringLiteral("BLEU"), QStringLiteral("10/0")})
            QVERIFY2(first.out.contains(expected), qPrintable(expected + QLatin1Char('\n') + first.out));
        const QStringList outputs
            = test::queryColumn(m_workspace, QStringLiteral("SELECT id || finished_at FROM outputs"));
        QCOMPARE(outputs.size(), 20);
        const Captured second = test::runCli(arguments);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(test::queryColumn(m_workspace, QStringLiteral("SELECT id || finished_at FROM outputs")), outputs);
        const qsizetype table = first.out.indexOf(QLatin1String("Experiment:"));
        QVERIFY(table > 0);
        QCOMPARE(second.out.mid(second.out.indexOf(QLatin1String("Experiment:"))), first.out.mid(table));
    }
};

QTEST_GUILESS_MAIN(TestRunCommand)
#include "test_runcommand.moc"
