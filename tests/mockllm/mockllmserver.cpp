#include "mockllmserver.h"

#include "httprequestparser.h"
#include "mockcompletion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace caliper::mock {

/// One client connection: parses requests in order and answers them one at a time (keep-alive, no pipelining
/// of answers), tracking whether an answer is in progress so the server's in-flight count stays right.
class MockLlmServer::Connection : public QObject
{
public:
    Connection(QTcpSocket* socket, MockLlmServer* server)
        : QObject(server)
        , m_socket(socket)
        , m_server(server)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, &Connection::readRequests);
        connect(socket, &QTcpSocket::disconnected, this, &Connection::closed);
    }

    void write(const QByteArray& bytes)
    {
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->write(bytes);
    }

    void writeHead(int status, const QByteArray& reason, const QList<QByteArray>& headers)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        for (const QByteArray& header : headers)
            head += header + "\r\n";
        head += m_keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
        write(head);
    }

    void respond(int status, const QByteArray& reason, const QByteArray& body, QList<QByteArray> headers = {})
    {
        headers << "Content-Type: application/json"
                << "Content-Length: " + QByteArray::number(body.size());
        writeHead(status, reason, headers);
        write(body);
        finish();
    }

    /// Sends the events as an SSE stream with chunked transfer encoding, `interval` ms apart; stops after
    /// `limit` events and drops the connection when the stream is to be truncated.
    void stream(QList<QByteArray> events, int intervalMs, qsizetype limit)
    {
        writeHead(
            200, "OK", {"Content-Type: text/event-stream", "Cache-Control: no-cache", "Transfer-Encoding: chunked"});
        m_events = std::move(events);
        m_limit = limit;
        m_next = 0;
        if (intervalMs <= 0) {
            while (m_next <= m_limit && m_busy)
                sendEvent();
            return;
        }
        m_timer.setInterval(intervalMs);
        m_timer.callOnTimeout(this, &Connection::sendEvent, Qt::UniqueConnection);
        m_timer.start();
    }

    void drop()
    {
        m_socket->abort();
        closed();
    }

    void finish()
    {
        if (!m_busy)
            return;
        m_busy = false;
        m_server->requestFinished();
        if (!m_keepAlive)
            m_socket->disconnectFromHost();
        else
            QTimer::singleShot(0, this, &Connection::readRequests);
    }

private:
    void sendEvent()
    {
        if (m_next >= m_limit) {
            m_timer.stop();
            if (m_limit < m_events.size())
                return drop();
            write("0\r\n\r\n");
            return finish();
        }
        const QByteArray& event = m_events.at(m_next++);
        write(QByteArray::number(event.size(), 16) + "\r\n" + event + "\r\n");
    }

    void readRequests()
    {
        m_parser.feed(m_socket->readAll());
        if (m_busy)
            return;
        std::optional<HttpRequest> request = m_parser.next();
        if (m_parser.failed()) {
            m_keepAlive = false;
            writeHead(400, "Bad Request", {"Content-Length: 0"});
            m_socket->disconnectFromHost();
            return;
        }
        if (request) {
            m_busy = true;
            m_keepAlive = request->keepAlive;
            m_server->handle(this, *request);
        }
    }

    void closed()
    {
        m_timer.stop();
        if (m_busy) {
            m_busy = false;
            m_server->requestFinished();
        }
        deleteLater();
    }

    QTcpSocket* m_socket;
    MockLlmServer* m_server;
    HttpRequestParser m_parser;
    QTimer m_timer;
    QList<QByteArray> m_events;
    qsizetype m_next = 0;
    qsizetype m_limit = 0;
    bool m_busy = false;
    bool m_keepAlive = true;
};

namespace {

QByteArray errorBody(const QString& message, const QString& type)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("error"),
                             QJsonObject {{QStringLiteral("message"), message}, {QStringLiteral("type"), type}}}})
        .toJson(QJsonDocument::Compact);
}

QString lastUserMessage(const QJsonArray& messages)
{
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        if (messages.at(i)[QLatin1String("role")].toString() == QLatin1String("user"))
            return messages.at(i)[QLatin1String("content")].toString();
    }
    return {};
}

QByteArray sseEvent(const QByteArray& data)
{
    return "data: " + data + "\n\n";
}

} // namespace

MockLlmServer::MockLlmServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &MockLlmServer::acceptConnections);
}

MockLlmServer::~MockLlmServer() = default;

bool MockLlmServer::listen(quint16 port)
{
    m_server->setMaxPendingConnections(1024);
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 MockLlmServer::port() const
{
    return m_server->serverPort();
}

QUrl MockLlmServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port()));
}

void MockLlmServer::pushFault(Fault fault, int count)
{
    for (int i = 0; i < count; ++i)
        m_faults.enqueue(fault);
}

std::optional<MockLlmServer::FaultKind> MockLlmServer::faultKindFromName(const QString& name)
{
    static const QList<std::pair<QString, FaultKind>> names = {
        {QStringLiteral("429"), FaultKind::RateLimited},
        {QStringLiteral("500"), FaultKind::ServerError},
        {QStringLiteral("503"), FaultKind::Unavailable},
        {QStringLiteral("reset"), FaultKind::ConnectionReset},
        {QStringLiteral("stall"), FaultKind::Stall},
        {QStringLiteral("truncate"), FaultKind::TruncatedStream},
        {QStringLiteral("malformed"), FaultKind::MalformedJson},
    };
    for (const auto& [text, kind] : names) {
        if (text == name)
            return kind;
    }
    return std::nullopt;
}

