#include "endpoints/sseparser.h"

namespace caliper {

QList<SseEvent> SseParser::feed(const QByteArray& bytes)
{
    QList<SseEvent> events;
    for (const char c : bytes) {
        // A \r\n pair split across two reads must end one line, not two.
        if (c == '\n' && m_lastWasCr) {
            m_lastWasCr = false;
            continue;
        }
        m_lastWasCr = c == '\r';
        if (c == '\r' || c == '\n') {
            processLine(m_line, events);
            m_line.clear();
        } else {
            m_line += c;
        }
    }
    return events;
}

bool SseParser::hasPartialEvent() const
{
    return m_hasData || !m_line.isEmpty();
}

void SseParser::processLine(const QByteArray& line, QList<SseEvent>& events)
{
    if (line.isEmpty()) {
        if (m_hasData)
            events.append(m_event);
        m_event = SseEvent();
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return;
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_event.data += '\n';
        m_event.data += value;
        m_hasData = true;
    } else if (field == "event") {
        m_event.event = value;
    }
}

} // namespace caliper
