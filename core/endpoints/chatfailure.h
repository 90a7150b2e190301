#pragma once

#include "endpoints/chattypes.h"

#include <QNetworkReply>
#include <QUrl>

namespace caliper {

/// Which of our own deadlines ended a request (Qt reports all of them, and a user's cancel, as
/// OperationCanceledError, so the client keeps track itself).
enum class Deadline { None, Connect, FirstByte, Total, Cancelled };

/// What the client saw when a request ended without a usable answer.
struct FailureFacts
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    int httpStatus = 0;
    Deadline deadline = Deadline::None;
    int deadlineMs = 0; ///< the limit that ran out, for the message
    QString serverMessage; ///< from the error body, if any
    std::optional<qint64> retryAfterMs;
};

/// Turns what happened into a failure with a message a user can act on ("connection refused by
/// 127.0.0.1:8080: is the server running?"), whether it is worth retrying, and the URL as its location.
/// Retryable: 408/425/429/5xx, refused and closed connections, timeouts and other transient network errors;
/// not retryable: DNS failures, TLS errors, 4xx, cancellation.
ChatFailure describeFailure(const FailureFacts& facts, const QUrl& url);

/// A failure that is not about the network (no key, a malformed answer, …).
ChatFailure makeFailure(FailureKind kind, const QString& message, const QUrl& url, bool retryable = false);

/// Removes every occurrence of a secret from a failure's text: servers sometimes echo the key they rejected.
void redactSecret(ChatFailure& failure, const QString& secret);

} // namespace caliper
