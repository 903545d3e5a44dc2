#pragma once

#include "colorscheme.h"
#include "configdocument.h"
#include "connectiontester.h"
#include "desktoppreferences.h"
#include "ledgerpaths.h"
#include "ledgerreader.h"
#include "priceeditor.h"
#include "providereditor.h"
#include "providerlistmodel.h"
#include "proxysettings.h"
#include "proxystatus.h"
#include "retentionscheduler.h"

#include <QVariantMap>

#include <memory>

class LanguageManager;
class ProxyHost;
class SecretStore;

// The objects behind the window's pages, wired to the proxy host and to each other, made
// alike by the app (main.cpp) and by the window's tests, and handed to Main.qml as its
// initial properties. One instance per window.
class WindowServices
{
public:
    WindowServices(const LedgerPaths &paths, ProxyHost *host, LanguageManager *languages);
    ~WindowServices();

    QVariantMap initialProperties();

    ProxyStatus &status() { return m_status; }
    LedgerReader &reader() { return m_reader; }
    RetentionScheduler &retention() { return m_retention; }
    ColorScheme &colorScheme() { return m_colors; }

private:
    std::unique_ptr<SecretStore> m_secrets; // null where no keychain can exist
    ProxyStatus m_status;
    LedgerReader m_reader;
    ConfigDocument m_config;
    ProxySettings m_settings;
    DesktopPreferences m_desktop;
    ColorScheme m_colors;
    LanguageManager *m_languages;
    RetentionScheduler m_retention;
    PriceEditor m_prices;
    ProviderListModel m_providers;
    ProviderEditor m_providerEditor;
    ConnectionTester m_connectionTester;
};
