#include "keystatsquery.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 dayMs = 24 * 60 * 60 * 1000;
// How far back the search for the last call without a key reads the log of its last day.
constexpr int keylessSearchPages = 10;
constexpr int keylessSearchPageSize = 500;

using KeyStats = KeyStatsModel::KeyStats;
using Snapshot = KeyStatsModel::Snapshot;

KeyStats statsOf(const QString &keyId, const UsageTotals &totals, const LatencyStats &latency)
{
    KeyStats row;
    row.keyId = keyId;
    row.requests = totals.requests;
    row.errors = totals.errors;
    row.tokens = totals.tokens.totalTokens();
    row.costUsd = totals.costUsd;
    row.p50Us = latency.latency.percentileUs(0.5);
    row.p95Us = latency.latency.percentileUs(0.95);
    return row;
}

// The client_keys table knows when each key was last seen, but not the calls without a key:
// their last call is looked up in the log of the last day that had one.
qint64 lastKeylessCallMs(CallQueries &queries, const TimeRange &lastDay)
{
    CallFilter filter;
    filter.range = lastDay;
    LogCursor cursor;
    for (int page = 0; page < keylessSearchPages; ++page) {
        const LogPage found = queries.logPage(filter, cursor, keylessSearchPageSize);
        for (const CallRow &row : found.rows) {
            if (row.record.clientKeyId.isEmpty())
                return row.record.startedAtMs;
        }
        if (!found.hasMore)
            break;
        cursor = found.next;
    }
    return lastDay.fromMs; // keyless calls drowned among thousands of others: the day is close
}

} // namespace

Snapshot KeyStatsQuery::read(CallQueries &queries, const TimeRange &range, const TimeRange &month,
                             int utcOffsetSeconds)
{
    Snapshot snapshot;
    auto failed = [&queries, &snapshot] {
        snapshot.error = queries.lastError();
        return !snapshot.error.isEmpty();
    };
    const QList<UsageGroup> groups = queries.groupBy(range, GroupBy::Key);
    if (failed())
        return snapshot;
    const QHash<QString, LatencyStats> latencies = queries.latencyByKey(range);
    if (failed())
        return snapshot;
    const QList<ClientKey> keys = queries.clientKeys();
    if (failed())
        return snapshot;
    const QList<UsageBucket> allDays = queries.timeSeries(range, Bucket::Day, {}, utcOffsetSeconds);
    if (failed())
        return snapshot;
    const QList<UsageGroup> monthGroups = queries.groupBy(month, GroupBy::Key);
    if (failed())
        return snapshot;
    QHash<QString, double> monthSpend;
    for (const UsageGroup &group : monthGroups)
        monthSpend.insert(group.key, group.totals.costUsd);

    QHash<qint64, int> dayIndex;
    for (int i = 0; i < allDays.size(); ++i)
        dayIndex.insert(allDays.at(i).startMs, i);
    QList<qreal> keylessCost(allDays.size());
    QList<qint64> keylessRequests(allDays.size());
    for (int i = 0; i < allDays.size(); ++i) {
        keylessCost[i] = allDays.at(i).totals.costUsd;
        keylessRequests[i] = allDays.at(i).totals.requests;
    }

    QHash<QString, int> rowOfKey;
    for (const UsageGroup &group : groups) {
        KeyStats row = statsOf(group.key, group.totals, latencies.value(group.key));
        row.dailyCost = QList<qreal>(allDays.size());
        snapshot.totalCostUsd += row.costUsd;
        if (!group.key.isEmpty()) {
            const QList<UsageBucket> days
                = queries.timeSeries(range, Bucket::Day, group.key, utcOffsetSeconds);
            if (failed())
                return snapshot;
            for (const UsageBucket &day : days) {
                const int i = dayIndex.value(day.startMs, -1);
                if (i < 0)
                    continue;
                row.dailyCost[i] = day.totals.costUsd;
                keylessCost[i] -= day.totals.costUsd;
                keylessRequests[i] -= day.totals.requests;
            }
        }
        rowOfKey.insert(row.keyId, int(snapshot.rows.size()));
        snapshot.rows.append(row);
    }
    for (const ClientKey &key : keys) {
        int i = rowOfKey.value(key.keyId, -1);
        if (i < 0) {
            i = int(snapshot.rows.size());
            snapshot.rows.append(statsOf(key.keyId, {}, {}));
            snapshot.rows.last().dailyCost = QList<qreal>(allDays.size());
        }
        KeyStats &row = snapshot.rows[i];
        row.label = key.label;
        row.hint = key.hint;
        row.lastUsedMs = key.lastSeenMs;
        row.disabled = key.disabled;
        row.budgetUsd = key.budgetUsdMonth;
        row.monthSpendUsd = monthSpend.value(key.keyId);
    }
    const int keyless = rowOfKey.value(QString(), -1);
    if (keyless >= 0) {
        KeyStats &row = snapshot.rows[keyless];
        // What is left after subtracting the keys is exact up to rounding of the sums.
        for (qreal &cost : keylessCost)
            cost = std::abs(cost) < 1e-9 ? 0.0 : cost;
        row.dailyCost = keylessCost;
        for (int i = int(keylessRequests.size()) - 1; i >= 0; --i) {
            if (keylessRequests.at(i) <= 0)
                continue;
            const qint64 dayStart = allDays.at(i).startMs;
            const TimeRange day{qMax(dayStart, range.fromMs), qMin(dayStart + dayMs, range.toMs)};
            row.lastUsedMs = lastKeylessCallMs(queries, day);
            if (failed())
                return snapshot;
            break;
        }
    }

    for (KeyStats &row : snapshot.rows)
        row.share = snapshot.totalCostUsd > 0 ? row.costUsd / snapshot.totalCostUsd : 0.0;
    std::sort(snapshot.rows.begin(), snapshot.rows.end(), [](const KeyStats &a, const KeyStats &b) {
        if (a.costUsd != b.costUsd)
            return a.costUsd > b.costUsd;
        if (a.lastUsedMs != b.lastUsedMs)
            return a.lastUsedMs > b.lastUsedMs;
        return a.keyId < b.keyId;
    });
    return snapshot;
}
