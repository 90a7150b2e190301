#pragma once

#include "common/error.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace caliper {

struct ChatMessage
{
    QString role; ///< "system", "user" or "assistant"
    QString content;
};

/// The sampling parameters of an experiment; unset ones are left out of the request (the server's default).
struct GenerationParameters
{
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;
    std::optional<double> frequencyPenalty;
    std::optional<qint64> seed;
    bool stream = false;
    bool logprobs = false;
    int topLogprobs = 0; ///< alternatives per token, when logprobs is on
};

struct ChatRequest
{
    QList<ChatMessage> messages;
    GenerationParameters parameters;
};

struct TokenLogprob
{
    QString token;
    double logprob = 0;
    QList<QPair<QString, double>> top; ///< the most likely alternatives, most likely first
};

/// Token counts as the server reported them; unset when it did not (core counts tokens itself then).
struct TokenUsage
{
    std::optional<qint64> promptTokens;
    std::optional<qint64> completionTokens;
    std::optional<qint64> reasoningTokens; ///< completion_tokens_details.reasoning_tokens
};

/// Why a request failed, in the terms a user can act on.
enum class FailureKind {
    Http, ///< the server answered with an error status
    HostNotFound,
    ConnectionRefused,
    Tls,
    ConnectTimeout,
    FirstByteTimeout, ///< also a stream that went silent for too long
    TotalTimeout,
    ConnectionClosed, ///< reset, or closed before the answer was complete
    Protocol, ///< the answer is not the JSON or SSE the API promises
    Key, ///< the API key could not be read (no keychain, variable not set)
    Cancelled,
    Network, ///< any other network error
};

struct ChatFailure
{
    FailureKind kind = FailureKind::Network;
    Error error; ///< message; location is the endpoint URL. Never contains the API key.
    int httpStatus = 0; ///< 0 when no HTTP answer came
    bool retryable = false;
    std::optional<qint64> retryAfterMs; ///< what the server's Retry-After asked for
};

/// The outcome of one chat completion, after any retries.
struct ChatResult
{
    std::optional<ChatFailure> failure;
    QString content; ///< as the server sent it (with <think> blocks where the model writes them inline)
    QString reasoningContent; ///< the separate reasoning_content (DeepSeek, vLLM reasoning parsers)
    TokenUsage usage;
    QList<TokenLogprob> logprobs;
    QString finishReason;
    QString model; ///< the model the server says answered
    qint64 timeToFirstTokenMs = -1; ///< first content or reasoning token (streamed); first byte (not streamed)
    qint64 latencyMs = 0; ///< the successful (or last) attempt, start to end
    int attempts = 0;

    bool ok() const { return !failure.has_value(); }
    static ChatResult failed(ChatFailure why)
    {
        ChatResult result;
        result.failure = std::move(why);
        return result;
    }
};

/// The models a server lists at GET {base}/models.
struct ModelList
{
    std::optional<ChatFailure> failure;
    QStringList models;

    bool ok() const { return !failure.has_value(); }
    static ModelList failed(ChatFailure why)
    {
        ModelList list;
        list.failure = std::move(why);
        return list;
    }
};

} // namespace caliper
