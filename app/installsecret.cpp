#include "installsecret.h"

#include "secretstore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

namespace {
const QString EntryName = QStringLiteral("install-secret");
constexpr int SecretBytes = 32;

QByteArray randomSecret()
{
    QByteArray secret(SecretBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(secret.data()),
                                         reinterpret_cast<quint32 *>(secret.data() + SecretBytes));
    return secret;
}
} // namespace

std::optional<QByteArray> InstallSecret::readOrCreateFile(const QString &path, QString *error)
{
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QByteArray secret = existing.readAll();
        if (secret.size() == SecretBytes)
            return secret;
    }
    QSaveFile file(path);
    const QByteArray secret = randomSecret();
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(secret) != SecretBytes || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return secret;
}

void InstallSecret::obtain(SecretStore *store, const QString &fallbackFile,
                           std::function<void(const Result &)> done)
{
    auto useFile = [fallbackFile, done](const QString &why) {
        Result result;
        QString error;
        if (const auto secret = readOrCreateFile(fallbackFile, &error)) {
            result.secret = *secret;
            result.warning = QStringLiteral("no OS keychain (%1): the install secret that salts "
                                            "client-key ids is kept in %2 (mode 0600)")
                                 .arg(why, fallbackFile);
        } else {
            result.error = error;
        }
        done(result);
    };
    if (!store)
        return useFile(QStringLiteral("none available"));

    store->read(
        EntryName, [store, fallbackFile, done, useFile](const SecretStore::ReadResult &read) {
            if (read.status == SecretStore::Status::Ok && read.secret.size() == SecretBytes)
                return done({read.secret, {}, {}});
            if (read.status == SecretStore::Status::Unavailable)
                return useFile(read.error);
            // A keychain that appeared after runs without one adopts the file's secret,
            // so the ids of known client keys stay what they were.
            QFile file(fallbackFile);
            QByteArray secret
                = file.open(QIODevice::ReadOnly) ? file.read(SecretBytes + 1) : QByteArray();
            if (secret.size() != SecretBytes)
                secret = randomSecret();
            store->write(EntryName, secret, [secret, done, useFile](bool ok, const QString &error) {
                if (ok)
                    done({secret, {}, {}});
                else
                    useFile(error);
            });
        });
}
