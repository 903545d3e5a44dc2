#pragma once

#include <QByteArray>
#include <QList>

// An answer ready for the wire, plus how to deliver it: when to start, how fast to
// stream, and whether to break the connection on purpose. Framing headers
// (Content-Length / Transfer-Encoding, Connection) are added by MockConnection.
struct MockReply
{
    int status = 200;
    QByteArray headers; // "name: value\r\n" lines
    QByteArray body; // the whole body of a non-streamed answer
    QList<QByteArray> events; // a streamed answer: one SSE event per HTTP chunk
    bool streamed = false;
    int firstByteDelayMs = 0;
    int eventDelayMs = 0; // pause before every event but the first
    int abortAfter = -1; // >= 0: abort the TCP connection after this many events (or body bytes)
    bool hang = false; // never answer
    bool close = false; // close the connection once answered

    // A reply whose content type follows from streamed: SSE or JSON.
    static MockReply start(int status, bool streamed)
    {
        MockReply reply;
        reply.status = status;
        reply.streamed = streamed;
        reply.addHeader("content-type",
                        streamed ? QByteArrayLiteral("text/event-stream; charset=utf-8")
                                 : QByteArrayLiteral("application/json"));
        return reply;
    }

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers += name + ": " + value + "\r\n";
    }
    qsizetype eventBytes() const
    {
        qsizetype total = 0;
        for (const QByteArray &event : events)
            total += event.size();
        return total;
    }
};
