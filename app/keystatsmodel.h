#pragma once

#include "ledgerquerymodel.h"
#include "ledgerreader.h"

#include <QList>
#include <QLocale>
#include <QQmlEngine>
#include <QTimer>
#include <QtNumeric>

#include <functional>
#include <optional>

// The Keys page: one row per client key (by its derived id) with its requests, tokens, cost,
// share of the spend, success rate, p50/p95 latency, last use and daily cost over the range,
// most expensive first. Keys the ledger knows without calls in the range are listed too (with
// zeros), so that a key can be labelled before or between uses; calls sent without a key form
// one "(no key)" row when the range has any (its last use is the last such call in the range;
// a key's is the last call ever). Everything is read in one task on the reader's worker, again
// when the range changes or the proxy writes calls; a refresh patches rows in place
// (dataChanged, rowsInserted/Removed/Moved), never a reset, so a view keeps its current row.
// Each key also carries its settings: disabled (the proxy refuses its calls) and a monthly
// budget, shown against the key's spend in the current calendar month of local time.
// The base class's clientKeyId is not used: every key is a row.
class KeyStatsModel : public LedgerQueryModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(double totalCost READ totalCost NOTIFY totalCostChanged)
    Q_PROPERTY(QString totalCostText READ totalCostText NOTIFY totalCostChanged)
    // Why the last setBudget() was refused or failed; empty after a successful one.
    Q_PROPERTY(QString budgetError READ budgetError NOTIFY budgetErrorChanged)

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
        DisabledRole,
        BudgetUsdRole, // undefined without a budget
        BudgetTextRole, // "" without a budget
        MonthSpendRole, // cost in the current calendar month (local time)
        MonthSpendTextRole,
        BudgetShareRole, // month spend / budget (above 1: over budget); 0 without a budget
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
        bool disabled = false;
        double budgetUsd = qQNaN(); // NaN: no budget
        double monthSpendUsd = 0;

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
    QString budgetError() const { return m_budgetError; }

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
    // Disables or enables the row's key; the proxy learns of it through
    // LedgerReader::ledgerChanged(). False for no ledger or the row of calls without a key.
    Q_INVOKABLE bool setDisabled(int row, bool disabled);
    // Sets the row's monthly budget from what the user typed: empty for none, else a number of
    // US dollars of at least 0 ("$" and the locale's or a plain decimal point accepted).
    // False, with budgetError set, when the text is no such number.
    Q_INVOKABLE bool setBudget(int row, const QString &text);
    Q_INVOKABLE void clearBudgetError() { setBudgetError({}); }

    // The text as a budget: nullopt for none; *ok false when it is not a valid budget.
    static std::optional<double> parseBudget(const QString &text, bool *ok,
                                             const QLocale &locale = QLocale());
    // The calendar month of local time that holds ms.
    static TimeRange monthOf(qint64 ms);
    // The month whose spend budgets are set against: the one holding msInMonth, or the current
    // one for 0 (the default). Tests pin it.
    void setBudgetMonth(qint64 msInMonth);

    // "just now", "5 min ago", "3 h ago", "yesterday", else the local date; "never" for 0.
    static QString lastUsedText(qint64 ms, qint64 nowMs, const QLocale &locale = QLocale());

Q_SIGNALS:
    void totalCostChanged();
    void labelSaved(const QString &keyId);
    void budgetErrorChanged();
    void settingsSaved(const QString &keyId); // disabled or budget

protected:
    void startQuery() override;

private:
    void apply(const Snapshot &snapshot);
    void setBudgetError(const QString &error);
    // Runs write on the reader's worker; on success applies update to the key's row.
    bool saveSetting(int row, std::function<bool(CallQueries &)> write,
                     std::function<void(KeyStats &)> update);

    QList<KeyStats> m_rows;
    double m_totalCost = 0;
    QString m_budgetError;
    qint64 m_budgetMonthMs = 0;
    QTimer m_clock; // keeps "5 min ago" true while the window stays open
    LatestQuery<Snapshot> m_query{this};
};
