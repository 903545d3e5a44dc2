#pragma once

#include "databaselocation.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// One open connection to the ledger database, owned by the thread that opened it. QtSql connections
// must never cross threads, so every Database registers its own uniquely named QSqlDatabase
// ("ledger-<purpose>-<location hash>-<thread>-<serial>") and removes it again when destroyed
// (RAII). Opening applies the connection settings the writer and readers rely on (WAL,
// synchronous=NORMAL, busy timeout, foreign keys) and checks the schema version against the
// migrations embedded in the library: only a Migrate open (the writer) upgrades the schema; any
// open refuses a database newer than this build. Destroy QSqlQuery objects and Transactions before
// their Database.
class Database
{
public:
    enum class MigrationPolicy {
        Migrate, // create the file if needed and apply pending migrations (the writer)
        NoMigrate, // require the schema to be current already (readers, CLI)
    };
    enum class Access {
        ReadWrite,
        ReadOnly,
    };
    struct Options
    {
        MigrationPolicy migrations = MigrationPolicy::NoMigrate;
        Access access = Access::ReadWrite;
        QString purpose = QStringLiteral("db"); // part of the connection name, for debugging
        int busyTimeoutMs = 5000; // how long a statement waits for another connection's lock
        // SQLite tuning for a connection that writes a lot (0: SQLite's defaults of 2 MiB and
        // 1000 pages); ignored by other engines.
        int cacheSizeKiB = 0;
        qint64 mmapSizeBytes = 0; // PRAGMA mmap_size (0: SQLite's default, no memory map)
        int walAutocheckpointPages = 0;
    };

    static std::optional<Database> open(const QString &location, const Options &options,
                                        QString *error);
    static std::optional<Database> open(const DatabaseLocation &location, const Options &options,
                                        QString *error);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    const DatabaseLocation &location() const { return m_location; }
    // Schema version of the open database (after any migration).
    int schemaVersion() const { return m_schemaVersion; }

    // Highest migration embedded in this build: the schema version this code expects.
    static int latestSchemaVersion();
    // Splits a migration script into statements at ';' outside quotes and comments.
    static QStringList splitSqlScript(const QString &script);

private:
    Database(const DatabaseLocation &location, const QString &connectionName);

    void release();
    bool configure(const Options &options, QString *error);
    bool migrate(int fromVersion, int toVersion, QString *error);
    bool migrateData(int version, QString *error);
    std::optional<int> readSchemaVersion(QString *error) const;

    DatabaseLocation m_location;
    QString m_connectionName;
    int m_schemaVersion = 0;
};
