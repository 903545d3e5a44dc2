#include "forwardedcall.h"

#include "errorbody.h"
#include "proxyservice.h"
#include "tokenestimator.h"
#include "usageextractor.h"

#include "http1reply.h"

namespace {

constexpr qsizetype MaxRecordedBodyBytes = 8 * 1024 * 1024;

// RFC 9110 §7.6.1: connection-specific fields end at each hop. Framing is redone
// by ResponseWriter, so the upstream's own is dropped as well.
bool isHopByHop(const QByteArray &name, const QByteArray &connectionTokens)
{
    static const QByteArrayList hopByHop
        = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te",
           "trailer",    "upgrade",    "content-length",   "proxy-authenticate"};
    const QByteArray lower = name.toLower();
    if (hopByHop.contains(lower))
        return true;
    return !connectionTokens.isEmpty() && connectionTokens.split(',').contains(lower);
}

class Stopwatch
{
public:
    explicit Stopwatch(qint64 &total) : m_total(total) { m_timer.start(); }
    ~Stopwatch() { m_total += m_timer.nsecsElapsed(); }

private:
    qint64 &m_total;
    QElapsedTimer m_timer;
};

} // namespace

ForwardedCall::ForwardedCall(ProxyService *service, IncomingRequest request, Plan plan,
                             CallRecord record, QTcpSocket *client, Http1Reply *reply)
    : QObject(service), m_service(service), m_request(std::move(request)), m_plan(std::move(plan)),
      m_record(std::move(record)), m_writer(client, m_request.closeConnection), m_reply(reply),
      m_tracker(m_plan.provider.kind)
{
    m_upstreamClock.start();
    connect(reply, &Http1Reply::headersReceived, this, &ForwardedCall::onHeaders);
    connect(reply, &Http1Reply::dataReceived, this, &ForwardedCall::onData);
    connect(reply, &Http1Reply::finished, this, &ForwardedCall::onFinished);
    if (client)
        connect(client, &QTcpSocket::disconnected, this, &ForwardedCall::onClientGone);
    else
        QMetaObject::invokeMethod(this, &ForwardedCall::onClientGone, Qt::QueuedConnection);
}

ForwardedCall::~ForwardedCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

HeaderList ForwardedCall::responseHeaders() const
{
    HeaderList headers;
    const QByteArray connection = m_reply->header("connection").toLower().replace(' ', "");
    for (const auto &[name, value] : m_reply->headers()) {
        if (!isHopByHop(name, connection))
            headers.append({name, value});
    }
    headers.append({"x-llmledger-request-id", m_record.requestId});
    if (m_plan.cache.applies)
        headers.append({"x-llmledger-cache", m_plan.cache.status()});
    return headers;
}

void ForwardedCall::onHeaders()
{
    Stopwatch watch(m_ownNs);
    m_status = m_reply->status();
    m_reason = m_reply->reason();
    const QByteArray requestId = m_reply->header("x-request-id");
    m_record.upstreamRequestId
        = QString::fromLatin1(requestId.isEmpty() ? m_reply->header("request-id") : requestId);
    m_streaming = m_reply->header("content-type").startsWith("text/event-stream");
    if (m_streaming) {
        m_record.streamed = true;
        m_writer.beginChunked(m_status, m_reason, responseHeaders());
    }
}

void ForwardedCall::onData(const QByteArray &data)
{
    Stopwatch watch(m_ownNs);
    if (!m_streaming) {
        m_body += data;
        return;
    }
    relayEvents(m_splitter.feed(data));
}

void ForwardedCall::relayEvents(const QList<SseEventSplitter::Event> &events)
{
    if (events.isEmpty())
        return;
    if (!m_record.ttftUs)
        m_record.ttftUs = elapsedUs();
    QByteArray out;
    for (const SseEventSplitter::Event &event : events) {
        m_tracker.addEvent(event.name, event.data);
        if (m_plan.hideUsageChunk && StreamUsageTracker::isUsageOnlyChunk(event.data))
            continue;
        out += event.raw;
    }
    // The events as the client got them: for the ledger, and for the cache to replay.
    if ((m_plan.recordBodies || m_plan.cache.store) && m_body.size() < MaxRecordedBodyBytes)
        m_body += out;
    m_writer.writeChunk(out);
}

