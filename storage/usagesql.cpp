#include "usagesql.h"

#include <QSqlQuery>
#include <QVariant>

#include <iterator>

namespace {

constexpr qint64 hourMs = 3600000;
constexpr qint64 daySeconds = 86400;

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

UsageSql::DaySplit UsageSql::splitDays(const TimeRange &range)
{
    const HourSplit hours = split(range);
    DaySplit s;
    s.edge1From = hours.edge1From;
    s.edge1To = hours.edge1To;
    s.edge2From = hours.edge2From;
    s.edge2To = hours.edge2To;
    // Hours are >= 0 here, so truncating division floors.
    const qint64 dayFrom = (hours.fullFromSec + daySeconds - 1) / daySeconds * daySeconds;
    const qint64 dayTo = hours.fullToSec / daySeconds * daySeconds;
    if (dayFrom >= dayTo) { // no whole day inside: whole hours only
        s.hour1FromSec = hours.fullFromSec;
        s.hour1ToSec = hours.fullToSec;
        return s;
    }
    s.dayFromSec = dayFrom;
    s.dayToSec = dayTo;
    s.hour1FromSec = hours.fullFromSec;
    s.hour1ToSec = dayFrom;
    s.hour2FromSec = dayTo;
    s.hour2ToSec = hours.fullToSec;
    return s;
}

SqlFragment UsageSql::source(const TimeRange &range, const QString &clientKeyId, Rollup rollup)
{
    SqlFragment result;
    QString measureColumns;
    for (const char *measure : measures)
        measureColumns += QLatin1String(", ") + QLatin1String(measure);
    const QString keyCondition
        = clientKeyId.isEmpty() ? QString() : QStringLiteral(" AND client_key_id = ?");
    // One SELECT per interval of a rollup: each is a range scan of its primary key.
    auto addRollup = [&](const QString &table, const QString &time, const QString &columns,
                         qint64 fromSec, qint64 toSec) {
        if (fromSec >= toSec)
            return;
        result.sql += QLatin1String("SELECT ") + time + QLatin1String(", ") + columns
            + measureColumns + QLatin1String(" FROM ") + table + QLatin1String(" WHERE ") + time
            + QLatin1String(" >= ? AND ") + time + QLatin1String(" < ?") + keyCondition
            + QLatin1String(" UNION ALL ");
        result.binds << fromSec << toSec;
        if (!clientKeyId.isEmpty())
            result.binds.append(clientKeyId);
    };
    const QString allKeys = QStringLiteral("provider, model, client_key_id");
    qint64 edges[4];
    if (rollup == Rollup::Daily) {
        const DaySplit s = splitDays(range);
        addRollup(QStringLiteral("usage_daily"), QStringLiteral("day"), allKeys, s.dayFromSec,
                  s.dayToSec);
        addRollup(QStringLiteral("usage_hourly"), QStringLiteral("hour"), allKeys, s.hour1FromSec,
                  s.hour1ToSec);
        addRollup(QStringLiteral("usage_hourly"), QStringLiteral("hour"), allKeys, s.hour2FromSec,
                  s.hour2ToSec);
        edges[0] = s.edge1From, edges[1] = s.edge1To, edges[2] = s.edge2From, edges[3] = s.edge2To;
    } else {
        const HourSplit s = split(range);
        if (rollup == Rollup::KeyHourly)
            addRollup(QStringLiteral("usage_key_hourly"), QStringLiteral("hour"),
                      QStringLiteral("'', '', client_key_id"), s.fullFromSec, s.fullToSec);
        else
            addRollup(QStringLiteral("usage_hourly"), QStringLiteral("hour"), allKeys,
                      s.fullFromSec, s.fullToSec);
        edges[0] = s.edge1From, edges[1] = s.edge1To, edges[2] = s.edge2From, edges[3] = s.edge2To;
    }

    // An edge longer than the rest of its hour is that hour's rollup row minus the calls of the
    // rest: a range ending now (the dashboards' ranges) then reads no calls at its end, and a
    // range starting late in an hour few. Only when the range holds whole hours: otherwise both
    // edges may share one hour.
    qint64 minus[4] = {0, 0, 0, 0};
    const HourSplit hours = split(range);
    if (hours.fullFromSec < hours.fullToSec) {
        auto addHour = [&](qint64 hourMs) {
            if (rollup == Rollup::KeyHourly)
                addRollup(QStringLiteral("usage_key_hourly"), QStringLiteral("hour"),
                          QStringLiteral("'', '', client_key_id"), hourMs / 1000,
                          hourMs / 1000 + 3600);
            else
                addRollup(QStringLiteral("usage_hourly"), QStringLiteral("hour"), allKeys,
                          hourMs / 1000, hourMs / 1000 + 3600);
        };
        const qint64 firstHour = edges[1] - hourMs; // the hour edge 1 ends
        if (edges[0] < edges[1] && edges[0] - firstHour < edges[1] - edges[0]) {
            addHour(firstHour);
            minus[0] = firstHour, minus[1] = edges[0];
            edges[0] = edges[1] = 0;
        }
        const qint64 lastHour = edges[2]; // the hour edge 2 starts
        if (edges[2] < edges[3] && lastHour <= std::numeric_limits<qint64>::max() - hourMs
            && lastHour + hourMs - edges[3] < edges[3] - edges[2]) {
            addHour(lastHour);
            minus[2] = edges[3], minus[3] = lastHour + hourMs;
            edges[2] = edges[3] = 0;
        }
    }

    // Truncating integer division in both SQLite and PostgreSQL, like the writer's hour. Named
    // like the rollups' columns: when no rollup interval is needed, this SELECT names them.
    static const char *const callValues[] = {
        "(started_at / 3600000) * 3600",
        "COALESCE(provider, '')",
        "COALESCE(served_model, requested_model, '')",
        "COALESCE(client_key_id, '')",
        "1",
        "CASE WHEN status >= 400 OR status = 0 THEN 1 ELSE 0 END",
        "streamed",
        "cache_hit",
        "input_tokens",
        "cached_tokens",
        "cache_write_tokens",
        "cache_write_1h_tokens",
        "output_tokens",
        "reasoning_tokens",
        "COALESCE(cost_usd, 0)",
        "CASE WHEN cost_usd IS NULL THEN 1 ELSE 0 END",
        "COALESCE(latency_us, 0)",
        "COALESCE(ttft_us, 0)",
        "CASE WHEN ttft_us IS NULL THEN 0 ELSE 1 END",
        "COALESCE(cache_savings_usd, 0)",
    };
    static const char *const names[] = {"hour", "provider", "model", "client_key_id"};
    auto addCalls = [&](const qint64 bounds[4], bool negated) {
        QStringList values;
        for (size_t i = 0; i < std::size(callValues); ++i) {
            const QString value = QLatin1String(callValues[i]);
            values.append(
                (negated && i >= 4 ? QLatin1String("-(") + value + QLatin1Char(')') : value)
                + QLatin1String(" AS ") + QLatin1String(i < 4 ? names[i] : measures[i - 4]));
        }
        result.sql += QLatin1String("SELECT ") + values.join(QLatin1String(", "))
            + QLatin1String(" FROM calls WHERE ((started_at >= ? AND started_at < ?) OR "
                            "(started_at >= ? AND started_at < ?))")
            + keyCondition;
        result.binds += QVariantList{bounds[0], bounds[1], bounds[2], bounds[3]};
        if (!clientKeyId.isEmpty())
            result.binds.append(clientKeyId);
    };
    addCalls(edges, false);
    if (minus[0] < minus[1] || minus[2] < minus[3]) {
        result.sql += QLatin1String(" UNION ALL ");
        addCalls(minus, true);
    }
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