void MockLlmServer::acceptConnections()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection())
        new Connection(socket, this);
}

void MockLlmServer::requestFinished()
{
    --m_inFlight;
}

void MockLlmServer::handle(Connection* connection, const HttpRequest& request)
{
    ++m_requestCount;
    m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
    Q_EMIT requestReceived();
    const QByteArray auth = request.headers.value("authorization");
    if (!m_requiredKey.isEmpty() && auth != "Bearer " + m_requiredKey.toUtf8()) {
        // Echo what was sent, as some real servers do, so tests can check that clients never repeat it.
        const QString sent = QString::fromUtf8(auth.mid(7));
        return connection->respond(401, "Unauthorized",
            errorBody(
                QStringLiteral("Incorrect API key provided: %1").arg(sent), QStringLiteral("invalid_request_error")));
    }
    const QByteArray path = request.target.split('?').first();
    if (request.method == "GET" && path == "/v1/models") {
        QJsonArray data;
        for (const QString& model : std::as_const(m_models))
            data.append(
                QJsonObject {{QStringLiteral("id"), model}, {QStringLiteral("object"), QStringLiteral("model")}});
        const QJsonObject list {{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}};
        return connection->respond(200, "OK", QJsonDocument(list).toJson(QJsonDocument::Compact));
    }
    if (request.method != "POST" || path != "/v1/chat/completions")
        return connection->respond(
            404, "Not Found", errorBody(QStringLiteral("no such route"), QStringLiteral("not_found")));
    ++m_chatRequestCount;
    QJsonParseError error;
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !body.isObject())
        return connection->respond(400, "Bad Request",
            errorBody(QStringLiteral("request body is not JSON"), QStringLiteral("invalid_request_error")));
    m_lastChatRequest = body.object();
    ++m_requestsByUserMessage[lastUserMessage(m_lastChatRequest.value(QLatin1String("messages")).toArray())];
    QPointer<Connection> guard(connection);
    QTimer::singleShot(m_latencyMs, connection, [this, guard, request = body.object()] {
        if (guard)
            answerChat(guard, request);
    });
}

void MockLlmServer::answerChat(Connection* connection, const QJsonObject& request)
{
    const bool stream = request.value(QLatin1String("stream")).toBool();
    if (!m_faults.isEmpty())
        return answerFault(connection, m_faults.dequeue(), stream);
    const Scripted scripted = m_scripted.isEmpty() ? Scripted {} : m_scripted.dequeue();
    const MockCompletion completion = scripted.tokens.isEmpty() ? makeCompletion(request, scripted.content)
                                                                : makeCompletion(request, scripted.tokens);
    const QString id = QStringLiteral("chatcmpl-mock-%1").arg(m_chatRequestCount);
    if (!stream) {
        // A non-streamed answer takes as long as generating every token would.
        const int generationMs = m_tokensPerSecond > 0
            ? static_cast<int>(static_cast<double>(completion.tokens.size()) * 1000.0 / m_tokensPerSecond)
            : 0;
        const QByteArray body = QJsonDocument(completionJson(completion, id)).toJson(QJsonDocument::Compact);
        QPointer<Connection> guard(connection);
        QTimer::singleShot(generationMs, connection, [guard, body] {
            if (guard)
                guard->respond(200, "OK", body);
        });
        return;
    }
    QList<QByteArray> events;
    for (const QJsonObject& chunk : completionChunks(completion, id))
        events << sseEvent(QJsonDocument(chunk).toJson(QJsonDocument::Compact));
    events << sseEvent("[DONE]");
    const int interval = m_tokensPerSecond > 0 ? static_cast<int>(1000.0 / m_tokensPerSecond) : 0;
    connection->stream(events, interval, events.size());
}

void MockLlmServer::answerFault(Connection* connection, const Fault& fault, bool stream)
{
    switch (fault.kind) {
    case FaultKind::RateLimited: {
        QList<QByteArray> headers;
        if (fault.retryAfterSeconds > 0)
            headers << "Retry-After: " + QByteArray::number(fault.retryAfterSeconds);
        return connection->respond(429, "Too Many Requests",
            errorBody(QStringLiteral("rate limit reached"), QStringLiteral("rate_limit")), headers);
    }
    case FaultKind::ServerError:
        return connection->respond(
            500, "Internal Server Error", errorBody(QStringLiteral("internal error"), QStringLiteral("server_error")));
    case FaultKind::Unavailable:
        return connection->respond(
            503, "Service Unavailable", errorBody(QStringLiteral("overloaded"), QStringLiteral("server_error")));
    case FaultKind::ConnectionReset:
        return connection->drop();
    case FaultKind::Stall:
        return;
    case FaultKind::TruncatedStream:
        if (stream)
            return connection->stream({sseEvent(R"({"choices":[{"index":0,"delta":{"content":"Half "}}]})"),
                                          sseEvent(R"({"choices":[{"index":0,"delta":{"content":"an answer"}}]})")},
                0, 1);
        connection->writeHead(200, "OK", {"Content-Type: application/json", "Content-Length: 4096"});
        connection->write(R"({"choices":[{"index":0,"message":{"content":"Half)");
        return connection->drop();
    case FaultKind::MalformedJson:
        if (stream)
            return connection->stream({sseEvent("{\"choices\": [ this is not json"), sseEvent("[DONE]")}, 0, 2);
        return connection->respond(200, "OK", "{\"choices\": [ this is not json");
    }
}

} // namespace caliper::mock
