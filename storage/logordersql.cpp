#include "logordersql.h"

#include "callsql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace {

constexpr qint64 dayMs = 86400000;

struct Candidate
{
    double value;
    qint64 id;
};

// The UTC days (started_at / dayMs, truncating like the index) that hold the filter's calls:
// from the range, narrowed to the calls' own first and last times for open ranges.
std::optional<std::pair<qint64, qint64>> daySpan(const QSqlDatabase &db, const TimeRange &range,
                                                 QString *error)
{
    // Two queries: MIN() and MAX() together would scan the index instead of reading its ends.
    qint64 ends[2] = {};
    for (int i = 0; i < 2; ++i) {
        QSqlQuery bound(db);
        bound.setForwardOnly(true);
        bound.prepare(QLatin1String(i == 0 ? "SELECT MIN(started_at)" : "SELECT MAX(started_at)")
                      + QLatin1String(" FROM calls WHERE started_at >= ? AND started_at < ?"));
        bound.addBindValue(range.fromMs);
        bound.addBindValue(range.toMs);
        if (!bound.exec() || !bound.next()) {
            *error = bound.lastError().text();
            return std::nullopt;
        }
        if (bound.value(0).isNull())
            return std::pair<qint64, qint64>{1, 0}; // no calls: an empty span
        ends[i] = bound.value(0).toLongLong() / dayMs;
    }
    return std::pair<qint64, qint64>{ends[0], ends[1]};
}

} // namespace

QString LogOrderSql::valueExpression(LogSort by, const QString &alias)
{
    const QString a = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    return by == LogSort::Cost ? QLatin1String("COALESCE(") + a + QLatin1String("cost_usd, -1)")
                               : QLatin1String("COALESCE(") + a + QLatin1String("latency_us, -1)");
}

std::optional<QList<qint64>> LogOrderSql::pageIds(const QSqlDatabase &db, const CallFilter &filter,
                                                  const LogCursor &after, int limit,
                                                  const LogOrder &order, QString *error)
{
    const auto span = daySpan(db, filter.range, error);
    if (!span)
        return std::nullopt;
    const QString value = valueExpression(order.by, QStringLiteral("c"));
    const QLatin1String direction(order.descending ? " DESC" : " ASC");

    // The day's condition spelled exactly as the index's first column, so that it is used.
    SqlFragment where = CallSql::where(filter, QStringLiteral("c"));
    where.sql += (where.sql.isEmpty() ? QLatin1String("WHERE ") : QLatin1String(" AND "))
        + QLatin1String("c.started_at / 86400000 = ?");
    const int dayBind = int(where.binds.size());
    where.binds.append(0);
    if (!after.isNull()) {
        const QVariant cursor
            = order.by == LogSort::Latency ? QVariant(qint64(after.value)) : QVariant(after.value);
        const QLatin1String notBefore(order.descending ? " <= ?" : " >= ?");
        const QLatin1String beyond(order.descending ? " < ?" : " > ?");
        where.sql += QLatin1String(" AND ") + value + notBefore + QLatin1String(" AND (") + value
            + beyond + QLatin1String(" OR c.id") + beyond + QLatin1Char(')');
        where.binds += QVariantList{cursor, cursor, after.id};
    }
    where.binds.append(limit + 1);

    QSqlQuery day(db);
    day.setForwardOnly(true);
    if (!day.prepare(QLatin1String("SELECT ") + value + QLatin1String(", c.id FROM calls c ")
                     + where.sql + QLatin1String(" ORDER BY ") + value + direction
                     + QLatin1String(", c.id") + direction + QLatin1String(" LIMIT ?"))) {
        *error = day.lastError().text();
        return std::nullopt;
    }
    for (int i = 0; i < where.binds.size(); ++i)
        day.bindValue(i, where.binds.at(i));

    const bool descending = order.descending;
    auto before = [descending](const Candidate &a, const Candidate &b) {
        if (a.value != b.value)
            return descending ? a.value > b.value : a.value < b.value;
        return descending ? a.id > b.id : a.id < b.id;
    };
    // The best limit + 1 so far, kept sorted; a day's rows come in order, so a day stops adding
    // as soon as one of its rows would not make the cut.
    std::vector<Candidate> best;
    const size_t keep = size_t(limit) + 1;
    for (qint64 d = span->first; d <= span->second; ++d) {
        day.bindValue(dayBind, d);
        if (!day.exec()) {
            *error = day.lastError().text();
            return std::nullopt;
        }
        while (day.next()) {
            const Candidate c{day.value(0).toDouble(), day.value(1).toLongLong()};
            if (best.size() == keep && !before(c, best.back()))
                break;
            best.insert(std::upper_bound(best.begin(), best.end(), c, before), c);
            if (best.size() > keep)
                best.pop_back();
        }
        day.finish();
    }
    QList<qint64> ids;
    ids.reserve(qsizetype(best.size()));
    for (const Candidate &c : best)
        ids.append(c.id);
    return ids;
}
