#include "http1connection.h"

#include "http1client.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace {

Http1Reply::Error replyError(QAbstractSocket::SocketError error, bool connecting, bool tls)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return Http1Reply::ConnectionRefused;
    case QAbstractSocket::HostNotFoundError:
        return Http1Reply::HostNotFound;
    case QAbstractSocket::SocketTimeoutError:
        return Http1Reply::Timeout;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return Http1Reply::TlsError;
    case QAbstractSocket::RemoteHostClosedError:
        // Closed by the server in the middle of the TLS handshake.
        return connecting && tls ? Http1Reply::TlsError : Http1Reply::RemoteClosed;
    default:
        return connecting ? Http1Reply::ConnectionRefused : Http1Reply::RemoteClosed;
    }
}

} // namespace

Http1Connection::Http1Connection(const Http1Endpoint &endpoint, Http1Client *client)
    : QObject(client), m_client(client), m_endpoint(endpoint)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Http1Connection::onTimer);
}

Http1Connection::~Http1Connection()
{
    if (m_reply)
        m_reply->m_connection = nullptr;
    if (m_socket)
        m_socket->disconnect(this);
}

bool Http1Connection::isReusable() const
{
    return m_state == State::Idle && m_socket->state() == QAbstractSocket::ConnectedState
        && m_socket->bytesAvailable() == 0;
}

void Http1Connection::start(Http1Reply *reply)
{
    m_reply = reply;
    reply->m_connection = this;
    m_parser.reset(reply->m_headRequest);
    m_received = false;
    m_buffer.clear();
    // The timer is left running between requests (cheaper than stopping it each time):
    // restart it for this one.
    m_timeoutMs = reply->m_idleTimeoutMs;
    if (m_timeoutMs > 0) {
        m_activity.start();
        m_timer.start(m_timeoutMs);
    }
    if (m_state == State::New) {
        open();
        return;
    }
    m_state = State::Busy;
    writeRequest();
}

void Http1Connection::open()
{
    if (m_endpoint.tls) {
        auto *socket = new QSslSocket(this);
        socket->setSslConfiguration(m_client->tlsConfiguration());
        connect(socket, &QSslSocket::encrypted, this, &Http1Connection::onEncrypted);
        m_socket = socket;
    } else {
        m_socket = new QTcpSocket(this);
    }
    connect(m_socket, &QAbstractSocket::connected, this, &Http1Connection::onConnected);
    connect(m_socket, &QIODevice::readyRead, this, &Http1Connection::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &Http1Connection::touch);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &Http1Connection::onSocketError);
    connect(m_socket, &QAbstractSocket::disconnected, this, &Http1Connection::onDisconnected);

    m_state = State::Connecting;
    m_opening = true;
    if (m_endpoint.tls)
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(m_endpoint.host,
                                                                    m_endpoint.port);
    else
        m_socket->connectToHost(m_endpoint.host, m_endpoint.port);
    m_opening = false;
}

void Http1Connection::onConnected()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    touch();
    if (m_endpoint.tls)
        return; // the request goes once encrypted
    m_state = State::Busy;
    writeRequest();
}

void Http1Connection::onEncrypted()
{
    touch();
    m_state = State::Busy;
    writeRequest();
}

void Http1Connection::writeRequest()
{
    if (m_reply)
        m_socket->write(m_reply->m_request);
}

void Http1Connection::onReadyRead()
{
    readSocket();
    process();
}

void Http1Connection::readSocket()
{
    if (m_buffer.isEmpty())
        m_buffer = m_socket->readAll();
    else
        m_buffer += m_socket->readAll();
}

