#pragma once

#include <QString>

// Where LLM Ledger keeps its files. Defaults follow the platform (XDG on Linux:
// ~/.config/llmledger/config.json, ~/.local/share/llmledger/ledger.sqlite);
// --data-dir and --config move them.
struct LedgerPaths
{
    QString dataDir;
    QString configFile;

    QString databaseFile() const { return dataDir + QLatin1String("/ledger.sqlite"); }
    // User price overrides (also the target of `llmledger prices import`), beside the config.
    QString priceOverridesFile() const;
    QString installSecretFile() const { return dataDir + QLatin1String("/install-secret"); }

    static LedgerPaths resolve(const QString &dataDirOption, const QString &configOption);
    bool ensureDataDir(QString *error) const;
};
