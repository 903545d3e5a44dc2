#include "endpoint.h"

#include "incomingrequest.h"

namespace {
const QLatin1String V1("/v1");
}

QString Endpoint::normalisePath(const QString &path)
{
    QString p = path;
    while (p.size() > 1 && p.endsWith(u'/'))
        p.chop(1);
    if (p == V1 || p.startsWith(V1 + u'/'))
        return p;
    // Some tools drop the /v1 (their base URL already ends without it).
    static const QStringList unprefixed = {
        QStringLiteral("/chat/completions"), QStringLiteral("/completions"),
        QStringLiteral("/embeddings"),       QStringLiteral("/responses"),
        QStringLiteral("/models"),           QStringLiteral("/messages"),
    };
    for (const QString &route : unprefixed) {
        if (p == route || p.startsWith(route + u'/'))
            return V1 + p;
    }
    return {};
}

Endpoint Endpoint::classify(const IncomingRequest &request)
{
    const QString &p = request.path;
    Endpoint e;
    const bool post = request.method == "POST";
    if (p == QLatin1String("/v1/messages") || p.startsWith(QLatin1String("/v1/messages/"))) {
        e.format = WireFormat::Anthropic;
        e.known = post
            && (p == QLatin1String("/v1/messages")
                || p == QLatin1String("/v1/messages/count_tokens"));
        e.needsModel = e.known;
        e.billable = post && p == QLatin1String("/v1/messages");
        return e;
    }
    // Anthropic routes outside /v1/messages (models, batches, files) are told apart
    // by the header every Anthropic client sends.
    if (!request.header("anthropic-version").isEmpty())
        e.format = WireFormat::Anthropic;
    if (!post)
        return e;
    if (p == QLatin1String("/v1/chat/completions") || p == QLatin1String("/v1/completions")) {
        e.format = WireFormat::OpenAi;
        e.known = e.needsModel = e.billable = e.usageInjectable = true;
    } else if (p == QLatin1String("/v1/embeddings") || p == QLatin1String("/v1/responses")) {
        e.format = WireFormat::OpenAi;
        e.known = e.needsModel = e.billable = true;
    } else {
        // Unknown POST routes (images, audio, ...) may cost money we cannot price.
        e.billable = true;
    }
    return e;
}
