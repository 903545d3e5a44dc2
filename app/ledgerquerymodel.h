#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

class LedgerReader;

// Base of the dashboard's models: what they query (ledger, time range, optionally one client
// key) and how (asynchronously on the reader's workers, again whenever an input changes or the
// proxy writes calls). Changes of several inputs in one go (a QML binding update) coalesce
// into one query. Subclasses implement startQuery() and apply results in place.
class LedgerQueryModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Abstract base of the dashboard models")
    Q_PROPERTY(LedgerReader *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(qint64 fromMs READ fromMs WRITE setFromMs NOTIFY rangeChanged)
    Q_PROPERTY(qint64 toMs READ toMs WRITE setToMs NOTIFY rangeChanged)
    Q_PROPERTY(QString clientKeyId READ clientKeyId WRITE setClientKeyId NOTIFY clientKeyIdChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit LedgerQueryModel(QObject *parent = nullptr);

    LedgerReader *ledger() const { return m_ledger; }
    void setLedger(LedgerReader *ledger);
    qint64 fromMs() const { return m_fromMs; }
    void setFromMs(qint64 ms);
    qint64 toMs() const { return m_toMs; }
    void setToMs(qint64 ms);
    QString clientKeyId() const { return m_clientKeyId; }
    void setClientKeyId(const QString &keyId);
    bool loading() const { return m_loading; }
    QString errorString() const { return m_error; }
    int count() const { return rowCount(); }

    // Queries again now (tests, a "refresh" action).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void ledgerChanged();
    void rangeChanged();
    void clientKeyIdChanged();
    void loadingChanged();
    void errorStringChanged();
    void countChanged();
    void refreshed(); // a result was applied

protected:
    // Start the query for the current inputs; call finishQuery() with its outcome.
    virtual void startQuery() = 0;
    void finishQuery(const QString &error);
    void setErrorString(const QString &error);
    void scheduleQuery();
    // Whether the inputs allow a query: a ledger and a non-empty range by default.
    virtual bool canQuery() const { return m_ledger && m_toMs > m_fromMs; }

private:
    void setLoading(bool loading);

    QPointer<LedgerReader> m_ledger;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    QString m_clientKeyId;
    bool m_loading = false;
    QString m_error;
    QTimer m_coalesce;
};
