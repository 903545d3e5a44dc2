#pragma once

#include "callfilter.h"
#include "latencyhistogram.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <optional>
#include <tuple>

class QSqlQuery;
class SqliteStatement;

// The latency_hourly and latency_daily rollups, internal to ledger_storage: what the writer adds
// per batch, the migration's backfill from calls, and the histograms the queries read back (whole
// UTC days from latency_daily, the whole hours around them from latency_hourly, the partial hours
// at a range's edges from calls: UsageSql::splitDays).
class LatencySql
{
public:
    enum Metric { Latency = 0, Ttft = 1 };
    // (hour in unix seconds, client key id or "", metric, bucket) -> calls
    using Counts = std::map<std::tuple<qint64, QString, int, int>, qint64>;

    static void count(Counts &counts, qint64 startedAtMs, const QString &clientKeyId,
                      qint64 latencyUs, std::optional<qint64> ttftUs);
    static QString upsertStatement();
    static bool upsert(SqliteStatement &prepared, const Counts &counts, QString *error);

    // latency_daily packs a day's histogram of one key and metric into one text: "bucket:count"
    // pairs in bucket order, separated by spaces.
    static QString pack(const std::map<int, qint64> &buckets);
    static bool unpack(const QString &packed, LatencyHistogram *histogram);
    // Merges hourly counts into latency_daily (read, add, write back per day x key x metric),
    // with the statements of dailySelectStatement() and dailyUpsertStatement() prepared.
    static QString dailySelectStatement();
    static QString dailyUpsertStatement();
    static bool mergeDaily(QSqlQuery &select, QSqlQuery &upsert, const Counts &hourly,
                           QString *error);
    // Fills latency_daily from latency_hourly (schema migration 3).
    static bool backfillDaily(const QSqlDatabase &db, QString *error);
    // Rebuilds the rollup from every call (schema migration 2).
    static bool backfill(const QSqlDatabase &db, QString *error);

    // Histograms over range per client key ("" = calls without one); only clientKeyId's when
    // one is given.
    static std::optional<QHash<QString, LatencyStats>> read(const QSqlDatabase &db,
                                                            const TimeRange &range,
                                                            const QString &clientKeyId,
                                                            QString *error);
};
