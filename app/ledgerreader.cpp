#include "ledgerreader.h"

#include "database.h"

#include <QThreadStorage>

#include <map>
#include <memory>

namespace {

// One connection per worker thread and database; destroyed with the thread, on that thread.
QThreadStorage<std::map<QString, std::unique_ptr<CallQueries>> *> threadConnections;

} // namespace

LedgerReader::LedgerReader(const QString &location, QObject *parent)
    : QObject(parent), m_location(location)
{
    // Two workers: a long aggregate never delays the log page, and the GUI keeps a core.
    m_pool.setMaxThreadCount(2);
    m_pool.setExpiryTimeout(-1); // keep the threads, and with them their open connections
    m_pool.setObjectName(QStringLiteral("ledger-reader"));
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(500);
    connect(&m_changeTimer, &QTimer::timeout, this, &LedgerReader::callsChanged);
}

LedgerReader::~LedgerReader()
{
    m_pool.waitForDone();
}

void LedgerReader::notifyCallsWritten()
{
    if (!m_changeTimer.isActive())
        m_changeTimer.start();
}

CallQueries *LedgerReader::connectionForThisThread(const QString &location, QString *error)
{
    if (!threadConnections.hasLocalData())
        threadConnections.setLocalData(new std::map<QString, std::unique_ptr<CallQueries>>);
    auto &connections = *threadConnections.localData();
    const auto found = connections.find(location);
    if (found != connections.end())
        return found->second.get();

    // The first open of a location may create or migrate it (SQLite serialises two migrating
    // connections; the second finds the schema current).
    Database::Options options;
    options.migrations = Database::MigrationPolicy::Migrate;
    options.purpose = QStringLiteral("reader");
    auto db = Database::open(location, options, error);
    if (!db)
        return nullptr;
    auto queries = std::make_unique<CallQueries>(std::move(*db));
    CallQueries *raw = queries.get();
    connections.emplace(location, std::move(queries));
    return raw;
}
