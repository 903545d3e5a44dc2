#pragma once

#include "callfilter.h"
#include "logpage.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The log sorted by cost or latency, internal to ledger_storage. The calls_day_cost and
// calls_day_latency indexes are ordered by (UTC day, value, id): the writer adds every new call
// to today's section of them, where an index over all days took it at a random place. A page is
// therefore one small index-ordered query per day of the filter's range (each at most limit + 1
// ids, in the page's order after the cursor), merged in memory; only the winning ids' rows are
// read by the caller.
class LogOrderSql
{
public:
    // Ids of the next limit + 1 calls (one more than a page: whether there are more) in order,
    // after the cursor; nullopt on an SQL error.
    static std::optional<QList<qint64>> pageIds(const QSqlDatabase &db, const CallFilter &filter,
                                                const LogCursor &after, int limit,
                                                const LogOrder &order, QString *error);
    // The sort expression of order over calls aliased as alias (without a trailing dot).
    static QString valueExpression(LogSort by, const QString &alias);
};
