#pragma once

#include "http1reply.h"
#include "http1responseparser.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QHashFunctions>
#include <QObject>
#include <QString>
#include <QTimer>

class Http1Client;
class QTcpSocket;

// Where a connection goes: the pool keeps idle connections per endpoint.
struct Http1Endpoint
{
    QString host;
    quint16 port = 0;
    bool tls = false;

    friend bool operator==(const Http1Endpoint &a, const Http1Endpoint &b)
    {
        return a.port == b.port && a.tls == b.tls && a.host == b.host;
    }
    friend size_t qHash(const Http1Endpoint &endpoint, size_t seed = 0)
    {
        return qHashMulti(seed, endpoint.host, endpoint.port, endpoint.tls);
    }
};

// One keep-alive connection of Http1Client to an endpoint (QTcpSocket, or QSslSocket for
// https): writes one request at a time, reads whatever the socket has, parses it and
// hands the pieces to the reply in progress, watches the idle timeout. Once a response
// is complete it goes back to the client's pool, or closes when it cannot be reused.
// It deletes itself (later) when closed.
class Http1Connection : public QObject
{
    Q_OBJECT
public:
    Http1Connection(const Http1Endpoint &endpoint, Http1Client *client);
    ~Http1Connection() override;

    const Http1Endpoint &endpoint() const { return m_endpoint; }
    // Idle in the pool, still connected, nothing unread.
    bool isReusable() const;
    qint64 idleMs() const { return m_idleSince.elapsed(); }

    // Sends the reply's request, opening the socket first if this connection is new.
    void start(Http1Reply *reply);
    // The reply was aborted or deleted: forget it and close.
    void dropReply();
    // Closes the socket, leaves the pool and deletes itself later. No signal to a reply.
    void close();
    // The client is going away: it must not be called back.
    void detachClient();

private:
    enum class State { New, Connecting, Busy, Idle, Closed };

    void open();
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onTimer();
    void touch()
    {
        if (m_timeoutMs > 0)
            m_activity.restart();
    }
    void writeRequest();
    void readSocket();
    void process();
    void socketClosed(QAbstractSocket::SocketError error);
    void complete(bool bytesLeft);
    void fail(Http1Reply::Error error, const QString &errorString);

    Http1Client *m_client;
    Http1Endpoint m_endpoint;
    QTcpSocket *m_socket = nullptr;
    Http1Reply *m_reply = nullptr;
    Http1ResponseParser m_parser;
    QByteArray m_buffer; // unparsed bytes (an incomplete line at most)
    QTimer m_timer;
    QElapsedTimer m_activity; // since the last sign of life of the request in progress
    QElapsedTimer m_idleSince;
    int m_timeoutMs = 0;
    int m_served = 0; // complete responses so far: a reused connection may be stale
    State m_state = State::New;
    bool m_received = false; // a byte of the current response arrived
    bool m_opening = false; // inside connectToHost(): errors there are handled later
};
