#pragma once

#include "callfilter.h"
#include "callsql.h"
#include "usagetotals.h"

class QSqlQuery;

// SQL for usage statistics, internal to ledger_storage. source() yields rows shaped like
// usage_hourly for a time range: the whole hours inside the range come from the rollup, and the
// partial hours at the edges are summed from calls (at most two hours of rows, by the started_at
// index), so totals are exact for any range while dashboards never scan calls.
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

    static SqlFragment source(const TimeRange &range, const QString &clientKeyId);
    // SUM() of every rollup measure, in the order readTotals() expects.
    static QString sums();
    static UsageTotals readTotals(const QSqlQuery &query, int firstColumn);
};
