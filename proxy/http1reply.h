#pragma once

#include "http1responseparser.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

class Http1Client;
class Http1Connection;

// One request sent by Http1Client and the response coming back: the head once it is
// there (headersReceived), the de-chunked body as it arrives (dataReceived, once per
// socket read rather than per chunk), then finished exactly once, after which error()
// tells whether the response was whole. The client is the reply's parent; delete it
// (deleteLater() from a slot) once done with it. Deleting a reply still in progress
// closes its connection without emitting anything.
class Http1Reply : public QObject
{
    Q_OBJECT
public:
    enum Error {
        NoError,
        ConnectionRefused,
        HostNotFound,
        Timeout, // no byte for the idle timeout (connecting, awaiting or between reads)
        RemoteClosed, // the connection closed before the response was complete
        TlsError,
        ProtocolError, // malformed response, or a URL this client cannot send to
        Aborted,
    };
    Q_ENUM(Error)

    ~Http1Reply() override;

    QByteArray method() const { return m_method; }
    QUrl url() const { return m_url; }

    int status() const { return m_status; }
    QByteArray reason() const { return m_reason; }
    // As received: names as the server spelled them, duplicates kept, in order.
    const Http1HeaderList &headers() const { return m_headers; }
    // The first field of that name, compared case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;

    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

    // Closes the connection (it cannot be reused with a response half read) and emits
    // finished() with Aborted synchronously, before returning. Nothing happens once the
    // reply has finished.
    void abort();

Q_SIGNALS:
    void headersReceived();
    void dataReceived(const QByteArray &bodyBytes);
    void finished();

private:
    friend class Http1Client;
    friend class Http1Connection;

    Http1Reply(const QByteArray &method, const QUrl &url, int idleTimeoutMs, QObject *parent);
    void setHead(Http1ResponseParser::Head &&head);
    // Emits finished(); queued while Http1Client::send() has not returned yet.
    void finish(Error error, const QString &errorString = {});

    QByteArray m_method;
    QUrl m_url;
    QByteArray m_request; // the bytes to send, kept until a byte comes back (for one retry)
    Http1HeaderList m_headers;
    QByteArray m_reason;
    QString m_errorString;
    Http1Connection *m_connection = nullptr;
    int m_idleTimeoutMs = 0;
    int m_status = 0;
    Error m_error = NoError;
    bool m_headRequest = false;
    bool m_retried = false;
    bool m_finished = false;
    bool m_inSend = false;
};
