#include "callqueries.h"

#include "callsql.h"
#include "latencysql.h"
#include "logordersql.h"
#include "usagesql.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

constexpr qint64 daySeconds = 86400;
constexpr qint64 maxDenseBuckets = 20000;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Start (unix seconds) of the bucket holding the given second.
qint64 bucketStart(qint64 seconds, Bucket bucket, int utcOffsetSeconds)
{
    if (bucket == Bucket::Hour)
        return floorDiv(seconds, 3600) * 3600;
    return floorDiv(seconds + utcOffsetSeconds, daySeconds) * daySeconds - utcOffsetSeconds;
}

void sortByCost(QList<UsageGroup> &groups)
{
    std::sort(groups.begin(), groups.end(), [](const UsageGroup &a, const UsageGroup &b) {
        if (a.totals.costUsd != b.totals.costUsd)
            return a.totals.costUsd > b.totals.costUsd;
        if (a.totals.requests != b.totals.requests)
            return a.totals.requests > b.totals.requests;
        return a.key < b.key;
    });
}

} // namespace

std::optional<CallQueries> CallQueries::open(const QString &location, QString *error)
{
    Database::Options options;
    options.purpose = QStringLiteral("queries");
    auto db = Database::open(location, options, error);
    if (!db)
        return std::nullopt;
    return CallQueries(std::move(*db));
}

CallQueries::CallQueries(Database database) : m_db(std::move(database)) { }

bool CallQueries::run(QSqlQuery &query, const QString &sql, const QVariantList &binds) const
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text();
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    m_lastError.clear();
    return true;
}

UsageTotals CallQueries::totals(const TimeRange &range, const QString &clientKeyId) const
{
    const SqlFragment source = UsageSql::source(range, clientKeyId, UsageSql::Rollup::Daily);
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QLatin1String("SELECT ") + UsageSql::sums() + QLatin1String(" FROM (") + source.sql
                 + QLatin1String(") u"),
             source.binds)
        || !query.next())
        return {};
    return UsageSql::readTotals(query, 0);
}

QList<UsageBucket> CallQueries::timeSeries(const TimeRange &range, Bucket bucket,
                                           const QString &clientKeyId, int utcOffsetSeconds) const
{
    if (range.isEmpty())
        return {};
    // Per hour and key: days in any UTC offset fold from hours, and no model or provider rows.
    const SqlFragment source = UsageSql::source(range, clientKeyId, UsageSql::Rollup::KeyHourly);
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QLatin1String("SELECT hour, ") + UsageSql::sums() + QLatin1String(" FROM (")
                 + source.sql + QLatin1String(") u GROUP BY hour ORDER BY hour"),
             source.binds))
        return {};
    // Hours are folded into days here rather than in SQL: at most one row per hour, and the
    // offset arithmetic stays out of the dialect-specific part.
    QMap<qint64, UsageTotals> buckets;
    while (query.next())
        buckets[bucketStart(query.value(0).toLongLong(), bucket, utcOffsetSeconds)]
            += UsageSql::readTotals(query, 1);

    const qint64 step = bucket == Bucket::Hour ? 3600 : daySeconds;
    const qint64 first = bucketStart(floorDiv(range.fromMs, 1000), bucket, utcOffsetSeconds);
    const qint64 last = bucketStart(floorDiv(range.toMs - 1, 1000), bucket, utcOffsetSeconds);
    QList<UsageBucket> result;
    if ((last - first) / step < maxDenseBuckets) {
        result.reserve((last - first) / step + 1);
        for (qint64 start = first; start <= last; start += step)
            result.append({start * 1000, buckets.value(start)});
    } else {
        for (auto it = buckets.cbegin(); it != buckets.cend(); ++it)
            result.append({it.key() * 1000, it.value()});
    }
    return result;
}

QList<UsageGroup> CallQueries::groupBy(const TimeRange &range, GroupBy by,
                                       const QString &clientKeyId, int utcOffsetSeconds) const
{
    QList<UsageGroup> groups;
    if (by == GroupBy::Day) {
        const QList<UsageBucket> days
            = timeSeries(range, Bucket::Day, clientKeyId, utcOffsetSeconds);
        for (const UsageBucket &day : days) {
            if (day.totals.requests == 0)
                continue;
            const QDate date
                = QDateTime::fromMSecsSinceEpoch(day.startMs + utcOffsetSeconds * 1000LL, Qt::UTC)
                      .date();
            groups.append({date.toString(Qt::ISODate), QString(), day.startMs, day.totals});
        }
        return groups;
    }

    const QString column = by == GroupBy::Model ? QStringLiteral("model")
        : by == GroupBy::Provider               ? QStringLiteral("provider")
                                                : QStringLiteral("client_key_id");
    const SqlFragment source = UsageSql::source(range, clientKeyId, UsageSql::Rollup::Daily);
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QLatin1String("SELECT ") + column + QLatin1String(", ") + UsageSql::sums()
                 + QLatin1String(" FROM (") + source.sql + QLatin1String(") u GROUP BY ") + column,
             source.binds))
        return {};
    while (query.next())
        groups.append({query.value(0).toString(), QString(), 0, UsageSql::readTotals(query, 1)});

    if (by == GroupBy::Key) {
        QHash<QString, QString> labels;
        const QList<ClientKey> keys = clientKeys();
        for (const ClientKey &key : keys)
            labels.insert(key.keyId, !key.label.isEmpty() ? key.label : key.hint);
        for (UsageGroup &group : groups)
            group.label = labels.value(group.key);
    }
    sortByCost(groups);
    return groups;
}

