#pragma once

#include "callfilter.h"
#include "usagetotals.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

// Writes the ledger as RFC 4180 CSV (UTF-8, CRLF line ends, a header row) for spreadsheets and
// the CLI's export command. exportCalls() streams the calls with a forward-only query, oldest
// first, so memory stays flat however many rows match; its columns are the calls table's (id first,
// no bodies), started_at as ISO-8601 UTC with milliseconds and cost_usd in the shortest decimal
// form that reads back to the same double, NULL as an empty field. exportGroups() writes one row
// per day, model, provider or key with the same sums the dashboards show. Both open their own
// connection on the calling thread, so a window runs them on a worker thread and follows them
// through the progress callback, which can also cancel them.
class CsvExporter
{
public:
    // Called on the exporting thread after the header, about every 1000 rows and after the last
    // one, with the data rows written so far and the number the export writes in all (counted in
    // the same read transaction as the rows, so the two agree). Returning false stops the export:
    // it then fails with cancelledError().
    using Progress = std::function<bool(qint64 rowsDone, qint64 rowsTotal)>;

    static bool exportCalls(const QString &location, const CallFilter &filter, QIODevice *out,
                            QString *error, const Progress &progress = {});
    static bool exportGroups(const QString &location, const TimeRange &range, GroupBy by,
                             QIODevice *out, QString *error, const QString &clientKeyId = {},
                             int utcOffsetSeconds = 0, const Progress &progress = {});
    static QString cancelledError();

    // The building blocks, public for tests and for other CSV writers.
    static QByteArray field(const QByteArray &utf8); // quoted and escaped when needed
    static QByteArray timestamp(qint64 unixMs); // 2026-11-23T10:15:30.123Z
    static QByteArray decimal(double value); // shortest round-trip, never an exponent
};
