#include "latencysql.h"

#include "usagesql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString keyText(const QString &keyId)
{
    // The rollup's key column is NOT NULL DEFAULT '': a null QString would bind as NULL.
    return keyId.isNull() ? QString(QLatin1String("")) : keyId;
}

bool fail(QString *error, const QString &what, const QSqlQuery &query)
{
    *error = what + QLatin1String(": ") + query.lastError().text();
    return false;
}

} // namespace

void LatencySql::count(Counts &counts, qint64 startedAtMs, const QString &clientKeyId,
                       qint64 latencyUs, std::optional<qint64> ttftUs)
{
    // Truncating division, exactly like usage_hourly's hour.
    const qint64 hour = startedAtMs / 3600000 * 3600;
    ++counts[{hour, clientKeyId, Latency, LatencyHistogram::bucketOf(latencyUs)}];
    if (ttftUs)
        ++counts[{hour, clientKeyId, Ttft, LatencyHistogram::bucketOf(*ttftUs)}];
}

QString LatencySql::upsertStatement()
{
    return QStringLiteral(
        "INSERT INTO latency_hourly (hour, client_key_id, metric, bucket, count) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (hour, client_key_id, metric, bucket) "
        "DO UPDATE SET count = latency_hourly.count + excluded.count");
}

bool LatencySql::upsert(QSqlQuery &prepared, const Counts &counts, QString *error)
{
    for (const auto &[key, calls] : counts) {
        prepared.bindValue(0, std::get<0>(key));
        prepared.bindValue(1, keyText(std::get<1>(key)));
        prepared.bindValue(2, std::get<2>(key));
        prepared.bindValue(3, std::get<3>(key));
        prepared.bindValue(4, calls);
        if (!prepared.exec())
            return fail(error, QStringLiteral("Cannot update the latency rollup"), prepared);
    }
    return true;
}

bool LatencySql::backfill(const QSqlDatabase &db, QString *error)
{
    QSqlQuery calls(db);
    calls.setForwardOnly(true);
    if (!calls.exec(
            QStringLiteral("SELECT started_at, client_key_id, latency_us, ttft_us FROM calls")))
        return fail(error, QStringLiteral("Cannot read calls for the latency rollup"), calls);
    Counts counts;
    while (calls.next()) {
        const QVariant ttft = calls.value(3);
        count(counts, calls.value(0).toLongLong(), calls.value(1).toString(),
              calls.value(2).toLongLong(),
              ttft.isNull() ? std::nullopt : std::optional<qint64>(ttft.toLongLong()));
    }
    calls.finish();
    QSqlQuery insert(db);
    if (!insert.prepare(upsertStatement()))
        return fail(error, QStringLiteral("Cannot prepare the latency rollup"), insert);
    return upsert(insert, counts, error);
}

std::optional<QHash<QString, LatencyStats>> LatencySql::read(const QSqlDatabase &db,
                                                             const TimeRange &range,
                                                             const QString &clientKeyId,
                                                             QString *error)
{
    QHash<QString, LatencyStats> result;
    if (range.isEmpty())
        return result;
    const UsageSql::HourSplit split = UsageSql::split(range);
    const QString keyCondition
        = clientKeyId.isEmpty() ? QString() : QStringLiteral(" AND client_key_id = ?");

    QSqlQuery hours(db);
    hours.setForwardOnly(true);
    hours.prepare(QLatin1String("SELECT client_key_id, metric, bucket, SUM(count) FROM "
                                "latency_hourly WHERE hour >= ? AND hour < ?")
                  + keyCondition + QLatin1String(" GROUP BY client_key_id, metric, bucket"));
    hours.addBindValue(split.fullFromSec);
    hours.addBindValue(split.fullToSec);
    if (!clientKeyId.isEmpty())
        hours.addBindValue(clientKeyId);
    if (!hours.exec()) {
        fail(error, QStringLiteral("Cannot read the latency rollup"), hours);
        return std::nullopt;
    }
    while (hours.next()) {
        LatencyStats &stats = result[hours.value(0).toString()];
        LatencyHistogram &histogram = hours.value(1).toInt() == Ttft ? stats.ttft : stats.latency;
        histogram.add(hours.value(2).toInt(), hours.value(3).toLongLong());
    }

    QSqlQuery edges(db);
    edges.setForwardOnly(true);
    edges.prepare(QLatin1String("SELECT COALESCE(client_key_id, ''), latency_us, ttft_us FROM "
                                "calls WHERE ((started_at >= ? AND started_at < ?) OR "
                                "(started_at >= ? AND started_at < ?))")
                  + keyCondition);
    for (const qint64 bound : {split.edge1From, split.edge1To, split.edge2From, split.edge2To})
        edges.addBindValue(bound);
    if (!clientKeyId.isEmpty())
        edges.addBindValue(clientKeyId);
    if (!edges.exec()) {
        fail(error, QStringLiteral("Cannot read call latencies"), edges);
        return std::nullopt;
    }
    while (edges.next()) {
        LatencyStats &stats = result[edges.value(0).toString()];
        stats.latency.addValue(edges.value(1).toLongLong());
        if (!edges.value(2).isNull())
            stats.ttft.addValue(edges.value(2).toLongLong());
    }
    return result;
}
