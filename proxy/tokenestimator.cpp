#include "tokenestimator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

// Keys whose string values are bookkeeping, not text the model reads or writes.
bool isMetadataKey(const QString &key)
{
    static const QSet<QString> keys = {
        QStringLiteral("model"),
        QStringLiteral("role"),
        QStringLiteral("type"),
        QStringLiteral("id"),
        QStringLiteral("object"),
        QStringLiteral("tool_call_id"),
        QStringLiteral("finish_reason"),
        QStringLiteral("stop_reason"),
        QStringLiteral("system_fingerprint"),
        QStringLiteral("service_tier"),
        QStringLiteral("tool_choice"),
        QStringLiteral("encoding_format"),
        QStringLiteral("user"),
        QStringLiteral("status"),
    };
    return keys.contains(key);
}

qint64 textCharacters(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().size();
    qint64 total = 0;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            total += textCharacters(item);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!isMetadataKey(it.key()))
                total += textCharacters(it.value());
        }
    }
    return total;
}

qint64 charactersUnder(const QByteArray &body, std::initializer_list<const char *> keys)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    qint64 total = 0;
    for (const char *key : keys)
        total += textCharacters(root.value(QLatin1String(key)));
    return total;
}

} // namespace

qint64 TokenEstimator::promptCharacters(const QByteArray &requestBody)
{
    return charactersUnder(requestBody,
                           {"messages", "prompt", "input", "system", "instructions", "tools"});
}

qint64 TokenEstimator::outputCharacters(const QByteArray &responseBody)
{
    return charactersUnder(responseBody, {"choices", "content", "output"});
}

TokenUsage TokenEstimator::estimate(const QByteArray &requestBody, qint64 outputCharacters)
{
    TokenUsage usage;
    usage.inputTokens = tokensForCharacters(promptCharacters(requestBody));
    usage.outputTokens = tokensForCharacters(outputCharacters);
    return usage;
}
