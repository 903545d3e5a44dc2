#include "cachereplay.h"

void CacheReplay::write(ResponseWriter &writer, const CachedResponse &answer,
                        const QByteArray &requestId)
{
    HeaderList headers{{"Content-Type", answer.contentType},
                       {"x-llmledger-request-id", requestId},
                       {"x-llmledger-cache", "hit"}};
    if (!answer.streamed)
        return writer.writeComplete(answer.status, {}, headers, answer.body);
    headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")});
    writer.beginChunked(answer.status, {}, headers);
    writer.writeChunk(answer.body);
    writer.endChunked();
}

void CacheReplay::fillRecord(CallRecord &record, const CachedResponse &answer)
{
    record.cacheHit = true;
    record.httpStatus = answer.status;
    record.streamed = answer.streamed;
    record.usage = answer.usage;
    record.usageSource = answer.usageSource;
    record.servedModel = answer.servedModel;
}
