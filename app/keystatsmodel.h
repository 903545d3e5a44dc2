#pragma once

#include "ledgerreader.h"

#include <QAbstractListModel>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

#include <optional>

// The Keys page: one row per client key (by its derived id) with its requests, tokens, cost,
// share of the spend, success rate, p50/p95 latency, last use and daily cost over the range,
// most expensive first. Keys the ledger knows without calls in the range are listed too (with
// zeros), so that a key can be labelled before or between uses; calls sent without a key form
// one "(no key)" row when the range has any (its last use is the last such call in the range;
// a key's is the last call ever). Everything is read in one task on the reader's worker, again
// when the range changes or the proxy writes calls; a refresh patches rows in place
// (dataChanged, rowsInserted/Removed/Moved), never a reset, so a view keeps its current row.
class KeyStatsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(LedgerReader *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(qint64 fromMs READ fromMs WRITE setFromMs NOTIFY rangeChanged)
    Q_PROPERTY(qint64 toMs READ toMs WRITE setToMs NOTIFY rangeChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(double totalCost READ totalCost NOTIFY totalCostChanged)
    Q_PROPERTY(QString totalCostText READ totalCostText NOTIFY totalCostChanged)

public:
    enum Role {
        KeyIdRole = Qt::UserRole,
        LabelRole,
        DisplayNameRole,
        HintRole,
        HasKeyRole, // false for the row of calls sent without a key: no label, no own pages
        RequestsRole,
        RequestsTextRole,
        TokensTextRole,
        CostRole,
        CostTextRole,
        SuccessRateTextRole,
        P50TextRole,
        P95TextRole,
        P50UsRole, // latency in µs, undefined without calls
        P95UsRole,
        LastUsedMsRole,
        LastUsedTextRole,
        ShareRole,
        ShareTextRole,
        SparklineRole, // QList<qreal>: the cost of each day of the range
    };
    Q_ENUM(Role)

    // One row as the worker reads it.
    struct KeyStats
    {
        QString keyId; // empty: calls without a key
        QString label;
        QString hint;
        qint64 requests = 0;
        qint64 errors = 0;
        qint64 tokens = 0;
        double costUsd = 0;
        double share = 0; // of the cost of all rows
        std::optional<double> p50Us;
        std::optional<double> p95Us;
        qint64 lastUsedMs = 0; // 0: never
        QList<qreal> dailyCost;

        friend bool operator==(const KeyStats &a, const KeyStats &b);
        friend bool operator!=(const KeyStats &a, const KeyStats &b) { return !(a == b); }
    };

    // What one query yields: every row, sorted, or the error that stopped it.
    struct Snapshot
    {
        QList<KeyStats> rows;
        double totalCostUsd = 0;
        QString error;
    };

    explicit KeyStatsModel(QObject *parent = nullptr);

    LedgerReader *ledger() const { return m_ledger; }
    void setLedger(LedgerReader *ledger);
    qint64 fromMs() const { return m_fromMs; }
    void setFromMs(qint64 ms);
    qint64 toMs() const { return m_toMs; }
    void setToMs(qint64 ms);
    bool loading() const { return m_loading; }
    QString errorString() const { return m_error; }
    int count() const { return int(m_rows.size()); }
    double totalCost() const { return m_totalCost; }
    QString totalCostText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Saves the label on the reader's worker (an empty one clears it), then updates the row and
    // tells every page through LedgerReader::ledgerChanged(). False when there is nothing to
    // save to (no ledger, or the row of calls without a key); the outcome is labelSaved() or
    // errorString.
    Q_INVOKABLE bool setLabel(const QString &keyId, const QString &label);
    Q_INVOKABLE int rowOf(const QString &keyId) const;
    // Queries again now (tests, a "refresh" action).
    Q_INVOKABLE void reload();

    // "just now", "5 min ago", "3 h ago", "yesterday", else the local date; "never" for 0.
    static QString lastUsedText(qint64 ms, qint64 nowMs, const QLocale &locale = QLocale());

Q_SIGNALS:
    void ledgerChanged();
    void rangeChanged();
    void loadingChanged();
    void errorStringChanged();
    void countChanged();
    void totalCostChanged();
    void refreshed(); // a query's result was applied (or failed: see errorString)
    void labelSaved(const QString &keyId);

private:
    void scheduleQuery();
    void apply(const Snapshot &snapshot);
    void setLoading(bool loading);
    void setError(const QString &error);

    QPointer<LedgerReader> m_ledger;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    QList<KeyStats> m_rows;
    double m_totalCost = 0;
    QString m_error;
    bool m_loading = false;
    QTimer m_coalesce; // one query for several inputs changed in one go
    QTimer m_clock; // keeps "5 min ago" true while the window stays open
    LatestQuery<Snapshot> m_query{this};
};
