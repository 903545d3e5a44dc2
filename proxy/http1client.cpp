#include "http1client.h"

#include <QSslSocket>

namespace {

bool methodExpectsBody(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH";
}

// METHOD target HTTP/1.1, Host, the caller's fields, Content-Length, blank line, body:
// built in one allocation, to be written in one go.
QByteArray requestBytes(const QByteArray &method, const QUrl &url, bool tls,
                        const Http1Client::HeaderList &headers, const QByteArray &body)
{
    QByteArray target
        = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!target.startsWith('/'))
        target.prepend('/');

    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 address
    const int port = url.port();
    if (port != -1 && port != (tls ? 443 : 80)) {
        host += ':';
        host += QByteArray::number(port);
    }

    const bool withLength = !body.isEmpty() || methodExpectsBody(method);
    qsizetype size = method.size() + target.size() + host.size() + body.size() + 64;
    for (const auto &field : headers)
        size += field.first.size() + field.second.size() + 4;

    QByteArray request;
    request.reserve(size);
    request += method;
    request += ' ';
    request += target;
    request += " HTTP/1.1\r\nHost: ";
    request += host;
    request += "\r\n";
    for (const auto &field : headers) {
        request += field.first;
        request += ": ";
        request += field.second;
        request += "\r\n";
    }
    if (withLength) {
        request += "Content-Length: ";
        request += QByteArray::number(body.size());
        request += "\r\n";
    }
    request += "\r\n";
    request += body;
    return request;
}

} // namespace

Http1Client::Http1Client(QObject *parent) : QObject(parent)
{
    m_reaper.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_reaper, &QTimer::timeout, this, &Http1Client::closeExpiredConnections);
    setIdleConnectionTimeout(m_idleTimeoutMs);
}

Http1Client::~Http1Client()
{
    m_reaper.stop();
    // Children are deleted after this body: no connection may call back into a client
    // already half destroyed, and replies still in progress never finish.
    const QList<Http1Connection *> connections
        = findChildren<Http1Connection *>(Qt::FindDirectChildrenOnly);
    for (Http1Connection *connection : connections)
        connection->detachClient();
}

void Http1Client::setIdleConnectionTimeout(int ms)
{
    m_idleTimeoutMs = qMax(0, ms);
    // Idle connections live between the timeout and a quarter more.
    m_reaper.setInterval(qBound(100, m_idleTimeoutMs / 4, 15000));
}

Http1Reply *Http1Client::send(const QByteArray &method, const QUrl &url, const HeaderList &headers,
                              const QByteArray &body, int idleTimeoutMs)
{
    auto *reply = new Http1Reply(method, url, idleTimeoutMs, this);
    reply->m_inSend = true;
    const QString scheme = url.scheme();
    const bool tls = scheme == QLatin1String("https");
    if ((!tls && scheme != QLatin1String("http")) || url.host().isEmpty() || method.isEmpty()
        || method.contains(' ')) {
        reply->finish(
            Http1Reply::ProtocolError,
            tr("Cannot send %1 to %2").arg(QString::fromLatin1(method), url.toDisplayString()));
    } else if (tls && !QSslSocket::supportsSsl()) {
        reply->finish(Http1Reply::TlsError, tr("TLS is not available on this system"));
    } else {
        reply->m_request = requestBytes(method, url, tls, headers, body);
        dispatch(reply, Http1Endpoint{url.host(), quint16(url.port(tls ? 443 : 80)), tls}, true);
    }
    reply->m_inSend = false;
    return reply;
}

void Http1Client::dispatch(Http1Reply *reply, const Http1Endpoint &endpoint, bool reuse)
{
    Http1Connection *connection = nullptr;
    if (reuse) {
        const auto it = m_idle.find(endpoint);
        if (it != m_idle.end()) {
            while (!connection && !it->isEmpty()) {
                Http1Connection *const candidate = it->takeLast();
                --m_idleConnections;
                if (candidate->isReusable())
                    connection = candidate;
                else
                    candidate->close();
            }
        }
    }
    if (!connection) {
        connection = new Http1Connection(endpoint, this);
        ++m_openConnections;
    }
    connection->start(reply);
}

const QSslConfiguration &Http1Client::tlsConfiguration()
{
    if (!m_tlsConfiguration) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        configuration.setAllowedNextProtocols({QByteArray(QSslConfiguration::NextProtocolHttp1_1)});
        m_tlsConfiguration = std::move(configuration);
    }
    return *m_tlsConfiguration;
}

void Http1Client::release(Http1Connection *connection)
{
    QList<Http1Connection *> &idle = m_idle[connection->endpoint()];
    if (idle.size() >= m_maxIdlePerHost) {
        connection->close();
        return;
    }
    idle.append(connection);
    ++m_idleConnections;
    if (!m_reaper.isActive())
        m_reaper.start();
}

void Http1Client::connectionClosed(Http1Connection *connection, bool wasIdle)
{
    --m_openConnections;
    if (!wasIdle)
        return;
    const auto it = m_idle.find(connection->endpoint());
    if (it != m_idle.end() && it->removeOne(connection))
        --m_idleConnections;
}

void Http1Client::retry(Http1Reply *reply, const Http1Endpoint &endpoint)
{
    reply->m_retried = true;
    dispatch(reply, endpoint, false);
}

void Http1Client::closeExpiredConnections()
{
    for (auto it = m_idle.begin(); it != m_idle.end(); ++it) {
        QList<Http1Connection *> &idle = *it;
        while (!idle.isEmpty() && idle.constFirst()->idleMs() >= m_idleTimeoutMs) {
            --m_idleConnections;
            idle.takeFirst()->close(); // the oldest come first
        }
    }
    if (m_idleConnections == 0)
        m_reaper.stop();
}

void Http1Client::closeIdleConnections()
{
    for (auto it = m_idle.begin(); it != m_idle.end(); ++it) {
        const QList<Http1Connection *> idle = std::exchange(*it, {});
        m_idleConnections -= int(idle.size());
        for (Http1Connection *connection : idle)
            connection->close();
    }
    m_reaper.stop();
}
