#pragma once

#include "mockcompletion.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QQueue>
#include <QStringList>
#include <QUrl>

#include <optional>

class QTcpServer;
class QTcpSocket;

namespace caliper::mock {

struct HttpRequest;

/// An OpenAI-compatible chat server on loopback for tests, benchmarks and development: GET /v1/models and
/// POST /v1/chat/completions, streamed (SSE) or not, with deterministic answers (see makeCompletion), usage and
/// logprobs, and faults injected on demand. Tests start it in-process on port 0; `caliper-mock-llm` wraps it.
class MockLlmServer : public QObject
{
    Q_OBJECT
public:
    enum class FaultKind {
        RateLimited, ///< 429 with Retry-After
        ServerError, ///< 500
        Unavailable, ///< 503
        ConnectionReset, ///< the connection is closed without an answer
        Stall, ///< the request is read and never answered
        TruncatedStream, ///< the answer stops half-way and the connection closes
        MalformedJson, ///< 200 with a body (or SSE event) that is not JSON
    };
    struct Fault
    {
        FaultKind kind = FaultKind::ServerError;
        int retryAfterSeconds = 1; ///< for RateLimited; 0 sends no Retry-After
    };

    explicit MockLlmServer(QObject* parent = nullptr);
    ~MockLlmServer() override;

    /// Listens on 127.0.0.1; port 0 picks a free one.
    bool listen(quint16 port = 0);
    quint16 port() const;
    /// http://127.0.0.1:PORT/v1
    QUrl baseUrl() const;

    /// Delay before the answer starts (prefill time).
    void setLatencyMs(int milliseconds) { m_latencyMs = milliseconds; }
    /// Pace of a streamed answer; 0 sends everything at once.
    void setTokensPerSecond(double tokensPerSecond) { m_tokensPerSecond = tokensPerSecond; }
    /// When set, requests without "Authorization: Bearer KEY" get 401.
    void setRequiredApiKey(const QString& key) { m_requiredKey = key; }
    void setModels(const QStringList& models) { m_models = models; }

    /// The next `count` chat requests fail with this fault (faults are used in the order they were pushed).
    void pushFault(Fault fault, int count = 1);
    /// The next chat request answers with exactly this content (judge tests).
    void enqueueReply(const QString& content) { m_scripted.enqueue({content, {}}); }
    /// The next chat request answers with exactly these tokens and their scripted top_logprobs (judge tests).
    void enqueueReply(const QList<MockToken>& tokens) { m_scripted.enqueue({{}, tokens}); }

    int requestCount() const { return m_requestCount; }
    int chatRequestCount() const { return m_chatRequestCount; }
    /// The most requests that were in progress at the same time (read, not yet fully answered).
    int maxConcurrentRequests() const { return m_maxInFlight; }
    QJsonObject lastChatRequest() const { return m_lastChatRequest; }
    /// How many chat requests arrived for each last user message (a run's sample source): resume tests check that
    /// no sample is requested twice.
    QHash<QString, int> chatRequestsByUserMessage() const { return m_requestsByUserMessage; }

    static std::optional<FaultKind> faultKindFromName(const QString& name);

Q_SIGNALS:
    void requestReceived();

private:
    class Connection;
    void acceptConnections();
    void handle(Connection* connection, const HttpRequest& request);
    void answerChat(Connection* connection, const QJsonObject& request);
    void answerFault(Connection* connection, const Fault& fault, bool stream);
    void requestFinished();

    QTcpServer* m_server = nullptr;
    int m_latencyMs = 0;
    double m_tokensPerSecond = 0;
    QString m_requiredKey;
    QStringList m_models {QStringLiteral("mock-chat"), QStringLiteral("mock-reasoner")};
    QQueue<Fault> m_faults;
    struct Scripted
    {
        QString content;
        QList<MockToken> tokens;
    };
    QQueue<Scripted> m_scripted;
    int m_requestCount = 0;
    int m_chatRequestCount = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    QJsonObject m_lastChatRequest;
    QHash<QString, int> m_requestsByUserMessage;
};

} // namespace caliper::mock
