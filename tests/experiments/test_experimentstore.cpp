#include "experiments/experimentstore.h"
#include "experiments/responsecache.h"
#include "metrics/reasoning.h"
#include "metrics/registry.h"
#include "metrics/tokencount.h"
#include "modelfixtures.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caliper;

namespace {

ExperimentDefinition definition(const QString& name, const QString& prompt = QStringLiteral("Summarize."))
{
    ExperimentDefinition d;
    d.name = name;
    d.dataset.name = QStringLiteral("visits");
    d.systemPrompt = prompt;
    d.generation.temperature = 0;
    d.generation.maxTokens = 256;
    ModelSpec remote;
    remote.name = QStringLiteral("Remote 7B");
    remote.endpoint.name = remote.name;
    remote.endpoint.baseUrl = QUrl(QStringLiteral("http://localhost:9/v1"));
    remote.endpoint.model = QStringLiteral("model-7B");
    remote.endpoint.priceInPerMTok = 1.5;
    remote.endpoint.priceOutPerMTok = 4;
    remote.endpoint.parameters = 7'000'000'000;
    d.models = {builtinModelSpecs().constFirst(), remote};
    d.metrics = {QStringLiteral("rouge"), QStringLiteral("tokens"), QStringLiteral("geval")};
    d.judge.settings = {{QStringLiteral("base_url"), QStringLiteral("http://localhost:9/v1")},
        {QStringLiteral("model"), QStringLiteral("judge-7B")},
        {QStringLiteral("criteria"), QJsonArray {QStringLiteral("coherence")}}};
    return d;
}

ChatResult success(const QString& content)
{
    ChatResult result;
    result.content = content;
    result.latencyMs = 1000;
    result.attempts = 1;
    return result;
}

ChatResult failure(int status)
{
    ChatFailure why;
    why.kind = FailureKind::Http;
    why.httpStatus = status;
    why.error.message = QStringLiteral("HTTP %1").arg(status);
    ChatResult result = ChatResult::failed(why);
    result.attempts = 3;
    return result;
}

int count(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString errorText(const Status& status)
{
    return status.ok() ? QString() : status.error().toString();
}

} // namespace

class TestExperimentStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto workspace = Workspace::open(m_dir->path());
        QVERIFY2(workspace.ok(), qPrintable(workspace.ok() ? QString() : workspace.error().toString()));
        m_workspace = std::move(workspace).value();
        m_datasetId = test::insertDataset(db(), QStringLiteral("visits"),
            {{QStringLiteral("v1"), QStringLiteral("[doctor] first visit. knee pain."),
                 QStringLiteral("knee pain plan")},
                {QStringLiteral("v2"), QStringLiteral("[doctor] second visit. cough."), QStringLiteral("cough plan")},
                {QStringLiteral("v3"), QStringLiteral("[doctor] third visit. rash."), QStringLiteral("rash plan")}});
        QVERIFY(m_datasetId > 0);
    }
    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
    }

    void createsListsAndRemoves()
    {
        ExperimentStore store(db());
        const ExperimentDefinition made = definition(QStringLiteral("first"));
        const Result<qint64> id = store.create(made, m_datasetId);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        const Result<ExperimentInfo> info = store.get(id.value());
        QVERIFY(info.ok());
        QCOMPARE(info->name, QStringLiteral("first"));
        QCOMPARE(info->datasetId, m_datasetId);
        QCOMPARE(info->datasetName, QStringLiteral("visits"));
        QCOMPARE(info->datasetHash, QStringLiteral("hash"));
        QCOMPARE(info->sampleCount, 3);
        QVERIFY(info->definition == made);
        QVERIFY(info->createdAt.endsWith(QLatin1Char('Z')));
        QCOMPARE(store.byName(QStringLiteral("first"))->id, id.value());
        QVERIFY(!store.byName(QStringLiteral("nope")).ok());

        const Result<QList<ExperimentModel>> models = store.models(id.value());
        QVERIFY(models.ok());
        QCOMPARE(models->size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(models->at(i).position, i);
            QCOMPARE(models->at(i).experimentId, id.value());
            QVERIFY((ModelSpec {models->at(i).name, models->at(i).endpoint}) == made.models.at(i));
        }

        QVERIFY(!store.create(made, m_datasetId).ok()); // the name is taken
        QVERIFY(!store.create(definition(QStringLiteral("other")), m_datasetId + 100).ok()); // no such dataset
        ExperimentDefinition invalid = definition(QStringLiteral("invalid"));
        invalid.models.clear();
        QVERIFY(!store.create(invalid, m_datasetId).ok());

        QVERIFY(store.create(definition(QStringLiteral("second")), m_datasetId).ok());
        QCOMPARE(store.list()->size(), 2);
        QCOMPARE(store.list()->at(0).name, QStringLiteral("first"));
        QVERIFY(store.remove(id.value()).ok());
        QCOMPARE(store.list()->size(), 1);
        QVERIFY(!store.get(id.value()).ok());
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM experiment_models")), 2);
    }

    void datasetWithExperimentsCannotBeRemoved()
    {
        ExperimentStore store(db());
        QVERIFY(store.create(definition(QStringLiteral("e")), m_datasetId).ok());
        QSqlQuery query(db());
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM datasets WHERE id = %1").arg(m_datasetId)));
    }

    void findOrCreateResumesOnlyTheSameDefinition()
    {
        ExperimentStore store(db());
        const Result<qint64> id = store.findOrCreate(definition(QStringLiteral("run")), m_datasetId);
        QVERIFY(id.ok());
        QCOMPARE(store.findOrCreate(definition(QStringLiteral("run")), m_datasetId).value(), id.value());
        // Where the dataset file sits does not matter, only which workspace dataset it is.
        ExperimentDefinition moved = definition(QStringLiteral("run"));
        moved.dataset.path = QStringLiteral("/elsewhere/visits.csv");
        QCOMPARE(store.findOrCreate(moved, m_datasetId).value(), id.value());

        const Result<qint64> changed
            = store.findOrCreate(definition(QStringLiteral("run"), QStringLiteral("Other prompt.")), m_datasetId);
        QVERIFY(!changed.ok());
        QVERIFY2(changed.error().message.contains(QStringLiteral("'run'")), qPrintable(changed.error().message));
        QVERIFY2(
            changed.error().message.contains(QStringLiteral("system prompt")), qPrintable(changed.error().message));
        QVERIFY2(changed.error().message.contains(QStringLiteral("new name")), qPrintable(changed.error().message));
        QVERIFY(!changed.error().message.contains(QStringLiteral("models")));

        ExperimentDefinition otherModels = definition(QStringLiteral("run"));
        otherModels.models[1].endpoint.concurrency = 16;
        const Result<qint64> models = store.findOrCreate(otherModels, m_datasetId);
        QVERIFY(!models.ok());
        QVERIFY2(models.error().message.contains(QStringLiteral("models")), qPrintable(models.error().message));

        const qint64 otherDataset = test::insertDataset(
            db(), QStringLiteral("other"), {{QStringLiteral("o1"), QStringLiteral("text"), QStringLiteral("ref")}});
        const Result<qint64> data = store.findOrCreate(definition(QStringLiteral("run")), otherDataset);
        QVERIFY(!data.ok());
        QVERIFY2(data.error().message.contains(QStringLiteral("dataset")), qPrintable(data.error().message));

        const Result<qint64> fresh = store.findOrCreate(definition(QStringLiteral("run 2")), otherDataset);
        QVERIFY(fresh.ok());
        QVERIFY(fresh.value() != id.value());
    }

    void plansEveryPairSampleMajor()
    {
        ExperimentStore store(db());
        const qint64 id = store.create(definition(QStringLiteral("p")), m_datasetId).value();
        const Result<RunPlan> plan = store.plan(id);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
        QCOMPARE(plan->runId, id);
        QCOMPARE(plan->name, QStringLiteral("p"));
        QCOMPARE(plan->alreadyDone, 0);
        QCOMPARE(plan->models.size(), 2);
        QCOMPARE(plan->models.at(0).name, QStringLiteral("Lead-3"));
        QCOMPARE(plan->models.at(1).endpoint.model, QStringLiteral("model-7B"));
        QCOMPARE(plan->items.size(), 6);
        const QStringList keys = {QStringLiteral("v1"), QStringLiteral("v2"), QStringLiteral("v3")};
        for (int i = 0; i < 6; ++i) {
            const WorkItem& item = plan->items.at(i);
            QCOMPARE(item.sampleKey, keys.at(i / 2));
            QCOMPARE(item.modelId, plan->models.at(i % 2).id);
            QCOMPARE(item.request.messages.size(), 2);
            QCOMPARE(item.request.messages.at(0).role, QStringLiteral("system"));
            QCOMPARE(item.request.messages.at(0).content, QStringLiteral("Summarize."));
            QCOMPARE(item.request.messages.at(1).role, QStringLiteral("user"));
            QVERIFY(item.request.messages.at(1).content.startsWith(QStringLiteral("[doctor] ")));
            QCOMPARE(item.request.parameters.maxTokens, std::optional<int>(256));
            QCOMPARE(item.request.parameters.temperature, std::optional<double>(0));
        }
        QCOMPARE(plan->items.at(5).request.messages.at(1).content, QStringLiteral("[doctor] third visit. rash."));
        QVERIFY(plan->items.at(0).sampleId != plan->items.at(2).sampleId);

        const qint64 noPrompt = store.create(definition(QStringLiteral("q"), QString()), m_datasetId).value();
        const Result<RunPlan> bare = store.plan(noPrompt);
        QVERIFY(bare.ok());
        QCOMPARE(bare->items.at(0).request.messages.size(), 1);
        QCOMPARE(bare->items.at(0).request.messages.at(0).role, QStringLiteral("user"));
    }

    void planLeavesOutFinishedWork()
    {
        ExperimentStore store(db());
        const qint64 id = store.create(definition(QStringLiteral("p")), m_datasetId).value();
        const RunPlan first = store.plan(id).value();
        QVERIFY(store.recordOutcome({first.items.at(0), success(QStringLiteral("knee pain plan")), false}).ok());
        QVERIFY(store.recordOutcome({first.items.at(3), failure(500), false}).ok());
        const RunPlan second = store.plan(id).value();
        QCOMPARE(second.alreadyDone, 1);
        QCOMPARE(second.items.size(), 4);
        for (const WorkItem& item : second.items) {
            QVERIFY(!(item.modelId == first.items.at(0).modelId && item.sampleId == first.items.at(0).sampleId));
            QVERIFY(!(item.modelId == first.items.at(3).modelId && item.sampleId == first.items.at(3).sampleId));
        }
        const RunPlan retry = store.plan(id, true).value();
        QCOMPARE(retry.items.size(), 5);
        QCOMPARE(retry.items.at(2).sampleId, first.items.at(3).sampleId);
        QCOMPARE(retry.items.at(2).modelId, first.items.at(3).modelId);
        // The source travels with every item, also when the sample's first model is already done.
        QCOMPARE(retry.items.at(0).request.messages.at(1).content, first.items.at(1).request.messages.at(1).content);
    }

    void recordsSuccessWithScoresTokensCostAndCache()
    {
        ExperimentStore store(db());
        const qint64 id = store.create(definition(QStringLiteral("r")), m_datasetId).value();
        const RunPlan plan = store.plan(id).value();
        const WorkItem& item = plan.items.at(1); // v1 on the remote model
        ChatResult result = success(QStringLiteral("<think>the knee hurts</think>\nKnee pain: rest and ice."));
        result.usage.completionTokens = 40;
        result.timeToFirstTokenMs = 250;
        const Status recorded = store.recordOutcome({item, result, false});
        QVERIFY2(recorded.ok(), qPrintable(errorText(recorded)));

        const QList<OutputRecord> outputs = store.outputs(id).value();
        QCOMPARE(outputs.size(), 1);
        const OutputRecord& out = outputs.at(0);
        QVERIFY(out.done);
        QCOMPARE(out.modelId, item.modelId);
        QCOMPARE(out.sampleKey, QStringLiteral("v1"));
        QCOMPARE(out.content, result.content);
        QCOMPARE(out.answer, QStringLiteral("Knee pain: rest and ice."));
        QCOMPARE(out.reasoning, QStringLiteral("the knee hurts"));
        QVERIFY(!out.unclosedReasoning);
        // Server counts win; what the server left out is counted with cl100k.
        QCOMPARE(out.completionTokens, qint64(40));
        const qint64 requestTokens = cl100kTokenCount(item.request.messages.at(0).content)
            + cl100kTokenCount(item.request.messages.at(1).content);
        QCOMPARE(out.promptTokens, requestTokens);
        QCOMPARE(out.reasoningTokens, cl100kTokenCount(QStringLiteral("the knee hurts")));
        QCOMPARE(out.answerTokens, cl100kTokenCount(QStringLiteral("Knee pain: rest and ice.")));
        QCOMPARE(out.cost, (static_cast<double>(requestTokens) * 1.5 + 40 * 4.0) / 1e6);
        QCOMPARE(out.timeToFirstTokenMs, qint64(250));
        QCOMPARE(out.latencyMs, qint64(1000));
        QCOMPARE(out.attempts, 1);
        QVERIFY(!out.fromCache);
        QVERIFY(out.error.isEmpty());

        // Scores of the answer alone against the sample's reference; no G-Eval (the judge's, issue 5).
        const QList<const Metric*> metrics
            = MetricRegistry::builtIn().select({QStringLiteral("rouge"), QStringLiteral("tokens")}).value();
        const ScoreMap expected = computeScores(metrics,
            {QStringLiteral("Knee pain: rest and ice."), QStringLiteral("the knee hurts"),
                QStringLiteral("knee pain plan"), item.request.messages.at(1).content},
            {});
        QCOMPARE(out.scores, expected);
        QVERIFY(out.scores.value(QStringLiteral("rouge1")) > 0);

        const std::optional<ChatResult> cached = ResponseCache(db()).lookup(plan.models.at(1).endpoint, item.request);
        QVERIFY(cached.has_value());
        QCOMPARE(cached->content, result.content);
    }

    void serverUsageWinsAndCacheHitsAreMarked()
    {
        ExperimentStore store(db());
        const qint64 id = store.create(definition(QStringLiteral("u")), m_datasetId).value();
        const RunPlan plan = store.plan(id).value();
        ChatResult result = success(QStringLiteral("Plan."));
        result.reasoningContent = QStringLiteral("Some separate reasoning here.");
        result.usage = {100, 50, 30};
        QVERIFY(store.recordOutcome({plan.items.at(3), result, true}).ok());
        const OutputRecord out = store.outputs(id, plan.items.at(3).modelId)->constFirst();
        QCOMPARE(out.promptTokens, qint64(100));
        QCOMPARE(out.completionTokens, qint64(50));
        QCOMPARE(out.reasoningTokens, qint64(30));
        QCOMPARE(out.reasoning, QStringLiteral("Some separate reasoning here."));
        QVERIFY(out.fromCache);
        QCOMPARE(out.cost, (100 * 1.5 + 50 * 4.0) / 1e6); // charged as if sent
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM response_cache")), 0); // it came from there
    }

    void successReplacesFailureButNotTheOtherWayRound()
    {
        ExperimentStore store(db());
        const qint64 id = store.create(definition(QStringLiteral("f")), m_datasetId).value();
        const WorkItem item = store.plan(id)->items.at(1);
        QVERIFY(store.recordOutcome({item, failure(503), false}).ok());
        OutputRecord out = store.outputs(id)->constFirst();
        QVERIFY(!out.done);
        QCOMPARE(out.httpStatus, 503);
        QCOMPARE(out.error, QStringLiteral("HTTP 503"));
        QCOMPARE(out.attempts, 3);
        QVERIFY(out.scores.isEmpty());
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM response_cache")), 0);

        QVERIFY(store.recordOutcome({item, success(QStringLiteral("cough plan")), false}).ok());
        out = store.outputs(id)->constFirst();
        QVERIFY(out.done);
        QCOMPARE(out.httpStatus, 0);
        QVERIFY(out.error.isEmpty());
        QVERIFY(!out.scores.isEmpty());
        const qint64 outputId = out.id;

        QVERIFY(store.recordOutcome({item, failure(500), false}).ok());
        const QList<OutputRecord> after = store.outputs(id).value();
        QCOMPARE(after.size(), 1);
        QVERIFY(after.at(0).done);
        QCOMPARE(after.at(0).id, outputId);
        QCOMPARE(after.at(0).answer, QStringLiteral("cough plan"));
        QCOMPARE(after.at(0).scores, out.scores);
    }

    // What the Queue page lists: only failures, by model position then sample, capped; a later success drops one.
    void failuresAreListedByModelThenSampleUpToALimit()
    {
        ExperimentStore store(db());
        const qint64 id = store.create(definition(QStringLiteral("failures")), m_datasetId).value();
        const RunPlan plan = store.plan(id).value(); // sample-major: (v1, m1), (v1, m2), (v2, m1), …
        QCOMPARE(plan.items.size(), 6);
        for (int i : {5, 1, 4})
            QVERIFY(store.recordOutcome({plan.items.at(i), failure(500 + i), false}).ok());
        for (int i : {0, 2, 3})
            QVERIFY(store.recordOutcome({plan.items.at(i), success(QStringLiteral("plan")), false}).ok());

        const QList<OutputRecord> failures = store.failures(id, 100).value();
        QCOMPARE(failures.size(), 3);
        const QList<int> expected {4, 1, 5}; // the first model's failure, then the second model's by sample
        for (int k = 0; k < failures.size(); ++k) {
            const WorkItem& item = plan.items.at(expected.at(k));
            QCOMPARE(failures.at(k).modelId, item.modelId);
            QCOMPARE(failures.at(k).sampleId, item.sampleId);
            QCOMPARE(failures.at(k).httpStatus, 500 + expected.at(k));
            QCOMPARE(failures.at(k).error, QStringLiteral("HTTP %1").arg(500 + expected.at(k)));
            QCOMPARE(failures.at(k).attempts, 3);
            QVERIFY(!failures.at(k).done);
        }
        QCOMPARE(failures.at(0).sampleKey, QStringLiteral("v3"));
        QCOMPARE(failures.at(1).sampleKey, QStringLiteral("v1"));

        const QList<OutputRecord> first = store.failures(id, 2).value();
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(1).id, failures.at(1).id);

        QVERIFY(store.recordOutcome({plan.items.at(1), success(QStringLiteral("plan")), false}).ok());
        const QList<OutputRecord> after = store.failures(id, 100).value();
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.at(1).id, failures.at(2).id);
    }

    void samplesWithoutReferenceGetReferenceFreeScores()
    {
        const qint64 noReference = test::insertDataset(db(), QStringLiteral("bare"),
            {{QStringLiteral("b1"), QStringLiteral("[doctor] hello there."), std::nullopt}}, false);
        ExperimentStore store(db());
        const qint64 id = store.create(definition(QStringLiteral("bare")), noReference).value();
        const WorkItem item = store.plan(id)->items.at(0);
        QVERIFY(store.recordOutcome({item, success(QStringLiteral("hello")), false}).ok());
        const ScoreMap scores = store.outputs(id)->constFirst().scores;
        QVERIFY(scores.contains(QStringLiteral("answer_tokens")));
        QVERIFY(!scores.contains(QStringLiteral("rouge1")));
    }

    void failedWritesLeaveNothingBehind_data()
    {
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<bool>("unknownSample");
        QTest::addRow("sample does not exist") << QString() << true;
        QTest::addRow("scores refused") << QStringLiteral("scores") << false;
        QTest::addRow("cache refused") << QStringLiteral("response_cache") << false;
    }
    void failedWritesLeaveNothingBehind()
    {
        QFETCH(QString, trigger);
        QFETCH(bool, unknownSample);
        ExperimentStore store(db());
        const qint64 id = store.create(definition(QStringLiteral("t")), m_datasetId).value();
        WorkItem item = store.plan(id)->items.at(1);
        if (unknownSample)
            item.sampleId = 999'999;
        const bool recorded = store.recordOutcome({item, failure(500), false}).ok();
        QCOMPARE(recorded, !unknownSample); // an unknown sample refuses the failure too (foreign key)
        const int outputsBefore = count(db(), QStringLiteral("SELECT count(*) FROM outputs"));
        QSqlQuery query(db());
        if (!trigger.isEmpty())
            QVERIFY2(query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON %1 "
                                               "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                                    .arg(trigger)),
                qPrintable(query.lastError().text()));
        const Status status = store.recordOutcome({item, success(QStringLiteral("knee pain plan")), false});
        QVERIFY(!status.ok());
        QVERIFY2(unknownSample || status.error().message.contains(QStringLiteral("refused by the test")),
            qPrintable(status.error().toString()));
        // The earlier failure is still there unchanged; no scores, no cache entry; no open transaction.
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM outputs")), outputsBefore);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM outputs WHERE status = 'done'")), 0);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM scores")), 0);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM response_cache")), 0);
        if (!trigger.isEmpty())
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER temp.refuse")));
        // No transaction was left open: the same connection writes again.
        const bool again = store.recordOutcome({item, success(QStringLiteral("knee pain plan")), false}).ok();
        QCOMPARE(again, !unknownSample);
    }

    void summariesMatchTheStoredRows()
    {
        ExperimentStore store(db());
        const qint64 id = store.create(definition(QStringLiteral("s")), m_datasetId).value();
        const RunPlan plan = store.plan(id).value();
        const QStringList answers = {QStringLiteral("knee pain: ice"), QStringLiteral("<think>x</think>rest"),
            QStringLiteral("cough plan"), QStringLiteral("cough syrup"), QStringLiteral("rash plan today")};
        for (int i = 0; i < answers.size(); ++i) {
            ChatResult result = success(answers.at(i));
            result.latencyMs = 500 * (i + 1);
            QVERIFY(store.recordOutcome({plan.items.at(i), result, false}).ok());
        }
        QVERIFY(store.recordOutcome({plan.items.at(5), failure(429), false}).ok());

        const QList<ModelSummary> summaries = store.summaries(id).value();
        QCOMPARE(summaries.size(), 2);
        for (const ModelSummary& summary : summaries) {
            // The same figures, from the rows themselves.
            const QList<OutputRecord> rows = store.outputs(id, summary.modelId).value();
            int done = 0;
            int failed = 0;
            double reasoning = 0, answer = 0, latency = 0, cost = 0;
            QMap<QString, double> sums;
            for (const OutputRecord& row : rows) {
                cost += row.cost;
                if (!row.done) {
                    ++failed;
                    continue;
                }
                ++done;
                reasoning += static_cast<double>(row.reasoningTokens);
                answer += static_cast<double>(row.answerTokens);
                latency += static_cast<double>(row.latencyMs) / 1000.0;
                for (auto it = row.scores.cbegin(); it != row.scores.cend(); ++it)
                    sums[it.key()] += it.value();
            }
            QCOMPARE(summary.total, 3);
            QCOMPARE(summary.done, done);
            QCOMPARE(summary.failed, failed);
            QVERIFY(qFuzzyCompare(summary.avgReasoningTokens + 1, reasoning / done + 1));
            QVERIFY(qFuzzyCompare(summary.avgAnswerTokens + 1, answer / done + 1));
            QVERIFY(qFuzzyCompare(summary.avgLatencyS + 1, latency / done + 1));
            QVERIFY(qFuzzyCompare(summary.cost + 1, cost + 1));
            QCOMPARE(summary.meanScores.keys(), sums.keys());
            for (auto it = sums.cbegin(); it != sums.cend(); ++it)
                QVERIFY2(
                    qFuzzyCompare(summary.meanScores.value(it.key()) + 1, it.value() / done + 1), qPrintable(it.key()));
        }
        QCOMPARE(summaries.at(0).name, QStringLiteral("Lead-3"));
        QCOMPARE(summaries.at(0).done, 3);
        QCOMPARE(summaries.at(1).done, 2);
        QCOMPARE(summaries.at(1).failed, 1);
        QVERIFY(summaries.at(1).cost > 0);
    }

    // 100,000 samples × 10 models: one query, so the plan comes back in seconds (quadratic would take hours).
    void plansLargeExperiments()
    {
        const qint64 large = test::insertGeneratedDataset(db(), QStringLiteral("large"), 100'000);
        QVERIFY(large > 0);
        ExperimentDefinition big = definition(QStringLiteral("large"));
        ModelSpec model = big.models.at(1);
        big.models.clear();
        for (int i = 0; i < 10; ++i) {
            model.name = QStringLiteral("m%1").arg(i);
            big.models.append(model);
        }
        ExperimentStore store(db());
        const qint64 id = store.create(big, large).value();
        const QList<ExperimentModel> models = store.models(id).value();
        QSqlQuery query(db());
        // Every third sample of the first model is done already.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO outputs(model_id, sample_id, status) SELECT %1, id, 'done' "
                                          "FROM samples WHERE dataset_id = %2 AND row_index % 3 = 0")
                               .arg(models.at(0).id)
                               .arg(large)));
        const Result<RunPlan> plan = store.plan(id);
        QVERIFY(plan.ok());
        QCOMPARE(plan->alreadyDone, 33'334);
        QCOMPARE(plan->items.size(), 1'000'000 - 33'334);
        QCOMPARE(plan->items.constLast().sampleKey, QStringLiteral("s99999"));
        QCOMPARE(
            plan->items.constLast().request.messages.at(1).content, QStringLiteral("[doctor] visit 99999 words here"));
    }

private:
    QSqlDatabase db() const { return m_workspace->database(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_datasetId = 0;
};

QTEST_GUILESS_MAIN(TestExperimentStore)
#include "test_experimentstore.moc"
