// ProxyService's side of the response cache: answering hits, holding identical calls while the
// first is upstream, and handing finished answers to the cache. The policy and the keys are
// ResponseCache's; the replay is CacheReplay's.

#include "cachereplay.h"
#include "proxyservice.h"

void ProxyService::setCacheStore(ResponseCacheStore *store)
{
    m_cache = store ? std::make_unique<ResponseCache>(store) : nullptr;
}

// Answers from the cache, or queues the call behind an identical one in flight. False: the
// call goes upstream (as the leader of those that will wait for it).
bool ProxyService::answerFromCache(PendingCall &call)
{
    const CacheConfig &config = call.settings->config.cache;
    if (const auto hit = m_cache->find(call.cache, config)) {
        serveHit(std::move(call), *hit);
        return true;
    }
    return m_cache->wait(call.cache, [this, call](bool answered) {
        // Called from inside the finishing call: go on from the event loop, unless the proxy is
        // shutting down and the loop will not run again for this service.
        if (m_abandoning)
            return resumeWaiting(call, answered);
        QMetaObject::invokeMethod(
            this, [this, call, answered] { resumeWaiting(call, answered); }, Qt::QueuedConnection);
    });
}

void ProxyService::resumeWaiting(PendingCall call, bool answered)
{
    const bool gone = !call.client || call.client->state() != QAbstractSocket::ConnectedState;
    if (m_abandoning || gone) {
        const ProxyError error = gone
            ? ProxyError{499,
                         QStringLiteral("client_disconnected"),
                         {},
                         QStringLiteral("the client closed the connection while the call "
                                        "waited for an identical one"),
                         {}}
            : ProxyError{503,
                         QStringLiteral("api_error"),
                         QStringLiteral("proxy_shutdown"),
                         QStringLiteral("LLM Ledger shut down before the answer was "
                                        "complete"),
                         {}};
        return refuse(call.request, call.client, std::move(call.record), error,
                      call.endpoint.format);
    }
    if (answered) {
        if (const auto hit = m_cache->find(call.cache, call.settings->config.cache))
            return serveHit(std::move(call), *hit);
    }
    // The call waited for failed (or its answer could not be kept): go upstream alone.
    call.cache.lookup = false;
    forward(std::move(call));
}

void ProxyService::serveHit(PendingCall call, const CachedResponse &answer)
{
    ResponseWriter writer(call.client, call.request.closeConnection);
    CacheReplay::write(writer, answer, call.record.requestId);
    CallRecord &record = call.record;
    CacheReplay::fillRecord(record, answer);
    record.latencyUs = call.request.clock.nsecsElapsed() / 1000;
    if (answer.streamed)
        record.ttftUs = record.latencyUs;
    record.proxyOverheadUs = record.latencyUs;
    if (call.settings->config.recordBodies) {
        record.requestBody = call.request.body.left(8 * 1024 * 1024);
        record.responseBody = answer.body.left(8 * 1024 * 1024);
    }
    complete(std::move(record), *call.provider, call.clientKey, call.settings->prices);
}

void ProxyService::settleCache(const CachePlan &plan, std::optional<CachedResponse> answer,
                               const CacheConfig &config)
{
    if (m_cache)
        m_cache->finish(plan, std::move(answer), config);
}
