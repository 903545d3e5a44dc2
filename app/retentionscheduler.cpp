#include "retentionscheduler.h"

#include "proxyconfig.h"

#include <QDateTime>
#include <QLocale>
#include <QtConcurrent>

RetentionScheduler::RetentionScheduler(QString databaseFile, QString configFile, QObject *parent)
    : QObject(parent), m_databaseFile(std::move(databaseFile)), m_configFile(std::move(configFile)),
      m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RetentionScheduler::runNow);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &RetentionScheduler::onFinished);
}

RetentionScheduler::~RetentionScheduler()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

void RetentionScheduler::start()
{
    m_timer.start();
    QTimer::singleShot(m_firstRunDelayMs, this, &RetentionScheduler::runNow);
}

bool RetentionScheduler::runNow()
{
    if (m_watcher.isRunning())
        return false;
    const QString databaseFile = m_databaseFile;
    const QString configFile = m_configFile;
    CallRetention::Options options = m_options;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([=]() mutable {
        Outcome outcome;
        const ConfigResult config = ConfigLoader::loadFile(configFile);
        if (!config.config) {
            outcome.error = config.error;
            return outcome;
        }
        outcome.days = config.config->retentionDays;
        const auto cutoff
            = CallRetention::cutoffFor(QDateTime::currentMSecsSinceEpoch(), outcome.days);
        if (!cutoff) {
            outcome.result = CallRetention::Result();
            return outcome;
        }
        options.cancel = cancel.get();
        outcome.result
            = CallRetention::deleteBefore(databaseFile, *cutoff, options, &outcome.error);
        return outcome;
    }));
    Q_EMIT runningChanged();
    return true;
}

void RetentionScheduler::onFinished()
{
    const Outcome outcome = m_watcher.result();
    if (!outcome.result) {
        m_lastDeletedCalls = 0;
        m_lastResult = tr("Old calls could not be deleted: %1").arg(outcome.error);
        Q_EMIT lastResultChanged();
        Q_EMIT runningChanged();
        Q_EMIT failed(m_lastResult);
        Q_EMIT finished(0);
        return;
    }
    m_lastDeletedCalls = outcome.result->deletedCalls;
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    if (outcome.days <= 0) {
        m_lastResult = tr("%1: retention is off, all calls are kept.").arg(time);
    } else {
        const QString calls = tr("%Ln call(s)", "", int(qMin<qint64>(m_lastDeletedCalls, INT_MAX)));
        m_lastResult
            = tr("%1: deleted %2 older than %Ln day(s).", "", outcome.days).arg(time, calls);
    }
    Q_EMIT lastResultChanged();
    Q_EMIT runningChanged();
    Q_EMIT finished(m_lastDeletedCalls);
}
