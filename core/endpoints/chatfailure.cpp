#include "endpoints/chatfailure.h"

#include "endpoints/endpoint.h"
#include "endpoints/retrypolicy.h"

#include <QCoreApplication>

namespace caliper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper", text);
}

QString hostAndPort(const QUrl& url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return url.host() + QLatin1Char(':') + QString::number(port);
}

ChatFailure deadlineFailure(const FailureFacts& facts, const QUrl& url)
{
    const QString seconds = QString::number(facts.deadlineMs / 1000.0, 'g', 3);
    switch (facts.deadline) {
    case Deadline::Connect:
        return makeFailure(FailureKind::ConnectTimeout,
            tr("could not connect to %1 within %2 s").arg(hostAndPort(url), seconds), url, true);
    case Deadline::FirstByte:
        return makeFailure(FailureKind::FirstByteTimeout,
            tr("the server sent nothing for %1 s (time-out waiting for the answer)").arg(seconds), url, true);
    case Deadline::Total:
        return makeFailure(FailureKind::TotalTimeout, tr("the request took longer than %1 s").arg(seconds), url, true);
    case Deadline::Cancelled:
    case Deadline::None:
        break;
    }
    return makeFailure(FailureKind::Cancelled, tr("the request was cancelled"), url);
}

ChatFailure httpFailure(const FailureFacts& facts, const QUrl& url)
{
    const int status = facts.httpStatus;
    QString message;
    if (status == 401 || status == 403)
        message = tr("the server rejected the API key (HTTP %1)").arg(status);
    else if (status == 404)
        message = tr("not found (HTTP 404): check the base URL and the model id");
    else if (status == 429)
        message = tr("rate limited by the server (HTTP 429)");
    else
        message = tr("the server answered HTTP %1").arg(status);
    if (!facts.serverMessage.isEmpty())
        message += QStringLiteral(": ") + facts.serverMessage;
    ChatFailure failure = makeFailure(FailureKind::Http, message, url, isRetryableStatus(status));
    failure.httpStatus = status;
    failure.retryAfterMs = facts.retryAfterMs;
    return failure;
}

} // namespace

ChatFailure makeFailure(FailureKind kind, const QString& message, const QUrl& url, bool retryable)
{
    ChatFailure failure;
    failure.kind = kind;
    failure.error = Error {message, displayUrl(url)};
    failure.retryable = retryable;
    return failure;
}

ChatFailure describeFailure(const FailureFacts& facts, const QUrl& url)
{
    if (facts.deadline != Deadline::None)
        return deadlineFailure(facts, url);
    if (facts.httpStatus >= 400)
        return httpFailure(facts, url);
    using E = QNetworkReply::NetworkError;
    switch (facts.networkError) {
    case E::HostNotFoundError:
        return makeFailure(FailureKind::HostNotFound,
            tr("cannot find the server '%1' (DNS lookup failed): check the host name").arg(url.host()), url);
    case E::ConnectionRefusedError:
        return makeFailure(FailureKind::ConnectionRefused,
            tr("connection refused by %1: is the server running?").arg(hostAndPort(url)), url, true);
    case E::SslHandshakeFailedError:
    case E::UnknownNetworkError:
        if (url.scheme() == QLatin1String("https") || facts.networkError == E::SslHandshakeFailedError)
            return makeFailure(FailureKind::Tls,
                tr("TLS error talking to %1: the certificate or protocol was rejected (is it an "
                   "http:// server?)")
                    .arg(hostAndPort(url)),
                url);
        break;
    case E::RemoteHostClosedError:
        return makeFailure(FailureKind::ConnectionClosed,
            tr("the server closed the connection before the answer was complete"), url, true);
    case E::TimeoutError:
        return makeFailure(
            FailureKind::ConnectTimeout, tr("the connection to %1 timed out").arg(hostAndPort(url)), url, true);
    case E::OperationCanceledError:
        return makeFailure(FailureKind::Cancelled, tr("the request was cancelled"), url);
    default:
        break;
    }
    return makeFailure(FailureKind::Network,
        tr("network error talking to %1 (Qt error %2)").arg(hostAndPort(url)).arg(static_cast<int>(facts.networkError)),
        url, true);
}

void redactSecret(ChatFailure& failure, const QString& secret)
{
    if (secret.isEmpty())
        return;
    const QString mask = QStringLiteral("[redacted]");
    failure.error.message.replace(secret, mask);
    failure.error.location.replace(secret, mask);
}

} // namespace caliper
