#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

// Turns the API key a client sent into a stable, non-reversible id for per-key
// analytics: argon2id over the key, salted with a per-install secret. argon2id is
// deliberately slow (~20 ms), so each distinct key is hashed once, on the thread
// pool, and the id memoised; the request that brought a new key never waits for it.
class ClientKeyIdentifier : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const QString &keyId)>;

    explicit ClientKeyIdentifier(const QByteArray &installSecret, QObject *parent = nullptr);

    // Starts hashing a key not seen before; cheap when the key is known.
    void prepare(const QByteArray &key);
    // Calls done with the key's id: at once when known, else once the hash is ready.
    void identify(const QByteArray &key, Callback done);
    int knownKeys() const { return int(m_ids.size()); }
    // Computes, on this thread, every id still being hashed and answers those
    // waiting for it: at shutdown, so no record is lost waiting for its key id.
    void finishPending();

    // "sk-…a1b2": enough for a person to recognise their key, useless to anyone else.
    static QString hint(const QByteArray &key);
    // The blocking argon2id computation: 16 hex characters.
    static QString computeId(const QByteArray &key, const QByteArray &salt);

private:
    static QByteArray digest(const QByteArray &key);
    void startHash(const QByteArray &digest, const QByteArray &key);

    QByteArray m_secret;
    QHash<QByteArray, QString> m_ids; // SHA-256 of the key -> id; the key itself is not kept
    struct Waiting
    {
        QByteArray key; // held only while its hash is computed
        QList<Callback> callbacks;
    };
    QHash<QByteArray, Waiting> m_waiting;
    void resolve(const QByteArray &digest, const QString &id);
};
