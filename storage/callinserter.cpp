#include "callinserter.h"

#include "callsql.h"
#include "latencysql.h"
#include "storagelog.h"
#include "transaction.h"

#include <QSqlError>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

namespace {

// Errors caused by one record's values: retrying cannot help, so the writer drops that record
// instead of blocking every later call behind it.
bool isRecordSpecific(int sqliteCode)
{
    switch (sqliteCode & 0xff) { // SQLite's primary result code of an extended one
    case SQLITE_TOOBIG:
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
        return true;
    default:
        return false;
    }
}

// Calls per multi-row insert: one statement's fixed cost (opening and closing cursors on the table
// and its eight indexes, ending the statement) then serves this many rows: a third of SQLite's
// instructions per call went there with one row per statement. 31 values per row stay far below
// SQLite's limit of bound values.
constexpr size_t chunkRows = 64;

// "INSERT OR IGNORE INTO calls (…) VALUES (?, …), (?, …), …" for rows rows. OR IGNORE, not
// CallSql's ON CONFLICT (request_id) DO NOTHING: with the latter the NOT NULL constraints could
// still abort the statement half-way, so SQLite would keep a statement journal (copies of every
// page the statement changes, written to a temporary file: 10 times the writes of the rows).
// The writer binds every NOT NULL column, so only a duplicate request_id is ever skipped.
QString chunkInsertStatement(size_t rows)
{
    QString row = QStringLiteral("(?");
    for (int i = 1; i < CallSql::ColumnCount; ++i)
        row += QLatin1String(", ?");
    row += QLatin1Char(')');
    QStringList values(qsizetype(rows), row);
    return QLatin1String("INSERT OR IGNORE INTO calls (")
        + CallSql::columns().join(QLatin1String(", ")) + QLatin1String(") VALUES ")
        + values.join(QLatin1String(", "));
}

// The calls row of a record, in CallSql::columns() order, from the placeholder first on.
void bindCall(SqliteStatement &s, const CallRecord &r, int first = 0)
{
    const TokenUsage &u = r.usage;
    // TEXT, not a BLOB, so that it compares with text; NOT NULL texts get "" for none.
    s.bindUtf8(first + CallSql::RequestId, r.requestId);
    s.bindInt(first + CallSql::StartedAt, r.startedAtMs);
    s.bindText(first + CallSql::Endpoint, r.endpoint);
    s.bindText(first + CallSql::ApiFormat, r.apiFormat);
    s.bindTextOrNull(first + CallSql::Provider, r.provider);
    s.bindTextOrNull(first + CallSql::RequestedModel, r.requestedModel);
    s.bindTextOrNull(first + CallSql::ServedModel, r.servedModel);
    s.bindInt(first + CallSql::Streamed, r.streamed ? 1 : 0);
    s.bindInt(first + CallSql::Status, r.httpStatus);
    s.bindTextOrNull(first + CallSql::ErrorType, r.errorType);
    s.bindTextOrNull(first + CallSql::ErrorMessage, r.errorMessage);
    s.bindInt(first + CallSql::InputTokens, u.inputTokens);
    s.bindInt(first + CallSql::CachedTokens, u.cachedInputTokens);
    s.bindInt(first + CallSql::CacheWriteTokens, u.cacheWriteTokens);
    s.bindInt(first + CallSql::CacheWrite1hTokens, u.cacheWrite1hTokens);
    s.bindInt(first + CallSql::OutputTokens, u.outputTokens);
    s.bindInt(first + CallSql::ReasoningTokens, u.reasoningTokens);
    s.bindText(first + CallSql::UsageSourceColumn, usageSourceName(r.usageSource));
    if (r.costUsd)
        s.bindDouble(first + CallSql::CostUsd, *r.costUsd);
    else
        s.bindNull(first + CallSql::CostUsd);
    s.bindTextOrNull(first + CallSql::PriceModel, r.priceModel);
    if (r.priceJson.isEmpty())
        s.bindNull(first + CallSql::PriceJson);
    else
        s.bindUtf8(first + CallSql::PriceJson, r.priceJson);
    s.bindInt(first + CallSql::LatencyUs, r.latencyUs);
    if (r.ttftUs)
        s.bindInt(first + CallSql::TtftUs, *r.ttftUs);
    else
        s.bindNull(first + CallSql::TtftUs);
    s.bindInt(first + CallSql::UpstreamLatencyUs, r.upstreamLatencyUs);
    s.bindInt(first + CallSql::ProxyOverheadUs, r.proxyOverheadUs);
    s.bindTextOrNull(first + CallSql::ClientKeyId, r.clientKeyId);
    s.bindTextOrNull(first + CallSql::UserAgent, r.userAgent);
    s.bindTextOrNull(first + CallSql::ClientTool, r.clientTool);
    s.bindTextOrNull(first + CallSql::UpstreamRequestId, r.upstreamRequestId);
    s.bindInt(first + CallSql::CacheHit, r.cacheHit ? 1 : 0);
    if (r.cacheSavingsUsd)
        s.bindDouble(first + CallSql::CacheSavingsUsd, *r.cacheSavingsUsd);
    else
        s.bindNull(first + CallSql::CacheSavingsUsd);
}

QString describe(const QString &what, const QSqlQuery &query)
{
    return what + QLatin1String(": ") + query.lastError().text();
}

const QStringList &rollupSums()
{
    static const QStringList names = {
        QStringLiteral("requests"),           QStringLiteral("errors"),
        QStringLiteral("streamed"),           QStringLiteral("cache_hits"),
        QStringLiteral("input_tokens"),       QStringLiteral("cached_tokens"),
        QStringLiteral("cache_write_tokens"), QStringLiteral("cache_write_1h_tokens"),
        QStringLiteral("output_tokens"),      QStringLiteral("reasoning_tokens"),
        QStringLiteral("cost_usd"),           QStringLiteral("unpriced"),
        QStringLiteral("latency_us_sum"),     QStringLiteral("ttft_us_sum"),
        QStringLiteral("ttft_count"),         QStringLiteral("cache_savings_usd"),
    };
    return names;
}

struct Rollup
{
    qint64 values[14] = {}; // rollupSums() without cost_usd and cache_savings_usd, in order
    double costUsd = 0;
    double cacheSavingsUsd = 0;

