#pragma once

#include "providerconfig.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

class PriceTable;

// The response cache's settings (config "cache"; see docs/config.md and ResponseCache).
struct CacheConfig
{
    enum class Mode {
        Deterministic, // temperature 0, a seed, embeddings, or the x-llmledger-cache: on header
        OptIn, // only requests with x-llmledger-cache: on
        All, // every request to a cacheable endpoint
    };

    bool enabled = true;
    Mode mode = Mode::Deterministic;
    qint64 ttlSeconds = 7 * 24 * 3600;
    qint64 maxBytes = 256LL * 1024 * 1024;
    // Top-level request fields left out of the cache key: they do not change the answer.
    QStringList ignoreFields = {QStringLiteral("user"), QStringLiteral("metadata")};
    // Per-model switch; models not listed follow the mode.
    QHash<QString, bool> models;
};

// The proxy's whole configuration, as read from config.json (see docs/config.md).
// A default-constructed ProxyConfig plus defaultProviders() is what a user gets
// with no file at all.
struct ProxyConfig
{
    static constexpr quint16 DefaultPort = 8788;

    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = DefaultPort;
    QList<ProviderConfig> providers;
    bool recordBodies = false;
    // Ask OpenAI-style upstreams for a usage chunk on streams and hide it from
    // clients that did not ask for one.
    bool injectStreamUsage = true;
    qint64 maxRequestBodyBytes = 32 * 1024 * 1024;
    int upstreamIdleTimeoutMs = 10 * 60 * 1000;
    // Calls (with their bodies) older than this many days are deleted; 0 keeps everything.
    // The hourly and daily rollups behind the dashboards are kept.
    int retentionDays = 0;
    // Model prices from the config's "prices" object (USD per million tokens),
    // raw, applied over the built-in table by the app.
    QByteArray priceOverridesJson;
    CacheConfig cache;

    const ProviderConfig *provider(const QString &id) const;

    // OpenAI and Anthropic, each forwarding the client's own key. The base URLs
    // can be overridden with LLMLEDGER_OPENAI_BASE_URL / LLMLEDGER_ANTHROPIC_BASE_URL.
    static QList<ProviderConfig> defaultProviders(const QProcessEnvironment &env);
};

struct ConfigResult
{
    std::optional<ProxyConfig> config;
    QString error; // names the file and the bad field when config is empty
};

// Reads and validates a config file. A missing file is not an error: the
// defaults apply. Every error names the offending field ("providers[1].base_url: ...").
class ConfigLoader
{
public:
    static ConfigResult loadFile(const QString &path,
                                 const QProcessEnvironment &env
                                 = QProcessEnvironment::systemEnvironment());
    static ConfigResult parse(const QByteArray &json,
                              const QProcessEnvironment &env
                              = QProcessEnvironment::systemEnvironment());

    // The inverse of reading a provider: parse() gives back an equal ProviderConfig.
    static QJsonObject providerToJson(const ProviderConfig &provider);
    static QJsonArray providersToJson(const QList<ProviderConfig> &providers);
};
