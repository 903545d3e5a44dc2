#include "usagesql.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

constexpr qint64 hourMs = 3600000;

// Hour boundaries in ms; the range may be "all time" (0 .. INT64_MAX), so no overflow.
qint64 floorHourMs(qint64 ms)
{
    return ms / hourMs * hourMs;
}

qint64 ceilHourMs(qint64 ms)
{
    const qint64 floor = floorHourMs(ms);
    return floor == ms || floor > std::numeric_limits<qint64>::max() - hourMs ? floor
                                                                              : floor + hourMs;
}

const char *const measures[] = {
    "requests",       "errors",           "streamed",           "cache_hits",
    "input_tokens",   "cached_tokens",    "cache_write_tokens", "cache_write_1h_tokens",
    "output_tokens",  "reasoning_tokens", "cost_usd",           "unpriced",
    "latency_us_sum", "ttft_us_sum",      "ttft_count",         "cache_savings_usd",
};

} // namespace

UsageSql::HourSplit UsageSql::split(const TimeRange &range)
{
    qint64 fullFrom = ceilHourMs(qMax<qint64>(0, range.fromMs));
    qint64 fullTo = floorHourMs(range.toMs);
    qint64 edge1From = range.fromMs, edge1To = fullFrom, edge2From = fullTo, edge2To = range.toMs;
    if (fullFrom >= fullTo) { // no whole hour inside: everything comes from calls
        fullFrom = fullTo = 0;
        edge1To = range.toMs;
        edge2From = edge2To = 0;
    }
    return {fullFrom / 1000, fullTo / 1000, edge1From, edge1To, edge2From, edge2To};
}

SqlFragment UsageSql::source(const TimeRange &range, const QString &clientKeyId)
{
    SqlFragment result;
    const HourSplit s = split(range);

    QString rollupColumns = QStringLiteral("hour, provider, model, client_key_id");
    for (const char *measure : measures)
        rollupColumns += QLatin1String(", ") + QLatin1String(measure);
    const QString keyCondition
        = clientKeyId.isEmpty() ? QString() : QStringLiteral(" AND client_key_id = ?");

    // Truncating integer division in both SQLite and PostgreSQL, like the writer's hour.
    result.sql
        = QLatin1String("SELECT ") + rollupColumns
        + QLatin1String(" FROM usage_hourly WHERE hour >= ? AND hour < ?") + keyCondition
        + QLatin1String(
              " UNION ALL SELECT (started_at / 3600000) * 3600, COALESCE(provider, ''), "
              "COALESCE(served_model, requested_model, ''), COALESCE(client_key_id, ''), 1, "
              "CASE WHEN status >= 400 OR status = 0 THEN 1 ELSE 0 END, streamed, cache_hit, "
              "input_tokens, cached_tokens, cache_write_tokens, cache_write_1h_tokens, "
              "output_tokens, "
              "reasoning_tokens, COALESCE(cost_usd, 0), CASE WHEN cost_usd IS NULL THEN 1 ELSE 0 "
              "END, "
              "COALESCE(latency_us, 0), COALESCE(ttft_us, 0), CASE WHEN ttft_us IS NULL THEN 0 "
              "ELSE "
              "1 END, COALESCE(cache_savings_usd, 0) "
              "FROM calls WHERE ((started_at >= ? AND started_at < ?) OR (started_at >= ? AND "
              "started_at < ?))")
        + keyCondition;
    result.binds = {s.fullFromSec, s.fullToSec};
    if (!clientKeyId.isEmpty())
        result.binds.append(clientKeyId);
    result.binds += QVariantList{s.edge1From, s.edge1To, s.edge2From, s.edge2To};
    if (!clientKeyId.isEmpty())
        result.binds.append(clientKeyId);
    return result;
}

QString UsageSql::sums()
{
    QString list;
    for (const char *measure : measures)
        list += (list.isEmpty() ? QLatin1String("SUM(") : QLatin1String(", SUM("))
            + QLatin1String(measure) + QLatin1Char(')');
    return list;
}

UsageTotals UsageSql::readTotals(const QSqlQuery &query, int first)
{
    // SUM() over no rows is NULL, which reads as 0.
    auto integer = [&query, first](int i) {
        return query.value(first + i).toLongLong();
    };
    UsageTotals t;
    t.requests = integer(0);
    t.errors = integer(1);
    t.streamed = integer(2);
    t.cacheHits = integer(3);
    t.tokens.inputTokens = integer(4);
    t.tokens.cachedInputTokens = integer(5);
    t.tokens.cacheWriteTokens = integer(6);
    t.tokens.cacheWrite1hTokens = integer(7);
    t.tokens.outputTokens = integer(8);
    t.tokens.reasoningTokens = integer(9);
    t.costUsd = query.value(first + 10).toDouble();
    t.unpriced = integer(11);
    t.latencyUsSum = integer(12);
    t.ttftUsSum = integer(13);
    t.ttftCount = integer(14);
    t.cacheSavingsUsd = query.value(first + 15).toDouble();
    return t;
}