    Rollup &operator+=(const Rollup &other)
    {
        for (int i = 0; i < 14; ++i)
            values[i] += other.values[i];
        costUsd += other.costUsd;
        cacheSavingsUsd += other.cacheSavingsUsd;
        return *this;
    }
};

// "INSERT INTO table (keys…, sums…) VALUES (…) ON CONFLICT (keys…) DO UPDATE SET sum = sum + …"
QString rollupUpsert(const QString &table, const QStringList &keyColumns)
{
    QStringList placeholders(keyColumns.size() + rollupSums().size(), QStringLiteral("?"));
    QStringList updates;
    for (const QString &column : rollupSums())
        updates.append(column + QLatin1String(" = ") + table + QLatin1Char('.') + column
                       + QLatin1String(" + excluded.") + column);
    const QString keys = keyColumns.join(QLatin1String(", "));
    return QLatin1String("INSERT INTO ") + table + QLatin1String(" (") + keys + QLatin1String(", ")
        + rollupSums().join(QLatin1String(", ")) + QLatin1String(") VALUES (")
        + placeholders.join(QLatin1String(", ")) + QLatin1String(") ON CONFLICT (") + keys
        + QLatin1String(") DO UPDATE SET ") + updates.join(QLatin1String(", "));
}

// The key columns after the time: texts, NOT NULL DEFAULT '' (bindText() binds "" for none).
bool upsertRollup(SqliteStatement &upsert, qint64 time, std::initializer_list<QStringView> keys,
                  const Rollup &g, QString *error)
{
    int column = 0;
    upsert.bindInt(column++, time);
    for (const QStringView key : keys)
        upsert.bindText(column++, key);
    for (int i = 0; i < 14; ++i) {
        if (i == 10) // cost_usd sits between reasoning_tokens and unpriced
            upsert.bindDouble(column++, g.costUsd);
        upsert.bindInt(column++, g.values[i]);
    }
    upsert.bindDouble(column++, g.cacheSavingsUsd);
    if (upsert.exec())
        return true;
    *error = QLatin1String("Cannot update a usage rollup: ") + upsert.errorText();
    return false;
}

} // namespace