void ForwardedCall::onFinished()
{
    if (m_finished)
        return;
    Stopwatch watch(m_ownNs);
    m_finished = true;
    m_record.upstreamLatencyUs = m_upstreamClock.nsecsElapsed() / 1000;

    if (m_status == 0) {
        answerNetworkError();
    } else if (m_streaming) {
        const QByteArray rest = m_splitter.takeRemainder();
        if (!rest.isEmpty()) {
            // A stream cut off mid-event: forward what came, as it came.
            m_writer.writeChunk(rest);
            if (m_plan.recordBodies)
                m_body += rest;
        }
        // A cut stream does not always surface as a network error (the connection may
        // close between chunks); a known API's stream also lacks its final event then.
        if (m_reply->error() != Http1Reply::NoError) {
            m_record.errorType = QStringLiteral("upstream_stream_interrupted");
            m_record.errorMessage = m_reply->errorString();
        } else if (m_plan.knownApi && !m_tracker.finished()) {
            m_record.errorType = QStringLiteral("upstream_stream_interrupted");
            m_record.errorMessage = QStringLiteral("the stream ended without its final event");
        }
        m_writer.endChunked();
    } else if (m_reply->error() != Http1Reply::NoError) {
        // Half a body is not an answer: say so rather than pass on truncated JSON.
        answerNetworkError();
    } else {
        completeBuffered();
    }
    finishRecord();
}

void ForwardedCall::answerNetworkError()
{
    const bool timeout = m_reply->error() == Http1Reply::Timeout;
    ProxyError e;
    e.status = timeout ? 504 : 502;
    e.type = m_plan.provider.kind == WireFormat::Anthropic ? QStringLiteral("api_error")
                                                           : QStringLiteral("upstream_error");
    e.code = timeout ? QStringLiteral("upstream_timeout") : QStringLiteral("upstream_unreachable");
    e.message = QStringLiteral("LLM Ledger could not get an answer from provider \"%1\" (%2): %3")
                    .arg(m_plan.provider.id, m_plan.provider.baseUrl.toDisplayString(),
                         m_reply->errorString());
    m_record.httpStatus = e.status;
    m_record.errorType = e.code;
    m_record.errorMessage = e.message;
    m_writer.writeComplete(
        e.status, {},
        {{"Content-Type", "application/json"}, {"x-llmledger-request-id", m_record.requestId}},
        e.toJson(m_plan.provider.kind));
}

void ForwardedCall::completeBuffered()
{
    fillUsageFromBody();
    settleUsage();
    HeaderList headers = responseHeaders();
    const CostResult cost = ProxyService::price(m_record, m_plan.provider, m_plan.settings->prices);
    m_record.applyCost(cost);
    if (cost.usd)
        headers.append({"x-llmledger-cost-usd", QByteArray::number(*cost.usd, 'f', 8)});
    m_writer.writeComplete(m_status, m_reason, headers, m_body);
}

void ForwardedCall::fillUsageFromBody()
{
    if (const auto usage = UsageExtractor::fromResponseBody(m_plan.provider.kind, m_body)) {
        m_record.usage = *usage;
        m_record.usageSource = UsageSource::Provider;
    }
    const QString served = UsageExtractor::servedModel(m_body);
    if (!served.isEmpty())
        m_record.servedModel = served;
    if (m_status >= 400)
        ProxyService::readErrorBody(m_body, m_record);
}

void ForwardedCall::onClientGone()
{
    endEarly(499, QStringLiteral("client_disconnected"),
             QStringLiteral("the client closed the connection before the answer was complete"));
}

