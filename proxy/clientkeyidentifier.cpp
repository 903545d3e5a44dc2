#include "clientkeyidentifier.h"

#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <argon2.h>

namespace {
// OWASP's minimum for argon2id: ~19 ms here. Enough to make a stolen database
// useless for guessing keys; paid once per distinct key.
constexpr uint32_t TimeCost = 2;
constexpr uint32_t MemoryCostKiB = 19456;
constexpr uint32_t Parallelism = 1;
constexpr size_t HashBytes = 8;
} // namespace

ClientKeyIdentifier::ClientKeyIdentifier(const QByteArray &installSecret, QObject *parent)
    : QObject(parent), m_secret(installSecret)
{ }

QByteArray ClientKeyIdentifier::digest(const QByteArray &key)
{
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256);
}

QString ClientKeyIdentifier::hint(const QByteArray &key)
{
    if (key.size() < 12)
        return QStringLiteral("…");
    const qsizetype dash = key.indexOf('-');
    QByteArray prefix = (dash > 0 && dash <= 7) ? key.left(dash + 1) : QByteArray();
    // Always keep at least eight characters hidden, whatever the key's shape.
    if (key.size() < prefix.size() + 4 + 8)
        prefix.clear();
    return QString::fromLatin1(prefix) % QStringLiteral("…") % QString::fromLatin1(key.right(4));
}

QString ClientKeyIdentifier::computeId(const QByteArray &key, const QByteArray &salt)
{
    uchar hash[HashBytes];
    const int rc = argon2id_hash_raw(TimeCost, MemoryCostKiB, Parallelism, key.constData(),
                                     size_t(key.size()), salt.constData(), size_t(salt.size()),
                                     hash, HashBytes);
    if (rc != ARGON2_OK)
        return QString();
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), HashBytes).toHex());
}

void ClientKeyIdentifier::prepare(const QByteArray &key)
{
    if (key.isEmpty())
        return;
    const QByteArray d = digest(key);
    if (!m_ids.contains(d) && !m_waiting.contains(d))
        startHash(d, key);
}

void ClientKeyIdentifier::identify(const QByteArray &key, Callback done)
{
    if (key.isEmpty())
        return done(QString());
    const QByteArray d = digest(key);
    if (const auto it = m_ids.constFind(d); it != m_ids.cend())
        return done(*it);
    if (!m_waiting.contains(d))
        startHash(d, key);
    m_waiting[d].callbacks.append(std::move(done));
}

void ClientKeyIdentifier::startHash(const QByteArray &d, const QByteArray &key)
{
    m_waiting.insert(d, {key, {}});
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, d] {
        watcher->deleteLater();
        resolve(d, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&ClientKeyIdentifier::computeId, key, m_secret));
}

void ClientKeyIdentifier::resolve(const QByteArray &digest, const QString &id)
{
    m_ids.insert(digest, id);
    const Waiting waiting = m_waiting.take(digest);
    for (const Callback &callback : waiting.callbacks)
        callback(id);
}

void ClientKeyIdentifier::finishPending()
{
    const QList<QByteArray> digests = m_waiting.keys();
    for (const QByteArray &d : digests)
        resolve(d, computeId(m_waiting.value(d).key, m_secret));
}