CallInserter::CallInserter(const QSqlDatabase &db)
    : m_db(db), m_upsertKey(db), m_selectLatencyDaily(db), m_upsertLatencyDaily(db)
{ }

bool CallInserter::prepare(QString *error)
{
    if (m_prepared)
        return true;
    const QStringList groupKeys
        = {QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("client_key_id")};
    const QString usageSql = rollupUpsert(QStringLiteral("usage_hourly"),
                                          QStringList{QStringLiteral("hour")} + groupKeys);
    const QString dailySql = rollupUpsert(QStringLiteral("usage_daily"),
                                          QStringList{QStringLiteral("day")} + groupKeys);
    const QString keyHourlySql
        = rollupUpsert(QStringLiteral("usage_key_hourly"),
                       {QStringLiteral("hour"), QStringLiteral("client_key_id")});
    // CASE instead of MIN()/MAX() with two arguments, which PostgreSQL spells LEAST/GREATEST.
    const QString keySql = QStringLiteral(
        "INSERT INTO client_keys (key_id, hint, first_seen, last_seen) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (key_id) DO UPDATE SET "
        "hint = COALESCE(excluded.hint, client_keys.hint), "
        "first_seen = CASE WHEN client_keys.first_seen IS NULL OR excluded.first_seen < "
        "client_keys.first_seen "
        "THEN excluded.first_seen ELSE client_keys.first_seen END, "
        "last_seen = CASE WHEN client_keys.last_seen IS NULL OR excluded.last_seen > "
        "client_keys.last_seen "
        "THEN excluded.last_seen ELSE client_keys.last_seen END");
    // call_id is the rowid the calls insert just gave.
    const QString bodySql = QStringLiteral(
        "INSERT INTO call_bodies (call_id, request_body, response_body) VALUES (?, ?, ?)");

    if (!m_insertCall.prepare(m_db, CallSql::insertStatement()))
        *error = QLatin1String("Cannot prepare the calls insert: ") + m_insertCall.errorText();
    else if (!m_insertChunk.prepare(m_db, chunkInsertStatement(chunkRows)))
        *error = QLatin1String("Cannot prepare the calls insert: ") + m_insertChunk.errorText();
    else if (!m_selectCallId.prepare(m_db,
                                     QStringLiteral("SELECT id FROM calls WHERE request_id = ?")))
        *error = QLatin1String("Cannot prepare the call lookup: ") + m_selectCallId.errorText();
    else if (!m_insertBody.prepare(m_db, bodySql))
        *error = QLatin1String("Cannot prepare the bodies insert: ") + m_insertBody.errorText();
    else if (!m_upsertKey.prepare(keySql))
        *error = describe(QStringLiteral("Cannot prepare the client key upsert"), m_upsertKey);
    else if (!m_upsertUsage.prepare(m_db, usageSql))
        *error = QLatin1String("Cannot prepare the rollup upsert: ") + m_upsertUsage.errorText();
    else if (!m_upsertDaily.prepare(m_db, dailySql))
        *error
            = QLatin1String("Cannot prepare the daily rollup upsert: ") + m_upsertDaily.errorText();
    else if (!m_upsertKeyHourly.prepare(m_db, keyHourlySql))
        *error = QLatin1String("Cannot prepare the key rollup upsert: ")
            + m_upsertKeyHourly.errorText();
    else if (!m_upsertLatency.prepare(m_db, LatencySql::upsertStatement()))
        *error = QLatin1String("Cannot prepare the latency upsert: ") + m_upsertLatency.errorText();
    else if (!m_selectLatencyDaily.prepare(LatencySql::dailySelectStatement()))
        *error = describe(QStringLiteral("Cannot prepare the daily latency select"),
                          m_selectLatencyDaily);
    else if (!m_upsertLatencyDaily.prepare(LatencySql::dailyUpsertStatement()))
        *error = describe(QStringLiteral("Cannot prepare the daily latency upsert"),
                          m_upsertLatencyDaily);
    else
        m_prepared = true;
    return m_prepared;
}

