#pragma once

#include "callqueries.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <type_traits>

// What a query run by LedgerReader hands back: its value, or why there is none.
template<typename T>
struct ReadResult
{
    T value{};
    QString error; // empty on success
};

// The window's read access to the ledger. Queries run on a small thread pool of the reader's
// own, each worker thread with its own CallQueries connection (QtSql connections never cross
// threads), so no query ever blocks the GUI thread. The reader also tells its models when the
// proxy has written new calls (callsChanged, at most a few times per second however busy the
// proxy is), so that views refresh in place instead of polling.
class LedgerReader : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(QString location READ location CONSTANT)

public:
    // Before any query, the first worker creates and migrates the database if needed, so that
    // the window works before the proxy's writer has started (or when it could not).
    explicit LedgerReader(const QString &location, QObject *parent = nullptr);
    ~LedgerReader() override; // waits for running queries

    QString location() const { return m_location; }

    // Runs query(queries) on a worker thread. The result's error is the open error, else
    // CallQueries::lastError() after the query.
    template<typename Query>
    auto run(Query query) -> QFuture<ReadResult<std::invoke_result_t<Query, CallQueries &>>>
    {
        using T = std::invoke_result_t<Query, CallQueries &>;
        return QtConcurrent::run(&m_pool, [location = m_location, query]() {
            ReadResult<T> result;
            CallQueries *queries = connectionForThisThread(location, &result.error);
            if (!queries)
                return result;
            result.value = query(*queries);
            result.error = queries->lastError();
            return result;
        });
    }

    // Call when the writer has committed new rows (any thread's event loop may deliver it).
    void notifyCallsWritten();
    void setChangeDelayMs(int ms) { m_changeTimer.setInterval(ms); }

    // No query is running or waiting.
    bool isIdle() const { return m_pool.activeThreadCount() == 0; }

Q_SIGNALS:
    // New calls are in the database; coalesced over changeDelayMs (default 500 ms).
    void callsChanged();
    // Something changed that no aggregate can patch (labels, repricing): refresh everything.
    void ledgerChanged();

private:
    static CallQueries *connectionForThisThread(const QString &location, QString *error);

    QString m_location;
    QThreadPool m_pool;
    QTimer m_changeTimer;
};

// Hands the result of the latest of an object's queries to a callback on the object's thread;
// the result of a query that a newer one superseded is dropped, so a slow old answer can never
// overwrite a fresh one. Not a QObject, so any model can hold one.
template<typename T>
class LatestQuery
{
public:
    explicit LatestQuery(QObject *owner) : m_owner(owner) { }

    bool isRunning() const { return m_running; }

    template<typename Query>
    void start(LedgerReader *reader, Query query, std::function<void(const ReadResult<T> &)> done)
    {
        const quint64 serial = ++m_serial;
        m_running = true;
        auto *watcher = new QFutureWatcher<ReadResult<T>>(m_owner);
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_owner,
                         [this, watcher, serial, done = std::move(done)] {
                             watcher->deleteLater();
                             if (serial != m_serial)
                                 return;
                             m_running = false;
                             done(watcher->result());
                         });
        watcher->setFuture(reader->run(std::move(query)));
    }

    // Drops the result of whatever is running.
    void cancel()
    {
        ++m_serial;
        m_running = false;
    }

private:
    QObject *m_owner;
    quint64 m_serial = 0;
    bool m_running = false;
};
