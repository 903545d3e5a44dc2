#include "clientkeyidentifier.h"

#include <QFutureWatcherBase>
#include <QRegularExpression>
#include <QTest>
#include <QThreadPool>

namespace {

const QByteArray Secret = "ledger-install-secret-0001";
const QByteArray KeyA = "sk-proj-test-key-0123456789abcdefghijklmnop";
const QByteArray KeyB = "sk-ant-api03-another-key-ABCDEFGHIJKLMNOPQRSTUV";

// Hash jobs still running on the thread pool.
int pendingHashes(const ClientKeyIdentifier &identifier)
{
    return int(identifier.findChildren<QFutureWatcherBase *>().size());
}

struct Answers
{
    QStringList ids;
    ClientKeyIdentifier::Callback collect()
    {
        return [this](const QString &id) {
            ids << id;
        };
    }
};

} // namespace

class TestClientKeyIdentifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void computeIdIsSixteenHexCharacters();
    void computeIdIsArgon2id();
    void computeIdIsDeterministic();
    void computeIdDependsOnKeyAndSalt();
    void newKeyIsAnsweredAsynchronously();
    void knownKeyIsAnsweredAtOnce();
    void concurrentIdentifyHashesOnce();
    void distinctKeysGetDistinctIds();
    void prepareWarmsTheCache();
    void emptyKeyHasNoId();
    void finishPendingAnswersSynchronously();
    void destroyedWhileHashing();
    void hint_data();
    void hint();
    void hintNeverShowsTheWholeKey();
};

void TestClientKeyIdentifier::cleanup()
{
    // No hash job may outlive its test and answer into the next one.
    QThreadPool::globalInstance()->waitForDone();
}

void TestClientKeyIdentifier::computeIdIsSixteenHexCharacters()
{
    const QString id = ClientKeyIdentifier::computeId(KeyA, Secret);
    static const QRegularExpression hex16(QStringLiteral("^[0-9a-f]{16}$"));
    QVERIFY2(hex16.match(id).hasMatch(), qPrintable(id));
}

void TestClientKeyIdentifier::computeIdIsArgon2id()
{
    // Reference value from a separate C program calling libargon2's
    // argon2id_hash_raw with OWASP's minimum parameters (t=2, m=19456 KiB, p=1)
    // and an 8-byte output. Stored ids must not change between versions.
    QCOMPARE(ClientKeyIdentifier::computeId(KeyA, Secret), QStringLiteral("2c5d0b4e27f4898c"));
}

void TestClientKeyIdentifier::computeIdIsDeterministic()
{
    QCOMPARE(ClientKeyIdentifier::computeId(KeyA, Secret),
             ClientKeyIdentifier::computeId(KeyA, Secret));
}

void TestClientKeyIdentifier::computeIdDependsOnKeyAndSalt()
{
    const QString base = ClientKeyIdentifier::computeId(KeyA, Secret);
    QVERIFY(base != ClientKeyIdentifier::computeId(KeyB, Secret));
    QVERIFY(base != ClientKeyIdentifier::computeId(KeyA, "ledger-install-secret-0002"));
    // One byte more in the key is another key.
    QVERIFY(base != ClientKeyIdentifier::computeId(KeyA + 'x', Secret));
    // The id is not the key, nor any part of it.
    QVERIFY(!QString::fromLatin1(KeyA).contains(base));
}

void TestClientKeyIdentifier::newKeyIsAnsweredAsynchronously()
{
    ClientKeyIdentifier identifier(Secret);
    Answers answers;
    identifier.identify(KeyA, answers.collect());
    // The request that brought the key must not wait for argon2.
    QVERIFY(answers.ids.isEmpty());
    QCOMPARE(identifier.knownKeys(), 0);
    QTRY_COMPARE(answers.ids.size(), 1);
    QCOMPARE(answers.ids.at(0), ClientKeyIdentifier::computeId(KeyA, Secret));
    QCOMPARE(identifier.knownKeys(), 1);
}

void TestClientKeyIdentifier::knownKeyIsAnsweredAtOnce()
{
    ClientKeyIdentifier identifier(Secret);
    Answers first;
    identifier.identify(KeyA, first.collect());
    QTRY_COMPARE(first.ids.size(), 1);
    QTRY_COMPARE(pendingHashes(identifier), 0);

    Answers second;
    identifier.identify(KeyA, second.collect());
    QCOMPARE(second.ids, first.ids); // within the call, no event loop needed
    QCOMPARE(pendingHashes(identifier), 0); // and no second hash
    QCOMPARE(identifier.knownKeys(), 1);
}

void TestClientKeyIdentifier::concurrentIdentifyHashesOnce()
{
    ClientKeyIdentifier identifier(Secret);
    Answers first, second;
    identifier.identify(KeyA, first.collect());
    identifier.identify(KeyA, second.collect());
    QVERIFY(first.ids.isEmpty());
    QVERIFY(second.ids.isEmpty());
    QCOMPARE(pendingHashes(identifier), 1); // one argon2 computation for both

    QTRY_COMPARE(first.ids.size(), 1);
    QTRY_COMPARE(second.ids.size(), 1);
    QCOMPARE(first.ids, second.ids);
    QCOMPARE(identifier.knownKeys(), 1);
}

