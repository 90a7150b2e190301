#include "experiments/responsecache.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace caliper;

namespace {

Endpoint endpoint()
{
    Endpoint e;
    e.name = QStringLiteral("local");
    e.baseUrl = QUrl(QStringLiteral("http://localhost:8080/v1"));
    e.model = QStringLiteral("qwen-14b");
    return e;
}

ChatRequest request()
{
    ChatRequest r;
    r.messages = {{QStringLiteral("system"), QStringLiteral("Be brief.")},
        {QStringLiteral("user"), QStringLiteral("[doctor] hello")}};
    r.parameters.temperature = 0;
    r.parameters.topP = 0.9;
    r.parameters.maxTokens = 1024;
    r.parameters.frequencyPenalty = 0;
    r.parameters.seed = 7;
    return r;
}

ChatResult answer()
{
    ChatResult result;
    result.content = QStringLiteral("<think>hmm</think>The plan.");
    result.reasoningContent = QStringLiteral("separate reasoning");
    result.usage.promptTokens = 12;
    result.usage.completionTokens = 34;
    result.usage.reasoningTokens = 5;
    result.logprobs = {{QStringLiteral("The"), -0.25, {{QStringLiteral("The"), -0.25}, {QStringLiteral("A"), -1.5}}}};
    result.finishReason = QStringLiteral("stop");
    result.model = QStringLiteral("qwen-14b-served");
    result.timeToFirstTokenMs = 120;
    result.latencyMs = 3400;
    result.attempts = 2;
    return result;
}

using Change = std::function<void(Endpoint&, ChatRequest&)>;

} // namespace

Q_DECLARE_METATYPE(Change)

class TestResponseCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto workspace = Workspace::open(m_dir->path());
        QVERIFY2(workspace.ok(), qPrintable(workspace.ok() ? QString() : workspace.error().toString()));
        m_workspace = std::move(workspace).value();
    }
    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
    }

    // The key is sha256 of this exact text: sorted keys, compact, unset parameters left out. Written out here so a
    // change of the format (which would orphan every cached answer) shows up as a failing test.
    void keyIsStable()
    {
        const QByteArray canonical
            = R"({"frequency_penalty":0,"logprobs":false,"max_tokens":1024,"messages":[{"content":"Be brief.",)"
              R"("role":"system"},{"content":"[doctor] hello","role":"user"}],"model":"qwen-14b","seed":7,)"
              R"("temperature":0,"top_logprobs":0,"top_p":0.9,"url":"http://localhost:8080/v1/chat/completions","v":1})";
        QCOMPARE(requestCacheKeyJson(endpoint(), request()), canonical);
        QCOMPARE(requestCacheKey(endpoint(), request()),
            QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
        QCOMPARE(requestCacheKey(endpoint(), request()), requestCacheKey(endpoint(), request()));
    }

    void keyFollowsWhatDecidesTheAnswer_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<bool>("changesKey");
        auto row = [](const char* name, Change change, bool changesKey) {
            QTest::addRow("%s", name) << change << changesKey;
        };
        row(
            "url", [](Endpoint& e, ChatRequest&) { e.baseUrl = QUrl(QStringLiteral("http://localhost:8081/v1")); },
            true);
        row(
            "model", [](Endpoint& e, ChatRequest&) { e.model = QStringLiteral("qwen-7b"); }, true);
        row(
            "system prompt", [](Endpoint&, ChatRequest& r) { r.messages[0].content += QLatin1Char(' '); }, true);
        row(
            "user message", [](Endpoint&, ChatRequest& r) { r.messages[1].content = QStringLiteral("x"); }, true);
        row(
            "role", [](Endpoint&, ChatRequest& r) { r.messages[0].role = QStringLiteral("user"); }, true);
        row(
            "no system message", [](Endpoint&, ChatRequest& r) { r.messages.removeFirst(); }, true);
        row(
            "temperature", [](Endpoint&, ChatRequest& r) { r.parameters.temperature = 0.7; }, true);
        row(
            "temperature unset", [](Endpoint&, ChatRequest& r) { r.parameters.temperature.reset(); }, true);
        row(
            "top_p", [](Endpoint&, ChatRequest& r) { r.parameters.topP = 1; }, true);
        row(
            "max_tokens", [](Endpoint&, ChatRequest& r) { r.parameters.maxTokens = 1025; }, true);
        row(
            "frequency_penalty", [](Endpoint&, ChatRequest& r) { r.parameters.frequencyPenalty = 0.1; }, true);
        row(
            "seed", [](Endpoint&, ChatRequest& r) { r.parameters.seed = 8; }, true);
        row(
            "logprobs", [](Endpoint&, ChatRequest& r) { r.parameters.logprobs = true; }, true);
        row(
            "top_logprobs", [](Endpoint&, ChatRequest& r) { r.parameters.topLogprobs = 2; }, true);
        row(
            "stream", [](Endpoint&, ChatRequest& r) { r.parameters.stream = !r.parameters.stream; }, false);
        row(
            "api key source",
            [](Endpoint& e, ChatRequest&) {
                e.keySource = KeySource::Environment;
                e.keyName = QStringLiteral("SOME_KEY");
            },
            false);
        row(
            "url credentials",
            [](Endpoint& e, ChatRequest&) {
                e.baseUrl.setUserName(QStringLiteral("user"));
                e.baseUrl.setPassword(QStringLiteral("sk-secret"));
            },
            false);
        row(
            "endpoint name and limits",
            [](Endpoint& e, ChatRequest&) {
                e.name = QStringLiteral("renamed");
                e.concurrency = 64;
                e.maxRetries = 0;
            },
            false);
    }
    void keyFollowsWhatDecidesTheAnswer()
    {
        QFETCH(Change, change);
        QFETCH(bool, changesKey);
        Endpoint changedEndpoint = endpoint();
        ChatRequest changedRequest = request();
        change(changedEndpoint, changedRequest);
        const QByteArray before = requestCacheKey(endpoint(), request());
        const QByteArray after = requestCacheKey(changedEndpoint, changedRequest);
        QCOMPARE(after != before, changesKey);
        QVERIFY(!requestCacheKeyJson(changedEndpoint, changedRequest).contains("sk-secret"));
    }

    void storesAndFindsAnswers()
    {
        ResponseCache cache(m_workspace->database());
        QVERIFY(!cache.lookup(endpoint(), request()).has_value());
        const ChatResult stored = answer();
        QVERIFY(cache.store(endpoint(), request(), stored).ok());
        const std::optional<ChatResult> found = cache.lookup(endpoint(), request());
        QVERIFY(found.has_value());
        QVERIFY(found->ok());
        QCOMPARE(found->content, stored.content);
        QCOMPARE(found->reasoningContent, stored.reasoningContent);
        QCOMPARE(found->usage.promptTokens, stored.usage.promptTokens);
        QCOMPARE(found->usage.completionTokens, stored.usage.completionTokens);
        QCOMPARE(found->usage.reasoningTokens, stored.usage.reasoningTokens);
        QCOMPARE(found->logprobs.size(), 1);
        QCOMPARE(found->logprobs.at(0).token, QStringLiteral("The"));
        QCOMPARE(found->logprobs.at(0).logprob, -0.25);
        QCOMPARE(found->logprobs.at(0).top, stored.logprobs.at(0).top);
        QCOMPARE(found->finishReason, stored.finishReason);
        QCOMPARE(found->model, stored.model);
        QCOMPARE(found->timeToFirstTokenMs, stored.timeToFirstTokenMs);
        QCOMPARE(found->latencyMs, stored.latencyMs);
        QCOMPARE(found->attempts, 0); // a cache hit sent nothing
        // Streaming the same request is the same answer.
        ChatRequest streamed = request();
        streamed.parameters.stream = true;
        QVERIFY(cache.lookup(endpoint(), streamed).has_value());
        ChatRequest other = request();
        other.parameters.seed = 99;
        QVERIFY(!cache.lookup(endpoint(), other).has_value());
    }

    void unsetUsageStaysUnset()
    {
        ResponseCache cache(m_workspace->database());
        ChatResult bare;
        bare.content = QStringLiteral("answer");
        QVERIFY(cache.store(endpoint(), request(), bare).ok());
        const std::optional<ChatResult> found = cache.lookup(endpoint(), request());
        QVERIFY(found.has_value());
        QVERIFY(!found->usage.promptTokens.has_value());
        QVERIFY(!found->usage.reasoningTokens.has_value());
        QCOMPARE(found->timeToFirstTokenMs, qint64(-1));
    }

    void neverStoresFailures()
    {
        ResponseCache cache(m_workspace->database());
        ChatFailure failure;
        failure.kind = FailureKind::Http;
        failure.httpStatus = 500;
        failure.error.message = QStringLiteral("server error");
        QVERIFY(cache.store(endpoint(), request(), ChatResult::failed(failure)).ok());
        QVERIFY(!cache.lookup(endpoint(), request()).has_value());
        QSqlQuery query(m_workspace->database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM response_cache")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

QTEST_GUILESS_MAIN(TestResponseCache)
#include "test_responsecache.moc"
