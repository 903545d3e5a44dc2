#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class SecretStore;

// The per-install secret that salts client-key hashes, so ids in one user's
// database can't be matched against another's. It lives in the OS keychain;
// where there is none (a headless server), in a 0600 file in the data
// directory, and the log says so at every start: the fallback is never silent.
class InstallSecret
{
public:
    struct Result
    {
        QByteArray secret;
        QString warning; // set when the keychain could not be used
        QString error; // set when no secret could be obtained at all
    };

    static void obtain(SecretStore *store, const QString &fallbackFile,
                       std::function<void(const Result &)> done);
    static std::optional<QByteArray> readOrCreateFile(const QString &path, QString *error);
};
