#include "ledgerpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

QString LedgerPaths::priceOverridesFile() const
{
    return QFileInfo(configFile).absolutePath() + QLatin1String("/prices.json");
}

LedgerPaths LedgerPaths::resolve(const QString &dataDirOption, const QString &configOption)
{
    LedgerPaths paths;
    paths.dataDir = dataDirOption.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : QDir(dataDirOption).absolutePath();
    paths.configFile = configOption.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
            + QLatin1String("/config.json")
        : QFileInfo(configOption).absoluteFilePath();
    return paths;
}

bool LedgerPaths::ensureDataDir(QString *error) const
{
    if (QDir().mkpath(dataDir))
        return true;
    *error = QStringLiteral("cannot create the data directory %1").arg(dataDir);
    return false;
}
