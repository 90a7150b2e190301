#pragma once

#include <QByteArray>
#include <QMap>

#include <optional>

namespace caliper::mock {

/// One HTTP/1.1 request as the mock server received it. Header names are lower-cased.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
    bool keepAlive = true;
};

/// An incremental HTTP/1.1 request parser for the mock LLM server: bytes go in as they arrive (split anywhere),
/// complete requests come out in order. It knows exactly what the mock needs — a request line, headers and a
/// Content-Length body — and fails loudly on anything else, so a client bug shows up as a 400, not a hang.
class HttpRequestParser
{
public:
    void feed(const QByteArray& bytes);
    /// The next complete request, if one has arrived.
    std::optional<HttpRequest> next();
    /// True once the stream cannot be parsed; the connection should answer 400 and close.
    bool failed() const { return m_failed; }

private:
    bool parseHead(const QByteArray& head);

    QByteArray m_buffer;
    std::optional<HttpRequest> m_current; ///< head parsed, waiting for its body
    qsizetype m_bodyLength = 0;
    bool m_failed = false;
};

} // namespace caliper::mock
