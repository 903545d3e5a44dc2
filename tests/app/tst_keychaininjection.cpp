#include "apptestsupport.h"
#include "keychainsecretstore.h"
#include "mockupstream.h"
#include "proxyruntime.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// A provider whose key lives in the OS keychain: the runtime reads it at start and
// the proxy injects it in place of whatever key the client sent. Needs a real
// Secret Service (CI runs the tests inside dbus-run-session with gnome-keyring).
class TestKeychainInjection : public QObject
{
    Q_OBJECT

private:
    static bool keychainCall(const std::function<void(SecretStore::WriteCallback)> &call,
                             QString *error)
    {
        QEventLoop loop;
        bool finished = false;
        bool ok = false;
        call([&](bool success, const QString &why) {
            finished = true;
            ok = success;
            *error = why;
            loop.quit();
        });
        if (!finished)
            loop.exec();
        return ok;
    }

private Q_SLOTS:
    void injectsTheKeychainKey()
    {
        if (!KeychainSecretStore::plausiblyAvailable())
            QSKIP("no D-Bus session: no OS keychain to test against");
        KeychainSecretStore store(QStringLiteral("LLM Ledger"));
        const QString name = QStringLiteral("test-%1").arg(QRandomGenerator::global()->generate());
        const QByteArray secretKey
            = "sk-from-the-keychain-" + QByteArray::number(QRandomGenerator::global()->generate());
        QString error;
        if (!keychainCall(
                [&](auto done) { store.write(QLatin1String("provider/") + name, secretKey, done); },
                &error))
            QSKIP(qPrintable(QStringLiteral("the keychain refused a write: ") + error));

        MockUpstream mock;
        QVERIFY(mock.listen());
        QTemporaryDir dir;
        const LedgerPaths paths = AppTest::pathsIn(dir);
        const QJsonObject provider{
            {QLatin1String("id"), QLatin1String("openai")},
            {QLatin1String("kind"), QLatin1String("openai")},
            {QLatin1String("base_url"), mock.openAiBaseUrl().toString()},
            {QLatin1String("api_key"), QJsonObject{{QLatin1String("keychain"), name}}}};
        QVERIFY(QDir().mkpath(QFileInfo(paths.configFile).absolutePath()));
        QVERIFY(AppTest::writeFile(
            paths.configFile,
            QJsonDocument(QJsonObject{{QLatin1String("providers"), QJsonArray{provider}}})
                .toJson()));

        ProxyRuntime::Options options;
        options.paths = paths;
        options.port = 0;
        ProxyRuntime runtime(options);
        QSignalSpy started(&runtime, &ProxyRuntime::started);
        QSignalSpy failed(&runtime, &ProxyRuntime::failed);
        runtime.start();
        QTRY_VERIFY_WITH_TIMEOUT(started.count() + failed.count() > 0, 20000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));

        QNetworkAccessManager nam;
        QNetworkReply *reply = AppTest::postChat(nam, started.first().first().toUrl(),
                                                 "gpt-4o-mini", "ledger-key-of-my-editor-000");
        QVERIFY(AppTest::waitFinished(reply));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        QCOMPARE(mock.requests().size(), 1);
        QCOMPARE(mock.requests().first().apiKey(), secretKey);
        QVERIFY(runtime.stop(&error));

        QVERIFY(keychainCall(
            [&](auto done) { store.remove(QLatin1String("provider/") + name, done); }, &error));
    }
};

QTEST_GUILESS_MAIN(TestKeychainInjection)
#include "tst_keychaininjection.moc"
