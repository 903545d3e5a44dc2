#pragma once

#include "ledgerpaths.h"
#include "pricetable.h"
#include "proxyconfig.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <optional>

class CallLogWriter;
class ClientKeyIdentifier;
class ProxyServer;
class ProxyService;
class SecretStore;

// Assembles and runs the recording proxy: config, prices, the log writer, the
// secrets (install secret and injected provider keys) and the HTTP server. Used
// alike by `llmledger --headless` and the desktop app. start() is asynchronous
// because keychain reads are; stop() flushes every pending row.
class ProxyRuntime : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        LedgerPaths paths;
        std::optional<QHostAddress> listenAddress; // overrides the config file
        std::optional<quint16> port;
    };

    explicit ProxyRuntime(Options options, QObject *parent = nullptr);
    ~ProxyRuntime() override;

    void start();
    bool stop(QString *error = nullptr);

    QUrl baseUrl() const; // http://127.0.0.1:<port>
    CallLogWriter *writer() const { return m_writer; }
    ProxyService *service() const { return m_service; }

    static std::optional<PriceTable> loadPrices(const LedgerPaths &paths, const ProxyConfig &config,
                                                QString *error);

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &error);
    void warning(const QString &message);

private:
    void loadProviderKeys();
    void listen();

    Options m_options;
    ProxyConfig m_config;
    CallLogWriter *m_writer = nullptr;
    SecretStore *m_secrets = nullptr;
    ClientKeyIdentifier *m_keyIdentifier = nullptr;
    ProxyService *m_service = nullptr;
    ProxyServer *m_server = nullptr;
    QHash<QString, QByteArray> m_providerKeys;
    quint16 m_port = 0;
};
