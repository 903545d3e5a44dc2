#pragma once

#include <QString>

// A client key the proxy has seen (by its derived id only) and the label the user gave it.
struct ClientKey
{
    QString keyId;
    QString label;
    QString hint; // e.g. "sk-…a1b2"
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;

    QString displayName() const
    {
        return !label.isEmpty() ? label : !hint.isEmpty() ? hint : keyId;
    }
};
