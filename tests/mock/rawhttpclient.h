#pragma once

#include "mockhttprequest.h"

#include <QTcpSocket>

#include <optional>

// A byte-level HTTP/1.1 client for the mock's own test: sends exactly the bytes it is
// given and parses answers off the socket itself, keeping the chunk boundaries, so the
// test can check framing, keep-alive and pipelining, which QNetworkAccessManager hides.
// Waits spin the event loop, so a server in the same thread keeps running.
class RawHttpClient
{
public:
    struct Response
    {
        int status = 0;
        MockHeaderList headers;
        QByteArray body; // de-chunked
        QList<QByteArray> chunks; // the chunks of a chunked body, as framed
        bool chunked = false;
        QByteArray header(QByteArrayView name) const { return mockHeaderValue(headers, name); }
    };

    explicit RawHttpClient(quint16 port);

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes);
    // One complete response, or nothing when none arrived in time or the bytes were malformed.
    std::optional<Response> readResponse(int timeoutMs = 5000);
    bool waitForDisconnected(int timeoutMs = 5000);
    bool waitForInterimResponse(int timeoutMs = 5000);
    QByteArray pending() const { return m_buffer; }
    int interimResponses() const { return m_interim; } // "100 Continue" seen so far
    void abort() { m_socket.abort(); }

    static QByteArray request(QByteArrayView method, QByteArrayView path,
                              const QByteArray &body = {}, const QByteArray &extraHeaders = {});

private:
    enum class Parse { NeedMore, Done, Malformed };
    Parse tryParse(Response &response);

    QTcpSocket m_socket;
    QByteArray m_buffer;
    int m_interim = 0;
};
