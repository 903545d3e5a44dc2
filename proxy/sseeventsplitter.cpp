#include "sseeventsplitter.h"

namespace {

// Position just past the blank line ending the first event, or -1.
qsizetype eventEnd(const QByteArray &buffer, qsizetype from)
{
    for (qsizetype i = qMax<qsizetype>(from, 0); i + 1 < buffer.size(); ++i) {
        if (buffer[i] != '\n' && buffer[i] != '\r')
            continue;
        // The spec allows \n, \r\n and \r line ends; providers send \n.
        qsizetype next = i + 1;
        if (buffer[i] == '\r' && buffer[next] == '\n')
            ++next;
        if (next < buffer.size() && (buffer[next] == '\n' || buffer[next] == '\r')) {
            qsizetype end = next + 1;
            if (buffer[next] == '\r') {
                // "\r\n\r" may be followed by the "\n" of a CRLF terminator still in
                // flight: wait for it, so an event never depends on where bytes were cut.
                if (end == buffer.size())
                    return -1;
                if (buffer[end] == '\n')
                    ++end;
            }
            return end;
        }
        i = next - 1;
    }
    return -1;
}

} // namespace

QList<SseEventSplitter::Event> SseEventSplitter::feed(const QByteArray &bytes)
{
    QList<Event> events;
    // Start the search a little before the new bytes: a terminator may straddle them.
    const qsizetype resume = m_buffer.size() - 3;
    m_buffer.append(bytes);
    qsizetype start = 0;
    qsizetype end = eventEnd(m_buffer, resume);
    while (end > 0) {
        events.append(parse(m_buffer.mid(start, end - start)));
        start = end;
        end = eventEnd(m_buffer, start);
    }
    if (start > 0)
        m_buffer.remove(0, start);
    return events;
}

QByteArray SseEventSplitter::takeRemainder()
{
    return std::exchange(m_buffer, {});
}

SseEventSplitter::Event SseEventSplitter::parse(QByteArray raw)
{
    Event event;
    qsizetype pos = 0;
    while (pos < raw.size()) {
        qsizetype lineEnd = pos;
        while (lineEnd < raw.size() && raw[lineEnd] != '\n' && raw[lineEnd] != '\r')
            ++lineEnd;
        const QByteArrayView line(raw.constData() + pos, lineEnd - pos);
        if (line.startsWith("data:")) {
            QByteArrayView value = line.sliced(5);
            if (value.startsWith(' '))
                value = value.sliced(1);
            if (!event.data.isEmpty())
                event.data.append('\n');
            event.data.append(value);
        } else if (line.startsWith("event:")) {
            event.name = line.sliced(6).toByteArray().trimmed();
        }
        pos = lineEnd + 1;
        if (lineEnd + 1 < raw.size() && raw[lineEnd] == '\r' && raw[lineEnd + 1] == '\n')
            ++pos;
    }
    event.raw = std::move(raw);
    return event;
}
