#include "transaction.h"

#include "storagelog.h"

#include <QSqlError>

Transaction::Transaction(const QSqlDatabase &db) : m_db(db)
{
    m_active = m_db.transaction();
    if (!m_active)
        m_error = m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("No transaction is active");
        return false;
    }
    if (!m_db.commit()) {
        // Stay active: the destructor's rollback releases the locks of the failed commit.
        m_error = m_db.lastError().text();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (!m_db.rollback()) {
        m_error = m_db.lastError().text();
        qCWarning(lcStorage) << "Rollback failed:" << m_error;
    }
}
