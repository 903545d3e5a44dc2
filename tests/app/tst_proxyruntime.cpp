#include "apptestsupport.h"
#include "callqueries.h"
#include "mockupstream.h"
#include "pricetable.h"
#include "proxyruntime.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSaveFile>
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

    // A config whose only OpenAI-style provider is `id` on `mock`.
    static QByteArray providerConfig(const QString &id, const MockUpstream &mock,
                                     const QJsonObject &extra = {})
    {
        QJsonObject config = extra;
        config.insert(
            QLatin1String("providers"),
            QJsonArray{QJsonObject{{QLatin1String("id"), id},
                                   {QLatin1String("kind"), QLatin1String("openai")},
                                   {QLatin1String("base_url"), mock.openAiBaseUrl().toString()}}});
        return QJsonDocument(config).toJson();
    }

    // Replaces the file as QSaveFile does (a new file renamed over the old one).
    static bool saveAtomically(const QString &path, const QByteArray &content)
    {
        QSaveFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
            && file.commit();
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
    }

    QNetworkReply *postStream(const QUrl &proxyRoot, int chunks, int delayMs)
    {
        QUrl url = proxyRoot;
        url.setPath(QStringLiteral("/v1/chat/completions"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer sk-test-stream-0123456789");
        request.setRawHeader("x-mock-chunks", QByteArray::number(chunks));
        request.setRawHeader("x-mock-chunk-delay-ms", QByteArray::number(delayMs));
        return m_nam.post(
            request,
            R"({"model":"gpt-4o-mini","stream":true,"messages":[{"role":"user","content":"Hi"}]})");
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    LedgerPaths m_paths;
    MockUpstream m_mock;
    MockUpstream m_other; // the provider a reload switches to
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase()
    {
        // No OS keychain: the install secret must go to the 0600 file.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY2(m_mock.listen(), qPrintable(m_mock.errorString()));
        QVERIFY2(m_other.listen(), qPrintable(m_other.errorString()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_paths = AppTest::pathsIn(*m_dir);
        QVERIFY(QDir().mkpath(QFileInfo(m_paths.configFile).absolutePath()));
        m_mock.clear();
        m_other.clear();
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

    // Keys disabled in the ledger are read at start; a reload of the set lets them through again.
    void refusesKeysDisabledInTheLedger()
    {
        const QByteArray key = "sk-test-disabled-0123456789";
        QString failure;
        QString keyId;
        { // A first run records the key, so that it has an id to disable.
            auto runtime = makeRuntime(AppTest::mockConfig(m_mock));
            const QUrl url = startAndWait(*runtime, &failure);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            QNetworkReply *reply = AppTest::postChat(m_nam, url, "gpt-4o", key);
            QVERIFY(AppTest::waitFinished(reply));
            reply->deleteLater();
            QVERIFY(runtime->stop());
            keyId = storedCalls().value(0).record.clientKeyId;
            QCOMPARE(keyId.size(), 16);
        }
        auto setDisabled = [this, &keyId](bool disabled) {
            QString error;
            auto queries = CallQueries::open(m_paths.databaseFile(), &error);
            return queries && queries->setKeyDisabled(keyId, disabled);
        };
        QVERIFY(setDisabled(true));
        m_mock.clear();

        auto runtime = makeRuntime(AppTest::mockConfig(m_mock));
        const QUrl url = startAndWait(*runtime, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QNetworkReply *refused = AppTest::postChat(m_nam, url, "gpt-4o", key);
        QVERIFY(AppTest::waitFinished(refused));
        QCOMPARE(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
        QVERIFY(refused->readAll().contains("\"code\":\"client_key_disabled\""));
        refused->deleteLater();
        QCOMPARE(m_mock.requestCount(), 0);

        QVERIFY(setDisabled(false));
        runtime->reloadDisabledKeys();
        QNetworkReply *passed = AppTest::postChat(m_nam, url, "gpt-4o", key);
        QVERIFY(AppTest::waitFinished(passed));
        QCOMPARE(passed->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        passed->deleteLater();
        QCOMPARE(m_mock.requestCount(), 1);

        QVERIFY(runtime->stop());
        const QList<CallRow> calls = storedCalls(); // newest first
        QCOMPARE(calls.size(), 3);
        QCOMPARE(calls.at(1).record.httpStatus, 403);
        QCOMPARE(calls.at(1).record.errorType, QStringLiteral("client_key_disabled"));
        QCOMPARE(calls.at(1).record.clientKeyId, keyId);
        QCOMPARE(calls.at(0).record.httpStatus, 200);
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

    void reloadsAChangedConfig()
    {
        auto runtime = makeRuntime(providerConfig(QStringLiteral("first"), m_mock));
        QString failure;
        const QUrl url = startAndWait(*runtime, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QSignalSpy reloaded(runtime.get(), &ProxyRuntime::reloaded);

        // A stream is in flight while the file changes: it ends with the provider and
        // settings it started with (no bodies recorded), intact.
        QNetworkReply *stream = postStream(url, 12, 60);
        QVERIFY(QTest::qWaitFor([&] { return stream->bytesAvailable() > 0; }, 20000));
        QVERIFY(AppTest::writeFile(m_paths.configFile,
                                   providerConfig(QStringLiteral("second"), m_other,
                                                  {{QLatin1String("record_bodies"), true}})));
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.count(), 1, 10000);
        QVERIFY(!stream->isFinished()); // the change came mid-stream

        QNetworkReply *next = AppTest::postChat(m_nam, url, "gpt-4o", "sk-test-next-0123456789");
        QVERIFY(AppTest::waitFinished(next));
        QCOMPARE(next->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        next->deleteLater();

        QVERIFY(AppTest::waitFinished(stream));
        QCOMPARE(stream->error(), QNetworkReply::NoError);
        const QByteArray body = stream->readAll();
        stream->deleteLater();
        QCOMPARE(body.count("\"content\":"), 1 + 12); // the role chunk, then 12 deltas
        QVERIFY(body.trimmed().endsWith("data: [DONE]"));
        QCOMPARE(m_mock.requestCount(), 1);
        QCOMPARE(m_other.requestCount(), 1);

        QVERIFY(runtime->stop());
        const QList<CallRow> calls = storedCalls();
        QCOMPARE(calls.size(), 2);
        QString error;
        auto queries = CallQueries::open(m_paths.databaseFile(), &error);
        QVERIFY2(queries, qPrintable(error));
        QHash<QString, CallRecord> byProvider; // with their bodies
        for (const CallRow &row : calls)
            byProvider.insert(row.record.provider, queries->call(row.id).value_or(CallRecord()));
        QVERIFY(byProvider.contains(QStringLiteral("first")));
        QVERIFY(byProvider.contains(QStringLiteral("second")));
        const CallRecord &streamed = byProvider.value(QStringLiteral("first"));
        QVERIFY(streamed.streamed);
        QCOMPARE(streamed.httpStatus, 200);
        QVERIFY2(streamed.errorType.isEmpty(), qPrintable(streamed.errorType));
        QCOMPARE(streamed.usage.outputTokens, 12);
        QVERIFY(streamed.responseBody.isEmpty()); // record_bodies was off when it started
        QVERIFY(!byProvider.value(QStringLiteral("second")).responseBody.isEmpty());
    }

    void keepsTheOldConfigWhenTheNewOneIsInvalid()
    {
        auto runtime = makeRuntime(providerConfig(QStringLiteral("first"), m_mock));
        QString failure;
        const QUrl url = startAndWait(*runtime, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QSignalSpy warnings(runtime.get(), &ProxyRuntime::warning);
        QSignalSpy reloaded(runtime.get(), &ProxyRuntime::reloaded);
        warnings.clear();

        QVERIFY(saveAtomically(
            m_paths.configFile,
            AppTest::oneProviderConfig(QStringLiteral("gpt"), m_other.openAiBaseUrl().toString())));
        QTRY_COMPARE_WITH_TIMEOUT(warnings.count(), 1, 10000);
        const QString warning = warnings.first().first().toString();
        QVERIFY2(warning.contains(m_paths.configFile), qPrintable(warning));
        QVERIFY2(warning.contains(QLatin1String("providers[0].kind")), qPrintable(warning));
        QCOMPARE(reloaded.count(), 0);

        QNetworkReply *reply = AppTest::postChat(m_nam, url, "gpt-4o", "sk-test-old-0123456789");
        QVERIFY(AppTest::waitFinished(reply));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        QCOMPARE(m_mock.requestCount(), 1);
        QCOMPARE(m_other.requestCount(), 0);

        // Mended, the file applies again (replaced atomically: the watch follows it).
        QVERIFY(
            saveAtomically(m_paths.configFile, providerConfig(QStringLiteral("second"), m_other)));
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.count(), 1, 10000);
        reply = AppTest::postChat(m_nam, url, "gpt-4o", "sk-test-new-0123456789");
        QVERIFY(AppTest::waitFinished(reply));
        reply->deleteLater();
        QCOMPARE(m_other.requestCount(), 1);
        QCOMPARE(warnings.count(), 1);
    }

    void reloadsChangedPrices()
    {
        auto runtime = makeRuntime(AppTest::mockConfig(m_mock));
        QString failure;
        const QUrl url = startAndWait(*runtime, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QSignalSpy reloaded(runtime.get(), &ProxyRuntime::reloaded);
        const QList<QPair<QByteArray, QByteArray>> usage = {{"x-mock-prompt-tokens", "1000"},
                                                            {"x-mock-cached-tokens", "0"},
                                                            {"x-mock-completion-tokens", "500"}};

        QNetworkReply *reply
            = AppTest::postChat(m_nam, url, "gpt-4o-mini", "sk-test-prices-0123456789", usage);
        QVERIFY(AppTest::waitFinished(reply));
        reply->deleteLater();

        // prices.json did not exist: only the directory's watch sees it appear.
        QVERIFY(saveAtomically(m_paths.priceOverridesFile(),
                               R"({"models": {"gpt-4o-mini": {"input": 100, "output": 300}}})"));
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.count(), 1, 10000);
        reply = AppTest::postChat(m_nam, url, "gpt-4o-mini", "sk-test-prices-0123456789", usage);
        QVERIFY(AppTest::waitFinished(reply));
        reply->deleteLater();
        // A broken prices file keeps the prices in use.
        QSignalSpy warnings(runtime.get(), &ProxyRuntime::warning);
        QVERIFY(saveAtomically(m_paths.priceOverridesFile(),
                               R"({"models": {"gpt-4o-mini": {"input": -5}}})"));
        QTRY_COMPARE_WITH_TIMEOUT(warnings.count(), 1, 10000);
        QVERIFY2(warnings.first().first().toString().contains(m_paths.priceOverridesFile()),
                 qPrintable(warnings.first().first().toString()));
        reply = AppTest::postChat(m_nam, url, "gpt-4o-mini", "sk-test-prices-0123456789", usage);
        QVERIFY(AppTest::waitFinished(reply));
        reply->deleteLater();
        QVERIFY(runtime->stop());

        QList<CallRow> calls = storedCalls();
        QCOMPARE(calls.size(), 3);
        std::sort(calls.begin(), calls.end(), [](const CallRow &a, const CallRow &b) {
            return a.record.requestId < b.record.requestId; // time-ordered ids
        });
        QVERIFY(calls.at(0).record.costUsd.has_value());
        QVERIFY(*calls.at(0).record.costUsd < 0.01); // the built-in price
        // 1000 × $100 + 500 × $300, per million tokens.
        QCOMPARE(calls.at(1).record.costUsd.value_or(-1), 0.25);
        QCOMPARE(calls.at(2).record.costUsd.value_or(-1), 0.25);
    }

    void movesToANewPort()
    {
        const quint16 first = freePort();
        const quint16 second = freePort();
        QVERIFY(first && second && first != second);
        auto runtime = makeRuntime(
            providerConfig(QStringLiteral("first"), m_mock, {{QLatin1String("port"), first}}),
            std::nullopt);
        QString failure;
        const QUrl url = startAndWait(*runtime, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(url.port(), int(first));
        QSignalSpy rebound(runtime.get(), &ProxyRuntime::rebound);
        QSignalSpy warnings(runtime.get(), &ProxyRuntime::warning);

        // A port in use: the proxy stays where it is and says so.
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        QVERIFY(
            AppTest::writeFile(m_paths.configFile,
                               providerConfig(QStringLiteral("first"), m_mock,
                                              {{QLatin1String("port"), squatter.serverPort()}})));
        QTRY_COMPARE_WITH_TIMEOUT(warnings.count(), 1, 10000);
        QVERIFY2(
            warnings.first().first().toString().contains(QString::number(squatter.serverPort())),
            qPrintable(warnings.first().first().toString()));
        QCOMPARE(rebound.count(), 0);
        QCOMPARE(runtime->baseUrl(), url);

        QVERIFY(AppTest::writeFile(
            m_paths.configFile,
            providerConfig(QStringLiteral("first"), m_mock, {{QLatin1String("port"), second}})));
        QTRY_COMPARE_WITH_TIMEOUT(rebound.count(), 1, 10000);
        const QUrl moved = rebound.first().first().toUrl();
        QCOMPARE(moved.port(), int(second));
        QCOMPARE(runtime->baseUrl(), moved);

        m_nam.clearConnectionCache();
        QNetworkReply *reply = AppTest::postChat(m_nam, moved, "gpt-4o", "sk-test-port-0123456789");
        QVERIFY(AppTest::waitFinished(reply));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        reply = AppTest::postChat(m_nam, url, "gpt-4o", "sk-test-port-0123456789");
        QVERIFY(AppTest::waitFinished(reply));
        QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
        reply->deleteLater();
        QVERIFY(runtime->stop());
    }

    void pausesAndResumes()
    {
        auto runtime = makeRuntime(AppTest::mockConfig(m_mock));
        QString failure;
        const QUrl url = startAndWait(*runtime, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QSignalSpy pausedChanged(runtime.get(), &ProxyRuntime::pausedChanged);

        // A stream in flight when the proxy pauses completes.
        QNetworkReply *stream = postStream(url, 8, 50);
        QVERIFY(QTest::qWaitFor([&] { return stream->bytesAvailable() > 0; }, 20000));
        runtime->setPaused(true);
        QCOMPARE(pausedChanged.count(), 1);
        QCOMPARE(pausedChanged.first().first().toBool(), true);
        QVERIFY(runtime->isPaused());

        QNetworkAccessManager fresh; // no kept-alive connection to reuse
        QNetworkReply *refused
            = AppTest::postChat(fresh, url, "gpt-4o", "sk-test-pause-0123456789");
        QVERIFY(AppTest::waitFinished(refused));
        QCOMPARE(refused->error(), QNetworkReply::ConnectionRefusedError);
        refused->deleteLater();

        QVERIFY(AppTest::waitFinished(stream));
        QCOMPARE(stream->error(), QNetworkReply::NoError);
        QCOMPARE(stream->readAll().count("\"content\":"), 1 + 8); // role chunk + deltas
        stream->deleteLater();

        // A request on a connection kept alive from before is refused in words.
        QNetworkReply *kept = AppTest::postChat(m_nam, url, "gpt-4o", "sk-test-pause-0123456789");
        QVERIFY(AppTest::waitFinished(kept));
        QCOMPARE(kept->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
        kept->deleteLater();

        runtime->setPaused(false);
        QCOMPARE(pausedChanged.count(), 2);
        QNetworkAccessManager again;
        QNetworkReply *served = AppTest::postChat(again, url, "gpt-4o", "sk-test-pause-0123456789");
        QVERIFY(AppTest::waitFinished(served));
        QCOMPARE(served->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        served->deleteLater();
        QCOMPARE(m_mock.requestCount(), 2);
        QVERIFY(runtime->stop());
        QCOMPARE(storedCalls().size(), 2); // the 503 on pause is no call
    }
};

QTEST_GUILESS_MAIN(TestProxyRuntime)
#include "tst_proxyruntime.moc"
