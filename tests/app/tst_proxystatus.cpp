#include "apptestsupport.h"
#include "mockupstream.h"
#include "proxyhost.h"
#include "proxystatus.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// ProxyStatus fed by a real ProxyHost (the proxy on its own thread) in front of a
// MockUpstream on this thread: what the window shows while calls go through.
class TestProxyStatus : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProxyHost> makeHost(const QByteArray &config)
    {
        AppTest::writeFile(m_paths.configFile, config);
        ProxyRuntime::Options options;
        options.paths = m_paths;
        options.port = 0;
        return std::make_unique<ProxyHost>(options);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    LedgerPaths m_paths;
    MockUpstream m_mock;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QLocale::setDefault(QLocale::c()); // costText is locale-formatted
        QVERIFY2(m_mock.listen(), qPrintable(m_mock.errorString()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_paths = AppTest::pathsIn(*m_dir);
        QVERIFY(QDir().mkpath(QFileInfo(m_paths.configFile).absolutePath()));
        m_nam.clearConnectionCache();
    }

    void startingThenListening()
    {
        auto host = makeHost(AppTest::mockConfig(m_mock));
        ProxyStatus status(host.get());
        QSignalSpy stateChanged(&status, &ProxyStatus::stateChanged);
        QSignalSpy warningsChanged(&status, &ProxyStatus::warningsChanged);

        QCOMPARE(status.state(), ProxyStatus::State::Starting);
        QCOMPARE(status.openAiBaseUrl(), QString());
        QCOMPARE(status.anthropicBaseUrl(), QString());
        QCOMPARE(status.callCount(), 0);
        QCOMPARE(status.costText(), QStringLiteral("$0.0000"));
        QCOMPARE(status.lastCallText(), QString());

        host->start();
        QTRY_COMPARE_WITH_TIMEOUT(status.state(), ProxyStatus::State::Listening, 20000);
        QCOMPARE(stateChanged.count(), 1);
        QVERIFY(status.errorString().isEmpty());
        QVERIFY(status.port() > 0);
        const QString root = QStringLiteral("http://127.0.0.1:%1").arg(status.port());
        QCOMPARE(status.anthropicBaseUrl(), root);
        QCOMPARE(status.openAiBaseUrl(), root + QLatin1String("/v1"));
        QVERIFY(status.openAiBaseUrl().endsWith(QLatin1String("/v1")));

        // No keychain here: the fallback is shown, not hidden.
        QTRY_COMPARE(warningsChanged.count(), 1);
        QCOMPARE(status.warnings().size(), 1);
        QVERIFY2(status.warnings().first().contains(m_paths.installSecretFile()),
                 qPrintable(status.warnings().first()));

        QString error;
        QVERIFY2(host->stop(&error), qPrintable(error));
    }

    void callsUpdateTheCounters()
    {
        // Prices large enough for the cost to show with four decimals.
        const QJsonObject prices{
            {QLatin1String("gpt-4o-mini"),
             QJsonObject{{QLatin1String("input"), 1000}, {QLatin1String("output"), 2000}}}};
        auto host = makeHost(AppTest::mockConfig(m_mock, {{QLatin1String("prices"), prices}}));
        ProxyStatus status(host.get());
        QSignalSpy callsChanged(&status, &ProxyStatus::callsChanged);
        host->start();
        QTRY_COMPARE_WITH_TIMEOUT(status.state(), ProxyStatus::State::Listening, 20000);

        const QUrl root(status.anthropicBaseUrl());
        QNetworkReply *reply = AppTest::postChat(
            m_nam, root, "gpt-4o-mini", "sk-test-status-0123456789",
            {{"x-mock-prompt-tokens", "100"}, {"x-mock-completion-tokens", "50"}});
        QVERIFY(AppTest::waitFinished(reply));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();

        QTRY_COMPARE(callsChanged.count(), 1);
        QCOMPARE(status.callCount(), 1);
        // 100 × $1000 + 50 × $2000 per million tokens = $0.1 + $0.1.
        QCOMPARE(status.costText(), QStringLiteral("$0.2000"));
        const QString last = status.lastCallText();
        QVERIFY2(last.contains(QLatin1String("/v1/chat/completions")), qPrintable(last));
        QVERIFY2(last.contains(QLatin1String("(gpt-4o-mini-2024-07-18)")), qPrintable(last));
        QVERIFY2(last.contains(QStringLiteral("· 200 ·")), qPrintable(last));
        QVERIFY2(last.contains(QLatin1String("150 tokens")), qPrintable(last));
        QVERIFY2(
            QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d ")).match(last).hasMatch(),
            qPrintable(last));

        // A model without a known price: counted, cost unchanged, and said so.
        reply = AppTest::postChat(
            m_nam, root, "mystery-model-7", "sk-test-status-0123456789",
            {{"x-mock-prompt-tokens", "10"}, {"x-mock-completion-tokens", "5"}});
        QVERIFY(AppTest::waitFinished(reply));
        reply->deleteLater();
        QTRY_COMPARE(callsChanged.count(), 2);
        QCOMPARE(status.callCount(), 2);
        QVERIFY2(status.costText().startsWith(QLatin1String("$0.2000 (+1 call")),
                 qPrintable(status.costText()));
        QVERIFY2(status.lastCallText().contains(QLatin1String("(mystery-model-7)")),
                 qPrintable(status.lastCallText()));
        QVERIFY2(status.lastCallText().contains(QLatin1String("15 tokens")),
                 qPrintable(status.lastCallText()));

        // An upstream error is a call too.
        reply = AppTest::postChat(m_nam, root, "gpt-4o-mini", "sk-test-status-0123456789",
                                  {{"x-mock-scenario", "error-429"}});
        QVERIFY(AppTest::waitFinished(reply));
        reply->deleteLater();
        QTRY_COMPARE(callsChanged.count(), 3);
        QVERIFY2(status.lastCallText().contains(QStringLiteral("· 429 ·")),
                 qPrintable(status.lastCallText()));

        QVERIFY(host->stop());
    }

    void costTextSwitchesToCentsAboveOneDollar()
    {
        const QJsonObject prices{
            {QLatin1String("gpt-4o-mini"),
             QJsonObject{{QLatin1String("input"), 10000}, {QLatin1String("output"), 0}}}};
        auto host = makeHost(AppTest::mockConfig(m_mock, {{QLatin1String("prices"), prices}}));
        ProxyStatus status(host.get());
        QSignalSpy callsChanged(&status, &ProxyStatus::callsChanged);
        host->start();
        QTRY_COMPARE_WITH_TIMEOUT(status.state(), ProxyStatus::State::Listening, 20000);
        // 1234 × $10000 per million = $12.34
        QNetworkReply *reply
            = AppTest::postChat(m_nam, QUrl(status.anthropicBaseUrl()), "gpt-4o-mini",
                                "sk-test-status-0123456789", {{"x-mock-prompt-tokens", "1234"}});
        QVERIFY(AppTest::waitFinished(reply));
        reply->deleteLater();
        QTRY_COMPARE(callsChanged.count(), 1);
        QCOMPARE(status.costText(), QStringLiteral("$12.34"));
        QVERIFY(host->stop());
    }

    void failedState()
    {
        auto host = makeHost(AppTest::oneProviderConfig(QStringLiteral("gpt"),
                                                        QStringLiteral("http://127.0.0.1:1")));
        ProxyStatus status(host.get());
        QSignalSpy stateChanged(&status, &ProxyStatus::stateChanged);
        host->start();
        QTRY_COMPARE_WITH_TIMEOUT(status.state(), ProxyStatus::State::Failed, 20000);
        QCOMPARE(stateChanged.count(), 1);
        QVERIFY2(status.errorString().contains(QLatin1String("providers[0].kind")),
                 qPrintable(status.errorString()));
        QVERIFY2(status.errorString().contains(m_paths.configFile),
                 qPrintable(status.errorString()));
        QCOMPARE(status.openAiBaseUrl(), QString());
        QCOMPARE(status.anthropicBaseUrl(), QString());
        QVERIFY(host->stop());
    }

    void hostStopsWithoutStart()
    {
        // The window may be closed before the proxy was ever started.
        auto host = makeHost(AppTest::mockConfig(m_mock));
        QVERIFY(host->stop());
        QVERIFY(host->stop()); // idempotent
    }

    void pausesAndResumes()
    {
        auto host = makeHost(AppTest::mockConfig(m_mock));
        ProxyStatus status(host.get());
        QSignalSpy pausedChanged(&status, &ProxyStatus::pausedChanged);
        QCOMPARE(status.statusText(), QStringLiteral("Starting…"));
        host->start();
        QTRY_COMPARE_WITH_TIMEOUT(status.state(), ProxyStatus::State::Listening, 20000);
        const QString where = QStringLiteral("127.0.0.1:%1").arg(status.port());
        QCOMPARE(status.statusText(), QStringLiteral("Listening on ") + where);

        status.setPaused(true);
        QTRY_VERIFY(status.paused());
        QCOMPARE(pausedChanged.count(), 1);
        QVERIFY2(status.statusText().startsWith(QStringLiteral("Paused (") + where),
                 qPrintable(status.statusText()));
        QNetworkReply *refused = AppTest::postChat(m_nam, QUrl(status.anthropicBaseUrl()), "gpt-4o",
                                                   "sk-test-paused-0123456789");
        QVERIFY(AppTest::waitFinished(refused));
        QCOMPARE(refused->error(), QNetworkReply::ConnectionRefusedError);
        refused->deleteLater();

        status.setPaused(false);
        QTRY_VERIFY(!status.paused());
        QCOMPARE(pausedChanged.count(), 2);
        QCOMPARE(status.statusText(), QStringLiteral("Listening on ") + where);
        QVERIFY(host->stop());
    }
};

QTEST_MAIN(TestProxyStatus)
#include "tst_proxystatus.moc"
