#include "errorbody.h"

#include <QJsonDocument>
#include <QJsonObject>

QByteArray ProxyError::toJson(WireFormat format) const
{
    QJsonObject error;
    if (format == WireFormat::Anthropic) {
        error.insert(QLatin1String("type"), type);
        error.insert(QLatin1String("message"), message);
        const QJsonObject body{{QLatin1String("type"), QLatin1String("error")},
                               {QLatin1String("error"), error}};
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    error.insert(QLatin1String("message"), message);
    error.insert(QLatin1String("type"), type);
    error.insert(QLatin1String("param"), param.isEmpty() ? QJsonValue() : QJsonValue(param));
    error.insert(QLatin1String("code"), code.isEmpty() ? QJsonValue() : QJsonValue(code));
    return QJsonDocument(QJsonObject{{QLatin1String("error"), error}})
        .toJson(QJsonDocument::Compact);
}
