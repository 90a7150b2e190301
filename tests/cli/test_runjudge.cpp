// `caliper run` with an LLM judge (issue 5): the built-in models answer offline, the mock server judges with
// scripted replies and logprobs; the stored G-Eval scores, their provenance, parse retries, repeats and resume.
#include "clicapture.h"
#include "endpoints/endpoint.h"
#include "experiments/experimentstore.h"
#include "judge/judgeprompt.h"
#include "mockllmserver.h"
#include "reports/htmlreport.h"
#include "reports/jsonreport.h"
#include "reports/markdownreport.h"
#include "runfixtures.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace caliper;
using caliper::mock::MockLlmServer;
using caliper::mock::MockToken;

namespace {

MockToken plain(const QString& text)
{
    return MockToken {text, false, -0.01, {}};
}

/// `{"score": N, "reason": "…"}` with the score token's top_logprobs scripted.
QList<MockToken> judgeReply(const QString& score, const QList<mock::MockAlternative>& alternatives)
{
    return {plain(QStringLiteral("{\"")), plain(QStringLiteral("score")), plain(QStringLiteral("\":")),
        plain(QStringLiteral(" ")), MockToken {score, false, alternatives.first().logprob, alternatives},
        plain(QStringLiteral(", \"reason\": \"Fine.\"}"))};
}

// Reply A: 8 (p .5), 7 (.3), 9 (.15), "six" (not a number), 2 (below 1%) → Σ v·p / Σ p over 8, 7, 9.
QList<MockToken> replyA()
{
    return judgeReply(QStringLiteral("8"),
        {{QStringLiteral("8"), std::log(0.5)}, {QStringLiteral("7"), std::log(0.3)},
            {QStringLiteral("9"), std::log(0.15)}, {QStringLiteral("six"), std::log(0.04)},
            {QStringLiteral("2"), std::log(0.009)}});
}
const double ExpectedA = (8 * 0.5 + 7 * 0.3 + 9 * 0.15) / (0.5 + 0.3 + 0.15) / 10;

// Reply B: 6 (.6), " 5" (.2, a leading space still counts), 11 (.1, out of range), "x" (.1) → over 6 and 5.
QList<MockToken> replyB()
{
    return judgeReply(QStringLiteral("6"),
        {{QStringLiteral("6"), std::log(0.6)}, {QStringLiteral(" 5"), std::log(0.2)},
            {QStringLiteral("11"), std::log(0.1)}, {QStringLiteral("x"), std::log(0.1)}});
}
const double ExpectedB = (6 * 0.6 + 5 * 0.2) / (0.6 + 0.2) / 10;

QJsonObject leadModel()
{
    return QJsonObject {
        {QStringLiteral("name"), QStringLiteral("Lead-3")}, {QStringLiteral("model"), QStringLiteral("builtin:lead")}};
}

} // namespace

