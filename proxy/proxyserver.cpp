#include "proxyserver.h"

#include "endpoint.h"
#include "errorbody.h"
#include "guardedtcpserver.h"
#include "incomingrequest.h"
#include "proxyservice.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return {};
    }
}

} // namespace

ProxyServer::ProxyServer(ProxyService *service, QObject *parent)
    : QAbstractHttpServer(parent), m_service(service)
{ }

GuardedTcpServer *ProxyServer::openListener(const QHostAddress &address, quint16 port,
                                            QString *error)
{
    auto *server = new GuardedTcpServer(m_service, this);
    // Qt's default backlog of 50 drops connections when a tool opens a burst of
    // them (measured: 67 of 128 simultaneous streams had to retry after 1 s).
    server->setListenBacklogSize(1024);
    if (!server->listen(address, port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(server->errorString());
        delete server;
        return nullptr;
    }
    return server;
}

quint16 ProxyServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    GuardedTcpServer *server = openListener(address, port, error);
    if (!server)
        return 0;
    m_address = address;
    m_port = server->serverPort();
    if (m_paused)
        server->close();
    // The old listener only stops listening: the connections it accepted are its
    // children and may still be relaying calls.
    if (m_listener)
        m_listener->close();
    m_listener = server;
    bind(server);
    return m_port;
}

void ProxyServer::pause()
{
    m_paused = true;
    if (m_listener)
        m_listener->close();
}

bool ProxyServer::resume(QString *error)
{
    if (m_listener && !m_listener->isListening() && !m_listener->listen(m_address, m_port)) {
        *error = QStringLiteral("cannot listen on %1:%2 again: %3")
                     .arg(m_address.toString())
                     .arg(m_port)
                     .arg(m_listener->errorString());
        return false;
    }
    m_paused = false;
    return true;
}

bool ProxyServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    IncomingRequest in;
    in.clock.start();
    in.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    in.method = methodName(request.method());
    const QUrl url = request.url();
    in.originalPath = url.path();
    in.path = Endpoint::normalisePath(in.originalPath);
    in.query = url.query(QUrl::FullyEncoded);
    in.headers = request.headers();
    in.closeConnection = request.value("connection").toLower().contains("close");

    if (in.originalPath == QLatin1String("/health")
        || in.originalPath == QLatin1String("/v1/health")) {
        ResponseWriter(socket, in.closeConnection)
            .writeComplete(200, {}, {{"Content-Type", "application/json"}},
                           QJsonDocument(m_service->health()).toJson(QJsonDocument::Compact));
        return true;
    }
    if (m_paused) {
        ProxyError e{503,
                     QStringLiteral("service_unavailable"),
                     QStringLiteral("proxy_paused"),
                     QStringLiteral("LLM Ledger is paused; resume it to send calls again."),
                     {}};
        ResponseWriter(socket, true)
            .writeComplete(503, {}, {{"Content-Type", "application/json"}},
                           e.toJson(Endpoint::classify(in).format));
        return true;
    }
    if (in.path.isEmpty() || in.method.isEmpty()) {
        ProxyError e{404,
                     QStringLiteral("invalid_request_error"),
                     QStringLiteral("unknown_url"),
                     QStringLiteral("LLM Ledger serves the OpenAI and Anthropic APIs under /v1 "
                                    "(e.g. POST /v1/chat/completions); %1 %2 is not one of them.")
                         .arg(QString::fromLatin1(in.method), in.originalPath),
                     {}};
        ResponseWriter(socket, in.closeConnection)
            .writeComplete(404, {}, {{"Content-Type", "application/json"}},
                           e.toJson(WireFormat::OpenAi));
        return true;
    }
    in.body = request.body();
    m_service->handle(std::move(in), socket);
    return true;
}

void ProxyServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    ResponseWriter(socket, true).writeComplete(404, {}, {}, {});
}
