#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

// Where secrets live: provider API keys and the install secret that salts the
// client-key hashes. The real store is the OS keychain (KeychainSecretStore);
// tests use InMemorySecretStore. There is deliberately no plain-text
// implementation that a failing keychain could silently fall back to.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound, // the store works but holds no such entry
        Unavailable, // no usable keychain (no backend, locked, denied, ...)
    };
    struct ReadResult
    {
        Status status = Status::Unavailable;
        QByteArray secret;
        QString error;
    };
    using ReadCallback = std::function<void(const ReadResult &)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    using QObject::QObject;

    virtual void read(const QString &name, ReadCallback done) = 0;
    virtual void write(const QString &name, const QByteArray &secret, WriteCallback done) = 0;
    virtual void remove(const QString &name, WriteCallback done) = 0;
};

// Keeps secrets in memory only: for tests and for one-off runs.
class InMemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString &name, ReadCallback done) override;
    void write(const QString &name, const QByteArray &secret, WriteCallback done) override;
    void remove(const QString &name, WriteCallback done) override;
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }

private:
    QHash<QString, QByteArray> m_secrets;
    bool m_unavailable = false;
};
