#pragma once

#include "tokenusage.h"

#include <QList>
#include <QString>

// Sums over a set of calls, as the dashboards show them. Averages are derived so that totals of
// different buckets can be added together exactly.
struct UsageTotals
{
    qint64 requests = 0;
    qint64 errors = 0; // status >= 400 or 0 (no answer)
    qint64 streamed = 0;
    qint64 cacheHits = 0;
    TokenUsage tokens;
    double costUsd = 0; // sum of the priced calls only
    double cacheSavingsUsd = 0; // what prompt caching saved (CostResult::cacheSavingsUsd)
    qint64 unpriced = 0; // calls whose cost is unknown
    qint64 latencyUsSum = 0;
    qint64 ttftUsSum = 0;
    qint64 ttftCount = 0;

    double avgLatencyUs() const { return requests ? double(latencyUsSum) / double(requests) : 0.0; }
    double avgTtftUs() const { return ttftCount ? double(ttftUsSum) / double(ttftCount) : 0.0; }
    // Generated tokens per second of generation time: the whole call when answered at once,
    // the time after the first event when streamed.
    double outputTokensPerSecond() const
    {
        const qint64 generationUs = latencyUsSum - ttftUsSum;
        return generationUs > 0 ? double(tokens.outputTokens) * 1e6 / double(generationUs) : 0.0;
    }

    UsageTotals &operator+=(const UsageTotals &other)
    {
        requests += other.requests;
        errors += other.errors;
        streamed += other.streamed;
        cacheHits += other.cacheHits;
        tokens.inputTokens += other.tokens.inputTokens;
        tokens.cachedInputTokens += other.tokens.cachedInputTokens;
        tokens.cacheWriteTokens += other.tokens.cacheWriteTokens;
        tokens.cacheWrite1hTokens += other.tokens.cacheWrite1hTokens;
        tokens.outputTokens += other.tokens.outputTokens;
        tokens.reasoningTokens += other.tokens.reasoningTokens;
        costUsd += other.costUsd;
        cacheSavingsUsd += other.cacheSavingsUsd;
        unpriced += other.unpriced;
        latencyUsSum += other.latencyUsSum;
        ttftUsSum += other.ttftUsSum;
        ttftCount += other.ttftCount;
        return *this;
    }
};

enum class Bucket {
    Hour,
    Day, // a day of the caller's UTC offset
};

enum class GroupBy {
    Model,
    Provider,
    Key,
    Day,
};

struct UsageBucket
{
    qint64 startMs = 0; // start of the hour or of the (offset) day, unix ms UTC
    UsageTotals totals;
};

struct UsageGroup
{
    QString key; // model, provider, client key id, or the day as "yyyy-MM-dd"; empty: none/unknown
    QString label; // for keys: the user's label, else the key hint
    qint64 dayStartMs = 0; // GroupBy::Day only
    UsageTotals totals;
};
