#include "secretstore.h"

void InMemorySecretStore::read(const QString &name, ReadCallback done)
{
    if (m_unavailable)
        return done({Status::Unavailable, {}, QStringLiteral("no keychain available")});
    const auto it = m_secrets.constFind(name);
    if (it == m_secrets.cend())
        return done({Status::NotFound, {}, {}});
    done({Status::Ok, *it, {}});
}

void InMemorySecretStore::write(const QString &name, const QByteArray &secret, WriteCallback done)
{
    if (m_unavailable)
        return done(false, QStringLiteral("no keychain available"));
    m_secrets.insert(name, secret);
    done(true, {});
}

void InMemorySecretStore::remove(const QString &name, WriteCallback done)
{
    if (m_unavailable)
        return done(false, QStringLiteral("no keychain available"));
    m_secrets.remove(name);
    done(true, {});
}
