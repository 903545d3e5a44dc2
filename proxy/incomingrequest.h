#pragma once

#include "responsewriter.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

// A client's request, copied out of QHttpServerRequest (which Qt 6.4 reuses for
// the connection's next request) the moment it arrives.
struct IncomingRequest
{
    QByteArray method;
    QString path; // normalised: always starts with /v1/ for API routes
    QString originalPath; // as the client sent it
    QString query; // without the '?'
    HeaderList headers; // as received, original spelling
    QByteArray body;
    qint64 receivedAtMs = 0; // wall clock, UTC ms
    QElapsedTimer clock; // started when the request arrived; all durations measure from it
    bool closeConnection = false; // the client sent Connection: close

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};
