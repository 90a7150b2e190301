#pragma once

#include "common/error.h"
#include "endpoints/chattypes.h"
#include "endpoints/endpoint.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace caliper {

/// The cache key of a request: sha256 (hex) of a canonical JSON of everything that decides the answer —
/// chat-completions URL, model, messages, and every generation parameter (stream on/off excluded: it changes
/// delivery, not content). Never includes the API key. `variant` > 0 keys the same request apart: a judge's k
/// repeats of one identical request must each get their own answer (0, the default, is the plain key).
QByteArray requestCacheKey(const Endpoint& endpoint, const ChatRequest& request, int variant = 0);

/// The canonical JSON the key hashes (for diagnostics and tests).
QByteArray requestCacheKeyJson(const Endpoint& endpoint, const ChatRequest& request, int variant = 0);

/// A successful ChatResult as the cache keeps it: content, reasoning_content, usage, logprobs, finish_reason,
/// model, ttft_ms, latency_ms (not the failure, not the attempts). chatResultFromJson() reads it back with
/// attempts = 0: a cached answer took no request.
QJsonObject chatResultToJson(const ChatResult& result);
ChatResult chatResultFromJson(const QJsonObject& object);

/// Successful answers by request (table response_cache). Errors are never stored: a failure must be retried.
class ResponseCache
{
public:
    explicit ResponseCache(QSqlDatabase db);

    std::optional<ChatResult> lookup(const Endpoint& endpoint, const ChatRequest& request, int variant = 0) const;
    /// Stores `result` when it succeeded; does nothing for failures.
    Status store(const Endpoint& endpoint, const ChatRequest& request, const ChatResult& result, int variant = 0);

private:
    QSqlDatabase m_db;
};

} // namespace caliper
