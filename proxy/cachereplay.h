#pragma once

#include "callrecord.h"
#include "responsecachestore.h"
#include "responsewriter.h"

// Answers a request from the response cache: the stored status, content type and bytes (a
// stream is replayed as the events its first client received), and the call's record as a
// hit: the stored call's usage and served model, nothing paid (see ProxyService::complete).
class CacheReplay
{
public:
    static void write(ResponseWriter &writer, const CachedResponse &answer,
                      const QByteArray &requestId);
    static void fillRecord(CallRecord &record, const CachedResponse &answer);
};
