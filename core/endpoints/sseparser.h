#pragma once

#include <QByteArray>
#include <QList>

namespace caliper {

/// One server-sent event: the joined `data:` lines and the `event:` name (empty for the default "message").
struct SseEvent
{
    QByteArray event;
    QByteArray data;
};

/// An incremental parser for text/event-stream (the WHATWG format): bytes go in as the network delivers them,
/// split at any byte (even between \r and \n), and complete events come out. Comments (":") and unknown fields
/// are ignored; lines may end in \n, \r\n or \r.
class SseParser
{
public:
    QList<SseEvent> feed(const QByteArray& bytes);
    /// Whatever is left when the stream ends: an event whose blank line never came (a truncated stream).
    bool hasPartialEvent() const;

private:
    void processLine(const QByteArray& line, QList<SseEvent>& events);

    QByteArray m_line;
    bool m_lastWasCr = false;
    SseEvent m_event;
    bool m_hasData = false;
};

} // namespace caliper