void TestClientKeyIdentifier::distinctKeysGetDistinctIds()
{
    ClientKeyIdentifier identifier(Secret);
    Answers a, b;
    identifier.identify(KeyA, a.collect());
    identifier.identify(KeyB, b.collect());
    QCOMPARE(pendingHashes(identifier), 2);
    QTRY_COMPARE(a.ids.size(), 1);
    QTRY_COMPARE(b.ids.size(), 1);
    QVERIFY(a.ids.at(0) != b.ids.at(0));
    QCOMPARE(b.ids.at(0), ClientKeyIdentifier::computeId(KeyB, Secret));
    QCOMPARE(identifier.knownKeys(), 2);
}

void TestClientKeyIdentifier::prepareWarmsTheCache()
{
    ClientKeyIdentifier identifier(Secret);
    identifier.prepare(KeyA);
    identifier.prepare(KeyA); // a second prepare starts no second hash
    QCOMPARE(pendingHashes(identifier), 1);
    QTRY_COMPARE(identifier.knownKeys(), 1);

    Answers answers;
    identifier.identify(KeyA, answers.collect());
    QCOMPARE(answers.ids, QStringList{ClientKeyIdentifier::computeId(KeyA, Secret)});
}

void TestClientKeyIdentifier::emptyKeyHasNoId()
{
    ClientKeyIdentifier identifier(Secret);
    Answers answers;
    identifier.identify(QByteArray(), answers.collect());
    QCOMPARE(answers.ids.size(), 1);
    QVERIFY(answers.ids.at(0).isEmpty());
    identifier.prepare(QByteArray());
    QCOMPARE(pendingHashes(identifier), 0);
    QCOMPARE(identifier.knownKeys(), 0);
}

void TestClientKeyIdentifier::finishPendingAnswersSynchronously()
{
    ClientKeyIdentifier identifier(Secret);
    Answers a1, a2, b;
    identifier.identify(KeyA, a1.collect());
    identifier.identify(KeyA, a2.collect());
    identifier.identify(KeyB, b.collect());
    QVERIFY(a1.ids.isEmpty() && a2.ids.isEmpty() && b.ids.isEmpty());

    identifier.finishPending();
    const QString idA = ClientKeyIdentifier::computeId(KeyA, Secret);
    QCOMPARE(a1.ids, QStringList{idA});
    QCOMPARE(a2.ids, QStringList{idA});
    QCOMPARE(b.ids, QStringList{ClientKeyIdentifier::computeId(KeyB, Secret)});
    QCOMPARE(identifier.knownKeys(), 2);

    // When the pool's own hashes land later, nobody is answered twice.
    QTRY_COMPARE(pendingHashes(identifier), 0);
    QCoreApplication::processEvents();
    QCOMPARE(a1.ids.size(), 1);
    QCOMPARE(a2.ids.size(), 1);
    QCOMPARE(b.ids.size(), 1);
    QCOMPARE(identifier.knownKeys(), 2);
}

void TestClientKeyIdentifier::destroyedWhileHashing()
{
    Answers answers;
    {
        ClientKeyIdentifier identifier(Secret);
        identifier.identify(KeyA, answers.collect());
    }
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QVERIFY(answers.ids.isEmpty());
}

void TestClientKeyIdentifier::hint_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("hint");

    const QString ellipsis(QChar(0x2026));
    QTest::newRow("openai project key")
        << QByteArray("sk-proj-abcdefghijklmnopqrstuvwxyz")
        << QString(QStringLiteral("sk-") + ellipsis + QStringLiteral("wxyz"));
    QTest::newRow("anthropic key")
        << QByteArray("sk-ant-api03-0123456789abcdefghijklmnopqrs-AbCd")
        << QString(QStringLiteral("sk-") + ellipsis + QStringLiteral("AbCd"));
    QTest::newRow("six-letter prefix")
        << QByteArray("abcdef-ghijklmnop1234")
        << QString(QStringLiteral("abcdef-") + ellipsis + QStringLiteral("1234"));
    QTest::newRow("dash too far") << QByteArray("abcdefghij-klmnopqrst")
                                  << QString(ellipsis + QStringLiteral("qrst"));
    QTest::newRow("no dash") << QByteArray("AIzaSyD0123456789abcdXYZ1")
                             << QString(ellipsis + QStringLiteral("XYZ1"));
    QTest::newRow("leading dash") << QByteArray("-abcdefghijklmno9876")
                                  << QString(ellipsis + QStringLiteral("9876"));
    QTest::newRow("short key") << QByteArray("sk-local") << ellipsis;
    QTest::newRow("11 characters") << QByteArray("sk-12345678") << ellipsis;
    QTest::newRow("empty") << QByteArray() << ellipsis;
}

void TestClientKeyIdentifier::hint()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, hint);
    QCOMPARE(ClientKeyIdentifier::hint(key), hint);
}

void TestClientKeyIdentifier::hintNeverShowsTheWholeKey()
{
    const QString ellipsis(QChar(0x2026));
    // Every key length around the short-key limit, with its first dash anywhere.
    for (int length = 0; length <= 24; ++length) {
        for (int dash = -1; dash < length; ++dash) {
            QByteArray key(length, '\0');
            for (int i = 0; i < length; ++i)
                key[i] = "0123456789abcdefghijklmnopqrstuvwxyz"[i];
            if (dash >= 0)
                key[dash] = '-';
            const QString hint = ClientKeyIdentifier::hint(key);
            QVERIFY2(hint.contains(ellipsis), key.constData());
            const qsizetype shown = hint.size() - ellipsis.size();
            QVERIFY2(shown < length || length == 0,
                     qPrintable(QString::fromLatin1(key) + QStringLiteral(" -> ") + hint));
        }
    }
}

QTEST_GUILESS_MAIN(TestClientKeyIdentifier)
#include "tst_clientkeyidentifier.moc"