LogPage CallQueries::logPage(const CallFilter &filter, const LogCursor &after, int limit,
                             const LogOrder &order) const
{
    limit = qBound(1, limit, 10000);
    const QString direction = order.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString select = QLatin1String("SELECT ") + CallSql::selectList(QStringLiteral("c"))
        + QLatin1String(", k.hint FROM calls c LEFT JOIN client_keys k ON k.key_id = "
                        "c.client_key_id ");
    QSqlQuery query(m_db.connection());
    QHash<qint64, int> rankOfId; // cost and latency orders: the page's ids in order
    if (order.by == LogSort::Time) {
        SqlFragment where = CallSql::where(filter, QStringLiteral("c"));
        if (!after.isNull()) {
            // The first term bounds the index scan; the second breaks ties by id.
            const QLatin1String notBefore(order.descending ? " <= ?" : " >= ?");
            const QLatin1String beyond(order.descending ? " < ?" : " > ?");
            where.sql += (where.sql.isEmpty() ? QLatin1String("WHERE ") : QLatin1String(" AND "))
                + QLatin1String("c.started_at") + notBefore + QLatin1String(" AND (c.started_at")
                + beyond + QLatin1String(" OR c.id") + beyond + QLatin1Char(')');
            where.binds += QVariantList{after.startedAtMs, after.startedAtMs, after.id};
        }
        where.binds.append(limit + 1);
        if (!run(query,
                 select + where.sql + QLatin1String(" ORDER BY c.started_at") + direction
                     + QLatin1String(", c.id") + direction + QLatin1String(" LIMIT ?"),
                 where.binds))
            return {};
    } else {
        QString error;
        const auto ids
            = LogOrderSql::pageIds(m_db.connection(), filter, after, limit, order, &error);
        if (!ids) {
            m_lastError = error;
            return {};
        }
        QVariantList binds;
        for (qsizetype i = 0; i < ids->size(); ++i) {
            rankOfId.insert(ids->at(i), int(i));
            binds.append(ids->at(i));
        }
        QStringList placeholders(qMax<qsizetype>(1, ids->size()), QStringLiteral("?"));
        if (ids->isEmpty())
            binds.append(0); // no call has id 0
        if (!run(query,
                 select + QLatin1String("WHERE c.id IN (") + placeholders.join(QLatin1Char(','))
                     + QLatin1Char(')'),
                 binds))
            return {};
    }
    QList<CallRow> rows;
    while (query.next()) {
        CallRow row{query.value(0).toLongLong(), CallSql::readRecord(query, 1)};
        row.record.clientKeyHint = query.value(1 + CallSql::ColumnCount).toString();
        rows.append(std::move(row));
    }
    if (order.by != LogSort::Time) {
        std::sort(rows.begin(), rows.end(), [&rankOfId](const CallRow &a, const CallRow &b) {
            return rankOfId.value(a.id) < rankOfId.value(b.id);
        });
    }

    LogPage page;
    page.hasMore = rows.size() > limit;
    if (page.hasMore)
        rows.resize(limit);
    page.rows = std::move(rows);
    if (page.rows.isEmpty()) {
        page.next = after;
        return page;
    }
    const CallRow &last = page.rows.constLast();
    page.next = {last.record.startedAtMs, last.id, 0.0};
    if (order.by == LogSort::Cost)
        page.next.value = last.record.costUsd.value_or(-1.0);
    else if (order.by == LogSort::Latency)
        page.next.value = double(last.record.latencyUs);
    return page;
}

