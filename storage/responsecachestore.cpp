#include "responsecachestore.h"

#include "callrecord.h"
#include "storagelog.h"
#include "transaction.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

// Changes are written at most this often: a burst of calls shares one transaction.
constexpr int SendDelayMs = 50;

QString newConnectionName(const char *role)
{
    static QAtomicInteger<quint32> serial;
    return QStringLiteral("cache-%1-%2")
        .arg(QLatin1String(role))
        .arg(serial.fetchAndAddRelaxed(1) + 1);
}

bool exec(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = sql.simplified() % QLatin1String(": ") % query.lastError().text();
    return false;
}

// WAL lets the proxy's reads proceed while the worker writes.
bool configure(QSqlDatabase db, QString *error)
{
    return exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), error)
        && exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), error)
        && exec(db, QStringLiteral("PRAGMA busy_timeout=5000"), error);
}

QByteArray usageToJson(const TokenUsage &u)
{
    return QJsonDocument(
               QJsonObject{{QLatin1String("input"), double(u.inputTokens)},
                           {QLatin1String("cached_input"), double(u.cachedInputTokens)},
                           {QLatin1String("cache_write"), double(u.cacheWriteTokens)},
                           {QLatin1String("cache_write_1h"), double(u.cacheWrite1hTokens)},
                           {QLatin1String("output"), double(u.outputTokens)},
                           {QLatin1String("reasoning"), double(u.reasoningTokens)}})
        .toJson(QJsonDocument::Compact);
}

TokenUsage usageFromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    auto n = [&o](const char *key) {
        return qint64(o.value(QLatin1String(key)).toDouble());
    };
    TokenUsage u;
    u.inputTokens = n("input");
    u.cachedInputTokens = n("cached_input");
    u.cacheWriteTokens = n("cache_write");
    u.cacheWrite1hTokens = n("cache_write_1h");
    u.outputTokens = n("output");
    u.reasoningTokens = n("reasoning");
    return u;
}

// Empty, never NULL: the columns are NOT NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QVariant bytes(const QByteArray &value)
{
    return value.isNull() ? QVariant(QByteArray("")) : QVariant(value);
}

} // namespace

struct ResponseCacheStore::Batch
{
    quint64 serial = 0;
    bool clearAll = false;
    QSet<QByteArray> deletes;
    QHash<QByteArray, CachedResponse> upserts;
    QHash<QByteArray, qint64> touches; // key -> last used
};

// Owns the write connection, on the store's worker thread; applies one batch per transaction.
class ResponseCacheWriter : public QObject
{
public:
    bool open(const QString &path, QString *error)
    {
        m_connectionName = newConnectionName("writer");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = db.lastError().text();
            return false;
        }
        return configure(db, error);
    }

    void close()
    {
        if (m_connectionName.isEmpty())
            return;
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }

    void apply(const ResponseCacheStore::Batch &batch)
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        Transaction transaction(db);
        QString error;
        if (!transaction.isActive() || !write(db, batch, &error) || !transaction.commit())
            qCWarning(lcStorage, "cache: a batch of changes was not written: %s",
                      qPrintable(error.isEmpty() ? transaction.errorString() : error));
    }

private:
    static bool run(QSqlQuery &query, QString *error)
    {
        if (query.exec())
            return true;
        *error = query.lastError().text();
        return false;
    }

    static bool write(QSqlDatabase db, const ResponseCacheStore::Batch &batch, QString *error)
    {
        if (batch.clearAll && !exec(db, QStringLiteral("DELETE FROM responses"), error))
            return false;
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM responses WHERE key = ?"));
        for (const QByteArray &key : batch.deletes) {
            remove.bindValue(0, key);
            if (!run(remove, error))
                return false;
        }
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO responses (key, provider, model, endpoint, status, "
            "content_type, body, streamed, usage_json, usage_source, served_model, created_at, "
            "last_used_at, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const CachedResponse &e : batch.upserts) {
            const QVariantList values = {bytes(e.key),
                                         text(e.provider),
                                         text(e.model),
                                         text(e.endpoint),
                                         e.status,
                                         bytes(e.contentType),
                                         bytes(e.body),
                                         int(e.streamed),
                                         usageToJson(e.usage),
                                         usageSourceName(e.usageSource),
                                         text(e.servedModel),
                                         e.createdAtMs,
                                         e.lastUsedAtMs,
                                         e.size()};
            for (int i = 0; i < values.size(); ++i)
                insert.bindValue(i, values.at(i));
            if (!run(insert, error))
                return false;
        }
        QSqlQuery touch(db);
        touch.prepare(QStringLiteral("UPDATE responses SET last_used_at = ? WHERE key = ?"));
        for (auto it = batch.touches.begin(); it != batch.touches.end(); ++it) {
            touch.bindValue(0, it.value());
            touch.bindValue(1, it.key());
            if (!run(touch, error))
                return false;
        }
        return true;
    }

    QString m_connectionName;
};

