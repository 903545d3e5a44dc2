#include "exportcontroller.h"

#include "csvexporter.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

// What a worker needs, copied on the GUI thread: the worker never touches the controller.
struct ExportController::Job
{
    QString location;
    QString path;
    Kind kind = Log;
    CallFilter filter; // Log
    TimeRange range; // Report
    GroupBy by = GroupBy::Day;
    QString clientKeyId;
    int utcOffsetSeconds = 0;
};

ExportController::ExportController(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("ledger-export"));
    connect(&m_watcher, &QFutureWatcherBase::finished, this,
            [this] { finish(m_watcher.result()); });
}

ExportController::~ExportController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone();
}

void ExportController::setLedger(LedgerReader *ledger)
{
    if (m_ledger == ledger)
        return;
    m_ledger = ledger;
    Q_EMIT ledgerChanged();
}

void ExportController::setKind(Kind kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    Q_EMIT kindChanged();
    Q_EMIT suggestedFileChanged();
}

void ExportController::setGroupBy(Grouping groupBy)
{
    if (m_groupBy == groupBy)
        return;
    m_groupBy = groupBy;
    Q_EMIT groupByChanged();
    Q_EMIT suggestedFileChanged();
}

void ExportController::setLogFilter(CallLogFilter *filter)
{
    if (m_logFilter == filter)
        return;
    m_logFilter = filter;
    Q_EMIT logFilterChanged();
}

void ExportController::setFromMs(qint64 ms)
{
    if (m_fromMs == ms)
        return;
    m_fromMs = ms;
    Q_EMIT rangeChanged();
}

void ExportController::setToMs(qint64 ms)
{
    if (m_toMs == ms)
        return;
    m_toMs = ms;
    Q_EMIT rangeChanged();
}

void ExportController::setClientKeyId(const QString &keyId)
{
    if (m_clientKeyId == keyId)
        return;
    m_clientKeyId = keyId;
    Q_EMIT rangeChanged();
}

double ExportController::progress() const
{
    if (m_rowsTotal > 0)
        return qBound(0.0, double(m_rowsWritten) / double(m_rowsTotal), 1.0);
    return m_rowsTotal == 0 ? 1.0 : 0.0; // nothing to write is done at once
}

QString ExportController::lastFilePath() const
{
    return QDir::toNativeSeparators(m_lastFile.toLocalFile());
}

QUrl ExportController::suggestedFolder() const
{
    QString folder = m_lastFile.isLocalFile()
        ? QFileInfo(m_lastFile.toLocalFile()).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QUrl::fromLocalFile(folder);
}

QUrl ExportController::suggestedFile() const
{
    static const char *const groupNames[] = {"day", "model", "provider", "key"};
    const QString what = m_kind == Log
        ? QStringLiteral("calls")
        : QString(QLatin1String("cost-by-") + QLatin1String(groupNames[m_groupBy]));
    return QUrl::fromLocalFile(
        QDir(suggestedFolder().toLocalFile())
            .filePath(QStringLiteral("llmledger-%1-%2.csv")
                          .arg(what, QDate::currentDate().toString(Qt::ISODate))));
}

GroupBy ExportController::toGroupBy(Grouping grouping)
{
    switch (grouping) {
    case ByDay:
        return GroupBy::Day;
    case ByModel:
        return GroupBy::Model;
    case ByProvider:
        return GroupBy::Provider;
    case ByKey:
        return GroupBy::Key;
    }
    return GroupBy::Day;
}

bool ExportController::start(const QUrl &file)
{
    if (m_running)
        return false;
    if (!file.isLocalFile()) {
        setErrorString(tr("Choose a file on this computer to export to."));
        return false;
    }
    if (!m_ledger) {
        setErrorString(tr("There is no ledger to export from."));
        return false;
    }
    Job job;
    job.location = m_ledger->location();
    job.path = file.toLocalFile();
    job.kind = m_kind;
    if (m_kind == Log) {
        if (!m_logFilter) {
            setErrorString(tr("There is no log filter to export."));
            return false;
        }
        job.filter = m_logFilter->toCallFilter(QDateTime::currentMSecsSinceEpoch());
    } else {
        if (m_toMs <= m_fromMs) {
            setErrorString(tr("The report's period is empty."));
            return false;
        }
        job.range = {m_fromMs, m_toMs};
        job.by = toGroupBy(m_groupBy);
        job.clientKeyId = m_clientKeyId;
        // Days of the local time zone, as on the dashboard.
        job.utcOffsetSeconds = QDateTime::fromMSecsSinceEpoch(m_fromMs).offsetFromUtc();
    }

    setErrorString(QString());
    m_rowsWritten = 0;
    m_rowsTotal = -1;
    Q_EMIT progressChanged();
    m_running = true;
    Q_EMIT runningChanged();

    m_cancel = std::make_shared<std::atomic_bool>(false);
    // The controller outlives the job (its destructor waits), so posting to it is safe.
    auto report = [this](qint64 rows, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, rows, total] { setProgress(rows, total); }, Qt::QueuedConnection);
    };
    m_path = job.path;
    m_watcher.setFuture(QtConcurrent::run(
        &m_pool, [job, cancel = m_cancel, report] { return run(job, cancel, report); }));
    return true;
}

void ExportController::cancel()
{
    if (m_running && m_cancel)
        m_cancel->store(true);
}

ExportController::Outcome ExportController::run(const Job &job,
                                                const std::shared_ptr<std::atomic_bool> &cancel,
                                                const std::function<void(qint64, qint64)> &report)
{
    Outcome outcome;
    QSaveFile file(job.path);
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.error = file.errorString();
        return outcome;
    }
    const CsvExporter::Progress progress = [&cancel, &report](qint64 rows, qint64 total) {
        if (cancel->load())
            return false;
        report(rows, total);
        return true;
    };
    const bool written = job.kind == Log
        ? CsvExporter::exportCalls(job.location, job.filter, &file, &outcome.error, progress)
        : CsvExporter::exportGroups(job.location, job.range, job.by, &file, &outcome.error,
                                    job.clientKeyId, job.utcOffsetSeconds, progress);
    if (!written || cancel->load()) {
        file.cancelWriting(); // the target stays as it was; the temporary file goes
        return outcome;
    }
    if (!file.commit()) {
        outcome.error = file.errorString();
        return outcome;
    }
    outcome.ok = true;
    return outcome;
}

void ExportController::setProgress(qint64 rows, qint64 total)
{
    if (!m_running || (rows == m_rowsWritten && total == m_rowsTotal))
        return;
    m_rowsWritten = rows;
    m_rowsTotal = total;
    Q_EMIT progressChanged();
}

void ExportController::setErrorString(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorStringChanged();
}

void ExportController::finish(const Outcome &outcome)
{
    const bool cancelled = !outcome.ok && m_cancel && m_cancel->load();
    m_cancel.reset();
    m_running = false;
    if (outcome.ok) {
        m_lastFile = QUrl::fromLocalFile(m_path);
        Q_EMIT lastFileChanged();
        Q_EMIT suggestedFileChanged();
    } else if (!cancelled) {
        setErrorString(outcome.error.isEmpty() ? tr("The export failed.") : outcome.error);
    }
    Q_EMIT runningChanged();
    Q_EMIT finished(outcome.ok, cancelled);
}
