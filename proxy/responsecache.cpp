#include "responsecache.h"

#include "incomingrequest.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace {

bool hasDirective(const QByteArray &cacheControl, QByteArrayView directive)
{
    const QByteArrayList parts = cacheControl.split(',');
    for (const QByteArray &part : parts) {
        if (part.trimmed().compare(directive, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Answers to these do not vary between identical requests (short of a model update).
bool isDeterministic(const QString &path, const QJsonObject &body)
{
    if (path == QLatin1String("/v1/embeddings"))
        return true;
    const QJsonValue seed = body.value(QLatin1String("seed"));
    if (!seed.isUndefined() && !seed.isNull())
        return true;
    const QJsonValue temperature = body.value(QLatin1String("temperature"));
    return temperature.isDouble() && temperature.toDouble() == 0.0;
}

} // namespace

bool ResponseCache::isCacheable(const QString &path)
{
    return path == QLatin1String("/v1/chat/completions") || path == QLatin1String("/v1/completions")
        || path == QLatin1String("/v1/responses") || path == QLatin1String("/v1/embeddings")
        || path == QLatin1String("/v1/messages");
}

QByteArray ResponseCache::key(const QString &providerId, const QString &path, QJsonObject body,
                              const QStringList &ignoreFields)
{
    for (const QString &field : ignoreFields)
        body.remove(field);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(providerId.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(path.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    // QJsonObject keeps its keys sorted and Compact drops whitespace: a canonical form.
    hash.addData(QJsonDocument(body).toJson(QJsonDocument::Compact));
    return hash.result().toHex();
}

CachePlan ResponseCache::plan(const CacheConfig &config, const IncomingRequest &request,
                              const QString &providerId, const QString &model)
{
    CachePlan plan;
    if (!config.enabled || request.method != "POST" || !isCacheable(request.path))
        return plan;
    plan.applies = true;
    const QByteArray control = request.header("x-llmledger-cache").trimmed().toLower();
    const QByteArray cacheControl = request.header("cache-control");
    const auto modelSwitch = config.models.constFind(model);
    if (control == "off" || hasDirective(cacheControl, "no-store")
        || (modelSwitch != config.models.cend() && !*modelSwitch))
        return plan;

    const bool optedIn = control == "on" || control == "refresh"
        || config.mode == CacheConfig::Mode::All || modelSwitch != config.models.cend();
    // Most requests are neither opted in nor deterministic: spot those before parsing the body.
    if (!optedIn
        && (config.mode != CacheConfig::Mode::Deterministic
            || (request.path != QLatin1String("/v1/embeddings")
                && !request.body.contains("\"temperature\"")
                && !request.body.contains("\"seed\""))))
        return plan;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (body.isEmpty() || (!optedIn && !isDeterministic(request.path, body)))
        return plan;

    plan.key = key(providerId, request.path, body, config.ignoreFields);
    plan.store = true;
    plan.lookup = control != "refresh" && !hasDirective(cacheControl, "no-cache");
    return plan;
}

std::optional<CachedResponse> ResponseCache::find(const CachePlan &plan, const CacheConfig &config)
{
    if (!plan.lookup || !m_store || !m_store->contains(plan.key, config.ttlSeconds * 1000))
        return std::nullopt;
    return m_store->find(plan.key, config.ttlSeconds * 1000);
}

bool ResponseCache::wait(CachePlan &plan, CallCoalescer::Resume resume)
{
    if (!plan.lookup || !m_store)
        return false;
    if (m_coalescer.join(plan.key, std::move(resume)))
        return true;
    plan.leader = true;
    return false;
}

void ResponseCache::finish(const CachePlan &plan, std::optional<CachedResponse> answer,
                           const CacheConfig &config)
{
    bool stored = false;
    if (answer && plan.store && m_store) {
        answer->key = plan.key;
        m_store->insert(std::move(*answer), config.maxBytes);
        stored = m_store->contains(plan.key, config.ttlSeconds * 1000);
    }
    if (plan.leader)
        m_coalescer.finish(plan.key, stored);
}
