#pragma once

#include "callfilter.h"
#include "calllogfilter.h"
#include "ledgerreader.h"
#include "usagetotals.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QThreadPool>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

// Writes what the window shows to a CSV file chosen by the user, with the same CsvExporter as
// `llmledger export`: the request log under a CallLogFilter (kind Log), or a report of the
// range's cost grouped by day, model, provider or key (kind Report). The export runs on a worker
// thread with its own database connection and streams the rows, so a million of them neither
// block the window nor sit in memory; progress, rowsWritten and rowsTotal follow it. The file is
// written through QSaveFile: a cancelled or failed export leaves the target as it was.
class ExportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(LedgerReader *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(Kind kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(Grouping groupBy READ groupBy WRITE setGroupBy NOTIFY groupByChanged)
    // Kind Log: the calls this filter selects (a preset range ends when the export starts).
    Q_PROPERTY(CallLogFilter *logFilter READ logFilter WRITE setLogFilter NOTIFY logFilterChanged)
    // Kind Report: the half-open range in unix ms and optionally one client key.
    Q_PROPERTY(qint64 fromMs READ fromMs WRITE setFromMs NOTIFY rangeChanged)
    Q_PROPERTY(qint64 toMs READ toMs WRITE setToMs NOTIFY rangeChanged)
    Q_PROPERTY(QString clientKeyId READ clientKeyId WRITE setClientKeyId NOTIFY rangeChanged)

    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged) // 0..1
    Q_PROPERTY(qint64 rowsWritten READ rowsWritten NOTIFY progressChanged)
    Q_PROPERTY(qint64 rowsTotal READ rowsTotal NOTIFY progressChanged) // -1 until known
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(QUrl lastFile READ lastFile NOTIFY lastFileChanged) // the last file written
    Q_PROPERTY(QString lastFilePath READ lastFilePath NOTIFY lastFileChanged) // for display
    // A file name for the current choice, in the folder of the last export (else Documents).
    Q_PROPERTY(QUrl suggestedFile READ suggestedFile NOTIFY suggestedFileChanged)
    Q_PROPERTY(QUrl suggestedFolder READ suggestedFolder NOTIFY suggestedFileChanged)

public:
    enum Kind { Log, Report };
    Q_ENUM(Kind)
    enum Grouping { ByDay, ByModel, ByProvider, ByKey };
    Q_ENUM(Grouping)

    explicit ExportController(QObject *parent = nullptr);
    ~ExportController() override; // cancels a running export and waits for it

    LedgerReader *ledger() const { return m_ledger; }
    void setLedger(LedgerReader *ledger);
    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    Grouping groupBy() const { return m_groupBy; }
    void setGroupBy(Grouping groupBy);
    CallLogFilter *logFilter() const { return m_logFilter; }
    void setLogFilter(CallLogFilter *filter);
    qint64 fromMs() const { return m_fromMs; }
    void setFromMs(qint64 ms);
    qint64 toMs() const { return m_toMs; }
    void setToMs(qint64 ms);
    QString clientKeyId() const { return m_clientKeyId; }
    void setClientKeyId(const QString &keyId);

    bool isRunning() const { return m_running; }
    double progress() const;
    qint64 rowsWritten() const { return m_rowsWritten; }
    qint64 rowsTotal() const { return m_rowsTotal; }
    QString errorString() const { return m_error; }
    QUrl lastFile() const { return m_lastFile; }
    QString lastFilePath() const;
    QUrl suggestedFile() const;
    QUrl suggestedFolder() const;

    // Starts writing the CSV to a local file; false (and errorString) if it cannot start.
    Q_INVOKABLE bool start(const QUrl &file);
    // Stops a running export; finished(false) follows and no file is left behind.
    Q_INVOKABLE void cancel();

    // The storage's grouping for a Grouping.
    static GroupBy toGroupBy(Grouping grouping);

Q_SIGNALS:
    void ledgerChanged();
    void kindChanged();
    void groupByChanged();
    void logFilterChanged();
    void rangeChanged();
    void runningChanged();
    void progressChanged();
    void errorStringChanged();
    void lastFileChanged();
    void suggestedFileChanged();
    // After every started export; cancelled is true when cancel() stopped it.
    void finished(bool ok, bool cancelled);

private:
    struct Outcome
    {
        bool ok = false;
        QString error;
    };
    struct Job;

    static Outcome run(const Job &job, const std::shared_ptr<std::atomic_bool> &cancel,
                       const std::function<void(qint64, qint64)> &report);
    void setProgress(qint64 rows, qint64 total);
    void setErrorString(const QString &error);
    void finish(const Outcome &outcome);

    QPointer<LedgerReader> m_ledger;
    QPointer<CallLogFilter> m_logFilter;
    Kind m_kind = Log;
    Grouping m_groupBy = ByDay;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    QString m_clientKeyId;

    bool m_running = false;
    qint64 m_rowsWritten = 0;
    qint64 m_rowsTotal = -1;
    QString m_error;
    QUrl m_lastFile;
    QString m_path; // of the running export
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThreadPool m_pool; // one worker: exports never compete with the window's queries
    QFutureWatcher<Outcome> m_watcher;
};
