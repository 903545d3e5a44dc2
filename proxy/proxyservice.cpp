#include "proxyservice.h"

#include "clientkeyidentifier.h"
#include "clienttool.h"
#include "forwardedcall.h"
#include "http1reply.h"
#include "modelslisting.h"
#include "providerrouter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QUuid>

Q_LOGGING_CATEGORY(lcProxy, "ledger.proxy", QtInfoMsg)

namespace {

// Request headers that stay with this hop (RFC 9110 §7.6.1) or that the proxy
// sets itself. Accept-Encoding is replaced by "identity": the proxy must read
// usage out of the answer, and loopback gains nothing from compression.
bool isDroppedRequestHeader(const QByteArray &lowerName, const QByteArray &connectionTokens)
{
    static const QByteArrayList dropped
        = {"host",   "content-length", "connection",        "keep-alive", "proxy-connection",
           "te",     "trailer",        "transfer-encoding", "upgrade",    "proxy-authorization",
           "expect", "accept-encoding"};
    return dropped.contains(lowerName) || lowerName.startsWith("x-llmledger-")
        || (!connectionTokens.isEmpty() && connectionTokens.split(',').contains(lowerName));
}

// A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Time-ordered
// ids keep inserts at the end of the database's unique index (Qt 6.4 has no v7).
QByteArray timeOrderedId(qint64 unixMs)
{
    QRandomGenerator *random = QRandomGenerator::global();
    const quint64 ms = quint64(unixMs) & 0xFFFFFFFFFFFFull;
    const quint64 tail = random->generate64();
    const QUuid uuid(uint(ms >> 16), ushort(ms & 0xFFFF),
                     ushort(0x7000 | (random->generate() & 0x0FFF)), uchar(0x80 | (tail & 0x3F)),
                     uchar(tail >> 8), uchar(tail >> 16), uchar(tail >> 24), uchar(tail >> 32),
                     uchar(tail >> 40), uchar(tail >> 48), uchar(tail >> 56));
    return uuid.toByteArray(QUuid::WithoutBraces);
}

QByteArray bearerToken(const QByteArray &authorization)
{
    if (authorization.size() > 7
        && authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        return authorization.mid(7).trimmed();
    return authorization.trimmed();
}

} // namespace

ProxyService::ProxyService(ProxyConfig config, PriceTable prices, QObject *parent)
    : QObject(parent), m_settings(std::make_shared<const CallSettings>(
                           CallSettings{std::move(config), std::move(prices), {}})),
      m_client(this), m_startedAtMs(QDateTime::currentMSecsSinceEpoch())
{ }

void ProxyService::setProviderKey(const QString &providerId, const QByteArray &key)
{
    auto settings = std::make_shared<CallSettings>(*m_settings);
    settings->providerKeys.insert(providerId, key);
    m_settings = std::move(settings);
}

void ProxyService::setSettings(CallSettingsPtr settings)
{
    Q_ASSERT(settings);
    m_settings = std::move(settings);
}

QByteArray ProxyService::clientKey(const IncomingRequest &request)
{
    const QByteArray apiKey = request.header("x-api-key");
    if (!apiKey.isEmpty())
        return apiKey.trimmed();
    return bearerToken(request.header("authorization"));
}

CallRecord ProxyService::newRecord(const IncomingRequest &request, WireFormat format) const
{
    CallRecord record;
    record.requestId = timeOrderedId(request.receivedAtMs);
    record.startedAtMs = request.receivedAtMs;
    record.endpoint = request.path.isEmpty() ? request.originalPath : request.path;
    record.apiFormat
        = format == WireFormat::Anthropic ? QStringLiteral("anthropic") : QStringLiteral("openai");
    const QByteArray userAgent = request.header("user-agent");
    record.userAgent = QString::fromUtf8(userAgent.left(512));
    record.clientTool = ClientTool::recognise(userAgent);
    const QByteArray key = clientKey(request);
    if (!key.isEmpty())
        record.clientKeyHint = ClientKeyIdentifier::hint(key);
    return record;
}

void ProxyService::handle(IncomingRequest request, QTcpSocket *client)
{
    ++m_callsHandled;
    const QByteArray key = clientKey(request);
    if (m_keys)
        m_keys->prepare(key);
    if (!m_keys || key.isEmpty() || m_disabledKeys.isEmpty())
        return process(std::move(request), client, QString());
    // Whether the key is disabled needs its id: a known key's comes at once, a key new since the
    // proxy started waits for its hash (once), and only while some key is disabled.
    QPointer<QTcpSocket> guard(client);
    m_keys->identify(key, [this, guard, request = std::move(request)](const QString &id) mutable {
        process(std::move(request), guard.data(), id);
    });
}

ProxyError ProxyService::keyDisabled(const QByteArray &key, WireFormat format)
{
    return {403,
            format == WireFormat::Anthropic ? QStringLiteral("permission_error")
                                            : QStringLiteral("permission_denied"),
            QStringLiteral("client_key_disabled"),
            QStringLiteral("This client key is disabled in LLM Ledger (key %1). Enable it on the "
                           "Keys page or with \"llmledger keys enable\".")
                .arg(ClientKeyIdentifier::hint(key)),
            {}};
}

void ProxyService::process(IncomingRequest request, QTcpSocket *client, const QString &keyId)
{
    QElapsedTimer ownTime;
    ownTime.start();
    const CallSettingsPtr settings = m_settings; // this call's, whatever reloads come
    const ProxyConfig &config = settings->config;
    const Endpoint endpoint = Endpoint::classify(request);
    CallRecord record = newRecord(request, endpoint.format);
    const QByteArray key = clientKey(request);

    if (!keyId.isEmpty() && m_disabledKeys.contains(keyId))
        return refuse(request, client, std::move(record), keyDisabled(key, endpoint.format),
                      endpoint.format);
    if (m_abandoning || (!keyId.isEmpty() && !client)) {
        // The client left, or the proxy stopped, while the key's id was computed.
        return refuse(request, client, std::move(record),
                      {499,
                       QStringLiteral("client_disconnected"),
                       {},
                       QStringLiteral("the call ended before its client key was identified"),
                       {}},
                      endpoint.format);
    }

    if (request.body.size() > config.maxRequestBodyBytes) {
        return refuse(request, client, std::move(record),
                      tooLarge(request.body.size(), config.maxRequestBodyBytes), endpoint.format);
    }

    RequestFields fields;
    if (endpoint.known || request.header("content-type").contains("json")) {
        const auto scanned = RequestFields::scan(request.body);
        if (!scanned && (endpoint.known || !request.body.isEmpty())) {
            return refuse(request, client, std::move(record),
                          {400,
                           QStringLiteral("invalid_request_error"),
                           {},
                           QStringLiteral("The request body is not valid JSON."),
                           {}},
                          endpoint.format);
        }
        fields = scanned.value_or(RequestFields());
    }
    record.requestedModel = fields.model;
    record.streamed = fields.stream;
    if (endpoint.needsModel && fields.model.isEmpty()) {
        return refuse(request, client, std::move(record),
                      {400,
                       QStringLiteral("invalid_request_error"),
                       {},
                       QStringLiteral("The request names no model: add a \"model\" field."),
                       QStringLiteral("model")},
                      endpoint.format);
    }

    const auto route
        = ProviderRouter::route(config, endpoint.format, fields.model,
                                QString::fromUtf8(request.header("x-llmledger-provider")));
    if (!route.provider) {
        return refuse(request, client, std::move(record),
                      {404,
                       endpoint.format == WireFormat::Anthropic
                           ? QStringLiteral("not_found_error")
                           : QStringLiteral("invalid_request_error"),
                       QStringLiteral("model_not_found"), route.error, QStringLiteral("model")},
                      endpoint.format);
    }
    const ProviderConfig &provider = *route.provider;
    record.provider = provider.id;

    if (request.method == "GET" && request.path == QLatin1String("/v1/models")) {
        new ModelsListing(this, settings, std::move(request), std::move(record), endpoint.format,
                          client);
        return;
    }

    PendingCall call{std::move(request),
                     std::move(record),
                     settings,
                     endpoint,
                     fields,
                     &provider,
                     client,
                     key,
                     {},
                     0};
    if (m_cache)
        call.cache = ResponseCache::plan(config.cache, call.request, provider.id, fields.model);
    call.ownNs = ownTime.nsecsElapsed();
    if (call.cache.lookup && answerFromCache(call))
        return;
    forward(std::move(call));
}

void ProxyService::forward(PendingCall call)
{
    QElapsedTimer ownTime;
    ownTime.start();
    const ProxyConfig &config = call.settings->config;
    const ProviderConfig &provider = *call.provider;
    bool injected = false;
    const QByteArray body
        = upstreamBody(config, call.request, call.endpoint, call.fields, &injected);
    const QString upstreamPath = provider.kind == WireFormat::OpenAi
        ? call.request.path.mid(3) // the OpenAI-style base URL already ends in /v1
        : call.request.path;
    Http1Reply *reply = sendUpstream(*call.settings, call.request, provider, upstreamPath,
                                     call.request.method, body);

    ForwardedCall::Plan plan{provider,
                             injected,
                             config.recordBodies,
                             call.clientKey,
                             call.endpoint.billable,
                             call.endpoint.known,
                             call.settings,
                             call.cache};
    call.record.proxyOverheadUs = (call.ownNs + ownTime.nsecsElapsed()) / 1000;
    new ForwardedCall(this, std::move(call.request), std::move(plan), std::move(call.record),
                      call.client, reply);
}

ProxyError ProxyService::tooLarge(qint64 bytes, qint64 limit)
{
    return {413,
            QStringLiteral("request_too_large"),
            QStringLiteral("request_too_large"),
            QStringLiteral("The request body is %1 bytes; LLM Ledger accepts at most %2 "
                           "(limits.max_request_body_bytes in the config).")
                .arg(bytes)
                .arg(limit),
            {}};
}

void ProxyService::refuseOversized(IncomingRequest request, qint64 declaredBytes,
                                   QTcpSocket *client)
{
    ++m_callsHandled;
    const Endpoint endpoint = Endpoint::classify(request);
    refuse(request, client, newRecord(request, endpoint.format),
           tooLarge(declaredBytes, m_settings->config.maxRequestBodyBytes), endpoint.format);
}

void ProxyService::abandonInFlight()
{
    m_abandoning = true;
    const QList<ForwardedCall *> calls = findChildren<ForwardedCall *>(Qt::FindDirectChildrenOnly);
    for (ForwardedCall *call : calls)
        call->abandon();
    if (m_keys)
        m_keys->finishPending();
}

QByteArray ProxyService::upstreamBody(const ProxyConfig &config, const IncomingRequest &request,
                                      const Endpoint &endpoint, const RequestFields &fields,
                                      bool *injected)
{
    *injected = false;
    if (!config.injectStreamUsage || !endpoint.usageInjectable || !fields.stream
        || fields.includeUsage)
        return request.body;
    *injected = true;
    if (!fields.hasStreamOptions) {
        // Splice the option in after the opening brace: no re-serialisation of the body.
        QByteArray body = request.body;
        const qsizetype brace = body.indexOf('{');
        body.insert(brace + 1, R"("stream_options":{"include_usage":true},)");
        return body;
    }
    QJsonObject object = QJsonDocument::fromJson(request.body).object();
    QJsonObject options = object.value(QLatin1String("stream_options")).toObject();
    options.insert(QLatin1String("include_usage"), true);
    object.insert(QLatin1String("stream_options"), options);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Http1Reply *ProxyService::sendUpstream(const CallSettings &settings, const IncomingRequest &request,
                                       const ProviderConfig &provider, const QString &upstreamPath,
                                       const QByteArray &method, const QByteArray &body)
{
    QUrl url = provider.baseUrl;
    url.setPath(url.path() + upstreamPath);
    if (!request.query.isEmpty())
        url.setQuery(request.query);

    const bool injectKey = provider.keySource != ProviderConfig::KeySource::Client;
    const QByteArray connection = request.header("connection").toLower().replace(' ', "");
    HeaderList headers;
    headers.reserve(request.headers.size() + 2);
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (isDroppedRequestHeader(lower, connection))
            continue;
        if (injectKey && (lower == "authorization" || lower == "x-api-key"))
            continue;
        headers.append({name, value});
    }
    headers.append({QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity")});
    if (injectKey) {
        const QByteArray key = settings.providerKeys.value(provider.id);
        if (!key.isEmpty()) {
            if (provider.kind == WireFormat::Anthropic)
                headers.append({QByteArrayLiteral("x-api-key"), key});
            else
                headers.append({QByteArrayLiteral("Authorization"), QByteArray("Bearer " + key)});
        }
    }
    return m_client.send(method, url, headers, body, settings.config.upstreamIdleTimeoutMs);
}

void ProxyService::refuse(const IncomingRequest &request, QTcpSocket *client, CallRecord record,
                          const ProxyError &error, WireFormat format)
{
    ResponseWriter writer(client, request.closeConnection);
    writer.writeComplete(
        error.status, {},
        {{"Content-Type", "application/json"}, {"x-llmledger-request-id", record.requestId}},
        error.toJson(format));
    record.httpStatus = error.status;
    record.errorType = error.code.isEmpty() ? error.type : error.code;
    record.errorMessage = error.message;
    record.latencyUs = request.clock.nsecsElapsed() / 1000;
    record.proxyOverheadUs = record.latencyUs;
    if (m_settings->config.recordBodies)
        record.requestBody = request.body.left(1024 * 1024);
    complete(std::move(record), ProviderConfig(), clientKey(request), m_settings->prices);
}

CostResult ProxyService::price(const CallRecord &record, const ProviderConfig &provider,
                               const PriceTable &prices)
{
    if (provider.local)
        return {0.0, QStringLiteral("local"), QByteArray(), 0.0};
    // No tokens consumed that anyone knows of (refused or failed calls, model
    // lists, token counting): nothing to pay. Billable answers always carry
    // provider-reported or estimated usage by now.
    if (record.usageSource == UsageSource::None)
        return {0.0, QString(), QByteArray(), 0.0};
    return CostCalculator::costOfCall(prices, record.servedModel, record.requestedModel,
                                      record.usage);
}

void ProxyService::complete(CallRecord record, const ProviderConfig &provider,
                            const QByteArray &clientKey, const PriceTable &prices)
{
    record.applyCost(price(record, provider, prices));
    if (record.cacheHit) {
        // Nothing was paid: what the call would have cost is what the cache saved.
        record.cacheSavingsUsd = record.costUsd;
        record.costUsd = 0.0;
    }
    Q_EMIT callCompleted(record);
    if (!m_keys || clientKey.isEmpty()) {
        if (m_sink)
            m_sink(std::move(record));
        return;
    }
    m_keys->identify(clientKey, [this, record = std::move(record)](const QString &keyId) mutable {
        record.clientKeyId = keyId;
        if (m_sink)
            m_sink(std::move(record));
    });
}

void ProxyService::readErrorBody(const QByteArray &body, CallRecord &record)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonObject error = root.value(QLatin1String("error")).toObject();
    if (error.isEmpty()) {
        record.errorType = QStringLiteral("http_error");
        record.errorMessage = QString::fromUtf8(body.left(500));
        return;
    }
    const QJsonValue code = error.value(QLatin1String("code"));
    record.errorType
        = code.isString() ? code.toString() : error.value(QLatin1String("type")).toString();
    record.errorMessage = error.value(QLatin1String("message")).toString().left(2000);
}

QJsonObject ProxyService::health() const
{
    QJsonArray providers;
    for (const ProviderConfig &p : m_settings->config.providers) {
        providers.append(QJsonObject{{QLatin1String("id"), p.id},
                                     {QLatin1String("kind"),
                                      p.kind == WireFormat::Anthropic ? QLatin1String("anthropic")
                                                                      : QLatin1String("openai")},
                                     {QLatin1String("base_url"), p.baseUrl.toString()}});
    }
    return QJsonObject{
        {QLatin1String("status"), QLatin1String("ok")},
        {QLatin1String("version"), QLatin1String(LEDGER_VERSION)},
        {QLatin1String("uptime_s"),
         double((QDateTime::currentMSecsSinceEpoch() - m_startedAtMs) / 1000)},
        {QLatin1String("calls"), double(m_callsHandled)},
        {QLatin1String("upstream_connections"), m_client.openConnectionCount()},
        {QLatin1String("providers"), providers},
    };
}
