#pragma once

#include "wireformat.h"

#include <QByteArray>
#include <QString>

// An error of the proxy's own, rendered in the error JSON of the API the client
// speaks, so SDKs raise their usual exception types with a readable message.
struct ProxyError
{
    int status = 500;
    QString type; // OpenAI "type" / Anthropic error.type, e.g. "invalid_request_error"
    QString code; // OpenAI "code" (e.g. "model_not_found"); Anthropic has none
    QString message;
    QString param; // OpenAI "param", e.g. "model"

    QByteArray toJson(WireFormat format) const;
};
