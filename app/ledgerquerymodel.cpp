#include "ledgerquerymodel.h"

#include "ledgerreader.h"

LedgerQueryModel::LedgerQueryModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &LedgerQueryModel::reload);
    connect(this, &QAbstractItemModel::rowsInserted, this, &LedgerQueryModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &LedgerQueryModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &LedgerQueryModel::countChanged);
}

void LedgerQueryModel::setLedger(LedgerReader *ledger)
{
    if (m_ledger == ledger)
        return;
    if (m_ledger)
        m_ledger->disconnect(this);
    m_ledger = ledger;
    if (m_ledger) {
        connect(m_ledger, &LedgerReader::callsChanged, this, &LedgerQueryModel::scheduleQuery);
        connect(m_ledger, &LedgerReader::ledgerChanged, this, &LedgerQueryModel::scheduleQuery);
    }
    Q_EMIT ledgerChanged();
    scheduleQuery();
}

void LedgerQueryModel::setFromMs(qint64 ms)
{
    if (m_fromMs == ms)
        return;
    m_fromMs = ms;
    Q_EMIT rangeChanged();
    scheduleQuery();
}

void LedgerQueryModel::setToMs(qint64 ms)
{
    if (m_toMs == ms)
        return;
    m_toMs = ms;
    Q_EMIT rangeChanged();
    scheduleQuery();
}

void LedgerQueryModel::setClientKeyId(const QString &keyId)
{
    if (m_clientKeyId == keyId)
        return;
    m_clientKeyId = keyId;
    Q_EMIT clientKeyIdChanged();
    scheduleQuery();
}

void LedgerQueryModel::reload()
{
    m_coalesce.stop();
    if (!canQuery())
        return;
    setLoading(true);
    startQuery();
}

void LedgerQueryModel::scheduleQuery()
{
    m_coalesce.start();
}

void LedgerQueryModel::finishQuery(const QString &error)
{
    setErrorString(error);
    setLoading(false);
    Q_EMIT refreshed();
}

void LedgerQueryModel::setErrorString(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorStringChanged();
}

void LedgerQueryModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}
