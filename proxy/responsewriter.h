#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpSocket>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Writes one HTTP/1.1 response straight to the client's socket: either whole
// (Content-Length) or as chunks as they come. QHttpServerResponder 6.4 cannot
// send arbitrary status codes and keeps a raw socket pointer; this holds a
// QPointer and checks it before every write, so a client that went away is
// never written to.
class ResponseWriter
{
public:
    ResponseWriter(QTcpSocket *socket, bool closeWhenDone);

    bool isConnected() const;
    QTcpSocket *socket() const { return m_socket; }

    void writeComplete(int status, const QByteArray &reason, const HeaderList &headers,
                       const QByteArray &body);

    void beginChunked(int status, const QByteArray &reason, const HeaderList &headers);
    void writeChunk(const QByteArray &data);
    void endChunked();
    bool headersSent() const { return m_headersSent; }

    static QByteArray reasonPhrase(int status);

private:
    void writeHead(int status, const QByteArray &reason, const HeaderList &headers,
                   const QByteArray &framing, QByteArray &out) const;
    void finish();

    QPointer<QTcpSocket> m_socket;
    bool m_closeWhenDone;
    bool m_headersSent = false;
};
