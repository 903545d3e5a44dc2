#pragma once

#include "tokenusage.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

// One stored upstream answer: the bytes the client received (a JSON body or a whole SSE
// stream), and what the ledger needs to record a hit as if the call had been made.
struct CachedResponse
{
    QByteArray key; // SHA-256 of the request, see ResponseCache::key()
    QString provider;
    QString model; // requested
    QString endpoint;
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    bool streamed = false;
    TokenUsage usage;
    UsageSource usageSource = UsageSource::None;
    QString servedModel;
    qint64 createdAtMs = 0;
    qint64 lastUsedAtMs = 0;

    qint64 size() const { return body.size() + contentType.size() + 256; }
};

class ResponseCacheWriter;
class QSqlQuery;

// The response cache's persistence: its own SQLite file (cache.sqlite), separate from the
// ledger. Keeps an in-memory index of every entry (key -> age, size, last use) so that a
// request that cannot hit costs no query; a hit reads its body with one indexed SELECT on the
// owner's thread. Inserts, deletions and last-use updates are batched and written by a worker
// thread with a connection of its own; entries not yet written are served from memory.
// TTL and the size limit are given by the caller with each operation (they follow the config);
// eviction is least recently used first. Lives in one thread (the proxy's).
class ResponseCacheStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 1;

    struct Stats
    {
        qint64 entries = 0;
        qint64 bytes = 0;
    };

    explicit ResponseCacheStore(QObject *parent = nullptr);
    ~ResponseCacheStore() override; // writes what is pending

    bool open(const QString &path, QString *error);
    // Writes what is pending and closes both connections.
    void close();
    bool isOpen() const { return !m_connectionName.isEmpty(); }

    // From memory only: whether a live entry exists.
    bool contains(const QByteArray &key, qint64 ttlMs) const;
    // The entry, or nullopt when absent or older than ttlMs (then forgotten). A hit counts as a
    // use.
    std::optional<CachedResponse> find(const QByteArray &key, qint64 ttlMs);
    // Stores (or replaces) an entry, then evicts least recently used ones beyond maxBytes.
    void insert(CachedResponse entry, qint64 maxBytes);
    void remove(const QByteArray &key);
    void clear();
    // Forgets entries older than ttlMs.
    void prune(qint64 ttlMs);
    Stats stats() const { return {m_index.size(), m_totalBytes}; }

    // Blocks until every change so far is written: for shutdown, the CLI and tests.
    void flush();
    // Milliseconds since the epoch; replaceable so that tests can age entries.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    struct Batch; // changes written in one transaction by the worker

private:
    struct IndexEntry
    {
        qint64 createdAtMs = 0;
        qint64 lastUsedAtMs = 0;
        qint64 size = 0;
    };

    static bool createSchema(QSqlDatabase db, const QString &path, QString *error);
    bool loadIndex(QSqlDatabase db, QString *error);
    bool expired(const IndexEntry &entry, qint64 ttlMs) const;
    void forget(const QByteArray &key);
    void evictTo(qint64 maxBytes);
    void schedule();
    void send();
    void written(quint64 batch);
    std::optional<CachedResponse> read(const QByteArray &key);

    QString m_connectionName;
    std::unique_ptr<QSqlQuery> m_select; // prepared once: hits read with it
    QHash<QByteArray, IndexEntry> m_index;
    qint64 m_totalBytes = 0;
    // Entries inserted but not yet written, and the batch that writes them.
    QHash<QByteArray, std::pair<quint64, CachedResponse>> m_unwritten;
    std::unique_ptr<Batch> m_batch;
    quint64 m_batchSerial = 0;
    QTimer m_sendTimer;
    QThread m_thread;
    ResponseCacheWriter *m_writer = nullptr;
    std::function<qint64()> m_clock;
};