void ForwardedCall::abandon()
{
    if (m_finished)
        return;
    const ProxyError error{503,
                           QStringLiteral("api_error"),
                           QStringLiteral("proxy_shutdown"),
                           QStringLiteral("LLM Ledger shut down before the answer was complete"),
                           {}};
    if (m_streaming)
        m_writer.endChunked();
    else
        m_writer.writeComplete(error.status, {}, {{"Content-Type", "application/json"}},
                               error.toJson(m_plan.provider.kind));
    endEarly(error.status, error.code, error.message);
}

void ForwardedCall::endEarly(int status, const QString &type, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_record.upstreamLatencyUs = m_upstreamClock.nsecsElapsed() / 1000;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_record.errorType = type;
    m_record.errorMessage = message;
    m_record.httpStatus = status;
    finishRecord();
}

void ForwardedCall::settleUsage()
{
    if (m_streaming) {
        if (const auto usage = m_tracker.usage()) {
            m_record.usage = *usage;
            m_record.usageSource = UsageSource::Provider;
            // A stream cut short (Anthropic: message_start came, the final
            // message_delta did not) reports only a placeholder output count.
            const qint64 seen = TokenEstimator::tokensForCharacters(m_tracker.outputCharacters());
            if (!m_tracker.finished() && seen > m_record.usage.outputTokens) {
                m_record.usage.outputTokens = seen;
                m_record.usageSource = UsageSource::Estimated;
            }
        }
        if (!m_tracker.servedModel().isEmpty())
            m_record.servedModel = m_tracker.servedModel();
        if (!m_tracker.errorType().isEmpty()) {
            m_record.errorType = m_tracker.errorType();
            m_record.errorMessage = m_tracker.errorMessage();
        }
    }
    // Billed or not, a successful answer without usage still used tokens: estimate them.
    if (m_record.usageSource == UsageSource::None && m_status > 0 && m_status < 400
        && m_plan.billable) {
        const qint64 outputChars
            = m_streaming ? m_tracker.outputCharacters() : TokenEstimator::outputCharacters(m_body);
        m_record.usage = TokenEstimator::estimate(m_request.body, outputChars);
        m_record.usageSource = UsageSource::Estimated;
    }
}

// Only complete successful answers are kept: a stream must have ended with its final event.
std::optional<CachedResponse> ForwardedCall::answerToStore() const
{
    if (m_status < 200 || m_status >= 300 || m_record.httpStatus != m_status
        || !m_record.errorType.isEmpty() || (m_reply && m_reply->error() != Http1Reply::NoError)
        || (m_streaming && (!m_tracker.finished() || m_body.size() >= MaxRecordedBodyBytes)))
        return std::nullopt;
    CachedResponse answer;
    answer.provider = m_plan.provider.id;
    answer.model = m_record.requestedModel;
    answer.endpoint = m_record.endpoint;
    answer.status = m_status;
    answer.contentType = m_reply ? m_reply->header("content-type") : QByteArray();
    answer.body = m_body;
    answer.streamed = m_streaming;
    answer.usage = m_record.usage;
    answer.usageSource = m_record.usageSource;
    answer.servedModel = m_record.servedModel;
    return answer;
}

void ForwardedCall::finishRecord()
{
    if (m_record.httpStatus == 0)
        m_record.httpStatus = m_status;
    settleUsage();
    if (m_plan.cache.store)
        m_service->settleCache(m_plan.cache, answerToStore(), m_plan.settings->config.cache);
    if (m_plan.recordBodies) {
        m_record.requestBody = m_request.body.left(MaxRecordedBodyBytes);
        m_record.responseBody = m_body.left(MaxRecordedBodyBytes);
    }
    m_record.latencyUs = elapsedUs();
    m_record.proxyOverheadUs += m_ownNs / 1000;
    m_service->complete(std::move(m_record), m_plan.provider, m_plan.clientKey,
                        m_plan.settings->prices);
    deleteLater();
}
