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

// Position in the log, newest first: the (started_at, id) of the last row already shown.
// A null cursor starts at the newest call. Keyset paging keeps pages stable and fast while the
// writer inserts new calls at the top, unlike OFFSET.
struct LogCursor
{
    qint64 startedAtMs = 0;
    qint64 id = 0;

    bool isNull() const { return id == 0; }
};

struct LogPage
{
    QList<CallRow> rows;
    LogCursor next; // pass to the next logPage() call
    bool hasMore = false;
};