class TestRunJudge : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MockLlmServer> m_server;
    QString m_workspace;

    QString path(const QString& name) const { return m_dir->filePath(name); }

    QJsonObject judge(const QJsonObject& extra = {}) const
    {
        QJsonObject object {{QStringLiteral("base_url"), m_server->baseUrl().toString()},
            {QStringLiteral("model"), QStringLiteral("mock-chat")},
            {QStringLiteral("criteria"), QJsonArray {QStringLiteral("coherence")}},
            {QStringLiteral("method"), QStringLiteral("lumigator")}, {QStringLiteral("concurrency"), 1},
            {QStringLiteral("max_retries"), 0}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            object.insert(it.key(), it.value());
        return object;
    }

    // An experiment of Lead-3 over `samples` generated samples, judged by the mock.
    QString writeExperiment(int samples, const QJsonObject& judgeSettings)
    {
        if (test::writeDataset(QDir(m_dir->path()), samples).isEmpty())
            return {};
        QJsonObject experiment = test::experiment(QStringLiteral("judged"), QJsonArray {leadModel()});
        experiment.insert(QStringLiteral("metrics"), QJsonArray {QStringLiteral("rouge"), QStringLiteral("geval")});
        experiment.insert(QStringLiteral("judge"), judgeSettings);
        return test::writeJson(QDir(m_dir->path()), QStringLiteral("experiment.json"), experiment);
    }

    test::Captured run(const QString& experimentFile)
    {
        return test::runCli({QStringLiteral("run"), experimentFile, QStringLiteral("--workspace"), m_workspace,
            QStringLiteral("--results"), path(QStringLiteral("results.json"))});
    }

    QStringList judgements(const QString& columns)
    {
        return test::queryColumn(m_workspace,
            QStringLiteral("SELECT %1 FROM judgements j JOIN outputs o ON o.id = j.output_id "
                           "JOIN samples s ON s.id = o.sample_id ORDER BY s.row_index, j.repeat")
                .arg(columns));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_workspace = path(QStringLiteral("workspace"));
        m_server = std::make_unique<MockLlmServer>();
        QVERIFY(m_server->listen());
    }
    void cleanup() { m_server.reset(); }

    void weightedScoresAreStoredWithProvenance();
    void rerunSendsNoJudgeRequest();
    void judgeCostCountsTowardTheRun();
    void anotherExperimentIsJudgedFromTheCache();
    void messyReplyIsRetriedThenFailsWithRawReply();
    void messyReplyThenGoodOneSucceeds();
    void repeatsGiveTheJudgeSpread();
    void paperSamplesAreAveraged();
    void reportsStateTheJudge();
    void unsetJudgeKeyStopsBeforeAnything();
    void mockJudgeModelAnswersUnscripted();
};

void TestRunJudge::weightedScoresAreStoredWithProvenance()
{
    const QString file = writeExperiment(2, judge());
    m_server->enqueueReply(replyA());
    m_server->enqueueReply(replyB());
    const test::Captured first = run(file);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(m_server->chatRequestCount(), 2);
    QVERIFY2(first.out.contains(QStringLiteral("G-Eval coherence")), qPrintable(first.out));

    // Which output got which reply depends on the order of the requests; the raw reply says which it was.
    const QStringList replies = judgements(QStringLiteral("j.raw_reply"));
    const QStringList scores = judgements(QStringLiteral("j.score"));
    QCOMPARE(replies.size(), 2);
    QVERIFY(replies.at(0) != replies.at(1));
    QList<double> expected;
    for (qsizetype i = 0; i < replies.size(); ++i) {
        expected << (replies.at(i).contains(QLatin1String("\": 8")) ? ExpectedA : ExpectedB);
        QVERIFY2(std::abs(scores.at(i).toDouble() - expected.at(i)) < 1e-12, qPrintable(scores.at(i)));
    }
    QCOMPARE(judgements(QStringLiteral("j.status")), QStringList({QStringLiteral("done"), QStringLiteral("done")}));
    QCOMPARE(judgements(QStringLiteral("j.judge_endpoint")).first(), displayUrl(m_server->baseUrl()));
    QCOMPARE(judgements(QStringLiteral("j.judge_model")).first(), QStringLiteral("mock-chat"));
    QCOMPARE(judgements(QStringLiteral("j.method")).first(), QStringLiteral("lumigator"));
    QVERIFY(judgements(QStringLiteral("j.template_id")).first().startsWith(QLatin1String("lumigator/coherence (")));
    QCOMPARE(judgements(QStringLiteral("j.attempts")).first(), QStringLiteral("1"));
    QVERIFY(judgements(QStringLiteral("j.logprobs")).first().contains(QLatin1String("\"counted\":true")));
    // The hash names exactly the prompt the judge received (the last request is the second output's).
    const QJsonObject sent = m_server->lastChatRequest();
    QList<ChatMessage> messages;
    for (const QJsonValue& message : sent[QLatin1String("messages")].toArray())
        messages.append({message[QLatin1String("role")].toString(), message[QLatin1String("content")].toString()});
    QVERIFY(judgements(QStringLiteral("j.prompt_sha256")).contains(promptHash(messages)));

    // The results carry the scores per sample and per model, and say which judge produced them.
    const QJsonObject results = test::readJson(path(QStringLiteral("results.json")));
    const QJsonArray samples = results[QLatin1String("samples")].toArray();
    QCOMPARE(samples.size(), 2);
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const double stored = samples.at(i)[QLatin1String("scores")][QLatin1String("geval_coherence")].toDouble(-1);
        QVERIFY2(std::abs(stored - expected.at(i)) < 1e-12, qPrintable(QString::number(stored)));
    }
    const double mean
        = results[QLatin1String("models")][0][QLatin1String("metrics")][QLatin1String("geval_coherence")].toDouble(-1);
    QVERIFY(std::abs(mean - (ExpectedA + ExpectedB) / 2) < 1e-12);
    const QJsonObject block = results[QLatin1String("judge")].toObject();
    QCOMPARE(block[QLatin1String("endpoint")].toString(), displayUrl(m_server->baseUrl()));
    QCOMPARE(block[QLatin1String("model")].toString(), QStringLiteral("mock-chat"));
    QCOMPARE(block[QLatin1String("method")].toString(), QStringLiteral("lumigator"));
    QCOMPARE(block[QLatin1String("criteria")].toArray(), QJsonArray {QStringLiteral("lumigator/coherence")});
    QCOMPARE(block[QLatin1String("repeats")].toInt(), 1);
    QCOMPARE(block[QLatin1String("judgements_done")].toInt(), 2);
    QCOMPARE(block[QLatin1String("judgements_failed")].toInt(), 0);
    QCOMPARE(block[QLatin1String("answered_by")].toArray(), QJsonArray {QStringLiteral("mock-chat")});
}

