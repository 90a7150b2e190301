#pragma once

#include "common/error.h"
#include "endpoints/chattypes.h"
#include "endpoints/endpoint.h"
#include "endpoints/sseparser.h"

#include <QByteArray>
#include <QStringList>

namespace caliper {

/// The JSON body of POST {base}/chat/completions. Streamed requests ask for a final usage chunk
/// (stream_options.include_usage), except where the preset's server rejects that field.
QByteArray chatRequestBody(const Endpoint& endpoint, const ChatRequest& request);

/// Reads a whole (non-streamed) chat.completion into the content fields of a ChatResult.
Result<ChatResult> parseChatCompletion(const QByteArray& body);

/// The model ids of a GET {base}/models answer.
Result<QStringList> parseModelList(const QByteArray& body);

/// The server's own words from an error body ({"error":{"message":…}}, {"detail":…}, {"message":…} or plain text),
/// shortened; empty when the body says nothing.
QString serverErrorMessage(const QByteArray& body);

/// Builds a ChatResult from the events of a streamed answer, as they arrive.
class StreamAccumulator
{
public:
    /// Applies one event; an Error when it is not valid JSON or is an error object.
    Status add(const SseEvent& event);
    /// True once "data: [DONE]" arrived.
    bool done() const { return m_done; }
    /// True once any content or reasoning text arrived (time to first token).
    bool hasTokens() const { return m_hasTokens; }
    const ChatResult& result() const { return m_result; }

private:
    ChatResult m_result;
    bool m_done = false;
    bool m_hasTokens = false;
};

} // namespace caliper
