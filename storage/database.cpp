#include "database.h"

#include "latencysql.h"
#include "storagelog.h"
#include "transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <utility>

static void initMigrationResources()
{
    // The migrations are compiled into this static library; Qt registers them from the object
    // library it links into every consumer, and this makes sure of it even when it does not.
    Q_INIT_RESOURCE(ledger_storage_migrations);
}

namespace {

const QLatin1String migrationsDir(":/migrations");

// Version -> resource path of every embedded migration; empty with an error if the set is broken.
QMap<int, QString> embeddedMigrations(QString *error)
{
    initMigrationResources();
    QMap<int, QString> result;
    const QStringList names = QDir(migrationsDir).entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString &name : names) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (!ok || version <= 0) {
            qCWarning(lcStorage) << "Ignoring migration without a version number:" << name;
            continue;
        }
        if (result.contains(version)) {
            *error = QStringLiteral("Two migrations share version %1").arg(version);
            return {};
        }
        result.insert(version, migrationsDir + QLatin1Char('/') + name);
    }
    if (result.isEmpty()) {
        *error = QStringLiteral("No schema migrations are embedded in this build");
        return {};
    }
    if (result.lastKey() != result.size()) {
        *error = QStringLiteral("Schema migrations are not numbered 1..%1").arg(result.size());
        return {};
    }
    return result;
}

QString makeConnectionName(const DatabaseLocation &location, const QString &purpose)
{
    static QAtomicInteger<quint32> serial;
    return QStringLiteral("ledger-%1-%2-%3-%4")
        .arg(purpose)
        .arg(qHash(location.key(), 0), 8, 16, QLatin1Char('0'))
        .arg(quintptr(QThread::currentThreadId()), 0, 16)
        .arg(serial.fetchAndAddRelaxed(1) + 1);
}

bool execOrFail(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = QStringLiteral("%1: %2").arg(sql.simplified(), query.lastError().text());
    return false;
}

} // namespace

std::optional<Database> Database::open(const QString &location, const Options &options,
                                       QString *error)
{
    QString localError;
    QString *err = error ? error : &localError;
    const auto parsed = DatabaseLocation::parse(location, err);
    if (!parsed)
        return std::nullopt;
    return open(*parsed, options, err);
}

std::optional<Database> Database::open(const DatabaseLocation &location, const Options &options,
                                       QString *error)
{
    QString localError;
    QString *err = error ? error : &localError;
    if (location.kind() != DatabaseLocation::Kind::Sqlite) {
        *err = QStringLiteral("PostgreSQL databases are not supported yet: %1")
                   .arg(location.displayString());
        return std::nullopt;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *err = QStringLiteral("The Qt SQLite driver (QSQLITE) is not installed");
        return std::nullopt;
    }
    const QString path = location.sqlitePath();
    if (options.migrations == MigrationPolicy::Migrate && options.access == Access::ReadWrite) {
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            *err = QStringLiteral("Cannot create the folder of %1").arg(path);
            return std::nullopt;
        }
    } else if (!QFileInfo::exists(path)) {
        // Only the writer creates databases; a reader opening a typo'd path should say so.
        *err = QStringLiteral("Database %1 does not exist").arg(path);
        return std::nullopt;
    }

    Database database(location, makeConnectionName(location, options.purpose));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database.m_connectionName);
        db.setDatabaseName(path);
        if (options.access == Access::ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            *err = QStringLiteral("Cannot open %1: %2").arg(path, db.lastError().text());
            return std::nullopt;
        }
    }
    if (!database.configure(options, err))
        return std::nullopt;

    const auto version = database.readSchemaVersion(err);
    if (!version)
        return std::nullopt;
    const int latest = latestSchemaVersion();
    if (latest <= 0) {
        QString why;
        embeddedMigrations(&why);
        *err = why;
        return std::nullopt;
    }
    if (*version > latest) {
        *err = QStringLiteral("Database %1 has schema version %2, newer than this version of LLM "
                              "Ledger supports (%3). Please upgrade LLM Ledger.")
                   .arg(path)
                   .arg(*version)
                   .arg(latest);
        return std::nullopt;
    }
    if (*version < latest) {
        if (options.migrations != MigrationPolicy::Migrate || options.access == Access::ReadOnly) {
            *err = QStringLiteral("Database %1 has schema version %2 but %3 is needed; it is "
                                  "upgraded when the recorder (the writer) opens it")
                       .arg(path)
                       .arg(*version)
                       .arg(latest);
            return std::nullopt;
        }
        if (!database.migrate(*version, latest, err))
            return std::nullopt;
    }
    database.m_schemaVersion = latest;
    qCDebug(lcStorage) << "Opened" << path << "as" << database.m_connectionName;
    return std::optional<Database>(std::move(database));
}

Database::Database(const DatabaseLocation &location, const QString &connectionName)
    : m_location(location), m_connectionName(connectionName)
{ }

