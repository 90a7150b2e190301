#include "endpoints/chatclient.h"

#include "endpoints/chatfailure.h"
#include "endpoints/chatprotocol.h"
#include "endpoints/keystore.h"
#include "endpoints/sseparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <qcoro/qcoronetworkreply.h>
#include <qcoro/qcorosignal.h>

#include <chrono>

namespace caliper {

/// What one HTTP exchange produced; interpreted by the caller.
struct ChatClient::Exchange
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    bool eventStream = false;
    QByteArray body; ///< everything that was not fed to the stream reader
    QByteArray retryAfter;
    Deadline deadline = Deadline::None;
    int deadlineMs = 0;
    bool readerStopped = false;
    qint64 firstByteMs = -1;
    qint64 elapsedMs = 0;
};

namespace {

/// Per-request bookkeeping shared by the reply's signal handlers.
struct ExchangeState
{
    QElapsedTimer clock;
    Deadline deadline = Deadline::None;
    int deadlineMs = 0;
    bool readerStopped = false;
    qint64 firstByteMs = -1;
    QByteArray body;
};

/// The reader of a streamed answer: SSE events into a StreamAccumulator, noting when the first token came.
struct StreamState
{
    SseParser parser;
    StreamAccumulator accumulator;
    std::optional<Error> error;
    QElapsedTimer clock;
    qint64 firstTokenMs = -1;

    bool read(const QByteArray& bytes)
    {
        for (const SseEvent& event : parser.feed(bytes)) {
            if (Status added = accumulator.add(event); !added) {
                error = added.error();
                return false;
            }
            if (firstTokenMs < 0 && accumulator.hasTokens())
                firstTokenMs = clock.elapsed();
        }
        return true;
    }
};

QNetworkRequest makeRequest(const QUrl& url, const QString& key, bool stream)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Caliper/" CALIPER_VERSION_STRING));
    request.setRawHeader("Accept", stream ? "text/event-stream" : "application/json");
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    return request;
}

ChatFailure failureOf(const ChatClient::Exchange& exchange, const QUrl& url)
{
    FailureFacts facts;
    facts.networkError = exchange.error;
    facts.httpStatus = exchange.status;
    facts.deadline = exchange.deadline;
    facts.deadlineMs = exchange.deadlineMs;
    facts.serverMessage = serverErrorMessage(exchange.body);
    facts.retryAfterMs = parseRetryAfter(exchange.retryAfter, QDateTime::currentDateTimeUtc());
    return describeFailure(facts, url);
}

bool failed(const ChatClient::Exchange& exchange)
{
    return exchange.deadline != Deadline::None || exchange.status >= 400
        || (exchange.error != QNetworkReply::NoError && !exchange.readerStopped);
}

ChatResult streamedResult(const ChatClient::Exchange& exchange, const StreamState& stream, const QUrl& url)
{
    if (stream.error)
        return ChatResult::failed(makeFailure(FailureKind::Protocol, stream.error->message, url));
    ChatResult result = stream.accumulator.result();
    if (!stream.accumulator.done() && result.finishReason.isEmpty())
        return ChatResult::failed(makeFailure(FailureKind::ConnectionClosed,
            QCoreApplication::translate("caliper::ChatClient", "the stream ended before the answer was complete"), url,
            true));
    result.timeToFirstTokenMs = stream.firstTokenMs >= 0 ? stream.firstTokenMs : exchange.firstByteMs;
    return result;
}

ChatResult interpret(const ChatClient::Exchange& exchange, const StreamState& stream, const QUrl& url)
{
    ChatResult result;
    if (failed(exchange)) {
        result.failure = failureOf(exchange, url);
    } else if (exchange.eventStream) {
        result = streamedResult(exchange, stream, url);
    } else if (Result<ChatResult> parsed = parseChatCompletion(exchange.body); parsed) {
        result = std::move(parsed).value();
        result.timeToFirstTokenMs = exchange.firstByteMs;
    } else {
        result.failure = makeFailure(FailureKind::Protocol, parsed.error().message, url);
    }
    result.latencyMs = exchange.elapsedMs;
    return result;
}

