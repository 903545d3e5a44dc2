#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{ }

bool KeychainSecretStore::plausiblyAvailable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
    return true;
#endif
}

void KeychainSecretStore::read(const QString &name, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        switch (job->error()) {
        case QKeychain::NoError:
            done({Status::Ok, job->binaryData(), {}});
            break;
        case QKeychain::EntryNotFound:
            done({Status::NotFound, {}, {}});
            break;
        default:
            done({Status::Unavailable, {}, job->errorString()});
            break;
        }
    });
    job->start();
}

void KeychainSecretStore::write(const QString &name, const QByteArray &secret, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(name);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError, job->errorString());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &name, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const bool ok
            = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(ok, job->errorString());
    });
    job->start();
}
