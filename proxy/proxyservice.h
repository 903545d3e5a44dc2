#pragma once

#include "callrecord.h"
#include "costcalculator.h"
#include "endpoint.h"
#include "errorbody.h"
#include "http1client.h"
#include "incomingrequest.h"
#include "pricetable.h"
#include "proxyconfig.h"
#include "requestfields.h"
#include "responsecache.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

class ClientKeyIdentifier;
class Http1Reply;
class QTcpSocket;

// Everything a call depends on besides the request. The service holds the current
// settings; each call takes a reference to them when it starts and keeps it to its
// end, so a reload (ProxyService::setSettings) changes new calls only.
struct CallSettings
{
    ProxyConfig config;
    PriceTable prices;
    // The key injected for providers whose key comes from the keychain or environment.
    QHash<QString, QByteArray> providerKeys;
};
using CallSettingsPtr = std::shared_ptr<const CallSettings>;

// Decides what happens to each API request: validates it, picks the provider,
// sends it upstream through the pool and leaves the relaying to a ForwardedCall.
// Every attempted call, refused ones included, ends as one CallRecord passed to
// the sink; the sink must not block (CallLogWriter::enqueue doesn't).
class ProxyService : public QObject
{
    Q_OBJECT
public:
    using CallSink = std::function<void(CallRecord)>;

    ProxyService(ProxyConfig config, PriceTable prices, QObject *parent = nullptr);

    void setCallSink(CallSink sink) { m_sink = std::move(sink); }
    void setClientKeyIdentifier(ClientKeyIdentifier *identifier) { m_keys = identifier; }
    // The key injected for providers whose key comes from the keychain or environment.
    void setProviderKey(const QString &providerId, const QByteArray &key);
    // Replaces the settings of calls from now on; calls in flight keep theirs.
    void setSettings(CallSettingsPtr settings);
    CallSettingsPtr settings() const { return m_settings; }
    // Client key ids whose calls are refused with 403 before they go upstream. Kept in memory:
    // the proxy never reads the database per call.
    void setDisabledKeys(QSet<QString> keyIds) { m_disabledKeys = std::move(keyIds); }
    // Where cached answers live (owned by the caller, on this thread); none: no caching.
    void setCacheStore(ResponseCacheStore *store);
    const QSet<QString> &disabledKeys() const { return m_disabledKeys; }

    void handle(IncomingRequest request, QTcpSocket *client);
    // Answers 413 to a request whose declared body is over the limit, unread.
    void refuseOversized(IncomingRequest request, qint64 declaredBytes, QTcpSocket *client);
    // Ends every call still in flight, recording each: for shutdown.
    void abandonInFlight();

    // The current config; a reference valid until the next setSettings().
    const ProxyConfig &config() const { return m_settings->config; }
    const Http1Client &upstreamClient() const { return m_client; }
    QJsonObject health() const;
    qint64 callsHandled() const { return m_callsHandled; }

    // Used by ForwardedCall and ModelsListing.
    static CostResult price(const CallRecord &record, const ProviderConfig &provider,
                            const PriceTable &prices);
    void complete(CallRecord record, const ProviderConfig &provider, const QByteArray &clientKey,
                  const PriceTable &prices);
    Http1Reply *sendUpstream(const CallSettings &settings, const IncomingRequest &request,
                             const ProviderConfig &provider, const QString &upstreamPath,
                             const QByteArray &method, const QByteArray &body);
    static void readErrorBody(const QByteArray &body, CallRecord &record);
    // A call that planned to store its answer ended: answer is set if it may be stored.
    void settleCache(const CachePlan &plan, std::optional<CachedResponse> answer,
                     const CacheConfig &config);
    static QByteArray clientKey(const IncomingRequest &request);

Q_SIGNALS:
    void callCompleted(const CallRecord &record);

private:
    // A routed request on its way: to the cache, to wait for an identical call, or upstream.
    struct PendingCall
    {
        IncomingRequest request;
        CallRecord record;
        CallSettingsPtr settings;
        Endpoint endpoint;
        RequestFields fields;
        const ProviderConfig *provider = nullptr; // in settings
        QPointer<QTcpSocket> client;
        QByteArray clientKey;
        CachePlan cache;
        qint64 ownNs = 0; // time spent in the proxy's own code so far
    };

    CallRecord newRecord(const IncomingRequest &request, WireFormat format) const;
    void process(IncomingRequest request, QTcpSocket *client, const QString &keyId);
    static ProxyError keyDisabled(const QByteArray &key, WireFormat format);
    void refuse(const IncomingRequest &request, QTcpSocket *client, CallRecord record,
                const ProxyError &error, WireFormat format);
    bool answerFromCache(PendingCall &call);
    void resumeWaiting(PendingCall call, bool answered);
    void serveHit(PendingCall call, const CachedResponse &answer);
    void forward(PendingCall call);
    static ProxyError tooLarge(qint64 bytes, qint64 limit);
    static QByteArray upstreamBody(const ProxyConfig &config, const IncomingRequest &request,
                                   const Endpoint &endpoint, const struct RequestFields &fields,
                                   bool *injected);

    CallSettingsPtr m_settings;
    Http1Client m_client;
    CallSink m_sink;
    ClientKeyIdentifier *m_keys = nullptr;
    QSet<QString> m_disabledKeys;
    std::unique_ptr<ResponseCache> m_cache;
    bool m_abandoning = false;
    qint64 m_callsHandled = 0;
    qint64 m_startedAtMs = 0;
};
