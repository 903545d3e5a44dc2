#include "calllogwriter.h"
#include "testrecords.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <ctime>

using namespace TestRecords;

class TstCallLogWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("writer-%1.sqlite").arg(++m_serial)); }

    static qint64 count(const Database &db, const char *table)
    {
        return scalar(db, QLatin1String("SELECT COUNT(*) FROM ") + QLatin1String(table));
    }

    static CallLogWriterOptions fastOptions()
    {
        CallLogWriterOptions options;
        options.flushDelayMs = 5;
        options.busyTimeoutMs = 50;
        options.maxBackoffMs = 200;
        return options;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void enqueueFromAnotherThreadAndStopFlushesAll()
    {
        const QString path = newPath();
        CallLogWriter writer;
        int signalled = 0; // counted on this thread: the signal arrives queued, as in the UI
        connect(&writer, &CallLogWriter::rowsWritten, this,
                [&signalled](int count) { signalled += count; });
        QString error;
        QVERIFY2(writer.start(path, &error), qPrintable(error));

        const int total = 5000;
        QThread *producer = QThread::create([&writer] {
            for (int i = 0; i < total; ++i)
                writer.enqueue(record("req-" + QByteArray::number(i), at(0, 10) + i));
        });
        producer->start();
        QVERIFY(producer->wait(30000));
        delete producer;
        QVERIFY(writer.stop(&error));
        QVERIFY(!writer.isRunning());
        QCOMPARE(writer.pendingCount(), 0);
        QCOMPARE(writer.droppedCount(), 0);
        QCOMPARE(writer.writtenCount(), total);

        QCoreApplication::processEvents(); // deliver the queued rowsWritten signals
        QCOMPARE(signalled, total);

        Database db = openForTest(path, Database::MigrationPolicy::NoMigrate);
        QCOMPARE(count(db, "calls"), total);
        QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(requests) FROM usage_hourly")), total);
        QCOMPARE(count(db, "call_bodies"), 0);
    }

    void writesLiveWithoutStop()
    {
        CallLogWriter writer;
        writer.setOptions(fastOptions());
        QList<int> written;
        connect(&writer, &CallLogWriter::rowsWritten, this,
                [&written](int count) { written.append(count); });
        QVERIFY(writer.start(newPath()));
        writer.enqueue(record("live-1", at(0, 1)));
        QTRY_COMPARE(written, QList<int>({1}));
        QCOMPARE(writer.pendingCount(), 0);
    }

    void recordsBeforeStartAreKept()
    {
        const QString path = newPath();
        CallLogWriter writer;
        writer.enqueue(record("early", at(0, 1)));
        QCOMPARE(writer.pendingCount(), 1);
        QVERIFY(writer.start(path));
        QVERIFY(writer.stop());
        Database db = openForTest(path);
        QCOMPARE(count(db, "calls"), 1);
    }

    void rollupsKeysAndBodies()
    {
        const QString path = newPath();
        CallLogWriter writer;
        QVERIFY(writer.start(path));

        CallRecord a = record("a", at(0, 10, 15));
        a.clientKeyId = QStringLiteral("k1");
        a.clientKeyHint = QStringLiteral("sk-…1111");
        a.usage = {1000, 200, 0, 0, 500, 100};
        a.costUsd = 0.25;
        a.streamed = true;
        a.ttftUs = 300;
        a.latencyUs = 1000;
        a.requestBody = "{\"model\":\"gpt-4o\"}";
        a.responseBody = QByteArray("\x00\x01binary", 8);

        CallRecord b = record("b", at(0, 10, 59, 59, 999)); // same hour, same group
        b.clientKeyId = QStringLiteral("k1");
        b.usage = {50, 0, 10, 5, 5, 0};
        b.costUsd.reset(); // unknown price
        b.httpStatus = 429;
        b.latencyUs = 3000;
        b.cacheHit = true;
        b.responseBody = "only a response";

        CallRecord c = record("c", at(0, 11)); // next hour, served model unknown, no key
        c.servedModel.clear();
        c.requestedModel = QStringLiteral("mystery");
        c.provider.clear();
        c.httpStatus = 0;
        c.costUsd = 0.5;

        CallRecord d = record("d", at(0, 9)); // earlier call of k1, seen later
        d.clientKeyId = QStringLiteral("k1");
        d.clientKeyHint = QStringLiteral("sk-…old");

        for (const CallRecord &r : {a, b, c, d})
            writer.enqueue(r);
        writer.enqueue(a); // a duplicate request id: stored once, summed once
        QVERIFY(writer.stop());
        QCOMPARE(writer.droppedCount(), 0);

        Database db = openForTest(path);
        QCOMPARE(count(db, "calls"), 4);
        QCOMPARE(count(db, "call_bodies"), 2);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT c.request_id, b.request_body, b.response_body FROM call_bodies b "
            "JOIN calls c ON c.id = b.call_id ORDER BY c.request_id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("a"));
        QCOMPARE(q.value(1).toByteArray(), a.requestBody);
        QCOMPARE(q.value(2).toByteArray(), a.responseBody);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("b"));
        QVERIFY(q.value(1).isNull());
        QCOMPARE(q.value(2).toByteArray(), b.responseBody);

        // Empty texts are NULL, request ids are TEXT (comparable to literals).
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM calls WHERE provider IS NULL AND "
                                       "served_model IS NULL AND request_id = 'c'")),
                 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM calls WHERE ttft_us IS NULL")), 3);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM calls WHERE cost_usd IS NULL")),
                 1);

        QVERIFY(q.exec(QStringLiteral("SELECT hour, provider, model, client_key_id, requests, "
                                      "errors, streamed, cache_hits, input_tokens, "
                                      "cached_tokens, cache_write_tokens, cache_write_1h_tokens, "
                                      "output_tokens, reasoning_tokens, cost_usd, "
                                      "unpriced, latency_us_sum, ttft_us_sum, ttft_count FROM "
                                      "usage_hourly ORDER BY hour, model")));
        auto row = [&q] {
            QStringList values;
            for (int i = 0; i < 19; ++i)
                values.append(q.value(i).toString());
            return values.join(QLatin1Char('|'));
        };
        const qint64 h9 = at(0, 9) / 1000, h10 = at(0, 10) / 1000, h11 = at(0, 11) / 1000;
        QVERIFY(q.next());
        QCOMPARE(
            row(),
            QStringLiteral("%1|openai|gpt-4o-2024-08-06|k1|1|0|0|0|100|0|0|0|20|0|0.001|0|1500|0|0")
                .arg(h9));
        QVERIFY(q.next());
        QCOMPARE(
            row(),
            QStringLiteral(
                "%1|openai|gpt-4o-2024-08-06|k1|2|1|1|1|1050|200|10|5|505|100|0.25|1|4000|300|1")
                .arg(h10));
        QVERIFY(q.next());
        QCOMPARE(row(),
                 QStringLiteral("%1||mystery||1|1|0|0|100|0|0|0|20|0|0.5|0|1500|0|0").arg(h11));
        QVERIFY(!q.next());

        QVERIFY(q.exec(
            QStringLiteral("SELECT key_id, hint, first_seen, last_seen, label FROM client_keys")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("k1"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("sk-…1111")); // the most recent hint
        QCOMPARE(q.value(2).toLongLong(), d.startedAtMs);
        QCOMPARE(q.value(3).toLongLong(), b.startedAtMs);
        QVERIFY(q.value(4).isNull());
        QVERIFY(!q.next());
    }

    void rollupsAccumulateAcrossBatches()
    {
        const QString path = newPath();
        CallLogWriter writer;
        CallLogWriterOptions options = fastOptions();
        options.maxBatch = 7; // many transactions into the same hour
        writer.setOptions(options);
        QVERIFY(writer.start(path));
        for (int i = 0; i < 100; ++i) {
            CallRecord r = record("x" + QByteArray::number(i), at(0, 5, i % 60));
            r.clientKeyId = QStringLiteral("k");
            writer.enqueue(r);
        }
        QVERIFY(writer.stop());
        Database db = openForTest(path);
        QCOMPARE(count(db, "usage_hourly"), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT requests FROM usage_hourly")), 100);
        QCOMPARE(scalar(db, QStringLiteral("SELECT input_tokens FROM usage_hourly")), 10000);
        QCOMPARE(scalar(db, QStringLiteral("SELECT last_seen FROM client_keys")), at(0, 5, 59));
    }

    void lockedDatabaseKeepsRowsPending()
    {
        const QString path = newPath();
        CallLogWriter writer;
        writer.setOptions(fastOptions());
        int errors = 0;
        int written = 0;
        connect(&writer, &CallLogWriter::storageError, this, [&errors] { ++errors; });
        connect(&writer, &CallLogWriter::rowsWritten, this,
                [&written](int count) { written += count; });
        QVERIFY(writer.start(path));

        Database blocker = openForTest(path, Database::MigrationPolicy::NoMigrate);
        QSqlQuery lock(blocker.connection());
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));

        for (int i = 0; i < 10; ++i)
            writer.enqueue(record("locked-" + QByteArray::number(i), at(0, 3, i)));
        QTRY_VERIFY(errors >= 2); // failed, then retried and failed again
        QCOMPARE(writer.pendingCount(), 10);
        QVERIFY(!writer.lastError().isEmpty());
        QCOMPARE(written, 0);

        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        QTRY_COMPARE(written, 10);
        QCOMPARE(writer.writtenCount(), 10);
        QCOMPARE(writer.pendingCount(), 0);
        QVERIFY(writer.lastError().isEmpty());
        QCOMPARE(count(blocker, "calls"), 10);
        QCOMPARE(writer.droppedCount(), 0);
    }

    void boundedQueueCountsDrops()
    {
        const QString path = newPath();
        CallLogWriter writer;
        CallLogWriterOptions options = fastOptions();
        options.maxPending = 10;
        writer.setOptions(options);
        QVERIFY(writer.start(path));
        Database blocker = openForTest(path, Database::MigrationPolicy::NoMigrate);
        QSqlQuery lock(blocker.connection());
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        for (int i = 0; i < 15; ++i)
            writer.enqueue(record("b-" + QByteArray::number(i), at(0, 3, i)));
        QCOMPARE(writer.pendingCount(), 10);
        QCOMPARE(writer.droppedCount(), 5);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(writer.stop());
        QCOMPARE(count(blocker, "calls"), 10);
    }

    void stopGivesUpOnAPermanentlyLockedDatabase()
    {
        const QString path = newPath();
        CallLogWriter writer;
        CallLogWriterOptions options = fastOptions();
        options.stopTimeoutMs = 300;
        writer.setOptions(options);
        QVERIFY(writer.start(path));
        Database blocker = openForTest(path, Database::MigrationPolicy::NoMigrate);
        QSqlQuery lock(blocker.connection());
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        for (int i = 0; i < 3; ++i)
            writer.enqueue(record("lost-" + QByteArray::number(i), at(0, 3, i)));
        QString error;
        QVERIFY(!writer.stop(&error));
        QVERIFY2(error.contains(QLatin1String("3 calls")), qPrintable(error));
        QCOMPARE(writer.droppedCount(), 3);
        QCOMPARE(writer.pendingCount(), 0);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));

        writer.enqueue(record("after-stop", at(0, 4))); // counted, not silently kept
        QCOMPARE(writer.droppedCount(), 4);
    }

    void rejectedRecordIsDroppedWithoutBlockingOthers()
    {
        const QString path = newPath();
        CallLogWriter writer;
        writer.setOptions(fastOptions());
        QVERIFY(writer.start(path));
        {
            // A constraint the writer cannot know about stands in for any record-specific error.
            Database db = openForTest(path, Database::MigrationPolicy::NoMigrate);
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER reject_poison BEFORE INSERT ON calls "
                                              "WHEN NEW.request_id = 'poison' "
                                              "BEGIN SELECT RAISE(ABORT, 'poisoned'); END")));
        }
        QSignalSpy errors(&writer, &CallLogWriter::storageError);
        writer.enqueue(record("good-1", at(0, 1)));
        writer.enqueue(record("poison", at(0, 2)));
        writer.enqueue(record("good-2", at(0, 3)));
        QVERIFY(writer.stop());
        QCOMPARE(writer.writtenCount(), 2);
        QCOMPARE(writer.droppedCount(), 1);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).at(0).toString().contains(QLatin1String("poisoned")),
                 qPrintable(errors.at(0).at(0).toString()));
        Database db = openForTest(path);
        QCOMPARE(count(db, "calls"), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(requests) FROM usage_hourly")), 2);
    }

    void startReportsErrors()
    {
        CallLogWriter writer;
        QSignalSpy errors(&writer, &CallLogWriter::storageError);
        QString error;
        QVERIFY(!writer.start(QStringLiteral("postgresql://localhost/ledger"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(writer.lastError(), error);
        QVERIFY(!writer.isRunning());
        QVERIFY(writer.stop());
    }

    // Not a pass/fail test: prints the writer's throughput on this machine, once with a producer
    // thread enqueuing while the writer writes, once for the writer alone draining a full queue.
    void throughput_data()
    {
        QTest::addColumn<bool>("concurrent");
        QTest::newRow("producer and writer") << true;
        QTest::newRow("writer alone") << false;
    }

    void throughput()
    {
        QFETCH(bool, concurrent);
        const QString path = newPath();
        // LEDGER_BENCH=1 for the full-size run; ctest runs a small one to keep the suite quick.
        const int total = qEnvironmentVariableIsSet("LEDGER_BENCH") ? 100000 : 20000;
        std::vector<CallRecord> records;
        records.reserve(total);
        for (int i = 0; i < total; ++i) {
            CallRecord r = record(QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
                                  at(0, 0) + qint64(i) * 50);
            r.clientKeyId = QStringLiteral("key-%1").arg(i % 5);
            r.errorMessage = (i % 10 == 0) ? QStringLiteral("rate limited") : QString();
            records.push_back(std::move(r));
        }
        CallLogWriter writer;
        QElapsedTimer timer;
        std::clock_t cpuStart = 0; // process CPU time: unlike wall time, not skewed by other load
        if (concurrent) {
            QVERIFY(writer.start(path));
            timer.start();
            cpuStart = std::clock();
        }
        for (CallRecord &r : records)
            writer.enqueue(std::move(r));
        const qint64 enqueueMs = concurrent ? timer.elapsed() : 0;
        if (!concurrent) {
            // Create the schema first: only the writing is timed.
            QVERIFY(Database::open(path, Database::Options{Database::MigrationPolicy::Migrate},
                                   nullptr));
            timer.start();
            cpuStart = std::clock();
            QVERIFY(writer.start(path));
        }
        QVERIFY(writer.stop());
        const qint64 totalMs = qMax<qint64>(1, timer.elapsed());
        const qint64 cpuMs
            = qMax<qint64>(1, qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC);
        QCOMPARE(writer.writtenCount(), total);
        qInfo(
            "CallLogWriter (%s): %d rows in %lld ms = %lld rows/s; %lld ms CPU = %lld rows per CPU "
            "second (enqueue: %lld ms)",
            QTest::currentDataTag(), total, totalMs, qint64(total) * 1000 / totalMs, cpuMs,
            qint64(total) * 1000 / cpuMs, enqueueMs);
    }
};

QTEST_GUILESS_MAIN(TstCallLogWriter)
#include "tst_calllogwriter.moc"
