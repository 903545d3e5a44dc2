#pragma once

#include "callrecord.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <vector>

// Writes a batch of calls in one transaction: the calls rows, their bodies (only when a record
// has one), the client_keys upserts and the usage and latency rollups (hourly, daily, per key
// and hour), so that the rollups can never
// disagree with the calls they sum. Rollups and keys are aggregated in memory first and upserted
// once per distinct group. Statements are prepared once and reused. A request_id already stored
// is skipped (and counted), never summed twice. Used by CallLogWriter on its thread; the
// connection must outlive the inserter.
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
    bool insertCall(const CallRecord &record, bool *duplicate, QString *error,
                    bool *recordSpecific);
    bool upsertClientKeys(const std::vector<const CallRecord *> &inserted, QString *error);
    bool upsertRollups(const std::vector<const CallRecord *> &inserted, QString *error);

    QSqlDatabase m_db;
    QSqlQuery m_insertCall;
    QSqlQuery m_insertBody;
    QSqlQuery m_upsertKey;
    QSqlQuery m_upsertUsage;
    QSqlQuery m_upsertDaily;
    QSqlQuery m_upsertKeyHourly;
    QSqlQuery m_upsertLatency;
    QSqlQuery m_selectLatencyDaily;
    QSqlQuery m_upsertLatencyDaily;
    bool m_prepared = false;
};
