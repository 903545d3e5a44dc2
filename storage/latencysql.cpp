#include "latencysql.h"

#include "sqlitestatement.h"
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

QString LatencySql::pack(const std::map<int, qint64> &buckets)
{
    QString packed;
    packed.reserve(int(buckets.size()) * 8);
    for (const auto &[bucket, calls] : buckets) {
        if (calls == 0)
            continue;
        if (!packed.isEmpty())
            packed += QLatin1Char(' ');
        packed += QString::number(bucket) + QLatin1Char(':') + QString::number(calls);
    }
    return packed;
}

bool LatencySql::unpack(const QString &packed, LatencyHistogram *histogram)
{
    for (const QStringView pair : QStringView(packed).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        bool bucketOk = false, countOk = false;
        const int bucket = pair.left(colon).toInt(&bucketOk);
        const qint64 calls = pair.mid(colon + 1).toLongLong(&countOk);
        if (colon < 0 || !bucketOk || !countOk)
            return false;
        histogram->add(bucket, calls);
    }
    return true;
}

QString LatencySql::dailySelectStatement()
{
    return QStringLiteral(
        "SELECT counts FROM latency_daily WHERE day = ? AND client_key_id = ? AND metric = ?");
}

QString LatencySql::dailyUpsertStatement()
{
    return QStringLiteral("INSERT INTO latency_daily (day, client_key_id, metric, counts) "
                          "VALUES (?, ?, ?, ?) ON CONFLICT (day, client_key_id, metric) "
                          "DO UPDATE SET counts = excluded.counts");
}

bool LatencySql::mergeDaily(QSqlQuery &select, QSqlQuery &upsert, const Counts &hourly,
                            QString *error)
{
    // (day, key, metric) -> bucket -> calls
    std::map<std::tuple<qint64, QString, int>, std::map<int, qint64>> days;
    for (const auto &[key, calls] : hourly) {
        const auto &[hour, keyId, metric, bucket] = key;
        days[{hour / 86400 * 86400, keyId, metric}][bucket] += calls;
    }
    for (auto &[key, buckets] : days) {
        const auto &[day, keyId, metric] = key;
        select.bindValue(0, day);
        select.bindValue(1, keyText(keyId));
        select.bindValue(2, metric);
        if (!select.exec())
            return fail(error, QStringLiteral("Cannot read the daily latency rollup"), select);
        if (select.next()) {
            LatencyHistogram stored;
            if (!unpack(select.value(0).toString(), &stored)) {
                *error = QStringLiteral("The daily latency rollup of day %1 is damaged").arg(day);
                return false;
            }
            for (const auto &[bucket, calls] : stored.buckets())
                buckets[bucket] += calls;
        }
        select.finish();
        upsert.bindValue(0, day);
        upsert.bindValue(1, keyText(keyId));
        upsert.bindValue(2, metric);
        upsert.bindValue(3, pack(buckets));
        if (!upsert.exec())
            return fail(error, QStringLiteral("Cannot update the daily latency rollup"), upsert);
    }
    return true;
}

bool LatencySql::backfillDaily(const QSqlDatabase &db, QString *error)
{
    QSqlQuery hours(db);
    hours.setForwardOnly(true);
    if (!hours.exec(QStringLiteral(
            "SELECT (hour / 86400) * 86400, client_key_id, metric, bucket, SUM(count) "
            "FROM latency_hourly GROUP BY (hour / 86400) * 86400, client_key_id, metric, bucket "
            "ORDER BY 1, 2, 3, 4")))
        return fail(error, QStringLiteral("Cannot read the latency rollup"), hours);
    QSqlQuery insert(db);
    if (!insert.prepare(dailyUpsertStatement()))
        return fail(error, QStringLiteral("Cannot prepare the daily latency rollup"), insert);
    std::tuple<qint64, QString, int> current;
    std::map<int, qint64> buckets;
    auto flush = [&]() {
        if (buckets.empty())
            return true;
        insert.bindValue(0, std::get<0>(current));
        insert.bindValue(1, keyText(std::get<1>(current)));
        insert.bindValue(2, std::get<2>(current));
        insert.bindValue(3, pack(buckets));
        buckets.clear();
        return insert.exec()
            || fail(error, QStringLiteral("Cannot fill the daily latency rollup"), insert);
    };
    while (hours.next()) {
        const std::tuple<qint64, QString, int> key{
            hours.value(0).toLongLong(), hours.value(1).toString(), hours.value(2).toInt()};
        if (key != current && !flush())
            return false;
        current = key;
        buckets[hours.value(3).toInt()] += hours.value(4).toLongLong();
    }
    return flush();
}

bool LatencySql::upsert(SqliteStatement &prepared, const Counts &counts, QString *error)
{
    for (const auto &[key, calls] : counts) {
        prepared.bindInt(0, std::get<0>(key));
        prepared.bindText(1, std::get<1>(key)); // "" for none
        prepared.bindInt(2, std::get<2>(key));
        prepared.bindInt(3, std::get<3>(key));
        prepared.bindInt(4, calls);
        if (!prepared.exec()) {
            *error = QLatin1String("Cannot update the latency rollup: ") + prepared.errorText();
            return false;
        }
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
    SqliteStatement insert;
    if (!insert.prepare(db, upsertStatement())) {
        *error = QLatin1String("Cannot prepare the latency rollup: ") + insert.errorText();
        return false;
    }
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
    const UsageSql::DaySplit split = UsageSql::splitDays(range);
    const QString keyCondition
        = clientKeyId.isEmpty() ? QString() : QStringLiteral(" AND client_key_id = ?");

    QSqlQuery days(db);
    days.setForwardOnly(true);
    days.prepare(QLatin1String("SELECT client_key_id, metric, counts FROM latency_daily WHERE "
                               "day >= ? AND day < ?")
                 + keyCondition);
    days.addBindValue(split.dayFromSec);
    days.addBindValue(split.dayToSec);
    if (!clientKeyId.isEmpty())
        days.addBindValue(clientKeyId);
    if (!days.exec()) {
        fail(error, QStringLiteral("Cannot read the daily latency rollup"), days);
        return std::nullopt;
    }
    while (days.next()) {
        LatencyStats &stats = result[days.value(0).toString()];
        if (!unpack(days.value(2).toString(),
                    days.value(1).toInt() == Ttft ? &stats.ttft : &stats.latency)) {
            *error = QStringLiteral("The daily latency rollup is damaged");
            return std::nullopt;
        }
    }

    QSqlQuery hours(db);
    hours.setForwardOnly(true);
    hours.prepare(QLatin1String("SELECT client_key_id, metric, bucket, SUM(count) FROM "
                                "latency_hourly WHERE ((hour >= ? AND hour < ?) OR "
                                "(hour >= ? AND hour < ?))")
                  + keyCondition + QLatin1String(" GROUP BY client_key_id, metric, bucket"));
    for (const qint64 bound :
         {split.hour1FromSec, split.hour1ToSec, split.hour2FromSec, split.hour2ToSec})
        hours.addBindValue(bound);
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
