#pragma once

#include "mockhttpparser.h"
#include "mockreply.h"

#include <QObject>
#include <QTimer>

class MockUpstream;
class QTcpSocket;

// One client connection of MockUpstream: parses requests off the socket (keep-alive,
// pipelining, chunked request bodies, Expect: 100-continue), answers them one at a
// time, and delivers each MockReply as told: delayed, streamed event by event with
// chunked framing, cut off mid-way, or never. Deletes itself when the client leaves.
class MockConnection : public QObject
{
    Q_OBJECT

public:
    MockConnection(QTcpSocket *socket, MockUpstream *upstream);
    ~MockConnection() override;

    void abort();

private:
    enum class Phase { Idle, FirstByteDelay, Streaming, Hanging };

    void onReadyRead();
    void onTimeout();
    void onBytesWritten();
    void onDisconnected();
    void processBuffered();
    void dispatch(MockHttpRequest &&request);
    void writeHead();
    void writeEvents();
    void appendEvent(const QByteArray &event);
    void finishReply();
    void abortWhenFlushed();
    void rejectMalformed();

    MockUpstream *m_upstream;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    QByteArray m_out; // reused write buffer
    MockHttpParser m_parser;
    MockReply m_reply;
    QTimer m_timer;
    Phase m_phase = Phase::Idle;
    qsizetype m_nextEvent = 0;
    bool m_busy = false; // a request is in flight
    bool m_keepAlive = true;
    bool m_processing = false;
    bool m_abortPending = false;
    bool m_closed = false;
    bool m_reported = false;
};
