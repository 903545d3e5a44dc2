#include "proxyruntime.h"

#include "calllogwriter.h"
#include "callqueries.h"
#include "clientkeyidentifier.h"
#include "installsecret.h"
#include "keychainsecretstore.h"
#include "pricetable.h"
#include "proxyserver.h"
#include "proxyservice.h"
#include "responsecachestore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcRuntime, "ledger.app", QtInfoMsg)

namespace {

// Editors and QSaveFile write a file in several steps (temporary file, rename):
// changes are read once the file has been quiet this long.
constexpr int SettleMs = 150;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

ProxyRuntime::ProxyRuntime(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_writer(new CallLogWriter(this))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &ProxyRuntime::onFilesTouched);
}

ProxyRuntime::~ProxyRuntime()
{
    stop();
}

std::optional<PriceTable> ProxyRuntime::loadPrices(const LedgerPaths &paths,
                                                   const ProxyConfig &config, QString *error)
{
    PriceTable prices = PriceTable::builtIn();
    QFile overrides(paths.priceOverridesFile());
    if (overrides.open(QIODevice::ReadOnly)) {
        QString why;
        if (!prices.loadJson(overrides.readAll(), &why)) {
            *error = paths.priceOverridesFile() % QLatin1String(": ") % why;
            return std::nullopt;
        }
    }
    if (!config.priceOverridesJson.isEmpty()) {
        const QJsonObject models = QJsonDocument::fromJson(config.priceOverridesJson).object();
        const QByteArray wrapped
            = QJsonDocument(QJsonObject{{QLatin1String("models"), models}}).toJson();
        QString why;
        if (!prices.loadJson(wrapped, &why)) {
            *error = paths.configFile % QLatin1String(": prices: ") % why;
            return std::nullopt;
        }
    }
    return prices;
}

std::optional<ProxyConfig> ProxyRuntime::loadConfig(QString *error) const
{
    ConfigResult loaded = ConfigLoader::loadFile(m_options.paths.configFile);
    if (!loaded.config) {
        *error = loaded.error;
        return std::nullopt;
    }
    if (m_options.listenAddress)
        loaded.config->listenAddress = *m_options.listenAddress;
    if (m_options.port)
        loaded.config->port = *m_options.port;
    return loaded.config;
}

void ProxyRuntime::start()
{
    QString error;
    if (!m_options.paths.ensureDataDir(&error))
        return Q_EMIT failed(error);

    m_loadedContents = watchedContents();
    const auto config = loadConfig(&error);
    if (!config)
        return Q_EMIT failed(error);
    m_config = *config;

    const auto prices = loadPrices(m_options.paths, m_config, &error);
    if (!prices)
        return Q_EMIT failed(error);

    if (!m_writer->start(m_options.paths.databaseFile(), &error))
        return Q_EMIT failed(QStringLiteral("cannot open the database %1: %2")
                                 .arg(m_options.paths.databaseFile(), error));

    m_service = new ProxyService(m_config, *prices, this);
    CallLogWriter *writer = m_writer;
    m_service->setCallSink([writer](CallRecord record) { writer->enqueue(std::move(record)); });
    reloadDisabledKeys();
    openCache();

    if (KeychainSecretStore::plausiblyAvailable())
        m_secrets = new KeychainSecretStore(QStringLiteral("LLM Ledger"), this);

    InstallSecret::obtain(m_secrets, m_options.paths.installSecretFile(),
                          [this](const InstallSecret::Result &secret) {
                              if (!secret.error.isEmpty())
                                  return Q_EMIT failed(secret.error);
                              if (!secret.warning.isEmpty())
                                  Q_EMIT warning(secret.warning);
                              m_keyIdentifier = new ClientKeyIdentifier(secret.secret, this);
                              m_service->setClientKeyIdentifier(m_keyIdentifier);
                              readProviderKeys(m_config, [this](const auto &keys) {
                                  for (auto it = keys.begin(); it != keys.end(); ++it)
                                      m_service->setProviderKey(it.key(), it.value());
                                  listen();
                              });
                          });
}

