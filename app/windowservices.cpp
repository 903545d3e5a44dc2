#include "windowservices.h"

#include "keychainsecretstore.h"
#include "languagemanager.h"
#include "proxyhost.h"

namespace {

std::unique_ptr<SecretStore> keychainIfAny()
{
    if (!KeychainSecretStore::plausiblyAvailable())
        return nullptr;
    return std::make_unique<KeychainSecretStore>(QStringLiteral("LLM Ledger"));
}

} // namespace

WindowServices::WindowServices(const LedgerPaths &paths, ProxyHost *host,
                               LanguageManager *languages)
    : m_secrets(keychainIfAny()), m_status(host), m_reader(paths.databaseFile()),
      m_config(paths.configFile), m_settings(&m_config), m_languages(languages),
      m_retention(paths.databaseFile(), paths.configFile), m_prices(paths),
      m_providers(&m_config, m_secrets.get(), &m_reader),
      m_providerEditor(&m_config, m_secrets.get()), m_connectionTester(m_secrets.get())
{
    QObject::connect(host, &ProxyHost::callsWritten, &m_reader, &LedgerReader::notifyCallsWritten);
    // A key stored or deleted in the keychain changes no file the proxy watches.
    QObject::connect(&m_providerEditor, &ProviderEditor::keysChanged, host, &ProxyHost::reload);
    QObject::connect(&m_providerEditor, &ProviderEditor::keysChanged, &m_providers,
                     &ProviderListModel::refresh);
    // A client key disabled or enabled on the Keys page (which then says the ledger changed).
    QObject::connect(&m_reader, &LedgerReader::ledgerChanged, host, &ProxyHost::reloadDisabledKeys);
    // Re-priced or deleted calls change every aggregate.
    QObject::connect(&m_prices, &PriceEditor::callsRepriced, &m_reader,
                     &LedgerReader::ledgerChanged);
    QObject::connect(&m_retention, &RetentionScheduler::finished, &m_reader,
                     [this](qint64 deleted) {
                         if (deleted > 0)
                             Q_EMIT m_reader.ledgerChanged();
                     });
}

WindowServices::~WindowServices() = default;

QVariantMap WindowServices::initialProperties()
{
    return {{QStringLiteral("status"), QVariant::fromValue(&m_status)},
            {QStringLiteral("ledger"), QVariant::fromValue(&m_reader)},
            {QStringLiteral("settings"), QVariant::fromValue(&m_settings)},
            {QStringLiteral("languages"), QVariant::fromValue(m_languages)},
            {QStringLiteral("desktop"), QVariant::fromValue(&m_desktop)},
            {QStringLiteral("colors"), QVariant::fromValue(&m_colors)},
            {QStringLiteral("retention"), QVariant::fromValue(&m_retention)},
            {QStringLiteral("prices"), QVariant::fromValue(&m_prices)},
            {QStringLiteral("providers"), QVariant::fromValue(&m_providers)},
            {QStringLiteral("providerEditor"), QVariant::fromValue(&m_providerEditor)},
            {QStringLiteral("connectionTester"), QVariant::fromValue(&m_connectionTester)}};
}
