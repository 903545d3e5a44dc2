#pragma once

#include "ledgerpaths.h"
#include "pricetable.h"
#include "proxyconfig.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class CallLogWriter;
class ClientKeyIdentifier;
class ProxyServer;
class ProxyService;
class ResponseCacheStore;
class SecretStore;

// Assembles and runs the recording proxy: config, prices, the log writer, the
// secrets (install secret and injected provider keys) and the HTTP server. Used
// alike by `llmledger --headless` and the desktop app. start() is asynchronous
// because keychain reads are; stop() flushes every pending row.
//
// Once started it watches the config file and the price overrides file and
// applies their changes live (reload()): calls in flight finish with the
// settings they started with, an invalid file leaves the running settings as
// they are (warning()), and a new listen address or port is opened before the
// old one closes.
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
    // Reads the config, the prices and the provider keys again (keychain and
    // environment too: call it after storing a key); new calls use them.
    void reload();
    // Paused, the proxy accepts no connection; calls in flight complete.
    void setPaused(bool paused);
    // Reads again from the database which client keys the proxy refuses (start() and reload()
    // read them too): one small query after the app changed one, never per call.
    void reloadDisabledKeys();
    bool isPaused() const { return m_paused; }

    QUrl baseUrl() const; // http://127.0.0.1:<port>
    CallLogWriter *writer() const { return m_writer; }
    ProxyService *service() const { return m_service; }
    ResponseCacheStore *cacheStore() const { return m_cacheStore; }
    // The response cache's own database, beside the ledger's.
    static QString cacheFile(const LedgerPaths &paths);

    static std::optional<PriceTable> loadPrices(const LedgerPaths &paths, const ProxyConfig &config,
                                                QString *error);

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &error);
    void warning(const QString &message);
    void reloaded(); // new calls use the settings of the files as they are now
    void rebound(const QUrl &baseUrl); // the listen address or port changed
    void pausedChanged(bool paused);

private:
    using KeysCallback = std::function<void(const QHash<QString, QByteArray> &)>;

    std::optional<ProxyConfig> loadConfig(QString *error) const;
    void readProviderKeys(const ProxyConfig &config, KeysCallback done);
    void apply(const ProxyConfig &config, const PriceTable &prices,
               const QHash<QString, QByteArray> &keys);
    void rebind(const ProxyConfig &config);
    void listen();
    void openCache();
    void watchFiles();
    void onFilesTouched();
    QByteArray watchedContents() const;

    Options m_options;
    ProxyConfig m_config; // what runs, with the listen address actually in use
    CallLogWriter *m_writer = nullptr;
    SecretStore *m_secrets = nullptr;
    ClientKeyIdentifier *m_keyIdentifier = nullptr;
    ProxyService *m_service = nullptr;
    ResponseCacheStore *m_cacheStore = nullptr;
    ProxyServer *m_server = nullptr;
    quint16 m_port = 0;
    bool m_paused = false;
    bool m_stopped = false;
    int m_generation = 0; // of reloads, so that a slow keychain read cannot undo a later one
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_settle;
    QByteArray m_loadedContents;
};
