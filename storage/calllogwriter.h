#pragma once

#include "callrecord.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

struct CallLogWriterOptions
{
    int flushDelayMs
        = 50; // how long the first pending record waits for others to share its transaction
    // Records per transaction. Large batches under load: every commit writes each page it
    // dirtied to the WAL, so fewer, larger commits write less per call.
    int maxBatch = 10000;
    int maxPending = 100000; // records held in memory while the database fails; beyond: dropped
    int busyTimeoutMs = 5000; // SQLite busy timeout of the writer's connection
    int maxBackoffMs = 5000; // retry delay after failures doubles from 100 ms up to this
    int stopTimeoutMs = 30000; // how long stop() keeps retrying a failing database
    // SQLite page cache and memory map of the writer's connection: the random-order indexes
    // (request_id, cost, latency) stay in memory instead of being read back for every batch.
    int cacheSizeMiB = 64;
    int mmapSizeMiB = 0;
};

// The only writer of the ledger. It owns a QThread with its own database connection (opened, and
// migrated, by start()). enqueue() is cheap and thread-safe: it appends to a mutex-protected queue
// and, when no flush is scheduled yet, schedules one on the writer thread, which waits
// flushDelayMs so that a burst of calls shares one transaction (CallInserter). When the database
// fails (locked, disk full, …) the records stay queued and are retried with backoff; only a queue
// beyond maxPending drops records, counted in droppedCount(). stop() writes everything pending
// before the thread ends, so a normal shutdown loses nothing. Signals are emitted from the writer
// thread; connect with the default (queued) connection from other threads.
class CallLogWriter : public QObject
{
    Q_OBJECT

public:
    explicit CallLogWriter(QObject *parent = nullptr);
    ~CallLogWriter() override; // calls stop()

    // Takes effect at the next start().
    void setOptions(const CallLogWriterOptions &options);
    CallLogWriterOptions options() const;

    // Opens (creating and migrating if needed) the database on the writer thread. Records
    // enqueued before start() are kept and written once it succeeds.
    bool start(const QString &location, QString *error = nullptr);
    // Writes all pending records, then ends the thread. False if some could not be written
    // within stopTimeoutMs (they are counted as dropped).
    bool stop(QString *error = nullptr);
    bool isRunning() const;

    // Thread-safe; never touches the database on the caller's thread.
    void enqueue(CallRecord record);

    // Thread-safe counters.
    int pendingCount() const;
    qint64 droppedCount() const;
    qint64 writtenCount() const;
    QString lastError() const; // empty once a later batch succeeded

Q_SIGNALS:
    void rowsWritten(int count);
    void storageError(const QString &message);

private:
    class Worker;
    struct Shared;

    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    CallLogWriterOptions m_options;
};
