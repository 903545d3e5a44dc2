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

quint16 ProxyServer::start(const QHostAddress &address, quint16 port, QString *error)
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
        return 0;
    }
    bind(server);
    return server->serverPort();
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
