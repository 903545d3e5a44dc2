#pragma once

#include "mockhttprequest.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

// The plain Qt client side of the mock's tests: sends one request with
// QNetworkAccessManager and waits for the whole answer (spinning the event loop, so
// the mock in the same thread keeps serving). Also the request bodies and the SSE
// splitting the tests share.
class QnamTestClient
{
public:
    struct Result
    {
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QJsonObject json() const;
    };

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    void clearConnections() { m_nam.clearConnectionCache(); }
    Result send(const QByteArray &method, const char *path, const QByteArray &body = {},
                const MockHeaderList &headers = {});

    // The JSON of every "data:" line of an SSE body ([DONE] excluded); `types` gets the
    // "event:" names in order.
    static QList<QJsonObject> sseJson(const QByteArray &body, QList<QByteArray> *types = nullptr);
    static QByteArray chatBody(bool stream, bool includeUsage = false);
    static QByteArray anthropicBody(bool stream = false);

private:
    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
};
