#pragma once

#include <QTcpServer>

class ProxyService;

// The listening socket under ProxyServer. It sees each request's head before
// QAbstractHttpServer reads it, to do two things Qt 6.4's server does not:
//  - answer "Expect: 100-continue" at once (curl sends it for large bodies and
//    otherwise waits a full second before sending the body);
//  - refuse a body larger than the configured limit from its Content-Length,
//    before any of it is buffered.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(ProxyService *service, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void inspect(QTcpSocket *socket);

    ProxyService *m_service;
};
