#include "secretstore.h"

#include <QTest>

#include <optional>

// InMemorySecretStore, driven through the SecretStore interface as the app does.
class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readMissingIsNotFound();
    void writeThenRead();
    void overwrite();
    void namesAreIndependent();
    void removeThenRead();
    void removeMissingSucceeds();
    void unavailableFailsEverything();

private:
    static SecretStore::ReadResult read(SecretStore &store, const QString &name);
    static std::pair<bool, QString> write(SecretStore &store, const QString &name,
                                          const QByteArray &secret);
    static std::pair<bool, QString> remove(SecretStore &store, const QString &name);
};

// The interface is asynchronous; wait for the callback without assuming when it comes.
SecretStore::ReadResult TestSecretStore::read(SecretStore &store, const QString &name)
{
    std::optional<SecretStore::ReadResult> result;
    store.read(name, [&result](const SecretStore::ReadResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }))
        return {SecretStore::Status::Unavailable, {}, QStringLiteral("read callback never came")};
    return *result;
}

std::pair<bool, QString> TestSecretStore::write(SecretStore &store, const QString &name,
                                                const QByteArray &secret)
{
    std::optional<std::pair<bool, QString>> result;
    store.write(name, secret, [&result](bool ok, const QString &error) { result = {ok, error}; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }))
        return {false, QStringLiteral("write callback never came")};
    return *result;
}

std::pair<bool, QString> TestSecretStore::remove(SecretStore &store, const QString &name)
{
    std::optional<std::pair<bool, QString>> result;
    store.remove(name, [&result](bool ok, const QString &error) { result = {ok, error}; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }))
        return {false, QStringLiteral("remove callback never came")};
    return *result;
}

void TestSecretStore::readMissingIsNotFound()
{
    InMemorySecretStore store;
    const SecretStore::ReadResult r = read(store, QStringLiteral("openai"));
    QVERIFY(r.status == SecretStore::Status::NotFound);
    QVERIFY(r.secret.isEmpty());
}

void TestSecretStore::writeThenRead()
{
    InMemorySecretStore store;
    // Binary secrets (the install salt) survive byte for byte.
    const QByteArray secret("sk-\0\x01\xff-tail", 11);
    const auto [ok, error] = write(store, QStringLiteral("install-secret"), secret);
    QVERIFY2(ok, qPrintable(error));
    const SecretStore::ReadResult r = read(store, QStringLiteral("install-secret"));
    QVERIFY(r.status == SecretStore::Status::Ok);
    QCOMPARE(r.secret, secret);
    QVERIFY(r.error.isEmpty());
}

void TestSecretStore::overwrite()
{
    InMemorySecretStore store;
    QVERIFY(write(store, QStringLiteral("k"), "first").first);
    QVERIFY(write(store, QStringLiteral("k"), "second").first);
    QCOMPARE(read(store, QStringLiteral("k")).secret, QByteArray("second"));
}

void TestSecretStore::namesAreIndependent()
{
    InMemorySecretStore store;
    QVERIFY(write(store, QStringLiteral("a"), "secret-a").first);
    QVERIFY(write(store, QStringLiteral("b"), "secret-b").first);
    QCOMPARE(read(store, QStringLiteral("a")).secret, QByteArray("secret-a"));
    QCOMPARE(read(store, QStringLiteral("b")).secret, QByteArray("secret-b"));
    QVERIFY(read(store, QStringLiteral("A")).status == SecretStore::Status::NotFound);

    // Two stores do not share entries.
    InMemorySecretStore other;
    QVERIFY(read(other, QStringLiteral("a")).status == SecretStore::Status::NotFound);
}

void TestSecretStore::removeThenRead()
{
    InMemorySecretStore store;
    QVERIFY(write(store, QStringLiteral("a"), "secret-a").first);
    QVERIFY(write(store, QStringLiteral("b"), "secret-b").first);
    const auto [ok, error] = remove(store, QStringLiteral("a"));
    QVERIFY2(ok, qPrintable(error));
    QVERIFY(read(store, QStringLiteral("a")).status == SecretStore::Status::NotFound);
    QCOMPARE(read(store, QStringLiteral("b")).secret, QByteArray("secret-b"));
}

void TestSecretStore::removeMissingSucceeds()
{
    InMemorySecretStore store;
    QVERIFY(remove(store, QStringLiteral("never-written")).first);
}

void TestSecretStore::unavailableFailsEverything()
{
    InMemorySecretStore store;
    QVERIFY(write(store, QStringLiteral("kept"), "old").first);
    store.setUnavailable(true);

    const SecretStore::ReadResult r = read(store, QStringLiteral("kept"));
    QVERIFY(r.status == SecretStore::Status::Unavailable);
    QVERIFY(r.secret.isEmpty());
    QVERIFY(!r.error.isEmpty());

    const auto [writeOk, writeError] = write(store, QStringLiteral("new"), "value");
    QVERIFY(!writeOk);
    QVERIFY(!writeError.isEmpty());
    const auto [removeOk, removeError] = remove(store, QStringLiteral("kept"));
    QVERIFY(!removeOk);
    QVERIFY(!removeError.isEmpty());

    // Nothing changed while the store was unavailable.
    store.setUnavailable(false);
    QCOMPARE(read(store, QStringLiteral("kept")).secret, QByteArray("old"));
    QVERIFY(read(store, QStringLiteral("new")).status == SecretStore::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
