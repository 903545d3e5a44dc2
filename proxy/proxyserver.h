#pragma once

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>

class GuardedTcpServer;
class ProxyService;

// The HTTP front of the proxy on QtHttpServer's QAbstractHttpServer: it copies
// each request out of Qt's reused request object, answers /health itself and
// hands every API route to ProxyService. Responses are written by the service's
// objects straight to the socket, so it never blocks on an upstream.
class ProxyServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit ProxyServer(ProxyService *service, QObject *parent = nullptr);

    // Returns the port listened on, or 0 with *error set. Called again, it moves
    // to the new address: the new listener opens first, and only when it does the
    // old one closes (its connections finish their calls); on failure the old one
    // stays. While paused, it only checks that the new address can be listened on.
    quint16 start(const QHostAddress &address, quint16 port, QString *error);

    // Paused, the server accepts no connection; calls in flight complete, and a
    // request arriving on an open keep-alive connection is answered 503. resume()
    // listens again on the same address and port.
    void pause();
    bool resume(QString *error);
    bool isPaused() const { return m_paused; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    GuardedTcpServer *openListener(const QHostAddress &address, quint16 port, QString *error);

    ProxyService *m_service;
    QPointer<GuardedTcpServer> m_listener;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_paused = false;
};
