#pragma once

#include "endpoints/canceller.h"
#include "endpoints/chattypes.h"
#include "endpoints/endpoint.h"
#include "endpoints/retrypolicy.h"

#include <QObject>
#include <QSet>

#include <qcoro/qcorotask.h>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace caliper {

class KeyStore;

/// The OpenAI-compatible chat-completions client: one request (streamed or not) with connect, first-byte and
/// total deadlines, retried with backoff on 429, 5xx and network failures. Works for vLLM, llamafile, llama.cpp,
/// Ollama, LM Studio, LiteLLM, OpenAI, Mistral and DeepSeek. Results are values; the coroutines never throw.
///
/// Concurrency: a QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host (fixed in Qt 6.4) and queues
/// the rest inside Qt — where they also run down the connect deadline. A caller that needs more parallel requests
/// to one HTTP/1.1 server uses several ChatClients, each with its own QNetworkAccessManager, and gives each at most
/// 6 at a time (tests/endpoints verifies 2 managers reach 12).
class ChatClient : public QObject
{
    Q_OBJECT
public:
    /// `network` must outlive the client (keep one long-lived manager, see QT-NOTES.md); `keys` may be null
    /// when no endpoint needs a key.
    ChatClient(QNetworkAccessManager* network, KeyStore* keys, QObject* parent = nullptr);
    /// Aborts what is in flight; pending coroutines finish with a Cancelled failure.
    ~ChatClient() override;

    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }

    QCoro::Task<ChatResult> complete(Endpoint endpoint, ChatRequest request, CancelToken cancel = {});
    /// GET {base}/models, once, without retries: what "Test connection" shows, with the server's model list.
    /// `typedKey`, when set, is sent instead of the endpoint's own key: a key the user has typed but not yet
    /// saved, so that testing it does not store it (or replace a stored one) before the user says OK.
    QCoro::Task<ModelList> testConnection(Endpoint endpoint, std::optional<QString> typedKey = std::nullopt);

    int requestsInFlight() const { return static_cast<int>(m_replies.size()); }

    /// What one HTTP exchange produced (internal, public only so the implementation's helpers can read it).
    struct Exchange;

Q_SIGNALS:
    /// An attempt failed and will be retried after `delayMs` (the run queue lowers concurrency on 429).
    void retrying(const QString& endpointName, const caliper::ChatFailure& failure, qint64 delayMs);

private:
    using StreamReader = std::function<bool(const QByteArray&)>;

    QCoro::Task<ChatResult> attempt(Endpoint endpoint, ChatRequest chat, QString key, CancelToken cancel);
    QCoro::Task<Exchange> exchange(QNetworkRequest request, std::optional<QByteArray> body, Endpoint endpoint,
        CancelToken cancel, StreamReader reader);

    QNetworkAccessManager* m_network;
    KeyStore* m_keys;
    RetryPolicy m_retryPolicy;
    QSet<QNetworkReply*> m_replies;
    bool m_shuttingDown = false;
};

} // namespace caliper
