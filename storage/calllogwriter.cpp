#include "calllogwriter.h"

#include "callinserter.h"
#include "database.h"
#include "storagelog.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QThread>
#include <QTimer>

#include <deque>
#include <optional>

// State shared by the callers of enqueue() and the writer thread; every member under mutex.
struct CallLogWriter::Shared
{
    mutable QMutex mutex;
    std::deque<CallRecord> queue;
    int inFlight = 0; // taken by the writer thread, not yet committed
    int maxPending = CallLogWriterOptions().maxPending;
    bool flushScheduled = false; // a flush is armed or running: enqueue() need not wake the writer
    bool accepting = true; // false while stopping: late records are dropped, not silently kept
    Worker *worker = nullptr; // set while running; only dereferenced under mutex
    qint64 dropped = 0;
    qint64 written = 0;
    QString lastError;
};

// Lives on the writer thread and owns everything that touches the database there.
class CallLogWriter::Worker : public QObject
{
public:
    Worker(CallLogWriter *writer, std::shared_ptr<Shared> shared,
           const CallLogWriterOptions &options)
        : m_writer(writer), m_shared(std::move(shared)), m_options(options),
          m_timer(new QTimer(this))
    {
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] { flushBatch(); });
    }

    bool open(const QString &location, QString *error)
    {
        Database::Options options;
        options.migrations = Database::MigrationPolicy::Migrate;
        options.purpose = QStringLiteral("writer");
        options.busyTimeoutMs = m_options.busyTimeoutMs;
        // Both cut the benchmark's time: a larger page cache keeps the indexes' hot pages in
        // memory, and rarer checkpoints save fsyncs.
        options.cacheSizeKiB = qMax(0, m_options.cacheSizeMiB) * 1024;
        options.mmapSizeBytes = qint64(qMax(0, m_options.mmapSizeMiB)) * 1024 * 1024;
        options.walAutocheckpointPages = 10000;
        m_db = Database::open(location, options, error);
        if (m_db)
            m_inserter.emplace(m_db->connection());
        return m_db.has_value();
    }

    void close()
    {
        m_timer->stop();
        m_inserter.reset(); // its queries and connection copy go before the connection is removed
        m_db.reset();
    }

    // Called (queued) by enqueue() for the first record after an idle period.
    void scheduleFlush()
    {
        if (!m_timer->isActive())
            m_timer->start(m_options.flushDelayMs);
    }

    bool drain(QString *error);

private:
    enum class Outcome {
        Written,
        RecordDropped, // one bad record removed; the rest can be retried at once
        Failed,
    };

    std::vector<CallRecord> takeBatch()
    {
        QMutexLocker lock(&m_shared->mutex);
        const size_t count = std::min(m_shared->queue.size(), size_t(qMax(1, m_options.maxBatch)));
        std::vector<CallRecord> batch(std::make_move_iterator(m_shared->queue.begin()),
                                      std::make_move_iterator(m_shared->queue.begin() + count));
        m_shared->queue.erase(m_shared->queue.begin(), m_shared->queue.begin() + count);
        m_shared->inFlight = int(count);
        return batch;
    }

    Outcome write(std::vector<CallRecord> &batch, QString *error);
    void flushBatch();

    CallLogWriter *m_writer;
    std::shared_ptr<Shared> m_shared;
    CallLogWriterOptions m_options;
    QTimer *m_timer;
    std::optional<Database> m_db;
    std::optional<CallInserter> m_inserter;
    int m_backoffMs = 0;
};

CallLogWriter::Worker::Outcome CallLogWriter::Worker::write(std::vector<CallRecord> &batch,
                                                            QString *error)
{
    const CallInserter::Result result = m_inserter->insert(batch);
    QMutexLocker lock(&m_shared->mutex);
    m_shared->inFlight = 0;
    if (result.ok) {
        m_shared->written += result.inserted;
        m_shared->lastError.clear();
        lock.unlock();
        if (result.inserted > 0)
            Q_EMIT m_writer->rowsWritten(result.inserted);
        return Outcome::Written;
    }
    *error = result.error;
    m_shared->lastError = result.error;
    const bool dropOne = result.recordSpecific && result.failedIndex >= 0
        && size_t(result.failedIndex) < batch.size();
    if (dropOne) {
        batch.erase(batch.begin() + result.failedIndex);
        ++m_shared->dropped;
    }
    // Back at the front, in order: the next attempt writes the same records first.
    m_shared->queue.insert(m_shared->queue.begin(), std::make_move_iterator(batch.begin()),
                           std::make_move_iterator(batch.end()));
    lock.unlock(); // log outside the lock: enqueue() on the proxy thread must never wait for I/O
    if (dropOne)
        qCWarning(lcStorage) << "Dropping a call the database rejects:" << result.error;
    else
        qCWarning(lcStorage) << "Writing" << batch.size()
                             << "calls failed, will retry:" << result.error;
    Q_EMIT m_writer->storageError(result.error);
    return dropOne ? Outcome::RecordDropped : Outcome::Failed;
}

