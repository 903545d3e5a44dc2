#pragma once

#include <QAbstractHttpServer>
#include <QHostAddress>

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

    // Returns the port listened on, or 0 with *error set.
    quint16 start(const QHostAddress &address, quint16 port, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ProxyService *m_service;
};
