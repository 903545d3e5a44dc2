#include "qnamtestclient.h"

#include <QJsonDocument>
#include <QTest>

QJsonObject QnamTestClient::Result::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QnamTestClient::Result QnamTestClient::send(const QByteArray &method, const char *path,
                                            const QByteArray &body, const MockHeaderList &headers)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(QString::fromLatin1(path))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    Result result;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000)) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.error = reply->error();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
    }
    reply->deleteLater();
    return result;
}

QList<QJsonObject> QnamTestClient::sseJson(const QByteArray &body, QList<QByteArray> *types)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : body.split('\n')) {
        if (line.startsWith("event: ") && types)
            types->append(line.mid(7));
        if (line.startsWith("data: ") && line != "data: [DONE]")
            out.append(QJsonDocument::fromJson(line.mid(6)).object());
    }
    return out;
}

QByteArray QnamTestClient::chatBody(bool stream, bool includeUsage)
{
    return QByteArray(
               R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hello there"}])")
        + (stream ? R"(,"stream":true)" : "")
        + (includeUsage ? R"(,"stream_options":{"include_usage":true})" : "") + '}';
}

QByteArray QnamTestClient::anthropicBody(bool stream)
{
    return QByteArray(R"({"model":"claude-sonnet-4-0","max_tokens":64,)")
        + (stream ? R"("stream":true,)" : "") + R"("messages":[{"role":"user","content":"Hi"}]})";
}
