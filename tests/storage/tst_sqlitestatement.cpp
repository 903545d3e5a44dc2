#include "sqlitestatement.h"
#include "testrecords.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestRecords;

class TstSqliteStatement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    Database newDatabase()
    {
        Database db = openForTest(m_dir.filePath(QStringLiteral("s-%1.sqlite").arg(++m_serial)));
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, "
                                       "d REAL, s TEXT, b BLOB, u TEXT NOT NULL UNIQUE)")))
            qFatal("Cannot create the test table");
        return db;
    }

    static QString row(const Database &db, qint64 id)
    {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("SELECT typeof(i), i, typeof(d), d, typeof(s), s, "
                                     "typeof(b), hex(b), u FROM t WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return QStringLiteral("no row");
        QStringList values;
        for (int i = 0; i < 9; ++i)
            values.append(query.value(i).toString());
        return values.join(QLatin1Char('|'));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void bindsEachType()
    {
        Database db = newDatabase();
        SqliteStatement insert;
        QVERIFY2(
            insert.prepare(db.connection(),
                           QStringLiteral("INSERT INTO t (i, d, s, b, u) VALUES (?, ?, ?, ?, ?)")),
            qPrintable(insert.errorText()));
        insert.bindInt(0, Q_INT64_C(9007199254740993)); // not exact as a double
        insert.bindDouble(1, 0.1);
        insert.bindText(2, QStringLiteral("Ünïcödé ✓ 速率"));
        insert.bindBlobOrNull(3, QByteArray("\x00\xff", 2));
        insert.bindUtf8(4, "ü-utf8");
        QVERIFY(insert.exec());
        QCOMPARE(insert.changes(), 1);
        const qint64 first = insert.lastInsertRowId();
        QCOMPARE(row(db, first),
                 QStringLiteral("integer|9007199254740993|real|0.1|text|Ünïcödé ✓ 速率|blob|"
                                "00FF|ü-utf8"));

        // Rebinding replaces every value: a shorter text after a longer one, empty and null
        // texts ("" both), and NULLs.
        insert.bindNull(0);
        insert.bindNull(1);
        insert.bindText(2, QString());
        insert.bindBlobOrNull(3, QByteArray());
        insert.bindText(4, QStringLiteral("x"));
        QVERIFY(insert.exec());
        QCOMPARE(row(db, insert.lastInsertRowId()), QStringLiteral("null||null||text||null||x"));

        insert.bindInt(0, 1);
        insert.bindDouble(1, 1);
        insert.bindTextOrNull(2, QStringLiteral(""));
        insert.bindBlobOrNull(3, QByteArray());
        insert.bindUtf8(4, QByteArray());
        QVERIFY(insert.exec());
        QCOMPARE(row(db, insert.lastInsertRowId()),
                 QStringLiteral("integer|1|real|1|null||null||"));
    }

    void reportsErrorsAndRecovers()
    {
        Database db = newDatabase();
        SqliteStatement bad;
        QVERIFY(!bad.prepare(db.connection(), QStringLiteral("INSERT INTO missing VALUES (?)")));
        QVERIFY2(bad.errorText().contains(QLatin1String("missing")), qPrintable(bad.errorText()));
        QVERIFY(!bad.exec()); // not prepared

        SqliteStatement insert;
        QVERIFY(insert.prepare(db.connection(), QStringLiteral("INSERT INTO t (u) VALUES (?)")));
        insert.bindText(0, QStringLiteral("same"));
        QVERIFY(insert.exec());
        insert.bindText(0, QStringLiteral("same"));
        QVERIFY(!insert.exec());
        QCOMPARE(insert.errorCode(), 2067); // SQLITE_CONSTRAINT_UNIQUE
        QVERIFY2(insert.errorText().contains(QLatin1String("UNIQUE")),
                 qPrintable(insert.errorText()));
        insert.bindText(0, QStringLiteral("other")); // usable again after the failure
        QVERIFY(insert.exec());

        insert.bindText(5, QStringLiteral("no such parameter"));
        insert.bindText(0, QStringLiteral("third"));
        QVERIFY(!insert.exec()); // the failed bind is reported, nothing is written
        QCOMPARE(insert.errorCode(), 25); // SQLITE_RANGE
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM t")), 2);
    }

    void queriesOneInteger()
    {
        Database db = newDatabase();
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t (id, u) VALUES (42, 'k')")));
        SqliteStatement select;
        QVERIFY(select.prepare(db.connection(), QStringLiteral("SELECT id FROM t WHERE u = ?")));
        qint64 id = 0;
        bool found = false;
        select.bindUtf8(0, "k");
        QVERIFY(select.queryInt(&id, &found));
        QVERIFY(found);
        QCOMPARE(id, 42);
        select.bindUtf8(0, "absent");
        QVERIFY(select.queryInt(&id, &found));
        QVERIFY(!found);
    }

    void knowsItsTransaction()
    {
        Database db = newDatabase();
        SqliteStatement insert;
        QVERIFY(insert.prepare(db.connection(), QStringLiteral("INSERT INTO t (u) VALUES ('a')")));
        QVERIFY(!insert.isInTransaction());
        QVERIFY(db.connection().transaction());
        QVERIFY(insert.exec());
        QVERIFY(insert.isInTransaction());
        QVERIFY(db.connection().rollback());
        QVERIFY(!insert.isInTransaction());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM t")), 0);
    }

    void refusesOtherConnections()
    {
        QVERIFY(!SqliteStatement::handle(QSqlDatabase()));
        SqliteStatement statement;
        QVERIFY(!statement.prepare(QSqlDatabase(), QStringLiteral("SELECT 1")));
        QVERIFY(!statement.errorText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSqliteStatement)
#include "tst_sqlitestatement.moc"
