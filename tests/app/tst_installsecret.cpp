#include "apptestsupport.h"
#include "installsecret.h"
#include "secretstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

// The per-install secret: in the keychain when there is one, else in a 0600 file
// with a warning every time, and the same secret on every later start.
class TestInstallSecret : public QObject
{
    Q_OBJECT

private:
    static InstallSecret::Result obtain(SecretStore *store, const QString &file)
    {
        std::optional<InstallSecret::Result> result;
        InstallSecret::obtain(store, file,
                              [&result](const InstallSecret::Result &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000)) {
            InstallSecret::Result none;
            none.error = QStringLiteral("obtain() never called back");
            return none;
        }
        return *result;
    }

    static SecretStore::ReadResult readEntry(SecretStore &store)
    {
        SecretStore::ReadResult out;
        store.read(QStringLiteral("install-secret"),
                   [&out](const SecretStore::ReadResult &r) { out = r; });
        return out;
    }

    QString fallbackFile() const { return m_dir->filePath(QStringLiteral("install-secret")); }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void createsOnceInTheStore()
    {
        InMemorySecretStore store;
        const InstallSecret::Result first = obtain(&store, fallbackFile());
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QVERIFY2(first.warning.isEmpty(), qPrintable(first.warning));
        QCOMPARE(first.secret.size(), 32);
        QVERIFY(first.secret != QByteArray(32, '\0'));
        QVERIFY(!QFile::exists(fallbackFile())); // a working keychain needs no file

        const SecretStore::ReadResult stored = readEntry(store);
        QCOMPARE(stored.status, SecretStore::Status::Ok);
        QCOMPARE(stored.secret, first.secret);

        const InstallSecret::Result second = obtain(&store, fallbackFile());
        QVERIFY(second.error.isEmpty());
        QVERIFY(second.warning.isEmpty());
        QCOMPARE(second.secret, first.secret);

        // Another install (another store) gets another secret.
        InMemorySecretStore other;
        QVERIFY(obtain(&other, fallbackFile()).secret != first.secret);
    }

    void replacesAMalformedStoredSecret()
    {
        InMemorySecretStore store;
        store.write(QStringLiteral("install-secret"), QByteArray("too short"),
                    [](bool, const QString &) {});
        const InstallSecret::Result result = obtain(&store, fallbackFile());
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.secret.size(), 32);
        QCOMPARE(readEntry(store).secret, result.secret);
    }

    void fallsBackToAFileWhenTheStoreIsUnavailable()
    {
        InMemorySecretStore store;
        store.setUnavailable(true);
        const InstallSecret::Result first = obtain(&store, fallbackFile());
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.secret.size(), 32);
        QVERIFY(!first.warning.isEmpty());
        QVERIFY2(first.warning.contains(fallbackFile()), qPrintable(first.warning));
        QVERIFY2(first.warning.contains(QLatin1String("no keychain available")),
                 qPrintable(first.warning));
        QCOMPARE(AppTest::readFile(fallbackFile()), first.secret);
        QCOMPARE(AppTest::modeBits(fallbackFile()), 0600);

        // Not silent on later starts either, and the same secret.
        const InstallSecret::Result second = obtain(&store, fallbackFile());
        QVERIFY(second.error.isEmpty());
        QVERIFY2(second.warning.contains(fallbackFile()), qPrintable(second.warning));
        QCOMPARE(second.secret, first.secret);
    }

    void fallsBackToAFileWithoutAStore()
    {
        const InstallSecret::Result first = obtain(nullptr, fallbackFile());
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.secret.size(), 32);
        QVERIFY2(first.warning.contains(fallbackFile()), qPrintable(first.warning));
        QCOMPARE(AppTest::modeBits(fallbackFile()), 0600);

        const InstallSecret::Result second = obtain(nullptr, fallbackFile());
        QCOMPARE(second.secret, first.secret);
        QVERIFY(!second.warning.isEmpty());
    }

    void replacesATruncatedFile()
    {
        QVERIFY(AppTest::writeFile(fallbackFile(), "short"));
        const InstallSecret::Result result = obtain(nullptr, fallbackFile());
        QCOMPARE(result.secret.size(), 32);
        QCOMPARE(AppTest::readFile(fallbackFile()), result.secret);
        QCOMPARE(AppTest::modeBits(fallbackFile()), 0600);
    }

    void reportsAnUnwritableFile()
    {
        const QString file = m_dir->filePath(QStringLiteral("missing/dir/install-secret"));
        const InstallSecret::Result result = obtain(nullptr, file);
        QVERIFY(result.secret.isEmpty());
        QVERIFY2(result.error.contains(file), qPrintable(result.error));
    }

    void keepsTheSecretWhenAKeychainAppears()
    {
        // First start on a machine without a keychain (e.g. `--headless` over ssh), later
        // starts with one (the desktop session): client-key ids must not change, or every
        // key seen so far shows up as a new key.
        InMemorySecretStore store;
        store.setUnavailable(true);
        const InstallSecret::Result headless = obtain(&store, fallbackFile());
        QCOMPARE(headless.secret.size(), 32);

        store.setUnavailable(false);
        const InstallSecret::Result desktop = obtain(&store, fallbackFile());
        QVERIFY(desktop.error.isEmpty());
        QCOMPARE(desktop.secret, headless.secret);
    }
};

QTEST_GUILESS_MAIN(TestInstallSecret)
#include "tst_installsecret.moc"
