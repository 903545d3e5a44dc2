#pragma once

#include "callfilter.h"
#include "clientkey.h"
#include "database.h"
#include "latencyhistogram.h"
#include "logpage.h"
#include "usagetotals.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class QSqlQuery;

// The read API of the ledger for the UI, the CLI and the exporter: plain value results, no SQL
// outside ledger_storage. Each CallQueries owns its own connection, opened on (and only usable
// from) the calling thread, e.g. inside a QtConcurrent::run task. Aggregates (totals, timeSeries,
// groupBy) read the rollups (usage_daily for whole UTC days, usage_hourly or usage_key_hourly for
// whole hours) and sum calls only for the partial hours at a range's edges, so they are exact for
// any range and cheap for long ones. Day
// buckets are days of the given fixed UTC offset; with an offset that is not a whole number of
// hours an hour is counted in the day in which it starts. On an SQL error a query returns an
// empty result and lastError() says why; lastError() is cleared by every successful call.
class CallQueries
{
public:
    static std::optional<CallQueries> open(const QString &location, QString *error);
    explicit CallQueries(Database database);

    QString lastError() const { return m_lastError; }

    UsageTotals totals(const TimeRange &range, const QString &clientKeyId = {}) const;
    // Ordered by time. Dense (empty buckets included) from the bucket of range.fromMs to that of
    // range.toMs - 1, unless that would exceed 20,000 buckets ("all time"): then only non-empty
    // ones.
    QList<UsageBucket> timeSeries(const TimeRange &range, Bucket bucket,
                                  const QString &clientKeyId = {}, int utcOffsetSeconds = 0) const;
    // Sorted by cost descending (then requests, then key); GroupBy::Day by day, non-empty days
    // only.
    QList<UsageGroup> groupBy(const TimeRange &range, GroupBy by, const QString &clientKeyId = {},
                              int utcOffsetSeconds = 0) const;

    // Newest first by default; pass page.next to get the following page in the same order.
    LogPage logPage(const CallFilter &filter, const LogCursor &after = {}, int limit = 100,
                    const LogOrder &order = {}) const;
    // Calls matching filter with an id above afterId (written after the call of that id),
    // by id ascending: how a live view finds what the writer added since it last looked.
    QList<CallRow> callsAfter(const CallFilter &filter, qint64 afterId, int limit = 1000) const;
    qint64 lastCallId() const; // 0 for an empty ledger
    // One call with its bodies; nullopt if there is no such id (or on error: see lastError()).
    std::optional<CallRecord> call(qint64 id) const;

    // Latency and time-to-first-token distributions (p50/p95 via LatencyHistogram) of the
    // calls in range, from the latency rollup; exact in count, ~4.5 % in value.
    LatencyStats latency(const TimeRange &range, const QString &clientKeyId = {}) const;
    // The same per client key ("" = calls without a key).
    QHash<QString, LatencyStats> latencyByKey(const TimeRange &range) const;

    QList<ClientKey> clientKeys() const; // most recently seen first
    // An empty label clears it. The key may not have been seen yet.
    bool setKeyLabel(const QString &keyId, const QString &label);
    // A disabled key's calls are refused by the proxy. The key may not have been seen yet.
    bool setKeyDisabled(const QString &keyId, bool disabled);
    // US dollars per calendar month; nullopt clears it. Negative or non-finite is refused.
    bool setKeyBudget(const QString &keyId, std::optional<double> usdPerMonth);
    // Ids of the disabled keys, as the proxy loads them at start.
    QSet<QString> disabledKeyIds() const;

    const Database &database() const { return m_db; }

private:
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &binds) const;
    bool setKeyColumn(const QString &keyId, QLatin1String column, const QVariant &value);
    QHash<QString, LatencyStats> latencyByKeyImpl(const TimeRange &range,
                                                  const QString &clientKeyId) const;

    Database m_db;
    mutable QString m_lastError;
};