ResponseCacheStore::ResponseCacheStore(QObject *parent)
    : QObject(parent), m_batch(std::make_unique<Batch>()),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_sendTimer.setSingleShot(true);
    m_sendTimer.setInterval(SendDelayMs);
    connect(&m_sendTimer, &QTimer::timeout, this, &ResponseCacheStore::send);
    m_thread.setObjectName(QStringLiteral("cache-writer"));
}

ResponseCacheStore::~ResponseCacheStore()
{
    close();
}

bool ResponseCacheStore::createSchema(QSqlDatabase db, const QString &path, QString *error)
{
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        *error = version.lastError().text();
        return false;
    }
    const int found = version.value(0).toInt();
    if (found > SchemaVersion) {
        *error = QStringLiteral("%1 was written by a newer LLM Ledger (cache schema %2)")
                     .arg(path)
                     .arg(found);
        return false;
    }
    if (found == SchemaVersion)
        return true;
    Transaction transaction(db);
    return transaction.isActive()
        && exec(db,
                QStringLiteral("CREATE TABLE IF NOT EXISTS responses ("
                               "key BLOB PRIMARY KEY, provider TEXT NOT NULL, "
                               "model TEXT NOT NULL, endpoint TEXT NOT NULL, "
                               "status INTEGER NOT NULL, content_type TEXT NOT NULL, "
                               "body BLOB NOT NULL, streamed INTEGER NOT NULL, "
                               "usage_json TEXT NOT NULL, usage_source TEXT NOT NULL, "
                               "served_model TEXT NOT NULL, created_at INTEGER NOT NULL, "
                               "last_used_at INTEGER NOT NULL, size INTEGER NOT NULL)"),
                error)
        && exec(db, QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), error)
        && transaction.commit();
}

bool ResponseCacheStore::loadIndex(QSqlDatabase db, QString *error)
{
    QSqlQuery rows(db);
    if (!rows.exec(QStringLiteral("SELECT key, created_at, last_used_at, size FROM responses"))) {
        *error = rows.lastError().text();
        return false;
    }
    while (rows.next()) {
        const IndexEntry entry{rows.value(1).toLongLong(), rows.value(2).toLongLong(),
                               rows.value(3).toLongLong()};
        m_index.insert(rows.value(0).toByteArray(), entry);
        m_totalBytes += entry.size;
    }
    return true;
}

bool ResponseCacheStore::open(const QString &path, QString *error)
{
    close();
    const QString name = newConnectionName("reader");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        if (!ok)
            *error = db.lastError().text();
        ok = ok && configure(db, error) && createSchema(db, path, error) && loadIndex(db, error);
        if (!ok)
            db.close();
    }
    if (!ok) {
        m_index.clear();
        m_totalBytes = 0;
        QSqlDatabase::removeDatabase(name);
        return false;
    }
    m_connectionName = name;

    m_writer = new ResponseCacheWriter;
    m_writer->moveToThread(&m_thread);
    m_thread.start();
    bool writerOpen = false;
    QMetaObject::invokeMethod(
        m_writer, [this, path, error, &writerOpen] { writerOpen = m_writer->open(path, error); },
        Qt::BlockingQueuedConnection);
    if (!writerOpen)
        close();
    return writerOpen;
}

void ResponseCacheStore::close()
{
    if (m_writer) {
        send();
        QMetaObject::invokeMethod(
            m_writer,
            [writer = m_writer] {
                writer->close();
                delete writer;
            },
            Qt::BlockingQueuedConnection);
        m_writer = nullptr;
        m_thread.quit();
        m_thread.wait();
    }
    m_unwritten.clear();
    m_index.clear();
    m_totalBytes = 0;
    m_select.reset();
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
}

bool ResponseCacheStore::expired(const IndexEntry &entry, qint64 ttlMs) const
{
    return m_clock() - entry.createdAtMs >= ttlMs;
}

bool ResponseCacheStore::contains(const QByteArray &key, qint64 ttlMs) const
{
    const auto it = m_index.constFind(key);
    return it != m_index.cend() && !expired(*it, ttlMs);
}

std::optional<CachedResponse> ResponseCacheStore::find(const QByteArray &key, qint64 ttlMs)
{
    const auto it = m_index.find(key);
    if (it == m_index.end())
        return std::nullopt;
    if (expired(*it, ttlMs)) {
        remove(key);
        return std::nullopt;
    }
    std::optional<CachedResponse> found;
    const auto unwritten = m_unwritten.constFind(key);
    if (unwritten != m_unwritten.cend())
        found = unwritten->second;
    else
        found = read(key);
    if (!found) { // gone from the file (cleared by the CLI meanwhile)
        forget(key);
        return std::nullopt;
    }
    it->lastUsedAtMs = m_clock();
    found->lastUsedAtMs = it->lastUsedAtMs;
    m_batch->touches.insert(key, it->lastUsedAtMs);
    schedule();
    return found;
}

