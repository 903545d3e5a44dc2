#include "database.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <optional>

class TstDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("ledger-%1.sqlite").arg(++m_serial)); }

    static Database::Options writer()
    {
        Database::Options options;
        options.migrations = Database::MigrationPolicy::Migrate;
        return options;
    }

    static QVariant pragma(const Database &db, const char *name)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QLatin1String("PRAGMA ") + QLatin1String(name)) || !query.next())
            return {};
        return query.value(0);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void migrationsAreEmbedded()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/migrations/0001_initial.sql")));
        QVERIFY(Database::latestSchemaVersion() >= 1);
    }

    void freshDatabaseIsMigrated()
    {
        const QString path = newPath();
        QString error;
        auto db = Database::open(path, writer(), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(pragma(*db, "user_version").toInt(), Database::latestSchemaVersion());
        QCOMPARE(pragma(*db, "journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(*db, "foreign_keys").toInt(), 1);
        QCOMPARE(pragma(*db, "busy_timeout").toInt(), 5000);
        QCOMPARE(pragma(*db, "synchronous").toInt(), 1); // NORMAL
        const QStringList tables = db->connection().tables();
        for (const char *table : {"calls", "call_bodies", "client_keys", "usage_hourly"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
    }

    void migrateIsIdempotent()
    {
        const QString path = newPath();
        {
            auto db = Database::open(path, writer(), nullptr);
            QVERIFY(db);
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO client_keys (key_id, label) VALUES ('k', 'kept')")));
        }
        QString error;
        auto again = Database::open(path, writer(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery query(again->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT label FROM client_keys WHERE key_id = 'k'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("kept"));
    }

    void refusesNewerDatabase()
    {
        const QString path = newPath();
        {
            auto db = Database::open(path, writer(), nullptr);
            QVERIFY(db);
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1")
                                   .arg(Database::latestSchemaVersion() + 1)));
        }
        for (auto policy :
             {Database::MigrationPolicy::Migrate, Database::MigrationPolicy::NoMigrate}) {
            Database::Options options;
            options.migrations = policy;
            QString error;
            QVERIFY(!Database::open(path, options, &error));
            QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        }
    }

    void readersDoNotMigrate()
    {
        const QString path = newPath();
        {
            // An existing SQLite file at schema version 0.
            auto db = Database::open(path, writer(), nullptr);
            QVERIFY(db);
        }
        QFile::remove(path);
        QFile::remove(path + QLatin1String("-wal"));
        QFile::remove(path + QLatin1String("-shm"));
        QString error;
        Database::Options reader;
        QVERIFY(!Database::open(path, reader, &error)); // missing file: not created by a reader
        QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
        QVERIFY(!QFile::exists(path));

        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly)); // an empty file is a valid version-0 database
        }
        QVERIFY(!Database::open(path, reader, &error));
        QVERIFY2(error.contains(QLatin1String("schema version 0")), qPrintable(error));
        reader.access = Database::Access::ReadOnly;
        reader.migrations = Database::MigrationPolicy::Migrate; // read-only never migrates
        QVERIFY(!Database::open(path, reader, &error));
    }

    void readOnlyCannotWrite()
    {
        const QString path = newPath();
        auto writerDb = Database::open(path, writer(), nullptr);
        QVERIFY(writerDb);
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        QString error;
        auto reader = Database::open(path, options, &error);
        QVERIFY2(reader, qPrintable(error));
        QSqlQuery query(reader->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM calls")));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO client_keys (key_id) VALUES ('x')")));
    }

    void connectionsArePerThreadAndRemoved()
    {
        const QString path = newPath();
        auto mine = Database::open(path, writer(), nullptr);
        QVERIFY(mine);
        const QString myName = mine->connectionName();
        QVERIFY(myName.startsWith(QLatin1String("ledger-db-")));
        QVERIFY(myName.contains(QString::number(quintptr(QThread::currentThreadId()), 16)));

        QString otherName;
        bool otherRemoved = false;
        QThread *thread = QThread::create([&] {
            {
                auto other = Database::open(path, Database::Options(), nullptr);
                if (!other)
                    return;
                otherName = other->connectionName();
            }
            otherRemoved = !QSqlDatabase::contains(otherName);
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QVERIFY(!otherName.isEmpty());
        QVERIFY(otherName != myName);
        QVERIFY(otherRemoved);

        // A second Database on the same thread gets its own connection too.
        auto second = Database::open(path, Database::Options(), nullptr);
        QVERIFY(second);
        QVERIFY(second->connectionName() != myName);
        const QString secondName = second->connectionName();
        second.reset();
        QVERIFY(!QSqlDatabase::contains(secondName));
        QVERIFY(QSqlDatabase::contains(myName));
        QVERIFY(mine->connection().isOpen());
    }

    void moveKeepsOneOwner()
    {
        auto db = Database::open(newPath(), writer(), nullptr);
        QVERIFY(db);
        const QString name = db->connectionName();
        Database moved(std::move(*db));
        db.reset(); // the moved-from object must not remove the connection
        QVERIFY(QSqlDatabase::contains(name));
        QCOMPARE(moved.connectionName(), name);
    }

    void rejectsUnsupportedLocations()
    {
        QString error;
        QVERIFY(!Database::open(QStringLiteral("postgresql://me:secret@localhost/ledger"), writer(),
                                &error));
        QVERIFY2(error.contains(QLatin1String("PostgreSQL")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("secret")), qPrintable(error));
        QVERIFY(!Database::open(QStringLiteral(":memory:"), writer(), &error));
        QVERIFY(!Database::open(QString(), writer(), &error));
    }

    void createsMissingFolder()
    {
        const QString path = m_dir.filePath(QStringLiteral("a/b/ledger.sqlite"));
        QString error;
        QVERIFY2(Database::open(QLatin1String("sqlite:") + path, writer(), &error),
                 qPrintable(error));
        QVERIFY(QFile::exists(path));
    }

    // A ledger written by schema 1 gets its latency rollup rebuilt from its calls.
    void migrationTwoBackfillsLatencies()
    {
        const QString path = newPath();
        {
            QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema1"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(Database::latestSchemaVersion() >= 2); // also registers the resources
            QFile file(QStringLiteral(":/migrations/0001_initial.sql"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QSqlQuery query(raw);
            for (const QString &statement :
                 Database::splitSqlScript(QString::fromUtf8(file.readAll())))
                QVERIFY2(query.exec(statement), qPrintable(statement));
            // Two calls in hour 0 (one streamed), one in hour 1 with a key.
            for (const char *insert :
                 {"INSERT INTO calls (request_id, started_at, endpoint, api_format, streamed, "
                  "status, usage_source, latency_us, ttft_us) VALUES ('a', 1000, '/v1', 'openai', "
                  "1, 200, 'none', 1000, 100)",
                  "INSERT INTO calls (request_id, started_at, endpoint, api_format, streamed, "
                  "status, usage_source, latency_us) VALUES ('b', 2000, '/v1', 'openai', 0, 200, "
                  "'none', 1000)",
                  "INSERT INTO calls (request_id, started_at, endpoint, api_format, streamed, "
                  "status, usage_source, latency_us, client_key_id) VALUES ('c', 3600000, '/v1', "
                  "'openai', 0, 200, 'none', 50000, 'k')",
                  "PRAGMA user_version = 1"})
                QVERIFY2(query.exec(QLatin1String(insert)), insert);
            query.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema1"));

        QString error;
        auto db = Database::open(path, writer(), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT hour, client_key_id, metric, bucket, count FROM latency_hourly "
                           "ORDER BY hour, metric, bucket")));
        QStringList rows;
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < 5; ++i)
                row << query.value(i).toString();
            rows << row.join(QLatin1Char(' '));
        }
        // bucket = 1 + floor(8 log2(us)): 1000 us -> 80, 100 us -> 54, 50000 us -> 125.
        QCOMPARE(rows,
                 QStringList({QStringLiteral("0  0 80 2"), QStringLiteral("0  1 54 1"),
                              QStringLiteral("3600 k 0 125 1")}));
    }

    // A ledger of schema 2 gets the daily and per-key rollups summed from its hourly ones, and
    // the log's new indexes in place of the old ones.
    void migrationThreeBuildsDailyRollups()
    {
        const QString path = newPath();
        {
            QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema2"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(Database::latestSchemaVersion() >= 3); // also registers the resources
            QSqlQuery query(raw);
            for (const char *name : {"0001_initial.sql", "0002_dashboard_measures.sql"}) {
                QFile file(QLatin1String(":/migrations/") + QLatin1String(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                for (const QString &statement :
                     Database::splitSqlScript(QString::fromUtf8(file.readAll())))
                    QVERIFY2(query.exec(statement), qPrintable(statement));
            }
            // Hours 0 and 23 of day 0 and hour 0 of day 1 (86400), as schema 2's writer left
            // them: two models, keys '' and 'k'.
            for (const char *insert :
                 {"INSERT INTO usage_hourly (hour, provider, model, client_key_id, requests, "
                  "errors, input_tokens, cost_usd, unpriced, cache_savings_usd) VALUES "
                  "(0, 'p', 'm1', '', 2, 1, 100, 0.5, 0, 0.25), "
                  "(0, 'p', 'm2', 'k', 1, 0, 10, 0.25, 1, 0), "
                  "(82800, 'p', 'm1', '', 3, 0, 1000, 1.0, 0, 0.5), "
                  "(86400, 'p', 'm1', 'k', 4, 2, 7, 2.0, 0, 0)",
                  "INSERT INTO latency_hourly (hour, client_key_id, metric, bucket, count) VALUES "
                  "(0, '', 0, 80, 2), (0, 'k', 0, 81, 1), (82800, '', 0, 80, 3), "
                  "(82800, '', 0, 70, 1), (82800, '', 1, 54, 5), (86400, 'k', 0, 80, 4)",
                  "INSERT INTO calls (request_id, started_at, endpoint, api_format, streamed, "
                  "status, usage_source, requested_model, served_model, cost_usd, latency_us) "
                  "VALUES ('a', 1000, '/v1', 'openai', 0, 200, 'none', 'm0', 'm1', 0.5, 10), "
                  "('b', 2000, '/v1', 'openai', 0, 200, 'none', 'm1', NULL, NULL, 20)",
                  "PRAGMA user_version = 2"})
                QVERIFY2(query.exec(QLatin1String(insert)), insert);
            query.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema2"));

        QString error;
        auto db = Database::open(path, writer(), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        auto rows = [&db](const char *sql) {
            QSqlQuery query(db->connection());
            if (!query.exec(QLatin1String(sql)))
                return QStringList{query.lastError().text()};
            QStringList result;
            while (query.next()) {
                QStringList row;
                for (int i = 0; i < query.record().count(); ++i)
                    row << query.value(i).toString();
                result << row.join(QLatin1Char(' '));
            }
            return result;
        };
        QCOMPARE(rows("SELECT day, model, client_key_id, requests, errors, input_tokens, cost_usd, "
                      "unpriced, cache_savings_usd FROM usage_daily ORDER BY day, model"),
                 QStringList({QStringLiteral("0 m1  5 1 1100 1.5 0 0.75"),
                              QStringLiteral("0 m2 k 1 0 10 0.25 1 0"),
                              QStringLiteral("86400 m1 k 4 2 7 2 0 0")}));
        QCOMPARE(rows("SELECT hour, client_key_id, requests, input_tokens, cost_usd FROM "
                      "usage_key_hourly ORDER BY hour, client_key_id"),
                 QStringList({QStringLiteral("0  2 100 0.5"), QStringLiteral("0 k 1 10 0.25"),
                              QStringLiteral("82800  3 1000 1"), QStringLiteral("86400 k 4 7 2")}));
        QCOMPARE(rows("SELECT day, client_key_id, metric, counts FROM latency_daily "
                      "ORDER BY day, client_key_id, metric"),
                 QStringList({QStringLiteral("0  0 70:1 80:5"), QStringLiteral("0  1 54:5"),
                              QStringLiteral("0 k 0 81:1"), QStringLiteral("86400 k 0 80:4")}));
        QCOMPARE(rows("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'calls' "
                      "AND name NOT LIKE 'sqlite_%' ORDER BY name"),
                 QStringList({QStringLiteral("calls_day_cost"), QStringLiteral("calls_day_latency"),
                              QStringLiteral("calls_key_started_at"),
                              QStringLiteral("calls_model_started_at"),
                              QStringLiteral("calls_provider_started_at"),
                              QStringLiteral("calls_started_at"),
                              QStringLiteral("calls_status_started_at")}));
        // The model filter's index holds the served model, else the requested one.
        QCOMPARE(rows("SELECT request_id FROM calls INDEXED BY calls_model_started_at "
                      "WHERE COALESCE(served_model, requested_model) = 'm1' ORDER BY started_at"),
                 QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    }

    // A ledger of schema 3 keeps its client keys, now enabled and without a budget.
    void migrationFourAddsKeySettings()
    {
        const QString path = newPath();
        {
            QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema3"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(Database::latestSchemaVersion() >= 4); // also registers the resources
            QSqlQuery query(raw);
            for (const char *name :
                 {"0001_initial.sql", "0002_dashboard_measures.sql", "0003_daily_rollups.sql"}) {
                QFile file(QLatin1String(":/migrations/") + QLatin1String(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                for (const QString &statement :
                     Database::splitSqlScript(QString::fromUtf8(file.readAll())))
                    QVERIFY2(query.exec(statement), qPrintable(statement));
            }
            for (const char *insert :
                 {"INSERT INTO client_keys (key_id, label, hint, first_seen, last_seen) VALUES "
                  "('k1', 'CI', 'sk-k1k1', 10, 20), ('k2', NULL, 'sk-k2k2', 30, 40)",
                  "PRAGMA user_version = 3"})
                QVERIFY2(query.exec(QLatin1String(insert)), insert);
            query.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema3"));

        QString error;
        auto db = Database::open(path, writer(), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), 4);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT key_id, label, hint, first_seen, last_seen, "
                                          "disabled, budget_usd_month IS NULL FROM client_keys "
                                          "ORDER BY key_id")));
        QStringList rows;
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < 7; ++i)
                row << query.value(i).toString();
            rows << row.join(QLatin1Char(' '));
        }
        QCOMPARE(rows,
                 QStringList({QStringLiteral("k1 CI sk-k1k1 10 20 0 1"),
                              QStringLiteral("k2  sk-k2k2 30 40 0 1")}));
        // The new columns take what the Keys page stores.
        QVERIFY(query.exec(QStringLiteral(
            "UPDATE client_keys SET disabled = 1, budget_usd_month = 12.5 WHERE key_id = 'k2'")));
        QVERIFY(query.exec(QStringLiteral(
            "SELECT disabled, budget_usd_month FROM client_keys WHERE key_id = 'k2'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toDouble(), 12.5);
    }

    void splitsScripts()
    {
        const QString script
            = QStringLiteral("-- a comment; with a semicolon\n"
                             "CREATE TABLE t (a TEXT DEFAULT 'x;y', \"b;c\" INTEGER);\n"
                             "/* block; comment */ INSERT INTO t (a) VALUES ('it''s; fine')  ;\n"
                             "  ;\n"
                             "SELECT 1");
        const QStringList statements = Database::splitSqlScript(script);
        QCOMPARE(statements.size(), 3);
        QCOMPARE(statements.at(0),
                 QStringLiteral("CREATE TABLE t (a TEXT DEFAULT 'x;y', \"b;c\" INTEGER)"));
        QCOMPARE(statements.at(1), QStringLiteral("INSERT INTO t (a) VALUES ('it''s; fine')"));
        QCOMPARE(statements.at(2), QStringLiteral("SELECT 1"));
    }
};

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
