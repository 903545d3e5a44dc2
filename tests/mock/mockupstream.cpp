#include "mockupstream.h"

#include "mockconnection.h"

#include <QJsonDocument>
#include <QMetaMethod>
#include <QTcpServer>
#include <QTcpSocket>

QByteArray MockUpstream::ReceivedRequest::apiKey() const
{
    const QByteArray authorization = header("authorization");
    if (authorization.size() > 7
        && authorization.first(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        return authorization.mid(7).trimmed();
    if (!authorization.isEmpty())
        return authorization;
    return header("x-api-key");
}

QJsonObject MockUpstream::ReceivedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

MockUpstream::MockUpstream(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    qRegisterMetaType<MockUpstream::ReceivedRequest>();
    m_server->setMaxPendingConnections(4096);
    m_server->setListenBacklogSize(1024);
    connect(m_server, &QTcpServer::newConnection, this, &MockUpstream::acceptConnections);
}

MockUpstream::~MockUpstream()
{
    // Connections report back while they close; delete them while we are still whole.
    const QList<MockConnection *> connections = std::exchange(m_connections, {});
    qDeleteAll(connections);
}

bool MockUpstream::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

QString MockUpstream::errorString() const
{
    return m_server->errorString();
}

quint16 MockUpstream::port() const
{
    return m_server->serverPort();
}

QUrl MockUpstream::openAiBaseUrl() const
{
    QUrl url = anthropicBaseUrl();
    url.setPath(QStringLiteral("/v1"));
    return url;
}

QUrl MockUpstream::anthropicBaseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void MockUpstream::clear()
{
    m_requests.clear();
    m_requestCount = 0;
    m_maxInFlight = m_inFlight;
}

void MockUpstream::abortAllConnections()
{
    const QList<MockConnection *> connections = m_connections;
    for (MockConnection *connection : connections)
        connection->abort();
}

void MockUpstream::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_openConnections;
        m_connections.append(new MockConnection(socket, this));
    }
}

void MockUpstream::requestStarted(MockHttpRequest &&request)
{
    ++m_requestCount;
    m_maxInFlight = qMax(m_maxInFlight, ++m_inFlight);
    if (!m_recording && !isSignalConnected(QMetaMethod::fromSignal(&MockUpstream::requestReceived)))
        return;
    ReceivedRequest received{std::move(request.method), std::move(request.path),
                             std::move(request.headers), std::move(request.body)};
    if (m_recording)
        m_requests.append(received);
    Q_EMIT requestReceived(received);
}

void MockUpstream::requestFinished()
{
    --m_inFlight;
}

void MockUpstream::connectionClosed(MockConnection *connection)
{
    --m_openConnections;
    m_connections.removeOne(connection);
}
