#pragma once

#include "callcoalescer.h"
#include "proxyconfig.h"
#include "responsecachestore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

struct IncomingRequest;

// What the response cache does for one request, decided before it goes upstream.
struct CachePlan
{
    bool applies = false; // a cacheable endpoint with the cache on: the answer says hit/miss/bypass
    bool lookup = false; // may be answered from the cache
    bool store = false; // a successful answer is stored
    bool leader = false; // identical requests wait for this one (CallCoalescer)
    QByteArray key;

    // The x-llmledger-cache value of an answer that did not come from the cache.
    QByteArray status() const { return lookup || store ? "miss" : "bypass"; }
};

// The exact-match response cache in front of the providers: which requests it may answer
// (policy), under which key (SHA-256 of provider, endpoint and the canonical request body),
// and the bookkeeping of identical requests in flight. Stored answers live in a
// ResponseCacheStore owned by the caller (the app keeps it beside the ledger database).
//
// Policy, in order: the cache or the model is switched off, the header
// "x-llmledger-cache: off" or "Cache-Control: no-store" -> bypass; "x-llmledger-cache: on" or
// "refresh", the model switched on, mode "all", or (mode "deterministic") temperature 0, a seed
// or an embeddings request -> cached; anything else bypasses. "Cache-Control: no-cache" and
// "x-llmledger-cache: refresh" skip the lookup but store the fresh answer.
class ResponseCache
{
public:
    explicit ResponseCache(ResponseCacheStore *store) : m_store(store) { }

    // The generation endpoints: OpenAI chat/completions, completions, responses, embeddings
    // and Anthropic messages.
    static bool isCacheable(const QString &path);
    static QByteArray key(const QString &providerId, const QString &path, QJsonObject body,
                          const QStringList &ignoreFields);
    static CachePlan plan(const CacheConfig &config, const IncomingRequest &request,
                          const QString &providerId, const QString &model);

    // A stored answer for the plan's key, if it may be used.
    std::optional<CachedResponse> find(const CachePlan &plan, const CacheConfig &config);
    // Joins identical calls in flight; false makes the caller their leader (plan.leader).
    bool wait(CachePlan &plan, CallCoalescer::Resume resume);
    // Ends a call that planned to store: stores its answer if it has one, then lets the calls
    // that waited for it go on.
    void finish(const CachePlan &plan, std::optional<CachedResponse> answer,
                const CacheConfig &config);

    ResponseCacheStore *store() const { return m_store; }

private:
    ResponseCacheStore *m_store;
    CallCoalescer m_coalescer;
};
