#include "apptestsupport.h"
#include "callqueries.h"
#include "mockupstream.h"
#include "pricetable.h"
#include "proxyruntime.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

// ProxyRuntime as `llmledger --headless` runs it: config file, prices, writer,
// install secret and server, in front of an in-process MockUpstream.
class TestProxyRuntime : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProxyRuntime> makeRuntime(const QByteArray &config,
                                              std::optional<quint16> port = quint16(0))
    {
        if (!config.isNull())
            AppTest::writeFile(m_paths.configFile, config);
        ProxyRuntime::Options options;
        options.paths = m_paths;
        options.port = port;
        return std::make_unique<ProxyRuntime>(options);
    }

    // Starts the runtime and waits for started() (or failed()).
    static QUrl startAndWait(ProxyRuntime &runtime, QString *failure)
    {
        QSignalSpy started(&runtime, &ProxyRuntime::started);
        QSignalSpy failed(&runtime, &ProxyRuntime::failed);
        runtime.start();
        if (!QTest::qWaitFor([&] { return started.count() + failed.count() > 0; }, 20000)) {
            *failure = QStringLiteral("neither started() nor failed() within 20 s");
            return {};
        }
        if (!failed.isEmpty()) {
            *failure = failed.first().first().toString();
            return {};
        }
        return started.first().first().toUrl();
    }

    QList<CallRow> storedCalls()
    {
        QString error;
        auto queries = CallQueries::open(m_paths.databaseFile(), &error);
        if (!queries) {
            qWarning("cannot open the ledger: %s", qPrintable(error));
            return {};
        }
        return queries->logPage(CallFilter{}, {}, 100000).rows;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    LedgerPaths m_paths;
    MockUpstream m_mock;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase()
    {
        // No OS keychain: the install secret must go to the 0600 file.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY2(m_mock.listen(), qPrintable(m_mock.errorString()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_paths = AppTest::pathsIn(*m_dir);
        QVERIFY(QDir().mkpath(QFileInfo(m_paths.configFile).absolutePath()));
        m_mock.clear();
        m_nam.clearConnectionCache();
    }

    void startsAndRecordsACall()
    {
        auto runtime = makeRuntime(AppTest::mockConfig(m_mock));
        QSignalSpy warnings(runtime.get(), &ProxyRuntime::warning);
        QString failure;
        const QUrl url = startAndWait(*runtime, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(url.scheme(), QStringLiteral("http"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        QCOMPARE(runtime->baseUrl(), url);
        QVERIFY(QFile::exists(m_paths.databaseFile())); // data dir created on demand

        // The keychain fallback is announced, naming the file, and the file is private.
        QCOMPARE(warnings.count(), 1);
        QVERIFY2(warnings.first().first().toString().contains(m_paths.installSecretFile()),
                 qPrintable(warnings.first().first().toString()));
        QCOMPARE(AppTest::modeBits(m_paths.installSecretFile()), 0600);
        QCOMPARE(QFileInfo(m_paths.installSecretFile()).size(), 32);

        QNetworkReply *reply
            = AppTest::postChat(m_nam, url, "gpt-4o-mini", "sk-test-runtime-0123456789");
        QVERIFY(AppTest::waitFinished(reply));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().contains("chat.completion"));
        reply->deleteLater();
        QCOMPARE(m_mock.requestCount(), 1);
        QCOMPARE(m_mock.requests().first().apiKey(), QByteArray("sk-test-runtime-0123456789"));

        QString error;
        QVERIFY2(runtime->stop(&error), qPrintable(error));
        const QList<CallRow> calls = storedCalls();
        QCOMPARE(calls.size(), 1);
        const CallRecord &call = calls.first().record;
        QCOMPARE(call.endpoint, QStringLiteral("/v1/chat/completions"));
        QCOMPARE(call.provider, QStringLiteral("openai"));
        QCOMPARE(call.requestedModel, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(call.httpStatus, 200);
        QVERIFY(call.usage.inputTokens > 0);
        QVERIFY(call.costUsd.has_value());
        QCOMPARE(call.clientKeyId.size(), 16); // salted with the install secret
        QVERIFY(!call.clientKeyId.contains(QLatin1String("0123456789")));
    }

    void keepsTheInstallSecretAcrossRuns()
    {
        QString failure;
        QString firstKeyId;
        for (int run = 0; run < 2; ++run) {
            auto runtime = makeRuntime(AppTest::mockConfig(m_mock));
            const QUrl url = startAndWait(*runtime, &failure);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            QNetworkReply *reply
                = AppTest::postChat(m_nam, url, "gpt-4o", "sk-test-same-key-abcdef");
            QVERIFY(AppTest::waitFinished(reply));
            reply->deleteLater();
            QVERIFY(runtime->stop());
        }
        const QList<CallRow> calls = storedCalls();
        QCOMPARE(calls.size(), 2);
        // The same client key gets the same id after a restart.
        QCOMPARE(calls.at(0).record.clientKeyId, calls.at(1).record.clientKeyId);
        QCOMPARE(AppTest::modeBits(m_paths.installSecretFile()), 0600);
    }

    void losesNoRowOnImmediateStop()
    {
        auto runtime = makeRuntime(AppTest::mockConfig(m_mock));
        QString failure;
        const QUrl url = startAndWait(*runtime, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        constexpr int Calls = 200;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < Calls; ++i) {
            // Several client keys, one of them new at the very end: records wait for
            // argon2 key ids off the thread while stop() comes.
            const QByteArray key = i == Calls - 1
                ? QByteArray("sk-test-last-key-zyxwvu")
                : "sk-test-key-number-" + QByteArray::number(i % 5);
            replies << AppTest::postChat(m_nam, url, i % 2 ? "gpt-4o" : "gpt-4o-mini", key);
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(replies.cbegin(), replies.cend(),
                                   [](QNetworkReply *r) { return r->isFinished(); });
            },
            60000));
        QString error;
        QVERIFY2(runtime->stop(&error), qPrintable(error)); // no event loop turn in between

        for (QNetworkReply *reply : std::as_const(replies)) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }
        const QList<CallRow> calls = storedCalls();
        QCOMPARE(calls.size(), Calls);
        QSet<QByteArray> ids;
        QSet<QString> keyIds;
        for (const CallRow &row : calls) {
            ids.insert(row.record.requestId);
            keyIds.insert(row.record.clientKeyId);
        }
        QCOMPARE(ids.size(), Calls);
        QCOMPARE(keyIds.size(), 6);
        QVERIFY(!keyIds.contains(QString()));
    }

    void failsOnInvalidConfig_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("field");
        QTest::newRow("kind") << AppTest::oneProviderConfig(QStringLiteral("gpt"),
                                                            QStringLiteral("http://127.0.0.1:1/v1"))
                              << QStringLiteral("providers[0].kind");
        QTest::newRow("base_url") << AppTest::oneProviderConfig(QStringLiteral("openai"),
                                                                QStringLiteral("ftp://example.com"))
                                  << QStringLiteral("providers[0].base_url");
        QTest::newRow("unknown key") << QByteArray(R"({"prot": 8788})") << QStringLiteral("prot");
        QTest::newRow("prices") << QByteArray(
            R"({"prices": {"gpt-4o": {"input": -1, "output": 1}}})")
                                << QStringLiteral("gpt-4o.input");
        QTest::newRow("JSON") << QByteArray("{\n\"port\": 80,,\n}") << QStringLiteral("line 2");
    }

    void failsOnInvalidConfig()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, field);
        auto runtime = makeRuntime(config);
        QSignalSpy started(runtime.get(), &ProxyRuntime::started);
        QSignalSpy failed(runtime.get(), &ProxyRuntime::failed);
        runtime->start();
        QTRY_COMPARE(failed.count(), 1);
        const QString error = failed.first().first().toString();
        QVERIFY2(error.contains(field), qPrintable(error));
        QVERIFY2(error.contains(m_paths.configFile), qPrintable(error));
        QTest::qWait(50);
        QCOMPARE(started.count(), 0);
        QCOMPARE(failed.count(), 1);
    }

    void failsWhenThePortIsInUse()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        const quint16 port = squatter.serverPort();
        auto runtime = makeRuntime(AppTest::mockConfig(m_mock), port);
        QString failure;
        const QUrl url = startAndWait(*runtime, &failure);
        QVERIFY(url.isEmpty());
        QVERIFY2(failure.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(failure));
        QVERIFY2(failure.contains(QLatin1String("cannot listen")), qPrintable(failure));
        QVERIFY2(failure.contains(QLatin1String("in use"), Qt::CaseInsensitive),
                 qPrintable(failure));
        QVERIFY(runtime->stop());
    }

    void configPricesOverrideTheCost()
    {
        // gpt-4o-mini at $3 / $0.5 cached / $7 per million tokens instead of the built-in prices.
        const QJsonObject prices{{QLatin1String("gpt-4o-mini"),
                                  QJsonObject{{QLatin1String("input"), 3},
                                              {QLatin1String("cached_input"), 0.5},
                                              {QLatin1String("output"), 7}}}};
        auto runtime
            = makeRuntime(AppTest::mockConfig(m_mock, {{QLatin1String("prices"), prices}}));
        QString failure;
        const QUrl url = startAndWait(*runtime, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        QNetworkReply *reply
            = AppTest::postChat(m_nam, url, "gpt-4o-mini", "sk-test-prices-0123456789",
                                {{"x-mock-prompt-tokens", "1000"},
                                 {"x-mock-cached-tokens", "200"},
                                 {"x-mock-completion-tokens", "500"}});
        QVERIFY(AppTest::waitFinished(reply));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        QVERIFY(runtime->stop());

        const QList<CallRow> calls = storedCalls();
        QCOMPARE(calls.size(), 1);
        const CallRecord &call = calls.first().record;
        QCOMPARE(call.usage.inputTokens, 1000);
        QCOMPARE(call.usage.cachedInputTokens, 200);
        QCOMPARE(call.usage.outputTokens, 500);
        // 800 uncached × $3 + 200 cached × $0.5 + 500 × $7, per million: $0.0024 + $0.0001 +
        // $0.0035.
        QVERIFY(call.costUsd.has_value());
        QCOMPARE(*call.costUsd, 0.006);
        QCOMPARE(call.priceModel, QStringLiteral("gpt-4o-mini"));
        QVERIFY2(call.priceJson.contains("\"input\":3"), call.priceJson.constData());
    }

    void pricesFileOverridesBuiltIn()
    {
        // prices.json beside the config (what `prices import` writes) applies too,
        // and the config's "prices" win over it.
        QVERIFY(AppTest::writeFile(m_paths.priceOverridesFile(),
                                   R"({"models": {"gpt-4o": {"input": 100, "output": 100},
                                                  "gpt-4o-mini": {"input": 100, "output": 100}}})"));
        const QJsonObject prices{
            {QLatin1String("gpt-4o"),
             QJsonObject{{QLatin1String("input"), 10}, {QLatin1String("output"), 20}}}};
        QString error;
        const auto config
            = ConfigLoader::parse(AppTest::mockConfig(m_mock, {{QLatin1String("prices"), prices}}));
        QVERIFY2(config.config, qPrintable(config.error));
        const auto table = ProxyRuntime::loadPrices(m_paths, *config.config, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->find(QStringLiteral("gpt-4o"))->inputPerM, 10.0);
        QCOMPARE(table->find(QStringLiteral("gpt-4o-mini"))->inputPerM, 100.0);
        QVERIFY(table->find(QStringLiteral("claude-sonnet-4-0"))); // built-in still there

        QVERIFY(
            AppTest::writeFile(m_paths.priceOverridesFile(), R"({"models": {"x": {"input": 1}}})"));
        QVERIFY(!ProxyRuntime::loadPrices(m_paths, *config.config, &error));
        QVERIFY2(error.startsWith(m_paths.priceOverridesFile()), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProxyRuntime)
#include "tst_proxyruntime.moc"
