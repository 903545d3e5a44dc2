#include "callinserter.h"

#include "callsql.h"
#include "latencysql.h"
#include "storagelog.h"
#include "transaction.h"

#include <QSqlError>
#include <QUuid>

#include <map>
#include <tuple>

namespace {

// Errors caused by one record's values: retrying cannot help, so the writer drops that record
// instead of blocking every later call behind it.
bool isRecordSpecific(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok) {
        switch (code & 0xff) { // SQLite primary result code of an extended code
        case 18: // SQLITE_TOOBIG
        case 19: // SQLITE_CONSTRAINT
        case 20: // SQLITE_MISMATCH
        case 25: // SQLITE_RANGE
            return true;
        default:
            return false;
        }
    }
    // PostgreSQL SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation).
    const QString state = error.nativeErrorCode();
    return state.startsWith(QLatin1String("22")) || state.startsWith(QLatin1String("23"));
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

// The rollup key columns are NOT NULL DEFAULT '': "none" is the empty string there.
QString keyText(const QString &text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

bool upsertRollup(QSqlQuery &query, const QVariantList &keys, const Rollup &g, QString *error)
{
    int column = 0;
    for (const QVariant &key : keys)
        query.bindValue(column++, key);
    for (int i = 0; i < 14; ++i) {
        if (i == 10) // cost_usd sits between reasoning_tokens and unpriced
            query.bindValue(column++, g.costUsd);
        query.bindValue(column++, g.values[i]);
    }
    query.bindValue(column++, g.cacheSavingsUsd);
    if (query.exec())
        return true;
    *error = describe(QStringLiteral("Cannot update a usage rollup"), query);
    return false;
}

} // namespace

CallInserter::CallInserter(const QSqlDatabase &db)
    : m_db(db), m_insertCall(db), m_insertBody(db), m_upsertKey(db), m_upsertUsage(db),
      m_upsertDaily(db), m_upsertKeyHourly(db), m_upsertLatency(db), m_selectLatencyDaily(db),
      m_upsertLatencyDaily(db)
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
    // The new call's id by its unique request_id: portable, unlike QSqlQuery::lastInsertId(), and
    // paid only by the calls that have bodies.
    const QString bodySql
        = QStringLiteral("INSERT INTO call_bodies (call_id, request_body, response_body) "
                         "SELECT id, ?, ? FROM calls WHERE request_id = ?");

    if (!m_insertCall.prepare(CallSql::insertStatement()))
        *error = describe(QStringLiteral("Cannot prepare the calls insert"), m_insertCall);
    else if (!m_insertBody.prepare(bodySql))
        *error = describe(QStringLiteral("Cannot prepare the bodies insert"), m_insertBody);
    else if (!m_upsertKey.prepare(keySql))
        *error = describe(QStringLiteral("Cannot prepare the client key upsert"), m_upsertKey);
    else if (!m_upsertUsage.prepare(usageSql))
        *error = describe(QStringLiteral("Cannot prepare the rollup upsert"), m_upsertUsage);
    else if (!m_upsertDaily.prepare(dailySql))
        *error = describe(QStringLiteral("Cannot prepare the daily rollup upsert"), m_upsertDaily);
    else if (!m_upsertKeyHourly.prepare(keyHourlySql))
        *error
            = describe(QStringLiteral("Cannot prepare the key rollup upsert"), m_upsertKeyHourly);
    else if (!m_upsertLatency.prepare(LatencySql::upsertStatement()))
        *error = describe(QStringLiteral("Cannot prepare the latency upsert"), m_upsertLatency);
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
    for (size_t i = 0; i < records.size(); ++i) {
        bool duplicate = false;
        if (!insertCall(records[i], &duplicate, &result.error, &result.recordSpecific)) {
            result.failedIndex = int(i);
            return result;
        }
        if (duplicate) {
            ++result.duplicates;
            qCWarning(lcStorage) << "Skipping a call already stored, request id"
                                 << records[i].requestId;
        } else {
            inserted.push_back(&records[i]);
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
    CallSql::bindRecord(m_insertCall, record);
    if (!m_insertCall.exec()) {
        *error = describe(
            QStringLiteral("Cannot insert call %1").arg(QString::fromUtf8(record.requestId)),
            m_insertCall);
        *recordSpecific = isRecordSpecific(m_insertCall.lastError());
        return false;
    }
    // ON CONFLICT DO NOTHING changed no row: that request id is already stored.
    *duplicate = m_insertCall.numRowsAffected() == 0;
    if (*duplicate || (record.requestBody.isEmpty() && record.responseBody.isEmpty()))
        return true;

    const QVariant nullBlob{QMetaType::fromType<QByteArray>()};
    m_insertBody.bindValue(0,
                           record.requestBody.isEmpty() ? nullBlob : QVariant(record.requestBody));
    m_insertBody.bindValue(
        1, record.responseBody.isEmpty() ? nullBlob : QVariant(record.responseBody));
    m_insertBody.bindValue(2, QString::fromUtf8(record.requestId));
    if (!m_insertBody.exec()) {
        *error = describe(QStringLiteral("Cannot store the bodies of call %1")
                              .arg(QString::fromUtf8(record.requestId)),
                          m_insertBody);
        *recordSpecific = isRecordSpecific(m_insertBody.lastError());
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
        if (!upsertRollup(m_upsertUsage, {hour, keyText(provider), keyText(model), keyText(keyId)},
                          g, error))
            return false;
        days[Key(hour / 86400 * 86400, provider, model, keyId)] += g;
        keyHours[{hour, keyId}] += g;
    }
    for (const auto &[key, g] : days) {
        const auto &[day, provider, model, keyId] = key;
        if (!upsertRollup(m_upsertDaily, {day, keyText(provider), keyText(model), keyText(keyId)},
                          g, error))
            return false;
    }
    for (const auto &[key, g] : keyHours) {
        if (!upsertRollup(m_upsertKeyHourly, {key.first, keyText(key.second)}, g, error))
            return false;
    }
    return LatencySql::upsert(m_upsertLatency, latencies, error)
        && LatencySql::mergeDaily(m_selectLatencyDaily, m_upsertLatencyDaily, latencies, error);
}
