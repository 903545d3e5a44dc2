#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement run directly on the SQLite connection under a QSqlDatabase, for the
// writer's per-call statements. QtSql's binding costs more than SQLite's insert itself: in Qt 6.4
// every QSqlQuery::bindValue(int, …) formats a placeholder name with QString::arg() and hashes it,
// and exec() copies the bound QVariants and hands texts to SQLite as UTF-16 for it to convert; with
// the 31 columns of a call that was 54 % of the writer's instructions. Here values go straight to
// sqlite3_bind_*, texts converted to UTF-8 into buffers reused from one call to the next. Positions
// count from 0, like QSqlQuery's. Only for a QSQLITE connection whose plugin uses the system
// libsqlite3 this library links (Debian's does): prepare() checks the driver's handle type and
// that both report the same SQLite version. Must be destroyed (it finalizes) before its
// connection closes.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The connection's sqlite3 handle, or nullptr if db is not an open QSQLITE connection of the
    // SQLite linked here.
    static sqlite3 *handle(const QSqlDatabase &db);

    bool prepare(const QSqlDatabase &db, const QString &sql);
    bool isPrepared() const { return m_stmt != nullptr; }

    void bindNull(int index);
    void bindInt(int index, qint64 value);
    void bindDouble(int index, double value);
    // An empty text binds "" (not NULL), a null QString too: SQL NULL is bindNull()'s.
    void bindText(int index, QStringView text);
    void bindUtf8(int index, QByteArrayView utf8);
    void bindTextOrNull(int index, QStringView text); // NULL for an empty text
    void bindBlobOrNull(int index, QByteArrayView bytes); // NULL for no bytes

    // Runs the statement to its end (no result rows are read) and resets it for the next values.
    bool exec();
    // For a query: the first row's first column into *value, *found = false without a row.
    bool queryInt(qint64 *value, bool *found);
    // Rows the last exec() inserted, updated or deleted.
    int changes() const;
    qint64 lastInsertRowId() const;
    // False outside BEGIN … COMMIT, also after an error that rolled the transaction back.
    bool isInTransaction() const;

    // Of the last failed prepare() or exec().
    QString errorText() const { return m_errorText; }
    int errorCode() const { return m_errorCode; } // SQLite's extended result code

private:
    void check(int result);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QByteArray &buffer(int index, qsizetype size);

    // Per parameter, the UTF-8 text SQLite reads at the next exec() (bound SQLITE_STATIC, so
    // neither side allocates per value once the buffers have grown).
    std::vector<QByteArray> m_texts;
    QString m_errorText;
    int m_errorCode = 0;
    bool m_bindFailed = false;
};
