#include "guardedtcpserver.h"

#include "endpoint.h"
#include "incomingrequest.h"
#include "proxyservice.h"

#include <QDateTime>
#include <QTcpSocket>

namespace {

constexpr qint64 MaxPeek = 64 * 1024;

bool startsWithMethod(const QByteArray &bytes)
{
    for (const char *method : {"POST ", "PUT ", "PATCH "}) {
        if (bytes.startsWith(method))
            return true;
    }
    return false;
}

} // namespace

GuardedTcpServer::GuardedTcpServer(ProxyService *service, QObject *parent)
    : QTcpServer(parent), m_service(service)
{ }

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Connected before QAbstractHttpServer connects its own reader, so this runs first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    addPendingConnection(socket);
    Q_EMIT newConnection();
}

void GuardedTcpServer::inspect(QTcpSocket *socket)
{
    // Only a read that begins a request with a body matters; body bytes never
    // start with a method name followed by a space.
    const QByteArray head = socket->peek(MaxPeek);
    if (!startsWithMethod(head))
        return;
    const qsizetype headEnd = head.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;

    IncomingRequest request;
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QList<QByteArray> requestLine = head.left(lineEnd).split(' ');
    request.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    request.originalPath = QString::fromUtf8(target.left(target.indexOf('?')));
    if (target.indexOf('?') < 0)
        request.originalPath = QString::fromUtf8(target);
    request.path = Endpoint::normalisePath(request.originalPath);
    qint64 contentLength = 0;
    bool expectContinue = false;
    const QList<QByteArray> lines = head.mid(lineEnd + 2, headEnd - lineEnd - 2).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
        else if (name.compare("expect", Qt::CaseInsensitive) == 0)
            expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
    }

    if (contentLength > m_service->config().maxRequestBodyBytes) {
        // Refuse now: reading the body first is what an attacker would want. The
        // head is consumed here so the HTTP server never sees the request.
        socket->read(socket->bytesAvailable());
        request.clock.start();
        request.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        request.closeConnection = true;
        m_service->refuseOversized(std::move(request), contentLength, socket);
        return;
    }
    if (expectContinue && socket->bytesAvailable() == headEnd + 4)
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}
