#include "httprequestparser.h"

#include <QList>

namespace caliper::mock {

namespace {
// Requests with heads larger than this are not something a chat client sends; refuse rather than buffer forever.
constexpr qsizetype MaxHeadSize = 64 * 1024;
constexpr qsizetype MaxBodySize = 64 * 1024 * 1024;
} // namespace

void HttpRequestParser::feed(const QByteArray& bytes)
{
    if (!m_failed)
        m_buffer += bytes;
}

std::optional<HttpRequest> HttpRequestParser::next()
{
    if (m_failed)
        return std::nullopt;
    if (!m_current) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            // A method starts with a capital letter; anything else (a TLS ClientHello) is answered at once.
            const bool notHttp = !m_buffer.isEmpty() && (m_buffer.at(0) < 'A' || m_buffer.at(0) > 'Z');
            m_failed = notHttp || m_buffer.size() > MaxHeadSize;
            return std::nullopt;
        }
        if (!parseHead(m_buffer.left(end)))
            return std::nullopt;
        m_buffer.remove(0, end + 4);
    }
    if (m_buffer.size() < m_bodyLength)
        return std::nullopt;
    HttpRequest request = std::move(*m_current);
    m_current.reset();
    request.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    m_bodyLength = 0;
    return request;
}

bool HttpRequestParser::parseHead(const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        m_failed = true;
        return false;
    }
    HttpRequest request;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    request.keepAlive = requestLine.at(2) == "HTTP/1.1";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0) {
            m_failed = true;
            return false;
        }
        request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const QByteArray connection = request.headers.value("connection").toLower();
    if (connection == "close")
        request.keepAlive = false;
    else if (connection == "keep-alive")
        request.keepAlive = true;
    bool ok = true;
    const QByteArray length = request.headers.value("content-length", "0");
    m_bodyLength = length.toLongLong(&ok);
    if (!ok || m_bodyLength < 0 || m_bodyLength > MaxBodySize || request.headers.contains("transfer-encoding")) {
        m_failed = true;
        return false;
    }
    m_current = std::move(request);
    return true;
}

} // namespace caliper::mock
