#pragma once

#include "callrecord.h"
#include "incomingrequest.h"
#include "providerconfig.h"
#include "proxyservice.h"
#include "responsewriter.h"
#include "sseeventsplitter.h"
#include "streamusagetracker.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class Http1Reply;
class ProxyService;

// One call relayed to a provider: it copies the provider's answer to the client
// (event by event for streams, whole otherwise), follows the usage the provider
// reports, and hands a finished CallRecord to the service. It deletes itself
// when the call is over, whichever side ended it.
class ForwardedCall : public QObject
{
    Q_OBJECT
public:
    struct Plan
    {
        ProviderConfig provider;
        bool hideUsageChunk = false; // the proxy asked for a usage chunk the client did not
        bool recordBodies = false;
        QByteArray clientKey; // only to identify it; never stored
        bool billable = true; // the endpoint consumes tokens (count_tokens, models don't)
        bool knownApi = true; // a documented route, whose streams end with a known final event
        CallSettingsPtr settings; // those the call started with (prices)
        CachePlan cache; // whether the answer is stored, and who waits for it
    };

    ForwardedCall(ProxyService *service, IncomingRequest request, Plan plan, CallRecord record,
                  QTcpSocket *client, Http1Reply *reply);
    ~ForwardedCall() override;

    // Ends the call now (the proxy is shutting down) and records what came so far.
    void abandon();

private:
    void onHeaders();
    void onData(const QByteArray &data);
    void onFinished();
    void onClientGone();
    void endEarly(int status, const QString &type, const QString &message);

    HeaderList responseHeaders() const;
    void relayEvents(const QList<SseEventSplitter::Event> &events);
    void answerNetworkError();
    void completeBuffered();
    void fillUsageFromBody();
    void settleUsage();
    void finishRecord();
    std::optional<CachedResponse> answerToStore() const;
    qint64 elapsedUs() const { return m_request.clock.nsecsElapsed() / 1000; }

    ProxyService *m_service;
    IncomingRequest m_request;
    Plan m_plan;
    CallRecord m_record;
    ResponseWriter m_writer;
    QPointer<Http1Reply> m_reply;
    QElapsedTimer m_upstreamClock;

    int m_status = 0;
    QByteArray m_reason;
    bool m_streaming = false;
    bool m_finished = false;
    QByteArray m_body; // the whole body for non-streamed answers
    SseEventSplitter m_splitter;
    StreamUsageTracker m_tracker;
    qint64 m_ownNs = 0; // time spent in this object's own handlers
};
