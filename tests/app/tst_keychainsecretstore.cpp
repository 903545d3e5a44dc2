#include "keychainsecretstore.h"

#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

#include <optional>

// KeychainSecretStore against a real Secret Service. Needs a D-Bus session with an
// unlocked keyring, e.g.
//   dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets;
//                              ./tst_keychainsecretstore'
// (with a temporary HOME and XDG_DATA_HOME); skips with the reason otherwise.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    struct Written
    {
        bool ok = false;
        QString error;
    };

    static constexpr int TimeoutMs = 20000;

    std::optional<SecretStore::ReadResult> read(const QString &name)
    {
        std::optional<SecretStore::ReadResult> result;
        m_store->read(name, [&result](const SecretStore::ReadResult &r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, TimeoutMs);
        return result;
    }

    std::optional<Written> write(const QString &name, const QByteArray &secret)
    {
        std::optional<Written> result;
        m_store->write(name, secret, [&result](bool ok, const QString &error) {
            result = Written{ok, error};
        });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, TimeoutMs);
        return result;
    }

    std::optional<Written> remove(const QString &name)
    {
        std::optional<Written> result;
        m_store->remove(name, [&result](bool ok, const QString &error) {
            result = Written{ok, error};
        });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, TimeoutMs);
        return result;
    }

    // One service name per run, so parallel or aborted runs never see each other's entries.
    const QString m_service
        = QLatin1String("LLM Ledger test ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    KeychainSecretStore *m_store = nullptr;
    QStringList m_written;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session (DBUS_SESSION_BUS_ADDRESS unset): run inside dbus-run-session "
                  "with an unlocked gnome-keyring-daemon to test the Secret Service");
        QVERIFY(KeychainSecretStore::plausiblyAvailable());
        m_store = new KeychainSecretStore(m_service, this);

        // The first write tells whether there is a usable keyring at all.
        const QString probe = QStringLiteral("probe");
        const auto written = write(probe, "probe-value");
        if (!written)
            QSKIP("the Secret Service did not answer within 20 s (a locked keyring waiting for a "
                  "prompt?)");
        if (!written->ok) {
            const QByteArray why = "no usable Secret Service (keychain unavailable: "
                + written->error.toUtf8() + ')';
            QSKIP(why.constData());
        }
        m_written << probe;
    }

    void cleanupTestCase()
    {
        if (!m_store)
            return;
        for (const QString &name : std::as_const(m_written)) {
            const auto removed = remove(name);
            if (!removed || !removed->ok)
                qWarning("could not remove test entry %s of %s", qPrintable(name),
                         qPrintable(m_service));
        }
    }

    void roundTrip()
    {
        // Binary, with NUL bytes and high bytes, exactly like the install secret.
        QByteArray secret(32, Qt::Uninitialized);
        QRandomGenerator::global()->generate(
            reinterpret_cast<quint32 *>(secret.data()),
            reinterpret_cast<quint32 *>(secret.data() + secret.size()));
        secret[0] = '\0';
        secret[1] = char(0xff);
        const QString name = QStringLiteral("install-secret");
        m_written << name;

        const auto written = write(name, secret);
        QVERIFY(written);
        QVERIFY2(written->ok, qPrintable(written->error));

        const auto read = this->read(name);
        QVERIFY(read);
        QCOMPARE(int(read->status), int(SecretStore::Status::Ok));
        QCOMPARE(read->secret, secret);

        // Overwriting replaces the value.
        QVERIFY(write(name, "second value")->ok);
        QCOMPARE(this->read(name)->secret, QByteArray("second value"));

        const auto removed = remove(name);
        QVERIFY(removed);
        QVERIFY2(removed->ok, qPrintable(removed->error));
        const auto gone = this->read(name);
        QVERIFY(gone);
        QCOMPARE(int(gone->status), int(SecretStore::Status::NotFound));
        QVERIFY(gone->secret.isEmpty());
    }

    void missingEntryIsNotFound()
    {
        const auto read = this->read(QStringLiteral("provider/never-written"));
        QVERIFY(read);
        QCOMPARE(int(read->status), int(SecretStore::Status::NotFound));
        // Removing what is not there is not an error.
        const auto removed = remove(QStringLiteral("provider/never-written"));
        QVERIFY(removed);
        QVERIFY2(removed->ok, qPrintable(removed->error));
    }

    void entriesAreSeparateByName()
    {
        const QString a = QStringLiteral("provider/openai"),
                      b = QStringLiteral("provider/anthropic");
        m_written << a << b;
        QVERIFY(write(a, "sk-a")->ok);
        QVERIFY(write(b, "sk-b")->ok);
        QCOMPARE(read(a)->secret, QByteArray("sk-a"));
        QCOMPARE(read(b)->secret, QByteArray("sk-b"));

        // Another service name sees none of them.
        KeychainSecretStore other(m_service + QLatin1String(" other"));
        std::optional<SecretStore::ReadResult> result;
        other.read(a, [&result](const SecretStore::ReadResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), TimeoutMs);
        QCOMPARE(int(result->status), int(SecretStore::Status::NotFound));
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
