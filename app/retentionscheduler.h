#pragma once

#include "callretention.h"

#include <QFutureWatcher>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <atomic>
#include <memory>

// Applies the retention setting (`retention_days` in the config file) to the ledger: a while
// after start() and then every 6 hours, and when the user asks (runNow(), "Delete now" on the
// Settings page). Each run reads the config file afresh, so a changed setting counts from the
// next run on; it deletes on a worker thread with its own connection (CallRetention), in short
// batches, so neither the window nor the proxy's writer waits. One run at a time; destroying
// the scheduler stops a run between two batches and waits for it.
class RetentionScheduler : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(QString databaseFile READ databaseFile CONSTANT)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    // What the last run did, for the page ("Deleted 1,204 calls …"); "" before the first.
    Q_PROPERTY(QString lastResult READ lastResult NOTIFY lastResultChanged)

public:
    RetentionScheduler(QString databaseFile, QString configFile, QObject *parent = nullptr);
    ~RetentionScheduler() override;

    static constexpr int DefaultIntervalMs = 6 * 3600 * 1000;
    // Lets the window's first queries and the writer's migrations go first.
    static constexpr int DefaultFirstRunDelayMs = 60 * 1000;
    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    void setFirstRunDelayMs(int ms) { m_firstRunDelayMs = ms; }
    void setBatchSize(int rows) { m_options.batchSize = rows; }
    void setPauseMs(int ms) { m_options.pauseMs = ms; }

    // Runs once after the first-run delay and then at every interval.
    void start();

    QString databaseFile() const { return m_databaseFile; }
    bool running() const { return m_watcher.isRunning(); }
    QString lastResult() const { return m_lastResult; }
    qint64 lastDeletedCalls() const { return m_lastDeletedCalls; }

    // Starts a run now unless one is running; false when none was started (one is running).
    Q_INVOKABLE bool runNow();

Q_SIGNALS:
    void runningChanged();
    void lastResultChanged();
    // A run ended; deletedCalls > 0 means the ledger's views should refresh.
    void finished(qint64 deletedCalls);
    // A run failed (unreadable config or database); also in lastResult.
    void failed(const QString &message);

private:
    struct Outcome
    {
        int days = 0;
        std::optional<CallRetention::Result> result;
        QString error;
    };
    void onFinished();

    QString m_databaseFile;
    QString m_configFile;
    int m_firstRunDelayMs = DefaultFirstRunDelayMs;
    CallRetention::Options m_options; // without cancel: m_cancel is set per run
    QTimer m_timer;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_lastResult;
    qint64 m_lastDeletedCalls = 0;
};
