#pragma once

#include "callrecord.h"

#include <QList>

// One call as read back from the ledger: the record plus its row id.
struct CallRow
{
    qint64 id = 0;
    CallRecord
        record; // clientKeyHint is filled from client_keys; bodies only via CallQueries::call()
};

// The order of a log page. Every order breaks ties by id in the same direction, so that the
// (value, id) pair is unique and pages never skip or repeat a call. Calls without a cost or a
// latency sort as if it were -1 (below every real value).
enum class LogSort {
    Time, // started_at
    Cost, // cost_usd
    Latency, // latency_us
};

struct LogOrder
{
    LogSort by = LogSort::Time;
    bool descending = true;
};

// Position in the log: the sort value and id of the last row already shown, in the page's
// LogOrder. A null cursor starts at the first call of that order. Keyset paging keeps pages
// stable and fast while the writer inserts new calls, unlike OFFSET.
struct LogCursor
{
    qint64 startedAtMs = 0; // LogSort::Time
    qint64 id = 0;
    double value = 0; // LogSort::Cost and LogSort::Latency

    bool isNull() const { return id == 0; }
};

struct LogPage
{
    QList<CallRow> rows;
    LogCursor next; // pass to the next logPage() call
    bool hasMore = false;
};