CallInserter::Result CallInserter::insert(const std::vector<CallRecord> &records)
{
    Result result;
    if (!prepare(&result.error))
        return result;
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        result.error
            = QStringLiteral("Cannot begin a transaction: %1").arg(transaction.errorString());
        return result;
    }

    std::vector<const CallRecord *> inserted;
    inserted.reserve(records.size());
    const bool rowByRow = std::exchange(m_rowByRow, false);
    size_t i = 0;
    while (i < records.size()) {
        size_t rowByRowEnd = i + 1;
        if (!rowByRow && isChunk(records, i)) {
            switch (insertChunk(records, i, &inserted, &result)) {
            case ChunkOutcome::Inserted:
                i += chunkRows;
                continue;
            case ChunkOutcome::Failed:
                return result;
            case ChunkOutcome::RowByRow:
                rowByRowEnd = i + chunkRows;
                break;
            }
        }
        for (; i < rowByRowEnd; ++i) {
            if (!insertRow(records, i, &inserted, &result))
                return result;
        }
    }
    if (!upsertClientKeys(inserted, &result.error) || !upsertRollups(inserted, &result.error))
        return result;
    if (!transaction.commit()) {
        result.error = QStringLiteral("Cannot commit: %1").arg(transaction.errorString());
        return result;
    }
    result.ok = true;
    result.inserted = int(inserted.size());
    return result;
}

bool CallInserter::isChunk(const std::vector<CallRecord> &records, size_t first)
{
    if (records.size() - first < chunkRows)
        return false;
    return std::all_of(records.begin() + qsizetype(first),
                       records.begin() + qsizetype(first + chunkRows), [](const CallRecord &r) {
                           return !r.requestId.isEmpty() && r.requestBody.isEmpty()
                               && r.responseBody.isEmpty();
                       });
}

CallInserter::ChunkOutcome CallInserter::insertChunk(const std::vector<CallRecord> &records,
                                                     size_t first,
                                                     std::vector<const CallRecord *> *inserted,
                                                     Result *result)
{
    for (size_t row = 0; row < chunkRows; ++row)
        bindCall(m_insertChunk, records[first + row], int(row) * CallSql::ColumnCount);
    if (!m_insertChunk.exec()) {
        // A rejected row (a trigger's RAISE(ABORT) …) undid the statement: the rows go one by
        // one, and the one at fault is found. RAISE(ROLLBACK) ended the transaction too: the
        // writer's retry of the batch goes row by row.
        const bool inTransaction = m_insertChunk.isInTransaction();
        if (inTransaction && isRecordSpecific(m_insertChunk.errorCode()))
            return ChunkOutcome::RowByRow;
        m_rowByRow = !inTransaction;
        result->error = QLatin1String("Cannot insert calls: ") + m_insertChunk.errorText();
        result->failedIndex = int(first);
        return ChunkOutcome::Failed;
    }
    const int stored = m_insertChunk.changes();
    if (size_t(stored) == chunkRows) {
        for (size_t row = 0; row < chunkRows; ++row)
            inserted->push_back(&records[first + row]);
        return ChunkOutcome::Inserted;
    }

    // OR IGNORE skipped request ids already stored (before, or earlier in the chunk). The rows the
    // statement did insert got the rowids (last - stored, last]: new rowids count up from the
    // largest, and this transaction is the only writer.
    const qint64 last = m_insertChunk.lastInsertRowId();
    std::vector<qint64> newIds;
    for (size_t index = first; index < first + chunkRows; ++index) {
        const CallRecord &record = records[index];
        qint64 id = 0;
        bool found = false;
        m_selectCallId.bindUtf8(0, record.requestId);
        if (!m_selectCallId.queryInt(&id, &found)) {
            result->error = QLatin1String("Cannot look up a call: ") + m_selectCallId.errorText();
            result->failedIndex = int(index);
            return ChunkOutcome::Failed;
        }
        const bool isNew = found && id > last - stored && id <= last
            && std::find(newIds.begin(), newIds.end(), id) == newIds.end();
        if (isNew) {
            newIds.push_back(id);
            inserted->push_back(&record);
        } else if (found) {
            ++result->duplicates;
            qCWarning(lcStorage) << "Skipping a call already stored, request id"
                                 << record.requestId;
        } else if (!insertRow(records, index, inserted, result)) {
            // Skipped for another reason: alone, it says which.
            return ChunkOutcome::Failed;
        }
    }
    return ChunkOutcome::Inserted;
}