QList<CallRow> CallQueries::callsAfter(const CallFilter &filter, qint64 afterId, int limit) const
{
    SqlFragment where = CallSql::where(filter, QStringLiteral("c"));
    where.sql += (where.sql.isEmpty() ? QLatin1String("WHERE ") : QLatin1String(" AND "))
        + QLatin1String("c.id > ?");
    where.binds << afterId << qBound(1, limit, 10000);
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QLatin1String("SELECT ") + CallSql::selectList(QStringLiteral("c"))
                 + QLatin1String(
                     ", k.hint FROM calls c LEFT JOIN client_keys k ON k.key_id = c.client_key_id ")
                 + where.sql + QLatin1String(" ORDER BY c.id LIMIT ?"),
             where.binds))
        return {};
    QList<CallRow> rows;
    while (query.next()) {
        CallRow row{query.value(0).toLongLong(), CallSql::readRecord(query, 1)};
        row.record.clientKeyHint = query.value(1 + CallSql::ColumnCount).toString();
        rows.append(std::move(row));
    }
    return rows;
}

qint64 CallQueries::lastCallId() const
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("SELECT MAX(id) FROM calls"), {}) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

LatencyStats CallQueries::latency(const TimeRange &range, const QString &clientKeyId) const
{
    const QHash<QString, LatencyStats> byKey = latencyByKeyImpl(range, clientKeyId);
    LatencyStats total;
    for (const LatencyStats &stats : byKey) {
        total.latency += stats.latency;
        total.ttft += stats.ttft;
    }
    return total;
}

QHash<QString, LatencyStats> CallQueries::latencyByKey(const TimeRange &range) const
{
    return latencyByKeyImpl(range, QString());
}

QHash<QString, LatencyStats> CallQueries::latencyByKeyImpl(const TimeRange &range,
                                                           const QString &clientKeyId) const
{
    QString error;
    auto result = LatencySql::read(m_db.connection(), range, clientKeyId, &error);
    m_lastError = error;
    return result.value_or(QHash<QString, LatencyStats>());
}

std::optional<CallRecord> CallQueries::call(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QLatin1String("SELECT ") + CallSql::selectList(QStringLiteral("c"))
                 + QLatin1String(", k.hint, b.request_body, b.response_body FROM calls c "
                                 "LEFT JOIN client_keys k ON k.key_id = c.client_key_id "
                                 "LEFT JOIN call_bodies b ON b.call_id = c.id WHERE c.id = ?"),
             {id})
        || !query.next())
        return std::nullopt;
    CallRecord record = CallSql::readRecord(query, 1);
    record.clientKeyHint = query.value(1 + CallSql::ColumnCount).toString();
    record.requestBody = query.value(2 + CallSql::ColumnCount).toByteArray();
    record.responseBody = query.value(3 + CallSql::ColumnCount).toByteArray();
    return record;
}

QList<ClientKey> CallQueries::clientKeys() const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT key_id, label, hint, first_seen, last_seen, disabled, "
                            "budget_usd_month FROM client_keys ORDER BY last_seen DESC, key_id"),
             {}))
        return {};
    QList<ClientKey> keys;
    while (query.next()) {
        ClientKey key{query.value(0).toString(), query.value(1).toString(),
                      query.value(2).toString(), query.value(3).toLongLong(),
                      query.value(4).toLongLong()};
        key.disabled = query.value(5).toInt() != 0;
        if (!query.isNull(6))
            key.budgetUsdMonth = query.value(6).toDouble();
        keys.append(key);
    }
    return keys;
}

bool CallQueries::setKeyLabel(const QString &keyId, const QString &label)
{
    return setKeyColumn(keyId, QLatin1String("label"), CallSql::textOrNull(label.trimmed()));
}

bool CallQueries::setKeyDisabled(const QString &keyId, bool disabled)
{
    return setKeyColumn(keyId, QLatin1String("disabled"), int(disabled));
}

bool CallQueries::setKeyBudget(const QString &keyId, std::optional<double> usdPerMonth)
{
    const double usd = usdPerMonth.value_or(0.0);
    if (usdPerMonth && (!qIsFinite(usd) || usd < 0)) {
        m_lastError = QStringLiteral("A budget must be a non-negative number of dollars");
        return false;
    }
    return setKeyColumn(keyId, QLatin1String("budget_usd_month"),
                        usdPerMonth ? QVariant(usd) : QVariant(QMetaType::fromType<double>()));
}

// One setting of a key, stored whether or not the key has made a call yet.
bool CallQueries::setKeyColumn(const QString &keyId, QLatin1String column, const QVariant &value)
{
    if (keyId.isEmpty()) {
        m_lastError = QStringLiteral("No key id given");
        return false;
    }
    QSqlQuery query(m_db.connection());
    return run(query,
               QLatin1String("INSERT INTO client_keys (key_id, ") % column
                   % QLatin1String(") VALUES (?, ?) ON CONFLICT (key_id) DO UPDATE SET ") % column
                   % QLatin1String(" = excluded.") % column,
               {keyId, value});
}

QSet<QString> CallQueries::disabledKeyIds() const
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("SELECT key_id FROM client_keys WHERE disabled <> 0"), {}))
        return {};
    QSet<QString> ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}
