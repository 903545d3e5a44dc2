#pragma once

#include "secretstore.h"

// SecretStore on the OS keychain through QtKeychain (Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows). Every job's error is
// checked: QtKeychain 0.13 reports a missing backend as OtherError, so anything
// but EntryNotFound counts as "keychain unavailable".
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &name, ReadCallback done) override;
    void write(const QString &name, const QByteArray &secret, WriteCallback done) override;
    void remove(const QString &name, WriteCallback done) override;

    // False when there is plainly no keychain to talk to (e.g. a Linux server
    // without a D-Bus session), so callers can say so at once instead of waiting.
    static bool plausiblyAvailable();

private:
    QString m_service;
};
