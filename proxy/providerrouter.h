#pragma once

#include "proxyconfig.h"

// Picks the provider that serves a request: the one the client names with an
// x-llmledger-provider header, else the first provider of the endpoint's wire
// format whose model list matches, in config order.
class ProviderRouter
{
public:
    struct Result
    {
        const ProviderConfig *provider = nullptr;
        QString error; // why none was found
    };

    static Result route(const ProxyConfig &config, WireFormat format, const QString &model,
                        const QString &requestedProvider);
};
