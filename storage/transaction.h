#pragma once

#include <QSqlDatabase>
#include <QString>

// A database transaction scoped to a C++ block: it begins in the constructor and rolls back in the
// destructor unless commit() succeeded, so an early return or a failed statement can never leave a
// half-written batch or migration behind. Not copyable; keep it shorter-lived than its Database.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // True between a successful begin and commit()/rollback().
    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};
