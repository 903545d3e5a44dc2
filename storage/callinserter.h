#pragma once

#include "callrecord.h"
#include "sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <vector>

// Writes a batch of calls in one transaction: the calls rows, their bodies (only when a record
// has one), the client_keys upserts and the usage and latency rollups (hourly, daily, per key
// and hour), so that the rollups can never disagree with the calls they sum. Calls go in chunks
// of 64 rows per statement (one by one around a call with bodies, or where a chunk is refused);
// rollups and keys are aggregated in memory first and upserted once per distinct group.
// Statements are prepared once and reused, the per-call and per-group ones on SQLite directly
// (SqliteStatement), so it needs a SQLite connection. A request_id already stored is skipped (and
// counted), never summed twice. Used by CallLogWriter on its thread; the connection must outlive
// the inserter.
class CallInserter
{
public:
    struct Result
    {
        bool ok = false;
        int inserted = 0;
        int duplicates = 0; // records whose request_id was already stored
        // On failure: index of the record whose insert failed, and whether the error is specific
        // to that record (a constraint or type error) rather than to the database (busy, I/O, …).
        int failedIndex = -1;
        bool recordSpecific = false;
        QString error;
    };

    explicit CallInserter(const QSqlDatabase &db);

    Result insert(const std::vector<CallRecord> &records);

private:
    bool prepare(QString *error);
    enum class ChunkOutcome {
        Inserted, // every row stored or skipped as a duplicate
        RowByRow, // nothing stored: insert the rows one by one
        Failed, // result has the error
    };
    static bool isChunk(const std::vector<CallRecord> &records, size_t first);
    ChunkOutcome insertChunk(const std::vector<CallRecord> &records, size_t first,
                             std::vector<const CallRecord *> *inserted, Result *result);
    bool insertRow(const std::vector<CallRecord> &records, size_t index,
                   std::vector<const CallRecord *> *inserted, Result *result);
    bool insertCall(const CallRecord &record, bool *duplicate, QString *error,
                    bool *recordSpecific);
    bool upsertClientKeys(const std::vector<const CallRecord *> &inserted, QString *error);
    bool upsertRollups(const std::vector<const CallRecord *> &inserted, QString *error);

    QSqlDatabase m_db;
    // On SQLite directly (SqliteStatement says why): the statements run per call or per rollup
    // row; the few per batch through QtSql.
    SqliteStatement m_insertChunk; // chunkRows calls (callinserter.cpp)
    SqliteStatement m_insertCall;
    SqliteStatement m_selectCallId;
    SqliteStatement m_insertBody;
    SqliteStatement m_upsertUsage;
    SqliteStatement m_upsertDaily;
    SqliteStatement m_upsertKeyHourly;
    SqliteStatement m_upsertLatency;
    QSqlQuery m_upsertKey;
    QSqlQuery m_selectLatencyDaily;
    QSqlQuery m_upsertLatencyDaily;
    bool m_prepared = false;
    bool m_rowByRow = false; // the last batch failed in a way only a row-by-row retry can place
};