void Http1Connection::process()
{
    if (m_buffer.isEmpty())
        return;
    Http1Reply *const reply = m_reply;
    if (!reply || m_state != State::Busy) {
        close(); // bytes nobody asked for: the connection is out of step
        return;
    }
    touch();
    if (!m_received) {
        m_received = true;
        reply->m_request = QByteArray(); // no retry once the server has answered
    }

    qsizetype pos = 0;
    QByteArray body;
    bool headReady = false;
    Http1ResponseParser::Result result;
    while ((result = m_parser.parse(m_buffer, pos, body))
           == Http1ResponseParser::Result::HeadReady) {
        reply->setHead(m_parser.takeHead());
        headReady = true;
    }
    const bool bytesLeft = pos < m_buffer.size();
    if (bytesLeft && result == Http1ResponseParser::Result::NeedMore)
        m_buffer.remove(0, pos); // the start of a line
    else
        m_buffer.clear();

    // A slot may abort or delete the reply: stop as soon as it is no longer ours.
    if (headReady) {
        Q_EMIT reply->headersReceived();
        if (m_reply != reply)
            return;
    }
    if (!body.isEmpty()) {
        Q_EMIT reply->dataReceived(body);
        if (m_reply != reply)
            return;
    }
    if (result == Http1ResponseParser::Result::Complete)
        complete(bytesLeft);
    else if (result == Http1ResponseParser::Result::Error)
        fail(Http1Reply::ProtocolError,
             tr("Malformed response from %1: %2")
                 .arg(m_endpoint.host, QLatin1String(m_parser.errorString())));
}

void Http1Connection::complete(bool bytesLeft)
{
    Http1Reply *const reply = std::exchange(m_reply, nullptr);
    reply->m_connection = nullptr;
    ++m_served;
    // Back to the pool before finished(), so that a request sent from a slot reuses it.
    // A server may answer before the whole request body went out (a 413, say): the
    // rest of it would then open the next request.
    if (m_parser.keepAlive() && !bytesLeft && m_client
        && m_socket->state() == QAbstractSocket::ConnectedState && m_socket->bytesToWrite() == 0) {
        m_state = State::Idle;
        m_idleSince.start();
        m_client->release(this);
    } else {
        close();
    }
    reply->finish(Http1Reply::NoError);
}

void Http1Connection::fail(Http1Reply::Error error, const QString &errorString)
{
    Http1Reply *const reply = std::exchange(m_reply, nullptr);
    if (reply)
        reply->m_connection = nullptr;
    close();
    if (reply)
        reply->finish(error, errorString);
}

void Http1Connection::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_opening) {
        // Reported from within connectToHost(): let start() (and send()) return first.
        QMetaObject::invokeMethod(
            this, [this, error] { socketClosed(error); }, Qt::QueuedConnection);
        return;
    }
    socketClosed(error);
}

void Http1Connection::onDisconnected()
{
    onSocketError(QAbstractSocket::RemoteHostClosedError);
}

void Http1Connection::socketClosed(QAbstractSocket::SocketError error)
{
    if (m_state == State::Closed)
        return;
    if (!m_reply) {
        close(); // closed by the server while idle
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError) {
        // Bytes that came with the close are still to be parsed.
        if (m_socket->bytesAvailable() > 0) {
            readSocket();
            process();
            if (!m_reply) {
                close();
                return;
            }
        }
        if (m_parser.completesOnClose()) {
            complete(false);
            return;
        }
    }
    // A kept-alive connection the server had already closed: nothing was received, so
    // the request can go again, once, on a new connection.
    Http1Reply *const reply = m_reply;
    if (m_served > 0 && !m_received && !reply->m_retried && m_client
        && error != QAbstractSocket::SocketTimeoutError) {
        m_reply = nullptr;
        reply->m_connection = nullptr;
        Http1Client *const client = m_client;
        const Http1Endpoint endpoint = m_endpoint;
        close();
        client->retry(reply, endpoint);
        return;
    }
    fail(replyError(error, m_state == State::Connecting, m_endpoint.tls), m_socket->errorString());
}

void Http1Connection::onTimer()
{
    if ((m_state != State::Connecting && m_state != State::Busy) || !m_reply || m_timeoutMs <= 0)
        return;
    const qint64 quiet = m_activity.elapsed();
    if (quiet < m_timeoutMs) {
        m_timer.start(int(m_timeoutMs - quiet));
        return;
    }
    fail(Http1Reply::Timeout,
         tr("No data from %1 for %2 ms").arg(m_endpoint.host, QString::number(m_timeoutMs)));
}

void Http1Connection::dropReply()
{
    m_reply = nullptr;
    close();
}

void Http1Connection::close()
{
    if (m_state == State::Closed)
        return;
    const bool wasIdle = m_state == State::Idle;
    m_state = State::Closed;
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    if (m_client)
        m_client->connectionClosed(this, wasIdle);
    deleteLater();
}

void Http1Connection::detachClient()
{
    m_client = nullptr;
    if (m_reply) {
        m_reply->m_connection = nullptr;
        m_reply = nullptr;
    }
}
