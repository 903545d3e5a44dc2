#include "testrecords.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TstTransaction : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static bool insertKey(const Database &db, const QString &key)
    {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("INSERT INTO client_keys (key_id) VALUES (?)"));
        query.addBindValue(key);
        return query.exec();
    }

private Q_SLOTS:
    void commitKeepsAndDestructorRollsBack()
    {
        Database db = TestRecords::openForTest(m_dir.filePath(QStringLiteral("t.sqlite")));
        {
            Transaction transaction(db.connection());
            QVERIFY(transaction.isActive());
            QVERIFY(insertKey(db, QStringLiteral("committed")));
            QVERIFY(transaction.commit());
            QVERIFY(!transaction.isActive());
            QVERIFY(!transaction.commit()); // twice is an error, not a crash
        }
        {
            Transaction transaction(db.connection());
            QVERIFY(insertKey(db, QStringLiteral("rolled-back")));
        } // no commit: rolled back here
        {
            Transaction transaction(db.connection());
            QVERIFY(insertKey(db, QStringLiteral("explicit")));
            transaction.rollback();
            QVERIFY(!transaction.isActive());
        }
        QCOMPARE(TestRecords::scalar(db, QStringLiteral("SELECT COUNT(*) FROM client_keys")), 1);
        QCOMPARE(
            TestRecords::scalar(
                db, QStringLiteral("SELECT COUNT(*) FROM client_keys WHERE key_id = 'committed'")),
            1);
    }
};

QTEST_GUILESS_MAIN(TstTransaction)
#include "tst_transaction.moc"
