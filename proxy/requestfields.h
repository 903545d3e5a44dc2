#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The few top-level fields of a JSON request body the proxy needs to route and
// record a call. Found by a single forward scan of the bytes, without building
// a document: request bodies carry whole conversations and the proxy must not
// spend its time re-parsing them.
struct RequestFields
{
    QString model;
    bool stream = false;
    bool hasStreamOptions = false;
    bool includeUsage = false; // stream_options.include_usage is true

    // nullopt when the body is not a syntactically plausible JSON object.
    static std::optional<RequestFields> scan(const QByteArray &body);
};
