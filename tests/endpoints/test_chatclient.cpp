// The chat client against the in-process mock server: answers, reasoning, usage, every injected fault,
// timeouts, cancellation, keys and concurrency. Results are observed outside the coroutines (QCoro::waitFor).
#include "endpoints/chatclient.h"
#include "endpoints/keystore.h"
#include "mockllmserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <qcoro/qcorotask.h>

using namespace caliper;
using caliper::mock::MockLlmServer;
using Fault = MockLlmServer::FaultKind;

Q_DECLARE_METATYPE(MockLlmServer::FaultKind)
Q_DECLARE_METATYPE(caliper::FailureKind)

class TestChatClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<MockLlmServer>();
        QVERIFY(m_server->listen());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_keys = std::make_unique<KeyStore>(QStringLiteral("caliper-test"));
        m_client = std::make_unique<ChatClient>(m_network.get(), m_keys.get());
        m_client->setRetryPolicy(RetryPolicy {10, 100, 5000});
    }
    void cleanup()
    {
        m_client.reset();
        m_keys.reset();
        m_network.reset();
        m_server.reset();
    }

    void streamedAndWholeAnswersAgree_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("reasoningField");
        QTest::addRow("think tags") << "mock-chat" << false;
        QTest::addRow("reasoning_content") << "mock-reasoner" << true;
    }
    void streamedAndWholeAnswersAgree()
    {
        QFETCH(QString, model);
        QFETCH(bool, reasoningField);
        const Endpoint e = endpoint(model);
        ChatRequest chat = request(false);
        chat.parameters.logprobs = true;
        chat.parameters.topLogprobs = 2;
        const ChatResult whole = run(e, chat);
        QVERIFY2(whole.ok(), qPrintable(message(whole)));
        QCOMPARE(m_server->lastChatRequest().value(QLatin1String("temperature")).toDouble(-1), 0.0);
        QCOMPARE(m_server->lastChatRequest().value(QLatin1String("seed")).toInt(-1), 0);
        chat.parameters.stream = true;
        const ChatResult streamed = run(e, chat);
        QVERIFY2(streamed.ok(), qPrintable(message(streamed)));
        QCOMPARE(streamed.content, whole.content);
        QCOMPARE(streamed.reasoningContent, whole.reasoningContent);
        QCOMPARE(streamed.finishReason, QStringLiteral("stop"));
        QCOMPARE(streamed.usage.promptTokens, whole.usage.promptTokens);
        QCOMPARE(streamed.usage.completionTokens, whole.usage.completionTokens);
        QCOMPARE(streamed.usage.reasoningTokens, whole.usage.reasoningTokens);
        QCOMPARE(streamed.logprobs.size(), whole.logprobs.size());
        QCOMPARE(streamed.logprobs.first().top.size(), 2);
        QVERIFY(whole.usage.promptTokens.value_or(0) > 0);
        QVERIFY(whole.usage.reasoningTokens.value_or(0) > 0);
        QVERIFY(whole.usage.reasoningTokens < whole.usage.completionTokens);
        QCOMPARE(whole.content.startsWith(QLatin1String("<think>")), !reasoningField);
        QCOMPARE(whole.reasoningContent.isEmpty(), !reasoningField);
        QVERIFY(streamed.timeToFirstTokenMs >= 0 && streamed.timeToFirstTokenMs <= streamed.latencyMs);
        QCOMPARE(run(e, chat).content, streamed.content); // deterministic
    }

    // Judge tests queue canned answers; they come back verbatim, streamed or not.
    void returnsScriptedReplies()
    {
        const QString verdict = QStringLiteral("{\"score\": 4, \"reason\": \"mostly complete\"}");
        m_server->enqueueReply(verdict);
        m_server->enqueueReply(verdict);
        QCOMPARE(run(endpoint(), request(false)).content, verdict);
        QCOMPARE(run(endpoint(), request(true)).content, verdict);
        QVERIFY(run(endpoint(), request(false)).content != verdict);
        QCOMPARE(m_server->chatRequestCount(), 3);
    }

    void honoursMaxTokens()
    {
        ChatRequest chat = request(true);
        chat.parameters.maxTokens = 3;
        const ChatResult result = run(endpoint(), chat);
        QVERIFY(result.ok());
        QCOMPARE(result.finishReason, QStringLiteral("length"));
        QCOMPARE(result.usage.completionTokens, std::optional<qint64>(3));
    }

    void handlesFaults_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<int>("maxRetries");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<FailureKind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("attempts");
        const auto none = FailureKind::Network;
        // Qt itself resends a request once when a kept-alive connection drops before the answer is complete, so a
        // single reset or truncation never reaches the client: these rows inject the fault on every request.
        constexpr int always = 20;
        for (bool stream : {false, true}) {
            const char* mode = stream ? "stream" : "whole";
            QTest::addRow("429 then ok, %s", mode) << Fault::RateLimited << 1 << stream << 3 << true << none << 0 << 2;
            QTest::addRow("500 twice then ok, %s", mode)
                << Fault::ServerError << 2 << stream << 3 << true << none << 0 << 3;
            QTest::addRow("503 then ok, %s", mode) << Fault::Unavailable << 1 << stream << 3 << true << none << 0 << 2;
            QTest::addRow("500 beyond retries, %s", mode)
                << Fault::ServerError << 5 << stream << 2 << false << FailureKind::Http << 500 << 3;
            QTest::addRow("reset, retried, %s", mode)
                << Fault::ConnectionReset << always << stream << 2 << false << FailureKind::ConnectionClosed << 0 << 3;
            QTest::addRow("reset, no retries, %s", mode)
                << Fault::ConnectionReset << always << stream << 0 << false << FailureKind::ConnectionClosed << 0 << 1;
            QTest::addRow("truncated, retried, %s", mode)
                << Fault::TruncatedStream << always << stream << 2 << false << FailureKind::ConnectionClosed << 0 << 3;
            QTest::addRow("truncated, no retries, %s", mode)
                << Fault::TruncatedStream << always << stream << 0 << false << FailureKind::ConnectionClosed << 0 << 1;
            QTest::addRow("malformed is not retried, %s", mode)
                << Fault::MalformedJson << 1 << stream << 3 << false << FailureKind::Protocol << 0 << 1;
            QTest::addRow("stall times out, %s", mode)
                << Fault::Stall << 1 << stream << 0 << false << FailureKind::FirstByteTimeout << 0 << 1;
        }
    }
    void handlesFaults()
    {
        QFETCH(Fault, fault);
        QFETCH(int, count);
        QFETCH(bool, stream);
        QFETCH(int, maxRetries);
        QFETCH(bool, ok);
        QFETCH(FailureKind, kind);
        QFETCH(int, status);
        QFETCH(int, attempts);
        constexpr int always = 20;
        m_server->pushFault({fault, 0}, count);
        Endpoint e = endpoint();
        e.maxRetries = maxRetries;
        e.firstByteTimeoutMs = 300;
        const ChatResult result = run(e, request(stream));
        QCOMPARE(result.attempts, attempts);
        if (count < always)
            QCOMPARE(m_server->chatRequestCount(), attempts);
        else
            QVERIFY(m_server->chatRequestCount() >= attempts);
        QCOMPARE(result.ok(), ok);
        if (ok) {
            QVERIFY(result.content.contains(QLatin1String("</think>")));
            return;
        }
        QCOMPARE(result.failure->kind, kind);
        QCOMPARE(result.failure->httpStatus, status);
        QVERIFY2(
            result.failure->error.toString().contains(m_server->baseUrl().toString()), qPrintable(message(result)));
    }

    void waitsForRetryAfter()
    {
        m_server->pushFault({Fault::RateLimited, 1});
        qint64 announcedDelay = -1;
        int announcedStatus = 0;
        connect(
            m_client.get(), &ChatClient::retrying, this, [&](const QString&, const ChatFailure& failure, qint64 delay) {
                announcedDelay = delay;
                announcedStatus = failure.httpStatus;
            });
        QElapsedTimer clock;
        clock.start();
        const ChatResult result = run(endpoint(), request(true));
        QVERIFY(result.ok());
        QCOMPARE(result.attempts, 2);
        QCOMPARE(announcedStatus, 429);
        QVERIFY2(announcedDelay >= 1000, qPrintable(QString::number(announcedDelay)));
        QVERIFY(clock.elapsed() >= 1000);
    }

    void enforcesTotalDeadlineOnSlowStreams()
    {
        m_server->setTokensPerSecond(20); // ~2 s for the whole answer, but bytes keep coming
        Endpoint e = endpoint();
        e.maxRetries = 0;
        e.firstByteTimeoutMs = 1000;
        e.totalTimeoutMs = 400;
        QElapsedTimer clock;
        clock.start();
        const ChatResult result = run(e, request(true));
        QVERIFY(!result.ok());
        QCOMPARE(result.failure->kind, FailureKind::TotalTimeout);
        QVERIFY(clock.elapsed() < 1500);
    }

    void rejectedKeyIsNeverRepeated()
    {
        const QString wrong = QStringLiteral("sk-wrong-0123456789abcdef");
        m_server->setRequiredApiKey(QStringLiteral("sk-right"));
        qputenv("CALIPER_TEST_CHAT_KEY", wrong.toUtf8());
        Endpoint e = endpoint();
        e.keySource = KeySource::Environment;
        e.keyName = QStringLiteral("CALIPER_TEST_CHAT_KEY");
        const ChatResult result = run(e, request(false));
        QVERIFY(!result.ok());
        QCOMPARE(result.failure->httpStatus, 401);
        QCOMPARE(result.attempts, 1);
        QVERIFY2(result.failure->error.message.contains(QLatin1String("API key")), qPrintable(message(result)));
        QVERIFY2(!result.failure->error.toString().contains(wrong), qPrintable(message(result)));
        const ModelList models = QCoro::waitFor(m_client->testConnection(e));
        QVERIFY(!models.ok());
        QVERIFY(!models.failure->error.toString().contains(wrong));
        qputenv("CALIPER_TEST_CHAT_KEY", "sk-right");
        QVERIFY(run(e, request(false)).ok());
        qunsetenv("CALIPER_TEST_CHAT_KEY");
    }

    // "Test connection" with a key the user typed but has not saved: that key is sent, not the endpoint's own
    // (here a keychain entry that does not exist, which would otherwise fail before any request).
    void typedKeyIsSentInsteadOfTheEndpointsKey()
    {
        m_server->setRequiredApiKey(QStringLiteral("sk-typed"));
        Endpoint e = endpoint();
        e.keySource = KeySource::Keychain;
        e.keyName = QStringLiteral("caliper-test-no-such-entry");
        const ModelList typed = QCoro::waitFor(m_client->testConnection(e, QStringLiteral("sk-typed")));
        QVERIFY2(typed.ok(), qPrintable(typed.ok() ? QString() : typed.failure->error.toString()));
        const QString wrong = QStringLiteral("sk-mistyped-0123456789");
        const ModelList rejected = QCoro::waitFor(m_client->testConnection(e, wrong));
        QVERIFY(!rejected.ok());
        QCOMPARE(rejected.failure->httpStatus, 401);
        QVERIFY(!rejected.failure->error.toString().contains(wrong));
        QCOMPARE(m_server->requestCount(), 2);
    }

    void missingKeySendsNothing()
    {
        qunsetenv("CALIPER_TEST_UNSET_KEY");
        Endpoint e = endpoint();
        e.keySource = KeySource::Environment;
        e.keyName = QStringLiteral("CALIPER_TEST_UNSET_KEY");
        const ChatResult result = run(e, request(false));
        QVERIFY(!result.ok());
        QCOMPARE(result.failure->kind, FailureKind::Key);
        QVERIFY(result.failure->error.message.contains(QLatin1String("CALIPER_TEST_UNSET_KEY")));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void testsConnections_data()
    {
        QTest::addColumn<QString>("url"); // %1: the mock's port, %2: a closed port
        QTest::addColumn<bool>("ok");
        QTest::addColumn<FailureKind>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("models") << "http://127.0.0.1:%1/v1" << true << FailureKind::Network << "";
        QTest::addRow("404") << "http://127.0.0.1:%1/wrong" << false << FailureKind::Http << "404";
        QTest::addRow("refused") << "http://127.0.0.1:%2/v1" << false << FailureKind::ConnectionRefused << "refused";
        QTest::addRow("tls") << "https://127.0.0.1:%1/v1" << false << FailureKind::Tls << "TLS";
    }
    void testsConnections()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QFETCH(FailureKind, kind);
        QFETCH(QString, mentions);
        Endpoint e = endpoint();
        url.replace(QLatin1String("%1"), QString::number(m_server->port()));
        e.baseUrl = QUrl(url.replace(QLatin1String("%2"), QString::number(closedPort())));
        const ModelList list = QCoro::waitFor(m_client->testConnection(e));
        QCOMPARE(list.ok(), ok);
        if (ok) {
            QCOMPARE(list.models, (QStringList {QStringLiteral("mock-chat"), QStringLiteral("mock-reasoner")}));
            return;
        }
        QCOMPARE(list.failure->kind, kind);
        QVERIFY2(list.failure->error.message.contains(mentions), qPrintable(list.failure->error.toString()));
    }

    void refusedConnectionIsRetried()
    {
        Endpoint e = endpoint();
        e.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort()));
        e.maxRetries = 2;
        const ChatResult result = run(e, request(false));
        QCOMPARE(result.failure->kind, FailureKind::ConnectionRefused);
        QCOMPARE(result.attempts, 3);
    }

    void cancelsInFlightAndDuringBackoff_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addRow("in flight") << Fault::Stall;
        QTest::addRow("during backoff") << Fault::RateLimited;
    }
    void cancelsInFlightAndDuringBackoff()
    {
        QFETCH(Fault, fault);
        m_server->pushFault({fault, 30});
        auto token = std::make_shared<Canceller>();
        // Cancel once the server has the request (and, for 429, has answered it and the client is waiting).
        connect(m_server.get(), &MockLlmServer::requestReceived, token.get(),
            [token] { QTimer::singleShot(50, token.get(), &Canceller::cancel); });
        QElapsedTimer clock;
        clock.start();
        const ChatResult result = QCoro::waitFor(m_client->complete(endpoint(), request(true), token));
        QVERIFY(!result.ok());
        QCOMPARE(result.failure->kind, FailureKind::Cancelled);
        QCOMPARE(result.attempts, 1);
        QVERIFY(clock.elapsed() < 5000);
    }

    void destroyingTheClientEndsItsRequests()
    {
        m_server->pushFault({Fault::Stall, 0});
        QCoro::Task<ChatResult> task = m_client->complete(endpoint(), request(true));
        QTRY_COMPARE(m_server->chatRequestCount(), 1);
        m_client.reset();
        const ChatResult result = QCoro::waitFor(std::move(task));
        QVERIFY(!result.ok());
        QCOMPARE(result.failure->kind, FailureKind::Cancelled);
    }

    // One QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host; more managers, more connections.
    void concurrencyGrowsWithManagers_data()
    {
        QTest::addColumn<int>("managers");
        QTest::addColumn<int>("expected");
        QTest::addRow("one manager") << 1 << 6;
        QTest::addRow("two managers") << 2 << 12;
        QTest::addRow("three managers") << 3 << 18;
    }
    void concurrencyGrowsWithManagers()
    {
        QFETCH(int, managers);
        QFETCH(int, expected);
        m_server->setLatencyMs(300);
        std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
        std::vector<std::unique_ptr<ChatClient>> clients;
        for (int i = 0; i < managers; ++i) {
            networks.push_back(std::make_unique<QNetworkAccessManager>());
            clients.push_back(std::make_unique<ChatClient>(networks.back().get(), nullptr));
        }
        std::vector<QCoro::Task<ChatResult>> tasks;
        for (int i = 0; i < 24; ++i)
            tasks.push_back(clients[static_cast<size_t>(i % managers)]->complete(endpoint(), request(false)));
        for (auto& task : tasks)
            QVERIFY(QCoro::waitFor(std::move(task)).ok());
        QCOMPARE(m_server->maxConcurrentRequests(), expected);
    }

