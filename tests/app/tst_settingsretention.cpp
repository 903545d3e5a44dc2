#include "apptestsupport.h"
#include "database.h"
#include "retentionscheduler.h"

#include <QSqlQuery>
#include <QTest>

// RetentionScheduler against a real ledger and config file: a run deletes what the config's
// retention_days says (relative to now), keeps the rollups, and reports what it did.
class TestSettingsRetention : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    LedgerPaths m_paths;

    static constexpr qint64 Day = 24 * 3600 * 1000;

    qint64 count(const QString &sql) const
    {
        Database::Options options;
        options.purpose = QStringLiteral("check");
        QString error;
        auto db = Database::open(m_paths.databaseFile(), options, &error);
        if (!db)
            return -1;
        QSqlQuery query(db->connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    void writeConfig(const QByteArray &json)
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_paths.configFile).absolutePath()));
        QVERIFY(AppTest::writeFile(m_paths.configFile, json));
    }

    // Five calls: 40, 35, 29 and 1 day(s) and one minute old.
    void seed()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<CallRecord> calls;
        const QList<qint64> ages{40 * Day, 35 * Day, 29 * Day, Day, 60 * 1000};
        for (qsizetype i = 0; i < ages.size(); ++i)
            calls << AppTest::record("r" + QByteArray::number(i), now - ages.at(i),
                                     QStringLiteral("gpt-4o"), 0.5);
        QString error;
        QVERIFY2(AppTest::seed(m_paths.databaseFile(), calls, &error), qPrintable(error));
    }

    static bool waitForRun(RetentionScheduler &scheduler)
    {
        QSignalSpy finished(&scheduler, &RetentionScheduler::finished);
        if (!scheduler.runNow())
            return false;
        return finished.wait(20000) && !scheduler.running();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_paths = AppTest::pathsIn(*m_dir);
    }

    void aRunDeletesTheCallsOlderThanTheRetention()
    {
        seed();
        writeConfig(R"({"retention_days": 30})");
        RetentionScheduler scheduler(m_paths.databaseFile(), m_paths.configFile);
        scheduler.setBatchSize(1);
        QSignalSpy failed(&scheduler, &RetentionScheduler::failed);
        QVERIFY(waitForRun(scheduler));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(scheduler.lastDeletedCalls(), 2);
        QVERIFY2(scheduler.lastResult().contains(QLatin1String(": deleted 2 ")),
                 qPrintable(scheduler.lastResult()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calls")), 3);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calls WHERE request_id IN "
                                      "('r2', 'r3', 'r4')")),
                 3);
        // The dashboards still count all five.
        QCOMPARE(count(QStringLiteral("SELECT SUM(requests) FROM usage_hourly")), 5);
        QCOMPARE(count(QStringLiteral("SELECT SUM(requests) FROM usage_daily")), 5);

        // The config is read at every run: one day now.
        writeConfig(R"({"retention_days": 1})");
        QVERIFY(waitForRun(scheduler));
        QCOMPARE(scheduler.lastDeletedCalls(), 2); // 29 days and 1 day old
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calls")), 1);
    }

    void retentionOffDeletesNothing()
    {
        seed();
        writeConfig(R"({"port": 9000})");
        RetentionScheduler scheduler(m_paths.databaseFile(), m_paths.configFile);
        QVERIFY(waitForRun(scheduler));
        QCOMPARE(scheduler.lastDeletedCalls(), 0);
        QVERIFY2(scheduler.lastResult().endsWith(QLatin1String("retention is off, all calls are "
                                                               "kept.")),
                 qPrintable(scheduler.lastResult()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calls")), 5);
    }

    void aBrokenConfigIsReported()
    {
        seed();
        writeConfig(R"({"retention_days": "forever"})");
        RetentionScheduler scheduler(m_paths.databaseFile(), m_paths.configFile);
        QSignalSpy failed(&scheduler, &RetentionScheduler::failed);
        QVERIFY(waitForRun(scheduler));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(),
                 QStringLiteral("Old calls could not be deleted: ") + m_paths.configFile
                     + QStringLiteral(": retention_days: must be an integer from 0 (keep "
                                      "everything) to 36500"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calls")), 5);
    }

    void startRunsAfterTheFirstDelay()
    {
        seed();
        writeConfig(R"({"retention_days": 30})");
        RetentionScheduler scheduler(m_paths.databaseFile(), m_paths.configFile);
        scheduler.setFirstRunDelayMs(0);
        QSignalSpy finished(&scheduler, &RetentionScheduler::finished);
        scheduler.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toLongLong(), 2);
    }

    void noDatabaseYetIsNotAnError()
    {
        writeConfig(R"({"retention_days": 30})");
        RetentionScheduler scheduler(m_paths.databaseFile(), m_paths.configFile);
        QSignalSpy failed(&scheduler, &RetentionScheduler::failed);
        QVERIFY(waitForRun(scheduler));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(scheduler.lastDeletedCalls(), 0);
        QVERIFY(!QFile::exists(m_paths.databaseFile()));
    }

    void destroyingWaitsForARun()
    {
        seed();
        writeConfig(R"({"retention_days": 30})");
        {
            RetentionScheduler scheduler(m_paths.databaseFile(), m_paths.configFile);
            scheduler.setBatchSize(1);
            QVERIFY(scheduler.runNow());
        }
        // Stopped between batches at most: no call newer than the cutoff is gone.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calls WHERE request_id IN "
                                      "('r2', 'r3', 'r4')")),
                 3);
    }
};

QTEST_GUILESS_MAIN(TestSettingsRetention)
#include "tst_settingsretention.moc"