void CallLogWriter::Worker::flushBatch()
{
    std::vector<CallRecord> batch = takeBatch();
    Outcome outcome = Outcome::Written;
    QString error;
    if (!batch.empty())
        outcome = write(batch, &error);

    int delay = 0;
    switch (outcome) {
    case Outcome::Written: {
        m_backoffMs = 0;
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->queue.empty()) {
            m_shared->flushScheduled = false;
            return;
        }
        // A full batch goes at once; a few stragglers wait for company, as the first record did.
        delay = m_shared->queue.size() >= size_t(m_options.maxBatch) ? 0 : m_options.flushDelayMs;
        break;
    }
    case Outcome::RecordDropped:
        delay = 0;
        break;
    case Outcome::Failed:
        m_backoffMs = qMin(m_backoffMs ? m_backoffMs * 2 : 100, qMax(100, m_options.maxBackoffMs));
        delay = m_backoffMs;
        break;
    }
    m_timer->start(delay);
}

bool CallLogWriter::Worker::drain(QString *error)
{
    m_timer->stop();
    if (!m_inserter)
        return true;
    const QDeadlineTimer deadline(m_options.stopTimeoutMs);
    int backoffMs = 50;
    while (true) {
        std::vector<CallRecord> batch = takeBatch();
        if (batch.empty())
            break;
        if (write(batch, error) != Outcome::Failed)
            continue;
        if (deadline.hasExpired()) {
            QMutexLocker lock(&m_shared->mutex);
            const qint64 lost = qint64(m_shared->queue.size());
            m_shared->dropped += lost;
            m_shared->queue.clear();
            *error = QStringLiteral("%1 calls could not be written before shutdown: %2")
                         .arg(lost)
                         .arg(*error);
            m_shared->lastError = *error;
            lock.unlock();
            qCWarning(lcStorage).noquote() << *error;
            return false;
        }
        QThread::msleep(ulong(qMin<qint64>(backoffMs, qMax<qint64>(1, deadline.remainingTime()))));
        backoffMs = qMin(backoffMs * 2, 1000);
    }
    QMutexLocker lock(&m_shared->mutex);
    m_shared->flushScheduled = false;
    return true;
}

CallLogWriter::CallLogWriter(QObject *parent)
    : QObject(parent), m_shared(std::make_shared<Shared>())
{ }

CallLogWriter::~CallLogWriter()
{
    stop();
}

void CallLogWriter::setOptions(const CallLogWriterOptions &options)
{
    m_options = options;
    QMutexLocker lock(&m_shared->mutex);
    m_shared->maxPending = qMax(1, options.maxPending);
}

CallLogWriterOptions CallLogWriter::options() const
{
    return m_options;
}

bool CallLogWriter::start(const QString &location, QString *error)
{
    if (m_thread) {
        if (error)
            *error = QStringLiteral("The call log writer is already running");
        return false;
    }
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("ledger-writer"));
    m_worker = new Worker(this, m_shared, m_options);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();

    bool opened = false;
    QString openError;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, &location, &opened, &openError] { opened = worker->open(location, &openError); },
        Qt::BlockingQueuedConnection);
    if (!opened) {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_worker = nullptr;
        qCWarning(lcStorage).noquote() << "Cannot start the call log writer:" << openError;
        {
            QMutexLocker lock(&m_shared->mutex);
            m_shared->lastError = openError;
        }
        if (error)
            *error = openError;
        Q_EMIT storageError(openError);
        return false;
    }

    QMutexLocker lock(&m_shared->mutex);
    m_shared->accepting = true;
    m_shared->worker = worker;
    if (!m_shared->queue.empty() && !m_shared->flushScheduled) {
        m_shared->flushScheduled = true;
        QMetaObject::invokeMethod(
            worker, [worker] { worker->scheduleFlush(); }, Qt::QueuedConnection);
    }
    return true;
}

bool CallLogWriter::stop(QString *error)
{
    if (!m_thread)
        return true;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->accepting = false;
        m_shared->worker = nullptr; // from here on no one posts to the worker
    }
    bool drained = false;
    QString drainError;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, &drained, &drainError] {
            drained = worker->drain(&drainError);
            worker->close();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait(); // the worker is deleted on its thread (finished -> deleteLater)
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
    if (!drained && error)
        *error = drainError;
    return drained;
}

bool CallLogWriter::isRunning() const
{
    return m_thread != nullptr;
}

void CallLogWriter::enqueue(CallRecord record)
{
    QMutexLocker lock(&m_shared->mutex);
    Shared &s = *m_shared;
    if (!s.accepting || int(s.queue.size()) + s.inFlight >= s.maxPending) {
        const qint64 dropped = ++s.dropped;
        const bool stopped = !s.accepting;
        lock.unlock();
        if (dropped % 1000 == 1) // the first drop, then every thousandth
            qCWarning(lcStorage) << (stopped ? "Call log writer stopped" : "Call log queue full")
                                 << "- dropping calls; dropped so far:" << dropped;
        return;
    }
    s.queue.push_back(std::move(record));
    if (s.flushScheduled || !s.worker)
        return;
    s.flushScheduled = true;
    // Posted under the mutex so that stop() cannot delete the worker in between.
    Worker *worker = s.worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->scheduleFlush(); }, Qt::QueuedConnection);
}

int CallLogWriter::pendingCount() const
{
    QMutexLocker lock(&m_shared->mutex);
    return int(m_shared->queue.size()) + m_shared->inFlight;
}

qint64 CallLogWriter::droppedCount() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->dropped;
}

qint64 CallLogWriter::writtenCount() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->written;
}

QString CallLogWriter::lastError() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->lastError;
}