std::optional<CachedResponse> ResponseCacheStore::read(const QByteArray &key)
{
    if (!m_select) {
        m_select = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        m_select->prepare(QStringLiteral(
            "SELECT provider, model, endpoint, status, content_type, body, streamed, usage_json, "
            "usage_source, served_model, created_at, last_used_at FROM responses WHERE key = ?"));
    }
    QSqlQuery &query = *m_select;
    query.bindValue(0, key);
    if (!query.exec() || !query.next()) {
        if (query.lastError().isValid())
            qCWarning(lcStorage, "cache: %s", qPrintable(query.lastError().text()));
        query.finish();
        return std::nullopt;
    }
    CachedResponse e;
    e.key = key;
    e.provider = query.value(0).toString();
    e.model = query.value(1).toString();
    e.endpoint = query.value(2).toString();
    e.status = query.value(3).toInt();
    e.contentType = query.value(4).toByteArray();
    e.body = query.value(5).toByteArray();
    e.streamed = query.value(6).toInt() != 0;
    e.usage = usageFromJson(query.value(7).toByteArray());
    e.usageSource = usageSourceFromName(query.value(8).toString());
    e.servedModel = query.value(9).toString();
    e.createdAtMs = query.value(10).toLongLong();
    e.lastUsedAtMs = query.value(11).toLongLong();
    query.finish(); // ends the read transaction: the writer's checkpoints need no wait
    return e;
}

void ResponseCacheStore::insert(CachedResponse entry, qint64 maxBytes)
{
    if (!isOpen() || entry.size() > maxBytes)
        return;
    forget(entry.key);
    entry.createdAtMs = entry.lastUsedAtMs = m_clock();
    m_index.insert(entry.key, {entry.createdAtMs, entry.lastUsedAtMs, entry.size()});
    m_totalBytes += entry.size();
    m_batch->deletes.remove(entry.key);
    m_batch->touches.remove(entry.key);
    m_batch->upserts.insert(entry.key, entry);
    const QByteArray key = entry.key;
    m_unwritten.insert(key, {m_batchSerial + 1, std::move(entry)});
    evictTo(maxBytes);
    schedule();
}

void ResponseCacheStore::forget(const QByteArray &key)
{
    const auto it = m_index.constFind(key);
    if (it == m_index.cend())
        return;
    m_totalBytes -= it->size;
    m_index.erase(it);
    m_unwritten.remove(key);
}

void ResponseCacheStore::remove(const QByteArray &key)
{
    forget(key);
    m_batch->upserts.remove(key);
    m_batch->touches.remove(key);
    m_batch->deletes.insert(key);
    schedule();
}

void ResponseCacheStore::evictTo(qint64 maxBytes)
{
    if (m_totalBytes <= maxBytes)
        return;
    // Down to 90 % of the limit, so that a full cache does not sort its index on every insert.
    QList<std::pair<qint64, QByteArray>> byUse;
    byUse.reserve(m_index.size());
    for (auto it = m_index.cbegin(); it != m_index.cend(); ++it)
        byUse.append({it->lastUsedAtMs, it.key()});
    std::sort(byUse.begin(), byUse.end());
    const qint64 target = maxBytes - maxBytes / 10;
    for (const auto &[lastUsed, key] : byUse) {
        if (m_totalBytes <= target)
            break;
        remove(key);
    }
}

void ResponseCacheStore::prune(qint64 ttlMs)
{
    QByteArrayList old;
    for (auto it = m_index.cbegin(); it != m_index.cend(); ++it) {
        if (expired(*it, ttlMs))
            old << it.key();
    }
    for (const QByteArray &key : old)
        remove(key);
}

void ResponseCacheStore::clear()
{
    m_index.clear();
    m_unwritten.clear();
    m_totalBytes = 0;
    *m_batch = Batch();
    m_batch->clearAll = true;
    schedule();
}

void ResponseCacheStore::schedule()
{
    if (m_writer && !m_sendTimer.isActive())
        m_sendTimer.start();
}

void ResponseCacheStore::send()
{
    m_sendTimer.stop();
    if (!m_writer)
        return;
    const Batch &b = *m_batch;
    if (!b.clearAll && b.deletes.isEmpty() && b.upserts.isEmpty() && b.touches.isEmpty())
        return;
    m_batch->serial = ++m_batchSerial;
    auto batch = std::shared_ptr<Batch>(m_batch.release());
    m_batch = std::make_unique<Batch>();
    QMetaObject::invokeMethod(
        m_writer,
        [this, writer = m_writer, batch] {
            writer->apply(*batch);
            const quint64 serial = batch->serial;
            QMetaObject::invokeMethod(
                this, [this, serial] { written(serial); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ResponseCacheStore::written(quint64 batch)
{
    for (auto it = m_unwritten.begin(); it != m_unwritten.end();) {
        if (it->first <= batch)
            it = m_unwritten.erase(it);
        else
            ++it;
    }
}

void ResponseCacheStore::flush()
{
    if (!m_writer)
        return;
    send();
    QMetaObject::invokeMethod(
        m_writer, [] {}, Qt::BlockingQueuedConnection);
    written(m_batchSerial);
}
