#pragma once

#include "costcalculator.h"
#include "tokenusage.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <optional>

// Everything LLM Ledger records about one call through the proxy. A plain value:
// the proxy fills it in and hands it to CallLogWriter, which stores it.
// Secrets never enter it: the client key is only present as its argon2id-derived id.
struct CallRecord
{
    QByteArray requestId; // our id, also sent to the client as x-llmledger-request-id
    qint64 startedAtMs = 0; // UTC, milliseconds since the epoch
    QString endpoint; // request path as received, e.g. "/v1/chat/completions"
    QString apiFormat; // "openai" or "anthropic": the wire format of the endpoint
    QString provider; // configured provider id that served the call (empty if none)
    QString requestedModel; // model the client asked for
    QString servedModel; // model the provider says answered
    bool streamed = false;
    int httpStatus = 0; // status sent to the client; 499 = client went away
    QString errorType; // provider error type, or one of the proxy's own
    QString errorMessage;

    TokenUsage usage;
    UsageSource usageSource = UsageSource::None;
    std::optional<double> costUsd; // empty: model has no known price
    QString priceModel; // the price-table entry the cost came from
    QByteArray priceJson; // the per-million prices used, for audit and re-pricing
    std::optional<double> cacheSavingsUsd; // see CostResult::cacheSavingsUsd

    qint64 latencyUs = 0; // request received -> response finished
    std::optional<qint64> ttftUs; // request received -> first streamed event
    qint64 upstreamLatencyUs = 0; // upstream request sent -> upstream finished
    qint64 proxyOverheadUs = 0; // time spent in the proxy's own code

    QString clientKeyId; // argon2id-derived id of the client's key (empty: none sent)
    QString clientKeyHint; // e.g. "sk-…a1b2": last four characters, for recognising a key
    QString userAgent;
    QString clientTool; // recognised from the User-Agent: "claude-code", "openai-python", ...
    QString upstreamRequestId; // the provider's own request id header
    bool cacheHit = false;

    QByteArray requestBody; // only when body logging is on
    QByteArray responseBody;

    void applyCost(const CostResult &cost)
    {
        costUsd = cost.usd;
        priceModel = cost.priceModel;
        priceJson = cost.priceJson;
        cacheSavingsUsd = cost.cacheSavingsUsd;
    }
};

Q_DECLARE_METATYPE(CallRecord)

QString usageSourceName(UsageSource source);
UsageSource usageSourceFromName(const QString &name);