bool CallInserter::insertRow(const std::vector<CallRecord> &records, size_t index,
                             std::vector<const CallRecord *> *inserted, Result *result)
{
    bool duplicate = false;
    if (!insertCall(records[index], &duplicate, &result->error, &result->recordSpecific)) {
        result->failedIndex = int(index);
        return false;
    }
    if (duplicate) {
        ++result->duplicates;
        qCWarning(lcStorage) << "Skipping a call already stored, request id"
                             << records[index].requestId;
    } else {
        inserted->push_back(&records[index]);
    }
    return true;
}

bool CallInserter::insertCall(const CallRecord &record, bool *duplicate, QString *error,
                              bool *recordSpecific)
{
    if (record.requestId.isEmpty()) {
        // request_id is NOT NULL UNIQUE; a proxy bug must not block every later call.
        qCWarning(lcStorage) << "A call without a request id: storing it under a generated one";
        CallRecord copy = record;
        copy.requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        return insertCall(copy, duplicate, error, recordSpecific);
    }
    bindCall(m_insertCall, record);
    if (!m_insertCall.exec()) {
        *error = QStringLiteral("Cannot insert call %1: %2")
                     .arg(QString::fromUtf8(record.requestId), m_insertCall.errorText());
        *recordSpecific = isRecordSpecific(m_insertCall.errorCode());
        return false;
    }
    // ON CONFLICT DO NOTHING changed no row: that request id is already stored.
    *duplicate = m_insertCall.changes() == 0;
    if (*duplicate || (record.requestBody.isEmpty() && record.responseBody.isEmpty()))
        return true;

    m_insertBody.bindInt(0, m_insertCall.lastInsertRowId());
    m_insertBody.bindBlobOrNull(1, record.requestBody);
    m_insertBody.bindBlobOrNull(2, record.responseBody);
    if (!m_insertBody.exec()) {
        *error = QStringLiteral("Cannot store the bodies of call %1: %2")
                     .arg(QString::fromUtf8(record.requestId), m_insertBody.errorText());
        *recordSpecific = isRecordSpecific(m_insertBody.errorCode());
        return false;
    }
    return true;
}

