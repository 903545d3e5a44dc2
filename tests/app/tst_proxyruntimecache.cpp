// ProxyRuntime owns the response cache: cache.sqlite beside the ledger, a repeated
// deterministic call answered from it and recorded as a hit in the ledger, the cache kept
// across a restart, and the config's "cache" section applied.

#include "apptestsupport.h"
#include "callqueries.h"
#include "ledgercommands.h"
#include "mockupstream.h"
#include "proxyruntime.h"
#include "responsecachestore.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestProxyRuntimeCache : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    LedgerPaths m_paths;
    MockUpstream m_mock;
    QNetworkAccessManager m_nam;

    std::unique_ptr<ProxyRuntime> start(const QJsonObject &extra = {})
    {
        AppTest::writeFile(m_paths.configFile, AppTest::mockConfig(m_mock, extra));
        ProxyRuntime::Options options;
        options.paths = m_paths;
        options.port = quint16(0);
        auto runtime = std::make_unique<ProxyRuntime>(options);
        QSignalSpy started(runtime.get(), &ProxyRuntime::started);
        QSignalSpy failed(runtime.get(), &ProxyRuntime::failed);
        runtime->start();
        if (!QTest::qWaitFor([&] { return started.count() + failed.count() > 0; }, 20000)
            || !failed.isEmpty())
            return nullptr;
        return runtime;
    }

    // Status and x-llmledger-cache of a deterministic chat call.
    QByteArray call(const ProxyRuntime &runtime)
    {
        QUrl url = runtime.baseUrl();
        url.setPath(QStringLiteral("/v1/chat/completions"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer sk-test-cache-0123456789");
        QNetworkReply *reply = m_nam.post(
            request,
            R"({"model":"gpt-4o-mini","temperature":0,"messages":[{"role":"user","content":"Hi"}]})");
        if (!AppTest::waitFinished(reply))
            return "timeout";
        reply->deleteLater();
        return QByteArray::number(
                   reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())
            + ' ' + reply->rawHeader("x-llmledger-cache");
    }

    QList<CallRow> storedCalls()
    {
        QString error;
        auto queries = CallQueries::open(m_paths.databaseFile(), &error);
        return queries ? queries->logPage(CallFilter{}, {}, 1000).rows : QList<CallRow>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: the install secret goes to a file
        QVERIFY2(m_mock.listen(), qPrintable(m_mock.errorString()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_paths = AppTest::pathsIn(*m_dir);
        QVERIFY(QDir().mkpath(QFileInfo(m_paths.configFile).absolutePath()));
        m_mock.clear();
        m_nam.clearConnectionCache();
    }

    void cachesBesideTheLedgerAcrossRestarts()
    {
        auto runtime = start();
        QVERIFY(runtime);
        QCOMPARE(ProxyRuntime::cacheFile(m_paths),
                 m_paths.dataDir + QStringLiteral("/cache.sqlite"));
        QVERIFY(runtime->cacheStore() && runtime->cacheStore()->isOpen());
        QCOMPARE(call(*runtime), QByteArray("200 miss"));
        QCOMPARE(call(*runtime), QByteArray("200 hit"));
        QCOMPARE(m_mock.requestCount(), 1);
        QString error;
        QVERIFY2(runtime->stop(&error), qPrintable(error));
        runtime.reset();

        QList<CallRow> calls = storedCalls();
        QCOMPARE(calls.size(), 2);
        int hits = 0;
        for (const CallRow &row : calls) {
            if (!row.record.cacheHit)
                continue;
            ++hits;
            QCOMPARE(row.record.costUsd.value_or(-1), 0.0);
            QVERIFY(row.record.cacheSavingsUsd.value_or(0) > 0);
        }
        QCOMPARE(hits, 1);

        // The answer was written to cache.sqlite and serves the next run.
        runtime = start();
        QVERIFY(runtime);
        QCOMPARE(runtime->cacheStore()->stats().entries, 1);
        QCOMPARE(call(*runtime), QByteArray("200 hit"));
        QCOMPARE(m_mock.requestCount(), 1);
        QVERIFY(runtime->stop(&error));
    }

    void cacheCommandShowsAndClears()
    {
        QVERIFY(QDir().mkpath(m_paths.dataDir));
        const QString file = ProxyRuntime::cacheFile(m_paths);
        qint64 bytes = 0;
        {
            ResponseCacheStore store;
            QString error;
            QVERIFY2(store.open(file, &error), qPrintable(error));
            for (const char *key : {"a", "b"}) {
                CachedResponse answer;
                answer.key = key;
                answer.body = "{}";
                store.insert(answer, 1 << 20);
                bytes += answer.size();
            }
        }
        auto run = [this](const QStringList &arguments, QString *output) {
            QString err;
            QTextStream out(output), errors(&err);
            return LedgerCommands(m_paths, out, errors).run(QStringLiteral("cache"), arguments);
        };
        QVERIFY(LedgerCommands::isCommand(QStringLiteral("cache")));
        QString output;
        QCOMPARE(run({QStringLiteral("stats")}, &output), 0);
        QCOMPARE(output, QStringLiteral("entries\t2\nbytes\t%1\nfile\t%2\n").arg(bytes).arg(file));
        output.clear();
        QCOMPARE(run({QStringLiteral("clear")}, &output), 0);
        QCOMPARE(output, QStringLiteral("deleted 2 cached answers (%1 bytes)\n").arg(bytes));
        output.clear();
        QCOMPARE(run({QStringLiteral("stats")}, &output), 0);
        QVERIFY2(output.startsWith(QStringLiteral("entries\t0\nbytes\t0\n")), qPrintable(output));
        QCOMPARE(run({QStringLiteral("purge")}, &output), 2);
    }

    void configTurnsTheCacheOff()
    {
        auto runtime = start(
            QJsonObject{{QLatin1String("cache"), QJsonObject{{QLatin1String("enabled"), false}}}});
        QVERIFY(runtime);
        QCOMPARE(call(*runtime), QByteArray("200 "));
        QCOMPARE(call(*runtime), QByteArray("200 "));
        QCOMPARE(m_mock.requestCount(), 2);
        QString error;
        QVERIFY(runtime->stop(&error));
    }
};

QTEST_GUILESS_MAIN(TestProxyRuntimeCache)
#include "tst_proxyruntimecache.moc"
