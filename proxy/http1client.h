#pragma once

#include "http1connection.h"
#include "http1reply.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <optional>

// The proxy's HTTP/1.1 client towards upstream providers, in place of
// QNetworkAccessManager: Qt 6.4's QNAM reads plain-http response heads one byte per
// read(2) (~1.2 ms of CPU per request) and opens at most six connections per host.
// Everything happens on the calling thread, event-driven. Connections are kept alive
// in a pool per (scheme, host, port): an idle one is reused (the most recent first),
// else a new one is opened, with no limit on connections per host. Idle connections
// are capped per host and closed after a while. A request that meets a kept-alive
// connection the server had closed goes again once on a new connection. https uses
// QSslSocket with the default configuration (peers verified), offering only http/1.1.
// No redirects, cookies, decompression or proxies: bytes pass through as they are.
class Http1Client : public QObject
{
    Q_OBJECT
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    explicit Http1Client(QObject *parent = nullptr);
    ~Http1Client() override;

    // Sends a request; the reply (a child of this client) reports the response. The
    // headers must not contain Host, Content-Length or Connection: Host, and
    // Content-Length when there is a body (or for POST, PUT and PATCH), are added here.
    // idleTimeoutMs (<= 0: none) bounds connecting, the wait for the first byte and
    // every gap between reads.
    Http1Reply *send(const QByteArray &method, const QUrl &url, const HeaderList &headers,
                     const QByteArray &body, int idleTimeoutMs);

    void setMaxIdleConnectionsPerHost(int count) { m_maxIdlePerHost = qMax(0, count); }
    int maxIdleConnectionsPerHost() const { return m_maxIdlePerHost; }
    void setIdleConnectionTimeout(int ms);
    int idleConnectionTimeout() const { return m_idleTimeoutMs; }

    int openConnectionCount() const { return m_openConnections; }
    int idleConnectionCount() const { return m_idleConnections; }
    void closeIdleConnections();

private:
    friend class Http1Connection;

    void dispatch(Http1Reply *reply, const Http1Endpoint &endpoint, bool reuse);
    // From connections:
    const QSslConfiguration &tlsConfiguration();
    void release(Http1Connection *connection);
    void connectionClosed(Http1Connection *connection, bool wasIdle);
    void retry(Http1Reply *reply, const Http1Endpoint &endpoint);
    void closeExpiredConnections();

    QHash<Http1Endpoint, QList<Http1Connection *>> m_idle; // most recently used last
    std::optional<QSslConfiguration> m_tlsConfiguration;
    QTimer m_reaper;
    int m_maxIdlePerHost = 16;
    int m_idleTimeoutMs = 60000;
    int m_openConnections = 0;
    int m_idleConnections = 0;
};