QString ProxyRuntime::cacheFile(const LedgerPaths &paths)
{
    return paths.dataDir + QLatin1String("/cache.sqlite");
}

// Opened even while the config switches the cache off: a reload may switch it on. A cache
// that cannot open is no reason to stop the proxy; calls then go upstream.
void ProxyRuntime::openCache()
{
    m_cacheStore = new ResponseCacheStore(this);
    QString error;
    if (!m_cacheStore->open(cacheFile(m_options.paths), &error)) {
        Q_EMIT warning(tr("The response cache is off: cannot open %1: %2")
                           .arg(cacheFile(m_options.paths), error));
        return;
    }
    m_cacheStore->prune(m_config.cache.ttlSeconds * 1000);
    m_service->setCacheStore(m_cacheStore);
}

void ProxyRuntime::readProviderKeys(const ProxyConfig &config, KeysCallback done)
{
    auto keys = std::make_shared<QHash<QString, QByteArray>>();
    auto pending = std::make_shared<int>(1); // one for this function itself
    auto settle = [keys, pending, done = std::move(done)] {
        if (--*pending == 0)
            done(*keys);
    };
    for (const ProviderConfig &p : config.providers) {
        if (p.keySource == ProviderConfig::KeySource::Environment) {
            const QByteArray key = qgetenv(p.keyName.toLocal8Bit().constData());
            if (key.isEmpty())
                Q_EMIT warning(QStringLiteral("provider \"%1\": environment variable %2 is not set")
                                   .arg(p.id, p.keyName));
            else
                keys->insert(p.id, key);
        } else if (p.keySource == ProviderConfig::KeySource::Keychain) {
            if (!m_secrets) {
                Q_EMIT warning(
                    QStringLiteral(
                        "provider \"%1\" takes its key from the OS keychain, but none is "
                        "available here; use \"api_key\": {\"env\": \"VARIABLE\"} on servers")
                        .arg(p.id));
                continue;
            }
            ++*pending;
            const QString id = p.id;
            m_secrets->read(QLatin1String("provider/") + p.keyName,
                            [this, id, keys, settle](const SecretStore::ReadResult &read) {
                                if (read.status == SecretStore::Status::Ok)
                                    keys->insert(id, read.secret);
                                else
                                    Q_EMIT warning(QStringLiteral("provider \"%1\": no key in the "
                                                                  "OS keychain (%2)")
                                                       .arg(id,
                                                            read.error.isEmpty()
                                                                ? QStringLiteral("not set")
                                                                : read.error));
                                settle();
                            });
        }
    }
    settle();
}

void ProxyRuntime::listen()
{
    m_server = new ProxyServer(m_service, this);
    QString error;
    m_port = m_server->start(m_config.listenAddress, m_config.port, &error);
    if (m_port == 0)
        return Q_EMIT failed(error);
    if (m_paused)
        m_server->pause();
    watchFiles();
    Q_EMIT started(baseUrl());
}

void ProxyRuntime::reload()
{
    if (!m_server || m_stopped)
        return;
    reloadDisabledKeys();
    const int generation = ++m_generation;
    m_loadedContents = watchedContents();
    QString error;
    const auto config = loadConfig(&error);
    if (!config)
        return Q_EMIT warning(
            tr("The new configuration was not applied; the proxy keeps running with the "
               "previous one. %1")
                .arg(error));
    const auto prices = loadPrices(m_options.paths, *config, &error);
    if (!prices)
        return Q_EMIT warning(
            tr("The new prices were not applied; the proxy keeps the previous ones. %1")
                .arg(error));
    readProviderKeys(*config,
                     [this, generation, config = *config,
                      prices = *prices](const QHash<QString, QByteArray> &keys) {
                         if (generation == m_generation && !m_stopped)
                             apply(config, prices, keys);
                     });
}

