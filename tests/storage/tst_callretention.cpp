#include "calllogwriter.h"
#include "callretention.h"
#include "testrecords.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace TestRecords;

// Retention against a real ledger filled through the writer: exactly the calls started
// before the cutoff go, with their bodies, in batches; the rollups stay as they were.
class TestCallRetention : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path() const { return m_dir.filePath(QStringLiteral("ledger.sqlite")); }

    // 23 calls: 13 on the days before day 0 (one per day at 12:00 for days -13..-1), one a
    // millisecond before the cutoff (day 0, 00:00), one exactly at it and 8 after it; every
    // other call has bodies.
    void seed()
    {
        QList<CallRecord> records;
        for (int day = -13; day <= -1; ++day)
            records << record("old" + QByteArray::number(-day), at(day, 12));
        records << record("just-before", at(0, 0) - 1);
        records << record("at-cutoff", at(0, 0));
        for (int hour = 1; hour <= 8; ++hour)
            records << record("new" + QByteArray::number(hour), at(0, hour));
        for (int i = 0; i < records.size(); i += 2) {
            records[i].requestBody = R"({"model":"gpt-4o"})";
            records[i].responseBody = R"({"id":"x"})";
        }
        CallLogWriter writer;
        QString error;
        QVERIFY2(writer.start(path(), &error), qPrintable(error));
        for (const CallRecord &r : std::as_const(records))
            writer.enqueue(r);
        QVERIFY2(writer.stop(&error), qPrintable(error));
        QCOMPARE(writer.writtenCount(), 23);
    }

    static QStringList requestIds(const Database &db)
    {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT request_id FROM calls ORDER BY started_at"));
        QStringList ids;
        while (query.next())
            ids << query.value(0).toString();
        return ids;
    }

    // Sums of every rollup, to compare before and after.
    static QList<qint64> rollupSums(const Database &db)
    {
        QList<qint64> sums;
        for (const char *sql : {
                 "SELECT SUM(requests) FROM usage_hourly",
                 "SELECT SUM(input_tokens + output_tokens) FROM usage_hourly",
                 "SELECT CAST(ROUND(SUM(cost_usd) * 1e6) AS INTEGER) FROM usage_hourly",
                 "SELECT SUM(requests) FROM usage_daily",
                 "SELECT SUM(requests) FROM usage_key_hourly",
                 "SELECT SUM(count) FROM latency_hourly",
                 "SELECT COUNT(*) FROM latency_daily",
             })
            sums << scalar(db, QLatin1String(sql));
        return sums;
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(path());
        QFile::remove(path() + QLatin1String("-wal"));
        QFile::remove(path() + QLatin1String("-shm"));
    }

    void deletesExactlyTheCallsBeforeTheCutoffInBatches()
    {
        seed();
        const Database db = openForTest(path());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM call_bodies")), 12);
        const QList<qint64> before = rollupSums(db);
        QCOMPARE(before.at(0), 23);
        QCOMPARE(before.at(3), 23);

        CallRetention::Options options;
        options.batchSize = 5;
        options.pauseMs = 0;
        QString error;
        const auto result = CallRetention::deleteBefore(path(), at(0, 0), options, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->deletedCalls, 14);
        QCOMPARE(result->batches, 3); // 5 + 5 + 4
        QVERIFY(!result->cancelled);

        QStringList expected{QStringLiteral("at-cutoff")};
        for (int hour = 1; hour <= 8; ++hour)
            expected << QStringLiteral("new%1").arg(hour);
        QCOMPARE(requestIds(db), expected);
        // Bodies of the deleted calls went with them: calls 14, 16, ... 22 (0-based) keep theirs.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM call_bodies")), 5);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM call_bodies b LEFT JOIN calls c "
                                       "ON c.id = b.call_id WHERE c.id IS NULL")),
                 0);
        QCOMPARE(rollupSums(db), before);

        // A second run has nothing left to do.
        const auto again = CallRetention::deleteBefore(path(), at(0, 0), options, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->deletedCalls, 0);
        QCOMPARE(again->batches, 0);
    }

    void aBatchSizeDividingTheCountEndsWithAnEmptyBatch()
    {
        seed();
        CallRetention::Options options;
        options.batchSize = 7;
        options.pauseMs = 0;
        QString error;
        const auto result = CallRetention::deleteBefore(path(), at(0, 0), options, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->deletedCalls, 14);
        QCOMPARE(result->batches, 2);
        const Database db = openForTest(path());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM calls")), 9);
        QCOMPARE(scalar(db, QStringLiteral("SELECT MIN(started_at) FROM calls")), at(0, 0));
    }

    void cancelStopsBeforeTheNextBatch()
    {
        seed();
        std::atomic_bool cancel{true};
        CallRetention::Options options;
        options.cancel = &cancel;
        QString error;
        const auto result = CallRetention::deleteBefore(path(), at(0, 0), options, &error);
        QVERIFY2(result, qPrintable(error));
        QVERIFY(result->cancelled);
        QCOMPARE(result->deletedCalls, 0);
        const Database db = openForTest(path());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM calls")), 23);
    }

    void aMissingDatabaseHasNothingToDelete()
    {
        QString error;
        const auto result
            = CallRetention::deleteBefore(path(), at(0, 0), CallRetention::Options(), &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->deletedCalls, 0);
        QVERIFY(!QFileInfo::exists(path()));
    }

    void aBrokenDatabaseIsAnError()
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QString error;
        QVERIFY(!CallRetention::deleteBefore(path(), at(0, 0), CallRetention::Options(), &error));
        QVERIFY(!error.isEmpty());
    }

    void cutoffIsDaysBeforeNow()
    {
        QCOMPARE(CallRetention::cutoffFor(at(30, 6), 30), std::optional<qint64>(at(0, 6)));
        QCOMPARE(CallRetention::cutoffFor(at(30, 6), 1), std::optional<qint64>(at(29, 6)));
        QVERIFY(!CallRetention::cutoffFor(at(30, 6), 0));
        QVERIFY(!CallRetention::cutoffFor(at(30, 6), -3));
    }
};

QTEST_GUILESS_MAIN(TestCallRetention)
#include "tst_callretention.moc"
