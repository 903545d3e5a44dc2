#include "sqlitestatement.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // A plugin built with its own copy of SQLite (Qt's -qt-sqlite) would hand over a handle of a
    // library other than the one linked here: refused unless at least the versions agree.
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT sqlite_version()")) || !version.next()
        || version.value(0).toString() != QLatin1String(sqlite3_libversion()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool SqliteStatement::prepare(const QSqlDatabase &db, const QString &sql)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = handle(db);
    if (!m_db) {
        m_errorCode = SQLITE_MISUSE;
        m_errorText = QStringLiteral("Not an open SQLite (QSQLITE) connection, or its plugin "
                                     "uses another SQLite library than %1")
                          .arg(QLatin1String(sqlite3_libversion()));
        return false;
    }
    const QByteArray utf8 = sql.toUtf8();
    const int result = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()),
                                          SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (result != SQLITE_OK) {
        m_errorCode = sqlite3_extended_errcode(m_db);
        m_errorText = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return false;
    }
    return true;
}

void SqliteStatement::check(int result)
{
    if (result == SQLITE_OK || m_bindFailed)
        return;
    // Kept until exec(), which reports it instead of running with a value missing.
    m_bindFailed = true;
    m_errorCode = result;
    m_errorText = QString::fromUtf8(sqlite3_errstr(result));
}

void SqliteStatement::bindNull(int index)
{
    check(sqlite3_bind_null(m_stmt, index + 1));
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, index + 1, value));
}

void SqliteStatement::bindDouble(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index + 1, value));
}

QByteArray &SqliteStatement::buffer(int index, qsizetype size)
{
    if (size_t(index) >= m_texts.size())
        m_texts.resize(size_t(index) + 1);
    QByteArray &text = m_texts[size_t(index)];
    text.resize(size); // keeps its capacity: no allocation once the longest text so far fits
    return text;
}

void SqliteStatement::bindText(int index, QStringView text)
{
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    QByteArray &utf8 = buffer(index, encoder.requiredSpace(text.size()));
    // data() of the buffer is never null (a null pointer would bind NULL), even for "".
    char *const begin = utf8.data();
    const char *const end = encoder.appendToBuffer(begin, text);
    // SQLITE_STATIC: SQLite reads the buffer when the statement runs, without copying it.
    check(sqlite3_bind_text64(m_stmt, index + 1, begin, sqlite3_uint64(end - begin), SQLITE_STATIC,
                              SQLITE_UTF8));
}

void SqliteStatement::bindUtf8(int index, QByteArrayView utf8)
{
    QByteArray &text = buffer(index, utf8.size());
    if (!utf8.isEmpty())
        memcpy(text.data(), utf8.data(), size_t(utf8.size()));
    check(sqlite3_bind_text64(m_stmt, index + 1, text.data(), sqlite3_uint64(utf8.size()),
                              SQLITE_STATIC, SQLITE_UTF8));
}

void SqliteStatement::bindTextOrNull(int index, QStringView text)
{
    if (text.isEmpty())
        bindNull(index);
    else
        bindText(index, text);
}

void SqliteStatement::bindBlobOrNull(int index, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        bindNull(index);
    else // copied: bodies can be large, and are rare
        check(sqlite3_bind_blob64(m_stmt, index + 1, bytes.data(), sqlite3_uint64(bytes.size()),
                                  SQLITE_TRANSIENT));
}

bool SqliteStatement::exec()
{
    if (!m_stmt) {
        m_errorCode = SQLITE_MISUSE;
        m_errorText = QStringLiteral("The statement is not prepared");
        return false;
    }
    if (m_bindFailed) {
        m_bindFailed = false;
        sqlite3_reset(m_stmt);
        return false;
    }
    int result = SQLITE_ROW;
    while (result == SQLITE_ROW)
        result = sqlite3_step(m_stmt);
    // After a failed step, reset() returns the same error; the message is the connection's.
    if (result != SQLITE_DONE) {
        m_errorCode = sqlite3_extended_errcode(m_db);
        m_errorText = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    sqlite3_reset(m_stmt);
    return result == SQLITE_DONE;
}

bool SqliteStatement::queryInt(qint64 *value, bool *found)
{
    *found = false;
    if (!m_stmt || m_bindFailed) {
        m_bindFailed = false;
        if (m_stmt)
            sqlite3_reset(m_stmt);
        else
            m_errorText = QStringLiteral("The statement is not prepared");
        return false;
    }
    const int result = sqlite3_step(m_stmt);
    if (result == SQLITE_ROW) {
        *found = true;
        *value = sqlite3_column_int64(m_stmt, 0);
    } else if (result != SQLITE_DONE) {
        m_errorCode = sqlite3_extended_errcode(m_db);
        m_errorText = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    sqlite3_reset(m_stmt);
    return result == SQLITE_ROW || result == SQLITE_DONE;
}

int SqliteStatement::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

bool SqliteStatement::isInTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}
