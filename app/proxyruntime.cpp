#include "proxyruntime.h"

#include "calllogwriter.h"
#include "clientkeyidentifier.h"
#include "installsecret.h"
#include "keychainsecretstore.h"
#include "pricetable.h"
#include "proxyserver.h"
#include "proxyservice.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRuntime, "ledger.app", QtInfoMsg)

ProxyRuntime::ProxyRuntime(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_writer(new CallLogWriter(this))
{ }

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

void ProxyRuntime::start()
{
    QString error;
    if (!m_options.paths.ensureDataDir(&error))
        return Q_EMIT failed(error);

    ConfigResult loaded = ConfigLoader::loadFile(m_options.paths.configFile);
    if (!loaded.config)
        return Q_EMIT failed(loaded.error);
    m_config = *loaded.config;
    if (m_options.listenAddress)
        m_config.listenAddress = *m_options.listenAddress;
    if (m_options.port)
        m_config.port = *m_options.port;

    const auto prices = loadPrices(m_options.paths, m_config, &error);
    if (!prices)
        return Q_EMIT failed(error);

    if (!m_writer->start(m_options.paths.databaseFile(), &error))
        return Q_EMIT failed(QStringLiteral("cannot open the database %1: %2")
                                 .arg(m_options.paths.databaseFile(), error));

    m_service = new ProxyService(m_config, *prices, this);
    CallLogWriter *writer = m_writer;
    m_service->setCallSink([writer](CallRecord record) { writer->enqueue(std::move(record)); });

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
                              loadProviderKeys();
                          });
}

void ProxyRuntime::loadProviderKeys()
{
    auto pending = std::make_shared<int>(1); // one for this function itself
    auto settle = [this, pending] {
        if (--*pending == 0)
            listen();
    };
    for (const ProviderConfig &p : std::as_const(m_config.providers)) {
        if (p.keySource == ProviderConfig::KeySource::Environment) {
            const QByteArray key = qgetenv(p.keyName.toLocal8Bit().constData());
            if (key.isEmpty())
                Q_EMIT warning(QStringLiteral("provider \"%1\": environment variable %2 is not set")
                                   .arg(p.id, p.keyName));
            else
                m_service->setProviderKey(p.id, key);
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
                            [this, id, settle](const SecretStore::ReadResult &read) {
                                if (read.status == SecretStore::Status::Ok)
                                    m_service->setProviderKey(id, read.secret);
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
    Q_EMIT started(baseUrl());
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
    delete m_server; // no new calls
    m_server = nullptr;
    if (m_service)
        m_service->abandonInFlight();
    return m_writer->stop(error);
}