bool CallInserter::upsertClientKeys(const std::vector<const CallRecord *> &inserted, QString *error)
{
    struct Seen
    {
        qint64 first = 0;
        qint64 last = 0;
        qint64 hintAt = 0;
        QString hint;
    };
    std::map<QString, Seen> keys;
    for (const CallRecord *record : inserted) {
        if (record->clientKeyId.isEmpty())
            continue;
        auto [it, isNew] = keys.try_emplace(record->clientKeyId);
        Seen &seen = it->second;
        if (isNew || record->startedAtMs < seen.first)
            seen.first = record->startedAtMs;
        if (isNew || record->startedAtMs > seen.last)
            seen.last = record->startedAtMs;
        if (!record->clientKeyHint.isEmpty()
            && (seen.hint.isEmpty() || record->startedAtMs >= seen.hintAt)) {
            seen.hint = record->clientKeyHint;
            seen.hintAt = record->startedAtMs;
        }
    }
    for (const auto &[keyId, seen] : keys) {
        m_upsertKey.bindValue(0, keyId);
        m_upsertKey.bindValue(1, CallSql::textOrNull(seen.hint));
        m_upsertKey.bindValue(2, seen.first);
        m_upsertKey.bindValue(3, seen.last);
        if (!m_upsertKey.exec()) {
            *error
                = describe(QStringLiteral("Cannot update client key %1").arg(keyId), m_upsertKey);
            return false;
        }
    }
    return true;
}

bool CallInserter::upsertRollups(const std::vector<const CallRecord *> &inserted, QString *error)
{
    using Key = std::tuple<qint64, QString, QString, QString>;
    std::map<Key, Rollup> groups;
    LatencySql::Counts latencies;
    Rollup *group = nullptr;
    const CallRecord *previous = nullptr;
    for (const CallRecord *r : inserted) {
        // Truncating division, exactly like the SQL that sums partial hours from calls.
        const qint64 hour = r->startedAtMs / 3600000 * 3600;
        // Consecutive calls mostly share a group: skip the map lookup then.
        const bool sameGroup = previous && hour == previous->startedAtMs / 3600000 * 3600
            && r->provider == previous->provider && r->clientKeyId == previous->clientKeyId
            && CallSql::modelKey(*r) == CallSql::modelKey(*previous);
        if (!sameGroup)
            group = &groups[Key(hour, r->provider, CallSql::modelKey(*r), r->clientKeyId)];
        previous = r;
        LatencySql::count(latencies, r->startedAtMs, r->clientKeyId, r->latencyUs, r->ttftUs);

        const TokenUsage &u = r->usage;
        const qint64 add[14] = {
            1,
            CallSql::isError(r->httpStatus) ? 1 : 0,
            r->streamed ? 1 : 0,
            r->cacheHit ? 1 : 0,
            u.inputTokens,
            u.cachedInputTokens,
            u.cacheWriteTokens,
            u.cacheWrite1hTokens,
            u.outputTokens,
            u.reasoningTokens,
            r->costUsd ? 0 : 1,
            r->latencyUs,
            r->ttftUs.value_or(0),
            r->ttftUs ? 1 : 0,
        };
        for (int i = 0; i < 14; ++i)
            group->values[i] += add[i];
        group->costUsd += r->costUsd.value_or(0.0);
        group->cacheSavingsUsd += r->cacheSavingsUsd.value_or(0.0);
    }
    // The daily and per-key rollups are sums of the hourly groups, so all three agree.
    std::map<Key, Rollup> days;
    std::map<std::pair<qint64, QString>, Rollup> keyHours;
    for (const auto &[key, g] : groups) {
        const auto &[hour, provider, model, keyId] = key;
        if (!upsertRollup(m_upsertUsage, hour, {provider, model, keyId}, g, error))
            return false;
        days[Key(hour / 86400 * 86400, provider, model, keyId)] += g;
        keyHours[{hour, keyId}] += g;
    }
    for (const auto &[key, g] : days) {
        const auto &[day, provider, model, keyId] = key;
        if (!upsertRollup(m_upsertDaily, day, {provider, model, keyId}, g, error))
            return false;
    }
    for (const auto &[key, g] : keyHours) {
        if (!upsertRollup(m_upsertKeyHourly, key.first, {key.second}, g, error))
            return false;
    }
    return LatencySql::upsert(m_upsertLatency, latencies, error)
        && LatencySql::mergeDaily(m_selectLatencyDaily, m_upsertLatencyDaily, latencies, error);
}