ChatResult cancelledResult(const QUrl& url)
{
    return ChatResult::failed(makeFailure(
        FailureKind::Cancelled, QCoreApplication::translate("caliper::ChatClient", "the request was cancelled"), url));
}

bool isEventStream(const QNetworkReply& reply)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 200 && status < 300
        && reply.header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QLatin1String("text/event-stream"));
}

/// Arms the connect and silence deadlines (Qt has neither: its transfer timeout is one inactivity limit and is
/// reported like a cancel), feeds streamed bytes to the reader, and aborts on cancel.
void watch(QNetworkReply* reply, const std::shared_ptr<ExchangeState>& state, const Endpoint& endpoint,
    const CancelToken& cancel, std::function<bool(const QByteArray&)> reader)
{
    auto stop = [reply, state](Deadline deadline, int ms) {
        if (state->deadline == Deadline::None && !state->readerStopped) {
            state->deadline = deadline;
            state->deadlineMs = ms;
        }
        reply->abort();
    };
    auto* connectTimer = new QTimer(reply);
    auto* silenceTimer = new QTimer(reply);
    connectTimer->setSingleShot(true);
    silenceTimer->setSingleShot(true);
    const int connectMs = endpoint.connectTimeoutMs;
    const int silenceMs = endpoint.firstByteTimeoutMs;
    QObject::connect(connectTimer, &QTimer::timeout, reply, [stop, connectMs] { stop(Deadline::Connect, connectMs); });
    QObject::connect(
        silenceTimer, &QTimer::timeout, reply, [stop, silenceMs] { stop(Deadline::FirstByte, silenceMs); });
    QObject::connect(reply, &QNetworkReply::requestSent, reply, [connectTimer, silenceTimer, silenceMs] {
        connectTimer->stop();
        silenceTimer->start(silenceMs);
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, state, silenceTimer, silenceMs, reader] {
        if (state->firstByteMs < 0)
            state->firstByteMs = state->clock.elapsed();
        silenceTimer->start(silenceMs);
        const QByteArray bytes = reply->readAll();
        if (!reader || !isEventStream(*reply)) {
            state->body += bytes;
        } else if (!reader(bytes)) {
            state->readerStopped = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, [connectTimer, silenceTimer] {
        connectTimer->stop();
        silenceTimer->stop();
    });
    if (cancel)
        QObject::connect(cancel.get(), &Canceller::cancelled, reply, [stop] { stop(Deadline::Cancelled, 0); });
    connectTimer->start(connectMs);
}

} // namespace

ChatClient::ChatClient(QNetworkAccessManager* network, KeyStore* keys, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_keys(keys)
{ }

ChatClient::~ChatClient()
{
    // Coroutines resumed by these aborts see m_shuttingDown and touch nothing else of ours.
    m_shuttingDown = true;
    const QSet<QNetworkReply*> replies = std::exchange(m_replies, {});
    for (QNetworkReply* reply : replies)
        reply->abort();
}

QCoro::Task<ChatResult> ChatClient::complete(Endpoint endpoint, ChatRequest request, CancelToken cancel)
{
    QPointer<ChatClient> self(this);
    const QUrl url = apiUrl(endpoint.baseUrl, QStringLiteral("chat/completions"));
    if (!cancel)
        cancel = std::make_shared<Canceller>();
    Result<QString> key = QString();
    if (endpoint.keySource != KeySource::None) {
        if (!m_keys)
            co_return ChatResult::failed(
                makeFailure(FailureKind::Key, tr("no key store to read the API key from"), url));
        key = co_await m_keys->apiKey(endpoint);
        if (!self || self->m_shuttingDown)
            co_return cancelledResult(url);
        if (!key)
            co_return ChatResult::failed(makeFailure(FailureKind::Key, key.error().message, url));
    }
    ChatResult result;
    for (int attempt = 0;; ++attempt) {
        result = co_await self->attempt(endpoint, request, key.value(), cancel);
        result.attempts = attempt + 1;
        if (!self || self->m_shuttingDown || result.ok() || !result.failure->retryable || attempt >= endpoint.maxRetries
            || cancel->isCancelled())
            break;
        const qint64 delay = retryDelayMs(
            attempt, self->m_retryPolicy, result.failure->retryAfterMs, QRandomGenerator::global()->generateDouble());
        Q_EMIT self->retrying(endpoint.name, *result.failure, delay);
        co_await sleepUnlessCancelled(cancel, delay);
        if (!self || self->m_shuttingDown || cancel->isCancelled()) {
            result = cancelledResult(url);
            result.attempts = attempt + 1;
            break;
        }
    }
    if (result.failure)
        redactSecret(*result.failure, key.value());
    co_return result;
}

QCoro::Task<ChatResult> ChatClient::attempt(Endpoint endpoint, ChatRequest chat, QString key, CancelToken cancel)
{
    const QUrl url = apiUrl(endpoint.baseUrl, QStringLiteral("chat/completions"));
    auto stream = std::make_shared<StreamState>();
    stream->clock.start();
    StreamReader reader;
    if (chat.parameters.stream)
        reader = [stream](const QByteArray& bytes) { return stream->read(bytes); };
    const Exchange exchanged = co_await exchange(
        makeRequest(url, key, chat.parameters.stream), chatRequestBody(endpoint, chat), endpoint, cancel, reader);
    co_return interpret(exchanged, *stream, url);
}

QCoro::Task<ModelList> ChatClient::testConnection(Endpoint endpoint, std::optional<QString> typedKey)
{
    QPointer<ChatClient> self(this);
    const QUrl url = apiUrl(endpoint.baseUrl, QStringLiteral("models"));
    Result<QString> key = typedKey.value_or(QString());
    if (!typedKey && endpoint.keySource != KeySource::None && m_keys) {
        key = co_await m_keys->apiKey(endpoint);
        if (!key)
            co_return ModelList::failed(makeFailure(FailureKind::Key, key.error().message, url));
    }
    if (!self || self->m_shuttingDown)
        co_return ModelList::failed(*cancelledResult(url).failure);
    endpoint.totalTimeoutMs = endpoint.connectTimeoutMs + endpoint.firstByteTimeoutMs;
    const Exchange exchanged
        = co_await self->exchange(makeRequest(url, key.value(), false), std::nullopt, endpoint, {}, {});
    ModelList list;
    if (failed(exchanged)) {
        list.failure = failureOf(exchanged, url);
    } else if (Result<QStringList> models = parseModelList(exchanged.body); models) {
        list.models = models.value();
    } else {
        list.failure = makeFailure(FailureKind::Protocol, models.error().message, url);
    }
    if (list.failure)
        redactSecret(*list.failure, key.value());
    co_return list;
}

QCoro::Task<ChatClient::Exchange> ChatClient::exchange(
    QNetworkRequest request, std::optional<QByteArray> body, Endpoint endpoint, CancelToken cancel, StreamReader reader)
{
    Exchange out;
    if (cancel && cancel->isCancelled()) {
        out.deadline = Deadline::Cancelled;
        co_return out;
    }
    QPointer<ChatClient> self(this);
    auto state = std::make_shared<ExchangeState>();
    state->clock.start();
    QPointer<QNetworkReply> reply = body ? m_network->post(request, *body) : m_network->get(request);
    m_replies.insert(reply);
    watch(reply.get(), state, endpoint, cancel, std::move(reader));
    const bool finished
        = co_await qCoro(reply.get()).waitForFinished(std::chrono::milliseconds(endpoint.totalTimeoutMs));
    if (!self || self->m_shuttingDown || !reply) {
        out.deadline = Deadline::Cancelled;
        co_return out;
    }
    if (!finished) {
        state->deadline = Deadline::Total;
        state->deadlineMs = endpoint.totalTimeoutMs;
        reply->abort();
    }
    self->m_replies.remove(reply);
    out.error = reply->error();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.eventStream = isEventStream(*reply);
    out.retryAfter = reply->rawHeader("Retry-After");
    out.body = reply->isOpen() ? state->body + reply->readAll() : state->body;
    out.deadline = state->deadline;
    out.deadlineMs = state->deadlineMs;
    out.readerStopped = state->readerStopped;
    out.firstByteMs = state->firstByteMs;
    out.elapsedMs = state->clock.elapsed();
    reply->deleteLater();
    co_return out;
}

} // namespace caliper
