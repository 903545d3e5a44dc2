#include "modelslisting.h"

#include "errorbody.h"
#include "proxyservice.h"

#include "http1reply.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

ModelsListing::ModelsListing(ProxyService *service, CallSettingsPtr settings,
                             IncomingRequest request, CallRecord record, WireFormat format,
                             QTcpSocket *client)
    : QObject(service), m_service(service), m_settings(std::move(settings)),
      m_request(std::move(request)), m_record(std::move(record)), m_format(format),
      m_writer(client, m_request.closeConnection)
{
    QStringList providerIds;
    for (const ProviderConfig &provider : m_settings->config.providers) {
        if (provider.kind != format)
            continue;
        const QString path = format == WireFormat::OpenAi ? QStringLiteral("/models")
                                                          : QStringLiteral("/v1/models");
        Http1Reply *reply
            = service->sendUpstream(*m_settings, m_request, provider, path, "GET", {});
        const int index = int(m_replies.size());
        m_replies.append(reply);
        m_answers.append(Answer());
        providerIds << provider.id;
        connect(reply, &Http1Reply::dataReceived, this,
                [this, index](const QByteArray &data) { m_answers[index].body += data; });
        connect(reply, &Http1Reply::finished, this,
                [this, reply, index] { onReplyFinished(reply, index); });
    }
    m_record.provider = providerIds.join(u',');
    m_pending = int(m_replies.size());
    if (client)
        connect(client, &QTcpSocket::disconnected, this, [this] {
            for (const QPointer<Http1Reply> &reply : std::as_const(m_replies)) {
                if (reply)
                    reply->abort();
            }
        });
}

void ModelsListing::onReplyFinished(Http1Reply *reply, int index)
{
    Answer &answer = m_answers[index];
    answer.status = reply->error() == Http1Reply::NoError ? reply->status() : 0;
    answer.reason = reply->reason();
    for (const auto &[name, value] : reply->headers()) {
        const QByteArray lower = name.toLower();
        if (lower != "content-length" && lower != "transfer-encoding" && lower != "connection"
            && lower != "keep-alive")
            answer.headers.append({name, value});
    }
    if (answer.status == 0)
        answer.error = reply->errorString();
    reply->deleteLater();
    if (--m_pending == 0)
        respond();
}

void ModelsListing::respond()
{
    int served = 0;
    for (const Answer &a : std::as_const(m_answers))
        served += a.status == 200 ? 1 : 0;

    if (m_answers.size() > 1 && served > 0) {
        respondMerged();
    } else if (!m_answers.isEmpty() && m_answers.first().status != 0) {
        Answer &a = m_answers.first();
        a.headers.append({"x-llmledger-request-id", m_record.requestId});
        m_writer.writeComplete(a.status, a.reason, a.headers, a.body);
        m_record.httpStatus = a.status;
        if (a.status >= 400)
            ProxyService::readErrorBody(a.body, m_record);
    } else {
        ProxyError e{502,
                     QStringLiteral("upstream_error"),
                     QStringLiteral("upstream_unreachable"),
                     QStringLiteral("LLM Ledger could not list models: %1")
                         .arg(m_answers.isEmpty() ? QStringLiteral("no provider configured")
                                                  : m_answers.first().error),
                     {}};
        m_writer.writeComplete(
            e.status, {},
            {{"Content-Type", "application/json"}, {"x-llmledger-request-id", m_record.requestId}},
            e.toJson(m_format));
        m_record.httpStatus = e.status;
        m_record.errorType = e.code;
        m_record.errorMessage = e.message;
    }
    m_record.latencyUs = m_request.clock.nsecsElapsed() / 1000;
    m_service->complete(std::move(m_record), ProviderConfig(), ProxyService::clientKey(m_request),
                        m_settings->prices);
    deleteLater();
}

void ModelsListing::respondMerged()
{
    QJsonArray data;
    for (const Answer &a : std::as_const(m_answers)) {
        if (a.status != 200)
            continue;
        const QJsonArray models
            = QJsonDocument::fromJson(a.body).object().value(QLatin1String("data")).toArray();
        for (const QJsonValue &model : models)
            data.append(model);
    }
    QJsonObject merged;
    if (m_format == WireFormat::Anthropic) {
        merged.insert(QLatin1String("data"), data);
        merged.insert(QLatin1String("has_more"), false);
        merged.insert(QLatin1String("first_id"),
                      data.isEmpty() ? QJsonValue()
                                     : data.first().toObject().value(QLatin1String("id")));
        merged.insert(QLatin1String("last_id"),
                      data.isEmpty() ? QJsonValue()
                                     : data.last().toObject().value(QLatin1String("id")));
    } else {
        merged.insert(QLatin1String("object"), QLatin1String("list"));
        merged.insert(QLatin1String("data"), data);
    }
    m_writer.writeComplete(
        200, {},
        {{"Content-Type", "application/json"}, {"x-llmledger-request-id", m_record.requestId}},
        QJsonDocument(merged).toJson(QJsonDocument::Compact));
    m_record.httpStatus = 200;
}