private:
    Endpoint endpoint(const QString& model = QStringLiteral("mock-chat")) const
    {
        Endpoint e;
        e.name = QStringLiteral("mock");
        e.baseUrl = m_server->baseUrl();
        e.model = model;
        e.maxRetries = 3;
        e.connectTimeoutMs = 2000;
        e.firstByteTimeoutMs = 5000;
        e.totalTimeoutMs = 20000;
        return e;
    }
    static ChatRequest request(bool stream)
    {
        ChatRequest chat;
        chat.messages = {{QStringLiteral("system"), QStringLiteral("Summarise.")},
            {QStringLiteral("user"), QStringLiteral("The patient reports a cough for two weeks.")}};
        chat.parameters.temperature = 0.0;
        chat.parameters.seed = 0;
        chat.parameters.stream = stream;
        return chat;
    }
    ChatResult run(const Endpoint& e, const ChatRequest& chat) { return QCoro::waitFor(m_client->complete(e, chat)); }
    static QString message(const ChatResult& result)
    {
        return result.ok() ? QString() : result.failure->error.toString();
    }
    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        return probe.serverPort(); // closed again when probe goes out of scope
    }

    std::unique_ptr<MockLlmServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<ChatClient> m_client;
};

QTEST_GUILESS_MAIN(TestChatClient)
#include "test_chatclient.moc"