void TestRunJudge::rerunSendsNoJudgeRequest()
{
    const QString file = writeExperiment(2, judge());
    m_server->enqueueReply(replyA());
    m_server->enqueueReply(replyB());
    QCOMPARE(run(file).exitCode, 0);
    const QByteArray before = QJsonDocument(test::readJson(path(QStringLiteral("results.json")))).toJson();
    QCOMPARE(m_server->chatRequestCount(), 2);
    const test::Captured again = run(file);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(m_server->chatRequestCount(), 2);
    QCOMPARE(QJsonDocument(test::readJson(path(QStringLiteral("results.json")))).toJson(), before);
}

void TestRunJudge::judgeCostCountsTowardTheRun()
{
    const QString file = writeExperiment(
        2, judge({{QStringLiteral("price_in_per_mtok"), 3.0}, {QStringLiteral("price_out_per_mtok"), 15.0}}));
    m_server->enqueueReply(replyA());
    m_server->enqueueReply(replyB());
    QCOMPARE(run(file).exitCode, 0);
    double expected = 0;
    const QStringList prompt = judgements(QStringLiteral("j.prompt_tokens"));
    const QStringList completion = judgements(QStringLiteral("j.completion_tokens"));
    const QStringList cost = judgements(QStringLiteral("j.cost"));
    for (qsizetype i = 0; i < cost.size(); ++i) {
        QVERIFY(prompt.at(i).toLongLong() > 0);
        const double priced = (prompt.at(i).toDouble() * 3.0 + completion.at(i).toDouble() * 15.0) / 1e6;
        QVERIFY(std::abs(cost.at(i).toDouble() - priced) < 1e-15);
        expected += priced;
    }
    QVERIFY(expected > 0);
    const QJsonObject results = test::readJson(path(QStringLiteral("results.json")));
    // Lead-3 costs nothing: the model's cost is the judge's.
    QVERIFY(std::abs(results[QLatin1String("models")][0][QLatin1String("cost")].toDouble() - expected) < 1e-15);
}

void TestRunJudge::anotherExperimentIsJudgedFromTheCache()
{
    const QString file
        = writeExperiment(1, judge({{QStringLiteral("repeats"), 2}, {QStringLiteral("logprobs"), false}}));
    m_server->enqueueReply(QStringLiteral("{\"score\": 3}"));
    m_server->enqueueReply(QStringLiteral("{\"score\": 9}"));
    QCOMPARE(run(file).exitCode, 0);
    QCOMPARE(m_server->chatRequestCount(), 2);
    // The same requests under another experiment name: each repeat answered from its own cache entry.
    QJsonObject other = test::readJson(file);
    other.insert(QStringLiteral("name"), QStringLiteral("judged again"));
    const QString otherFile = test::writeJson(QDir(m_dir->path()), QStringLiteral("other.json"), other);
    const test::Captured again = run(otherFile);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(m_server->chatRequestCount(), 2);
    const QStringList scores = test::queryColumn(m_workspace,
        QStringLiteral("SELECT j.score FROM judgements j JOIN outputs o ON o.id = j.output_id JOIN experiment_models m "
                       "ON m.id = o.model_id JOIN experiments e ON e.id = m.experiment_id "
                       "WHERE e.name = 'judged again' ORDER BY j.repeat"));
    QCOMPARE(scores, QStringList({QStringLiteral("0.3"), QStringLiteral("0.9")}));
}

