#pragma once

#include "ledgerquerymodel.h"
#include "ledgerreader.h"

#include <QList>
#include <QLocale>
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
// The base class's clientKeyId is not used: every key is a row.
class KeyStatsModel : public LedgerQueryModel
{
    Q_OBJECT
    QML_ELEMENT
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

    double totalCost() const { return m_totalCost; }
    QString totalCostText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Saves the label on the reader's worker (an empty one clears it), then updates the row and
    // tells every page through LedgerReader::ledgerChanged(). False when there is nothing to
    // save to (no ledger, or the row of calls without a key); the outcome is labelSaved() or
    // errorString.
    Q_INVOKABLE bool setLabel(const QString &keyId, const QString &label);
    Q_INVOKABLE int rowOf(const QString &keyId) const;

    // "just now", "5 min ago", "3 h ago", "yesterday", else the local date; "never" for 0.
    static QString lastUsedText(qint64 ms, qint64 nowMs, const QLocale &locale = QLocale());

Q_SIGNALS:
    void totalCostChanged();
    void labelSaved(const QString &keyId);

protected:
    void startQuery() override;

private:
    void apply(const Snapshot &snapshot);

    QList<KeyStats> m_rows;
    double m_totalCost = 0;
    QTimer m_clock; // keeps "5 min ago" true while the window stays open
    LatestQuery<Snapshot> m_query{this};
};
