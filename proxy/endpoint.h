#pragma once

#include "wireformat.h"

#include <QString>

struct IncomingRequest;

// What the proxy knows about an API route: which wire format it speaks, whether
// it names a model, whether it consumes tokens.
struct Endpoint
{
    WireFormat format = WireFormat::OpenAi;
    bool known = false; // one of the documented routes, not a pass-through path
    bool needsModel = false; // the body must name a model
    bool billable = false; // answers consume tokens
    bool usageInjectable = false; // OpenAI stream_options.include_usage applies

    static Endpoint classify(const IncomingRequest &request);
    // "/chat/completions" -> "/v1/chat/completions"; paths already under /v1 stay.
    // Returns an empty string for paths that are not API routes.
    static QString normalisePath(const QString &path);
};
