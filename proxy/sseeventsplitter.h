#pragma once

#include <QByteArray>
#include <QList>

// Cuts a server-sent-event byte stream into whole events as the bytes arrive,
// keeping each event's original bytes so it can be forwarded unchanged.
class SseEventSplitter
{
public:
    struct Event
    {
        QByteArray raw; // the event's bytes, terminating blank line included
        QByteArray name; // the "event:" field, empty when absent
        QByteArray data; // the "data:" lines joined with '\n'
    };

    // Appends bytes and returns the events they complete.
    QList<Event> feed(const QByteArray &bytes);
    // Bytes of an unfinished event, returned (and cleared) at the end of a stream.
    QByteArray takeRemainder();
    bool hasRemainder() const { return !m_buffer.isEmpty(); }

    static Event parse(QByteArray raw);

private:
    QByteArray m_buffer;
};
