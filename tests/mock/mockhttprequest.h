#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

using MockHeaderList = QList<QPair<QByteArray, QByteArray>>;

// One HTTP/1.1 request as it arrived at the mock: header names keep the case the
// client sent, lookups ignore it. `path` is the raw request target (query included).
struct MockHttpRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray version; // "HTTP/1.1"
    MockHeaderList headers;
    QByteArray body; // de-chunked when the client sent Transfer-Encoding: chunked
    bool keepAlive = true;

    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    QByteArray pathWithoutQuery() const;
};

// Case-insensitive header lookup shared by the request types of the mock.
QByteArray mockHeaderValue(const MockHeaderList &headers, QByteArrayView name,
                           bool *found = nullptr);