void TestRunJudge::messyReplyIsRetriedThenFailsWithRawReply()
{
    const QString file
        = writeExperiment(1, judge({{QStringLiteral("parse_retries"), 1}, {QStringLiteral("logprobs"), false}}));
    m_server->enqueueReply(QStringLiteral("I would rather not say."));
    m_server->enqueueReply(QStringLiteral("Still no number here."));
    const test::Captured result = run(file);
    QCOMPARE(result.exitCode, 1); // a judgement failed for good
    QCOMPARE(m_server->chatRequestCount(), 2);
    QCOMPARE(judgements(QStringLiteral("j.status")), QStringList {QStringLiteral("failed")});
    QCOMPARE(judgements(QStringLiteral("j.raw_reply")), QStringList {QStringLiteral("Still no number here.")});
    QCOMPARE(judgements(QStringLiteral("j.attempts")), QStringList {QStringLiteral("2")});
    QVERIFY(!judgements(QStringLiteral("j.error")).first().isEmpty());
    QVERIFY(judgements(QStringLiteral("j.score")).first().isEmpty());
    const QJsonObject results = test::readJson(path(QStringLiteral("results.json")));
    QCOMPARE(results[QLatin1String("judge")][QLatin1String("judgements_failed")].toInt(), 1);
    QVERIFY(!results[QLatin1String("samples")][0][QLatin1String("scores")].toObject().contains(
        QLatin1String("geval_coherence")));
    // A failed judgement is stored, not requested again.
    run(file);
    QCOMPARE(m_server->chatRequestCount(), 2);
}

void TestRunJudge::messyReplyThenGoodOneSucceeds()
{
    const QString file
        = writeExperiment(1, judge({{QStringLiteral("parse_retries"), 2}, {QStringLiteral("logprobs"), false}}));
    m_server->enqueueReply(QStringLiteral("Let me think about the coherence first."));
    m_server->enqueueReply(QStringLiteral("Sure!\n```json\n{'score': 7, 'reason': 'it's fine',}\n```"));
    const test::Captured result = run(file);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(m_server->chatRequestCount(), 2);
    QCOMPARE(judgements(QStringLiteral("j.status")), QStringList {QStringLiteral("done")});
    QCOMPARE(judgements(QStringLiteral("j.attempts")), QStringList {QStringLiteral("2")});
    QCOMPARE(judgements(QStringLiteral("j.score")).first().toDouble(), 0.7);
    QCOMPARE(judgements(QStringLiteral("j.logprobs")).first(), QString());
}