void ProxyRuntime::apply(const ProxyConfig &config, const PriceTable &prices,
                         const QHash<QString, QByteArray> &keys)
{
    rebind(config);
    ProxyConfig running = config;
    running.listenAddress = m_config.listenAddress; // what rebind() achieved
    running.port = m_config.port;
    m_config = running;
    m_service->setSettings(
        std::make_shared<const CallSettings>(CallSettings{running, prices, keys}));
    qCInfo(lcRuntime, "applied the configuration of %s", qPrintable(m_options.paths.configFile));
    Q_EMIT reloaded();
}

void ProxyRuntime::rebind(const ProxyConfig &config)
{
    if (config.listenAddress == m_config.listenAddress && config.port == m_config.port)
        return;
    QString error;
    const quint16 port = m_server->start(config.listenAddress, config.port, &error);
    if (port == 0)
        return Q_EMIT warning(
            tr("The proxy stays on %1: %2").arg(baseUrl().toString(QUrl::RemovePath), error));
    m_config.listenAddress = config.listenAddress;
    m_config.port = config.port;
    m_port = port;
    Q_EMIT rebound(baseUrl());
}

void ProxyRuntime::reloadDisabledKeys()
{
    if (!m_service || m_stopped)
        return;
    QString error;
    auto queries = CallQueries::open(m_options.paths.databaseFile(), &error);
    QSet<QString> ids;
    if (queries)
        ids = queries->disabledKeyIds();
    if (!queries || !queries->lastError().isEmpty()) {
        Q_EMIT warning(tr("Cannot read which client keys are disabled: %1")
                           .arg(queries ? queries->lastError() : error));
        return;
    }
    m_service->setDisabledKeys(ids);
}

void ProxyRuntime::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    if (m_server && !paused) {
        QString error;
        if (!m_server->resume(&error))
            return Q_EMIT warning(error);
    } else if (m_server) {
        m_server->pause();
    }
    m_paused = paused;
    qCInfo(lcRuntime, paused ? "paused" : "resumed");
    Q_EMIT pausedChanged(paused);
}

QByteArray ProxyRuntime::watchedContents() const
{
    return readAll(m_options.paths.configFile) + QByteArray(1, '\0')
        + readAll(m_options.paths.priceOverridesFile());
}

void ProxyRuntime::watchFiles()
{
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        // A file replaced by a rename (QSaveFile, most editors) is no longer
        // watched: its directory is watched too, and the file again after each event.
        connect(m_watcher, &QFileSystemWatcher::fileChanged, &m_settle,
                qOverload<>(&QTimer::start));
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle,
                qOverload<>(&QTimer::start));
    }
    for (const QString &file : {m_options.paths.configFile, m_options.paths.priceOverridesFile()}) {
        const QString directory = QFileInfo(file).absolutePath();
        if (QFileInfo::exists(directory) && !m_watcher->directories().contains(directory))
            m_watcher->addPath(directory);
        if (QFileInfo::exists(file) && !m_watcher->files().contains(file))
            m_watcher->addPath(file);
    }
}

void ProxyRuntime::onFilesTouched()
{
    watchFiles();
    if (watchedContents() != m_loadedContents)
        reload();
}

QUrl ProxyRuntime::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QHostAddress &address = m_config.listenAddress;
    const bool anyAddress = address == QHostAddress::Any || address == QHostAddress::AnyIPv4
        || address == QHostAddress::AnyIPv6;
    url.setHost(anyAddress ? QStringLiteral("127.0.0.1") : address.toString());
    url.setPort(m_port);
    return url;
}

bool ProxyRuntime::stop(QString *error)
{
    m_stopped = true;
    m_settle.stop();
    delete m_watcher;
    m_watcher = nullptr;
    delete m_server; // no new calls
    m_server = nullptr;
    if (m_service)
        m_service->abandonInFlight();
    if (m_cacheStore)
        m_cacheStore->close(); // writes what is pending
    return m_writer->stop(error);
}