Database::Database(Database &&other) noexcept
    : m_location(other.m_location),
      m_connectionName(std::exchange(other.m_connectionName, QString())),
      m_schemaVersion(other.m_schemaVersion)
{ }

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        release();
        m_location = other.m_location;
        m_connectionName = std::exchange(other.m_connectionName, QString());
        m_schemaVersion = other.m_schemaVersion;
    }
    return *this;
}

Database::~Database()
{
    release();
}

void Database::release()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::configure(const Options &options, QString *error)
{
    QSqlQuery query(connection());
    // busy_timeout first, so that switching to WAL waits for other connections instead of failing.
    if (!execOrFail(query,
                    QStringLiteral("PRAGMA busy_timeout = %1").arg(qMax(0, options.busyTimeoutMs)),
                    error))
        return false;
    if (options.access == Access::ReadWrite) {
        // WAL lets the UI read while the writer commits; it is a property of the file, so a
        // read-only connection simply inherits it.
        if (!execOrFail(query, QStringLiteral("PRAGMA journal_mode = WAL"), error))
            return false;
        if (query.next()
            && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcStorage) << "SQLite refused WAL mode, journal mode is" << query.value(0);
    }
    query.finish();
    if (options.cacheSizeKiB > 0
        && !execOrFail(query, QStringLiteral("PRAGMA cache_size = -%1").arg(options.cacheSizeKiB),
                       error))
        return false;
    if (options.mmapSizeBytes > 0
        && !execOrFail(query, QStringLiteral("PRAGMA mmap_size = %1").arg(options.mmapSizeBytes),
                       error))
        return false;
    query.finish();
    if (options.walAutocheckpointPages > 0
        && !execOrFail(
            query,
            QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(options.walAutocheckpointPages),
            error))
        return false;
    return execOrFail(query, QStringLiteral("PRAGMA synchronous = NORMAL"), error)
        && execOrFail(query, QStringLiteral("PRAGMA foreign_keys = ON"), error);
}

std::optional<int> Database::readSchemaVersion(QString *error) const
{
    QSqlQuery query(connection());
    if (!execOrFail(query, QStringLiteral("PRAGMA user_version"), error))
        return std::nullopt;
    if (!query.next()) {
        *error = QStringLiteral("Cannot read the schema version of %1")
                     .arg(m_location.displayString());
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool Database::migrate(int fromVersion, int toVersion, QString *error)
{
    const QMap<int, QString> migrations = embeddedMigrations(error);
    if (migrations.isEmpty())
        return false;
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        QFile file(migrations.value(version));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("Cannot read migration %1").arg(file.fileName());
            return false;
        }
        const QStringList statements = splitSqlScript(QString::fromUtf8(file.readAll()));
        Transaction transaction(connection());
        if (!transaction.isActive()) {
            *error = QStringLiteral("Cannot begin migration %1: %2")
                         .arg(version)
                         .arg(transaction.errorString());
            return false;
        }
        QSqlQuery query(connection());
        for (const QString &statement : statements) {
            if (!execOrFail(query, statement, error)) {
                *error = QStringLiteral("Migration %1 failed: %2").arg(version).arg(*error);
                return false;
            }
        }
        query.finish();
        if (!migrateData(version, error)) {
            *error = QStringLiteral("Migration %1 failed: %2").arg(version).arg(*error);
            return false;
        }
        // PRAGMA takes no bound values; the number is ours. user_version is in the file header,
        // so it commits or rolls back with the migration.
        if (!execOrFail(query, QStringLiteral("PRAGMA user_version = %1").arg(version), error))
            return false;
        query.finish();
        if (!transaction.commit()) {
            *error = QStringLiteral("Cannot commit migration %1: %2")
                         .arg(version)
                         .arg(transaction.errorString());
            return false;
        }
        qCInfo(lcStorage) << "Migrated" << m_location.displayString() << "to schema version"
                          << version;
    }
    return true;
}

bool Database::migrateData(int version, QString *error)
{
    // Steps that SQL alone cannot express portably, run in the migration's transaction.
    switch (version) {
    case 2:
        return LatencySql::backfill(connection(), error);
    case 3:
        return LatencySql::backfillDaily(connection(), error);
    default:
        return true;
    }
}

int Database::latestSchemaVersion()
{
    QString error;
    const QMap<int, QString> migrations = embeddedMigrations(&error);
    if (migrations.isEmpty()) {
        qCWarning(lcStorage) << error;
        return 0;
    }
    return migrations.lastKey();
}

QStringList Database::splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    const qsizetype size = script.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < size ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < size && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = script.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? size : end + 1;
            current += QLatin1Char(' ');
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // Quoted text or identifier; a doubled quote is an escaped quote and simply reopens it.
            const qsizetype end = script.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? size - 1 : end;
            current += QStringView(script).mid(i, stop - i + 1);
            i = stop;
        } else if (c == QLatin1Char(';')) {
            const QString statement = current.trimmed();
            if (!statement.isEmpty())
                statements.append(statement);
            current.clear();
        } else {
            current += c;
        }
    }
    const QString statement = current.trimmed();
    if (!statement.isEmpty())
        statements.append(statement);
    return statements;
}