void TestRunJudge::repeatsGiveTheJudgeSpread()
{
    const QString file
        = writeExperiment(2, judge({{QStringLiteral("repeats"), 2}, {QStringLiteral("logprobs"), false}}));
    for (const char* score : {"6", "8", "7", "7"})
        m_server->enqueueReply(QStringLiteral("{\"score\": %1, \"reason\": \"ok\"}").arg(QLatin1String(score)));
    const test::Captured result = run(file);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(m_server->chatRequestCount(), 4); // identical requests, each repeat sent: not one cache answer

    // The spread by hand from what was stored: per-sample SD across repeats, and the SD of the repeat means.
    const QStringList scores = judgements(QStringLiteral("j.score"));
    QCOMPARE(scores.size(), 4);
    QList<double> v;
    for (const QString& score : scores)
        v << score.toDouble();
    std::sort(v.begin(), v.end());
    QCOMPARE(v, QList<double>({0.6, 0.7, 0.7, 0.8}));
    const QList<double> s = [&] {
        QList<double> values;
        for (const QString& score : scores)
            values << score.toDouble();
        return values;
    }(); // s01 r0, s01 r1, s02 r0, s02 r1
    auto sd2 = [](double a, double b) { return std::abs(a - b) / std::sqrt(2.0); };
    const double sampleSd = (sd2(s[0], s[1]) + sd2(s[2], s[3])) / 2;
    const double repeatMeansSd = sd2((s[0] + s[2]) / 2, (s[1] + s[3]) / 2);

    const QJsonObject results = test::readJson(path(QStringLiteral("results.json")));
    const QJsonObject spread = results[QLatin1String("judge")][QLatin1String("spread")][QLatin1String("Lead-3")]
                                      [QLatin1String("geval_coherence")]
                                          .toObject();
    QCOMPARE(spread[QLatin1String("repeats")].toInt(), 2);
    QVERIFY(std::abs(spread[QLatin1String("sample_sd")].toDouble(-1) - sampleSd) < 1e-12);
    QVERIFY(std::abs(spread[QLatin1String("repeat_means_sd")].toDouble(-1) - repeatMeansSd) < 1e-12);
    // Each sample's score is the mean of its repeats.
    const QJsonArray samples = results[QLatin1String("samples")].toArray();
    QVERIFY(
        std::abs(samples[0][QLatin1String("scores")][QLatin1String("geval_coherence")].toDouble() - (s[0] + s[1]) / 2)
        < 1e-12);
    QVERIFY(
        std::abs(samples[1][QLatin1String("scores")][QLatin1String("geval_coherence")].toDouble() - (s[2] + s[3]) / 2)
        < 1e-12);
    QCOMPARE(run(file).exitCode, 0);
    QCOMPARE(m_server->chatRequestCount(), 4);
}

// The paper's method without logprobs: n samples per judgement, averaged; a reply without a score is asked again.
void TestRunJudge::paperSamplesAreAveraged()
{
    const QString file = writeExperiment(1,
        judge({{QStringLiteral("method"), QStringLiteral("paper")}, {QStringLiteral("samples"), 4},
            {QStringLiteral("parse_retries"), 1},
            {QStringLiteral("criteria"), QJsonArray {QStringLiteral("fluency")}}}));
    for (const char* reply : {"3", " 2", "Good.", "- Fluency (1-3): 3", "2"})
        m_server->enqueueReply(QString::fromUtf8(reply));
    const test::Captured result = run(file);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(m_server->chatRequestCount(), 5);
    QCOMPARE(m_server->lastChatRequest()[QLatin1String("messages")][0][QLatin1String("role")].toString(),
        QStringLiteral("system"));
    QCOMPARE(judgements(QStringLiteral("j.status")), QStringList {QStringLiteral("done")});
    QCOMPARE(judgements(QStringLiteral("j.attempts")), QStringList {QStringLiteral("5")});
    QCOMPARE(judgements(QStringLiteral("j.method")), QStringList {QStringLiteral("paper")});
    // (3 + 2 + 3 + 2) / 4 = 2.5 on 1–3 → (2.5 − 1) / 2.
    QVERIFY(std::abs(judgements(QStringLiteral("j.raw_score")).first().toDouble() - 2.5) < 1e-12);
    QVERIFY(std::abs(judgements(QStringLiteral("j.score")).first().toDouble() - 0.75) < 1e-12);
    const QJsonObject results = test::readJson(path(QStringLiteral("results.json")));
    QVERIFY(std::abs(
                results[QLatin1String("samples")][0][QLatin1String("scores")][QLatin1String("geval_fluency")].toDouble()
                - 0.75)
        < 1e-12);
}

