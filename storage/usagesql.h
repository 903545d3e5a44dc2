#pragma once

#include "callfilter.h"
#include "callsql.h"
#include "usagetotals.h"

class QSqlQuery;

// SQL for usage statistics, internal to ledger_storage. source() yields rows shaped like
// usage_hourly for a time range: the whole hours inside the range come from a rollup, and the
// partial hours at the edges are summed from calls (at most two hours of rows, by the started_at
// index), so totals are exact for any range while dashboards never scan calls. With
// Rollup::Daily the whole UTC days inside the range come from usage_daily and only the whole
// hours around them from usage_hourly (their "hour" column is then a day or an hour: for sums
// that ignore time); Rollup::KeyHourly reads usage_key_hourly, whose rows have neither provider
// nor model (''), for sums per hour.
class UsageSql
{
public:
    // A range cut into whole hours (rollup rows, unix seconds) and the partial hours at its
    // edges (calls, unix ms, half-open; an empty edge has from == to).
    struct HourSplit
    {
        qint64 fullFromSec = 0;
        qint64 fullToSec = 0;
        qint64 edge1From = 0, edge1To = 0, edge2From = 0, edge2To = 0;
    };
    static HourSplit split(const TimeRange &range);

    // A range cut into whole UTC days (daily rollups, unix seconds), the whole hours before and
    // after them (hourly rollups, unix seconds, half-open, empty when from == to) and the
    // partial hours at the edges (calls, unix ms, as in HourSplit).
    struct DaySplit
    {
        qint64 dayFromSec = 0, dayToSec = 0;
        qint64 hour1FromSec = 0, hour1ToSec = 0, hour2FromSec = 0, hour2ToSec = 0;
        qint64 edge1From = 0, edge1To = 0, edge2From = 0, edge2To = 0;
    };
    static DaySplit splitDays(const TimeRange &range);

    enum class Rollup {
        Hourly, // usage_hourly: every dimension, per hour
        Daily, // usage_daily for whole days, usage_hourly around them
        KeyHourly, // usage_key_hourly: per hour and key only
    };
    static SqlFragment source(const TimeRange &range, const QString &clientKeyId,
                              Rollup rollup = Rollup::Hourly);
    // SUM() of every rollup measure, in the order readTotals() expects.
    static QString sums();
    static UsageTotals readTotals(const QSqlQuery &query, int firstColumn);
};