// Every report format names the judge that answered (from the stored judgements) and its repeat spread.
void TestRunJudge::reportsStateTheJudge()
{
    const QString file
        = writeExperiment(2, judge({{QStringLiteral("repeats"), 2}, {QStringLiteral("logprobs"), false}}));
    for (const char* score : {"6", "8", "7", "7"})
        m_server->enqueueReply(QStringLiteral("{\"score\": %1}").arg(QLatin1String(score)));
    QCOMPARE(run(file).exitCode, 0);
    auto workspace = Workspace::open(m_workspace);
    QVERIFY(workspace.ok());
    const Result<ReportData> data = gatherReportData(workspace.value()->database(), QStringLiteral("judged"));
    QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().toString()));
    QCOMPARE(data->judge.provenance.models, QStringList {QStringLiteral("mock-chat")});
    QCOMPARE(data->judge.provenance.methods, QStringList {QStringLiteral("lumigator")});
    QCOMPARE(data->judge.provenance.done, 4);
    QCOMPARE(data->judge.spread.size(), 1);
    QCOMPARE(data->judge.spread.first().second.value(QStringLiteral("geval_coherence")).repeats, 2);
    // The judge's own figures (what reports and the Results page read) equal those of the full summaries.
    const ExperimentStore store(workspace.value()->database());
    const qint64 id = store.byName(QStringLiteral("judged"))->id;
    const QList<ModelSummary> summaries = store.summaries(id).value();
    const QList<ModelSummary> judged = store.judgeFigures(id).value();
    QCOMPARE(judged.size(), summaries.size());
    for (qsizetype i = 0; i < judged.size(); ++i) {
        QCOMPARE(judged.at(i).name, summaries.at(i).name);
        QCOMPARE(judged.at(i).judgeCost, summaries.at(i).judgeCost);
        QCOMPARE(judged.at(i).judgeFailed, summaries.at(i).judgeFailed);
        const JudgeSpread a = judged.at(i).judgeSpread.value(QStringLiteral("geval_coherence"));
        const JudgeSpread b = summaries.at(i).judgeSpread.value(QStringLiteral("geval_coherence"));
        QCOMPARE(a.repeats, b.repeats);
        QCOMPARE(a.sampleSd, b.sampleSd);
        QCOMPARE(a.repeatMeansSd, b.repeatMeansSd);
    }
    for (const QByteArray& report : {htmlReport(*data), markdownReport(*data)}) {
        QVERIFY(report.contains("Judge that produced the G-Eval scores"));
        QVERIFY(report.contains("lumigator/coherence"));
        QVERIFY(report.contains("4 done, 0 failed"));
        QVERIFY(report.contains("per sample"));
    }
    const QJsonObject json = QJsonDocument::fromJson(jsonReport(*data)).object();
    const QJsonObject provenance = json[QLatin1String("judge_provenance")].toObject();
    QCOMPARE(provenance[QLatin1String("models")].toArray(), QJsonArray {QStringLiteral("mock-chat")});
    QCOMPARE(provenance[QLatin1String("judgements_done")].toInt(), 4);
    QVERIFY(provenance[QLatin1String("spread")][QLatin1String("Lead-3")][QLatin1String("geval_coherence")].isObject());
}

void TestRunJudge::unsetJudgeKeyStopsBeforeAnything()
{
    const QString file = writeExperiment(
        1, judge({{QStringLiteral("api_key_env"), QStringLiteral("CALIPER_TEST_JUDGE_KEY_THAT_IS_NOT_SET")}}));
    const test::Captured result = run(file);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("judge.api_key_env")), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(m_workspace));
    QCOMPARE(m_server->chatRequestCount(), 0);
}

QTEST_GUILESS_MAIN(TestRunJudge)
#include "test_runjudge.moc"

// The mock's "judge" models (used by the screenshots and by hand) answer a parseable judgement with logprobs
// without a script: N with alternatives N − 1 and N + 1 weighs to N − 0.1, for N from 5 to 9.
void TestRunJudge::mockJudgeModelAnswersUnscripted()
{
    const QString file = writeExperiment(6, judge({{QStringLiteral("model"), QStringLiteral("mock-judge")}}));
    const test::Captured result = run(file);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(judgements(QStringLiteral("j.status")), QStringList(6, QStringLiteral("done")));
    for (const QString& stored : judgements(QStringLiteral("j.score"))) {
        const double n = stored.toDouble() * 10 + 0.1;
        QVERIFY2(std::abs(n - std::round(n)) < 1e-9 && n > 4.5 && n < 9.5, qPrintable(stored));
    }
}
