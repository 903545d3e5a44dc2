// The response cache through the real proxy in front of MockUpstream, with a real cache file:
// a repeated deterministic call is answered from the cache (the mock sees it once) and recorded
// as a hit that cost nothing and saved what the first call cost; streams replay byte for byte;
// the request headers and the policy decide what is cached; identical concurrent calls share
// one upstream call; failures are never cached.

#include "calllogwriter.h"
#include "proxyfixture.h"
#include "proxyservice.h"
#include "responsecachestore.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QString chat = QStringLiteral("/v1/chat/completions");
const QByteArray deterministic
    = R"({"model":"gpt-4o","temperature":0,"messages":[{"role":"user","content":"Hi"}]})";
// The same request, keys in another order and spaced out.
const QByteArray deterministicReordered
    = "{ \"messages\": [ {\"content\": \"Hi\", \"role\": \"user\"} ],\n \"temperature\": 0,"
      " \"model\": \"gpt-4o\" }";
const QByteArray warm
    = R"({"model":"gpt-4o","temperature":0.7,"messages":[{"role":"user","content":"Hi"}]})";

Headers auth(const Headers &more = {})
{
    return Headers{{"Authorization", "Bearer " + ProxyFixture::OpenAiKey}} + more;
}

// A proxy in front of the mock with a cache file of its own.
struct Stage
{
    QTemporaryDir dir;
    ResponseCacheStore store;
    std::unique_ptr<ProxyFixture> proxy;

    explicit Stage(const std::function<void(ProxyConfig &)> &tweak = {})
    {
        QString error;
        if (!store.open(dir.filePath(QStringLiteral("cache.sqlite")), &error))
            qWarning("cannot open the cache: %s", qPrintable(error));
        proxy = std::make_unique<ProxyFixture>(tweak);
        if (proxy->isReady())
            proxy->service().setCacheStore(&store);
    }
    ~Stage() { proxy.reset(); } // before the store
    bool isReady() const { return store.isOpen() && proxy->isReady(); }
};

} // namespace

class TestProxyCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repeatedDeterministicCallIsAHit()
    {
        Stage s;
        QVERIFY(s.isReady());
        ProxyFixture &f = *s.proxy;
        const auto first = f.postJson(chat, deterministic, auth());
        QCOMPARE(first.status, 200);
        QCOMPARE(first.header("x-llmledger-cache"), QByteArray("miss"));
        const CallRecord miss = f.waitForRecord(1);
        QVERIFY(!miss.cacheHit);
        QVERIFY(miss.costUsd.value_or(0) > 0);

        const auto second = f.postJson(chat, deterministicReordered, auth());
        QCOMPARE(second.status, 200);
        QCOMPARE(second.header("x-llmledger-cache"), QByteArray("hit"));
        QCOMPARE(second.body, first.body);
        QCOMPARE(second.header("content-type"), first.header("content-type"));
        QCOMPARE(f.mock().requestCount(), 1);

        const CallRecord hit = f.waitForRecord(2);
        QCOMPARE(second.header("x-llmledger-request-id"), hit.requestId);
        QVERIFY(hit.requestId != miss.requestId);
        QVERIFY(hit.cacheHit);
        QCOMPARE(hit.httpStatus, 200);
        QCOMPARE(hit.costUsd.value_or(-1), 0.0);
        QCOMPARE(hit.cacheSavingsUsd.value_or(-1), *miss.costUsd);
        QCOMPARE(hit.usage, miss.usage);
        QCOMPARE(hit.usageSource, UsageSource::Provider);
        QCOMPARE(hit.servedModel, miss.servedModel);
        QCOMPARE(hit.requestedModel, QStringLiteral("gpt-4o"));
        QCOMPARE(hit.provider, QStringLiteral("openai"));
        QCOMPARE(hit.priceModel, miss.priceModel);
        QVERIFY(!hit.streamed);
        QVERIFY(hit.latencyUs > 0);
        QCOMPARE(hit.upstreamLatencyUs, 0);
        QCOMPARE(hit.clientKeyId, miss.clientKeyId);

        // Through the ledger writer into a real database: the row says so.
        QTemporaryDir ledgerDir;
        const QString ledger = ledgerDir.filePath(QStringLiteral("ledger.sqlite"));
        {
            CallLogWriter writer;
            QString error;
            QVERIFY2(writer.start(ledger, &error), qPrintable(error));
            writer.enqueue(miss);
            writer.enqueue(hit);
            QVERIFY2(writer.stop(&error), qPrintable(error));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("ledger-check"));
            db.setDatabaseName(ledger);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("SELECT cache_hit, cost_usd, cache_savings_usd FROM calls "
                                      "WHERE request_id = '")
                       + QString::fromLatin1(hit.requestId) + u'\''));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QCOMPARE(q.value(1).toDouble(), 0.0);
            QCOMPARE(q.value(2).toDouble(), *miss.costUsd);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ledger-check"));
    }

    // The stored stream is what the first client received: the usage chunk the proxy asked
    // for on its own stays hidden; one the client asked for is replayed.
    void streamingHitReplaysTheSameBytes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("usageChunk");
        QTest::newRow("usage injected") << QByteArray(
            R"({"model":"gpt-4o-mini","stream":true,"seed":3,"messages":[{"role":"user","content":"Tell"}]})")
                                        << false;
        QTest::newRow("usage asked for")
            << QByteArray(R"({"model":"gpt-4o-mini","stream":true,"seed":3,)"
                          R"("stream_options":{"include_usage":true},)"
                          R"("messages":[{"role":"user","content":"Tell"}]})")
            << true;
    }

    void streamingHitReplaysTheSameBytes()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, usageChunk);
        Stage s;
        QVERIFY(s.isReady());
        ProxyFixture &f = *s.proxy;
        const auto first = f.postJson(chat, body, auth());
        QCOMPARE(first.status, 200);
        QVERIFY(first.header("content-type").startsWith("text/event-stream"));
        QVERIFY(first.body.endsWith("data: [DONE]\n\n"));
        QCOMPARE(first.body.contains("\"usage\":{"), usageChunk);
        const CallRecord miss = f.waitForRecord(1);
        QCOMPARE(miss.usageSource, UsageSource::Provider);

        const auto second = f.postJson(chat, body, auth());
        QCOMPARE(second.status, 200);
        QCOMPARE(second.header("x-llmledger-cache"), QByteArray("hit"));
        QCOMPARE(second.header("content-type"), first.header("content-type"));
        QCOMPARE(second.header("transfer-encoding"), QByteArray("chunked"));
        QCOMPARE(second.body, first.body);
        QCOMPARE(f.mock().requestCount(), 1);

        const CallRecord hit = f.waitForRecord(2);
        QVERIFY(hit.cacheHit);
        QVERIFY(hit.streamed);
        QVERIFY(hit.ttftUs.has_value());
        QCOMPARE(hit.usage, miss.usage);
        QCOMPARE(hit.servedModel, miss.servedModel);
        QCOMPARE(hit.costUsd.value_or(-1), 0.0);
        QCOMPARE(hit.cacheSavingsUsd.value_or(-1), miss.costUsd.value_or(-2));
    }

    void anthropicMessagesHit()
    {
        Stage s;
        QVERIFY(s.isReady());
        ProxyFixture &f = *s.proxy;
        const QByteArray body = R"({"model":"claude-sonnet-4-5","max_tokens":50,"temperature":0,)"
                                R"("messages":[{"role":"user","content":"Hi"}]})";
        const Headers headers{{"x-api-key", ProxyFixture::AnthropicKey},
                              {"anthropic-version", "2023-06-01"}};
        const auto first = f.postJson(QStringLiteral("/v1/messages"), body, headers);
        QCOMPARE(first.status, 200);
        const auto second = f.postJson(QStringLiteral("/v1/messages"), body, headers);
        QCOMPARE(second.header("x-llmledger-cache"), QByteArray("hit"));
        QCOMPARE(second.body, first.body);
        QCOMPARE(f.mock().requestCount(), 1);
        QCOMPARE(f.waitForRecord(2).apiFormat, QStringLiteral("anthropic"));
        QVERIFY(f.records().at(1).cacheHit);
    }

    void requestHeadersDecide()
    {
        Stage s;
        QVERIFY(s.isReady());
        ProxyFixture &f = *s.proxy;
        // no-store: neither read nor stored.
        auto r = f.postJson(chat, deterministic, auth({{"Cache-Control", "no-store"}}));
        QCOMPARE(r.header("x-llmledger-cache"), QByteArray("bypass"));
        QCOMPARE(s.store.stats().entries, 0);
        QCOMPARE(f.mock().requestCount(), 1);
        // off: the same.
        r = f.postJson(chat, deterministic, auth({{"x-llmledger-cache", "off"}}));
        QCOMPARE(r.header("x-llmledger-cache"), QByteArray("bypass"));
        QCOMPARE(s.store.stats().entries, 0);
        QCOMPARE(f.mock().requestCount(), 2);
        // The proxy's own headers never reach the provider.
        QVERIFY(f.mock().requests().last().header("x-llmledger-cache").isEmpty());
        // A plain call: a miss, stored.
        const auto stored = f.postJson(chat, deterministic, auth());
        QCOMPARE(stored.header("x-llmledger-cache"), QByteArray("miss"));
        QCOMPARE(f.mock().requestCount(), 3);
        QCOMPARE(s.store.stats().entries, 1);
        // no-cache: not served from the cache; the fresh answer replaces the stored one.
        const auto fresh = f.postJson(chat, deterministic, auth({{"Cache-Control", "no-cache"}}));
        QCOMPARE(fresh.header("x-llmledger-cache"), QByteArray("miss"));
        QCOMPARE(f.mock().requestCount(), 4);
        QVERIFY(fresh.body != stored.body); // the mock's ids differ per call
        r = f.postJson(chat, deterministic, auth());
        QCOMPARE(r.header("x-llmledger-cache"), QByteArray("hit"));
        QCOMPARE(r.body, fresh.body);
        // refresh: the same as no-cache.
        const auto refreshed
            = f.postJson(chat, deterministic, auth({{"x-llmledger-cache", "refresh"}}));
        QCOMPARE(refreshed.header("x-llmledger-cache"), QByteArray("miss"));
        QCOMPARE(f.mock().requestCount(), 5);
        r = f.postJson(chat, deterministic, auth());
        QCOMPARE(r.body, refreshed.body);
        QCOMPARE(f.mock().requestCount(), 5);
        const CallRecord last = f.waitForRecord(7);
        QVERIFY(last.cacheHit);
        QCOMPARE(std::count_if(f.records().cbegin(), f.records().cend(),
                               [](const CallRecord &c) { return c.cacheHit; }),
                 2);
    }

    void warmRequestsAreNotCachedUnlessOptedIn()
    {
        Stage s;
        QVERIFY(s.isReady());
        ProxyFixture &f = *s.proxy;
        for (int i = 0; i < 2; ++i) {
            const auto r = f.postJson(chat, warm, auth());
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("x-llmledger-cache"), QByteArray("bypass"));
        }
        QCOMPARE(f.mock().requestCount(), 2);
        QCOMPARE(s.store.stats().entries, 0);
        const auto optedIn = f.postJson(chat, warm, auth({{"x-llmledger-cache", "on"}}));
        QCOMPARE(optedIn.header("x-llmledger-cache"), QByteArray("miss"));
        const auto again = f.postJson(chat, warm, auth({{"x-llmledger-cache", "on"}}));
        QCOMPARE(again.header("x-llmledger-cache"), QByteArray("hit"));
        QCOMPARE(f.mock().requestCount(), 3);
        // Not opted in, the same request still goes upstream.
        QCOMPARE(f.postJson(chat, warm, auth()).header("x-llmledger-cache"), QByteArray("bypass"));
        QCOMPARE(f.mock().requestCount(), 4);
        // Other routes get no cache header at all.
        const auto models = f.send("GET", QStringLiteral("/v1/models"), {}, auth());
        QCOMPARE(models.status, 200);
        QVERIFY(models.header("x-llmledger-cache").isEmpty());
    }

    void configSwitchesOff()
    {
        Stage s([](ProxyConfig &c) { c.cache.models.insert(QStringLiteral("gpt-4o"), false); });
        QVERIFY(s.isReady());
        ProxyFixture &f = *s.proxy;
        f.postJson(chat, deterministic, auth());
        QCOMPARE(f.postJson(chat, deterministic, auth()).header("x-llmledger-cache"),
                 QByteArray("bypass"));
        QCOMPARE(f.mock().requestCount(), 2);

        Stage off([](ProxyConfig &c) { c.cache.enabled = false; });
        QVERIFY(off.isReady());
        off.proxy->postJson(chat, deterministic, auth());
        const auto r = off.proxy->postJson(chat, deterministic, auth());
        QVERIFY(r.header("x-llmledger-cache").isEmpty());
        QCOMPARE(off.proxy->mock().requestCount(), 2);
    }

    void upstreamErrorsAreNotCached()
    {
        Stage s;
        QVERIFY(s.isReady());
        ProxyFixture &f = *s.proxy;
        for (int i = 0; i < 2; ++i) {
            const auto r
                = f.postJson(chat, deterministic, auth({{"x-mock-scenario", "error-500"}}));
            QCOMPARE(r.status, 500);
            QCOMPARE(r.header("x-llmledger-cache"), QByteArray("miss"));
        }
        QCOMPARE(f.mock().requestCount(), 2);
        QCOMPARE(s.store.stats().entries, 0);
        // A stream cut off midway is not kept either.
        const QByteArray stream
            = R"({"model":"gpt-4o","stream":true,"temperature":0,"messages":[]})";
        f.postJson(chat, stream, auth({{"x-mock-scenario", "disconnect-mid-stream"}}));
        QCOMPARE(f.mock().requestCount(), 3);
        QCOMPARE(s.store.stats().entries, 0);
        QVERIFY(!f.waitForRecord(3).cacheHit);
    }

    void concurrentIdenticalCallsShareOneUpstreamCall_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("json") << deterministic;
        QTest::newRow("stream") << QByteArray(
            R"({"model":"gpt-4o","stream":true,"temperature":0,"messages":[{"role":"user","content":"Hi"}]})");
    }

    void concurrentIdenticalCallsShareOneUpstreamCall()
    {
        QFETCH(QByteArray, body);
        Stage s;
        QVERIFY(s.isReady());
        ProxyFixture &f = *s.proxy;
        const QList<QByteArray> bodies
            = sendConcurrently(f, body, 5, {{"x-mock-scenario", "slow-first-byte:300"}}, nullptr);
        QCOMPARE(bodies.size(), 5);
        for (const QByteArray &b : bodies) {
            QVERIFY(!b.isEmpty());
            QCOMPARE(b, bodies.first());
        }
        QCOMPARE(f.mock().requestCount(), 1);
        f.waitForRecord(5);
        QCOMPARE(f.records().size(), 5);
        QCOMPARE(std::count_if(f.records().cbegin(), f.records().cend(),
                               [](const CallRecord &c) { return c.cacheHit; }),
                 4);
        for (const CallRecord &c : f.records())
            QCOMPARE(c.httpStatus, 200);
    }

    void waitersGoUpstreamWhenTheFirstFails()
    {
        Stage s;
        QVERIFY(s.isReady());
        ProxyFixture &f = *s.proxy;
        QList<int> statuses;
        sendConcurrently(f, deterministic, 3,
                         {{"x-mock-scenario", "slow-first-byte:300,error-500"}}, &statuses);
        QCOMPARE(statuses, (QList<int>{500, 500, 500}));
        QCOMPARE(f.mock().requestCount(), 3);
        QCOMPARE(s.store.stats().entries, 0);
        f.waitForRecord(3);
        for (const CallRecord &c : f.records())
            QVERIFY(!c.cacheHit);
    }

    // The first client leaves before its answer came: those waiting for it go upstream alone.
    void waitersGoUpstreamWhenTheFirstClientLeaves()
    {
        Stage s;
        QVERIFY(s.isReady());
        ProxyFixture &f = *s.proxy;
        QNetworkAccessManager client;
        auto send = [&] {
            QNetworkRequest request(f.url(chat));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            for (const auto &[name, value] : auth({{"x-mock-scenario", "slow-first-byte:400"}}))
                request.setRawHeader(name, value);
            return client.post(request, deterministic);
        };
        QNetworkReply *first = send();
        QTRY_COMPARE(f.mock().requestCount(), 1);
        QList<QNetworkReply *> waiters{send(), send()};
        QTest::qWait(100); // both reach the proxy and wait
        QCOMPARE(f.mock().requestCount(), 1);
        first->abort();
        first->deleteLater();
        for (QNetworkReply *r : waiters) {
            QTRY_VERIFY_WITH_TIMEOUT(r->isFinished(), 10000);
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QCOMPARE(r->rawHeader("x-llmledger-cache"), QByteArray("miss"));
            r->deleteLater();
        }
        QCOMPARE(f.mock().requestCount(), 3);
        f.waitForRecord(3);
        QList<int> statuses;
        for (const CallRecord &c : f.records()) {
            statuses << c.httpStatus;
            QVERIFY(!c.cacheHit);
        }
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{200, 200, 499}));
        QCOMPARE(s.store.stats().entries, 1);
    }

    // Not a test of speed (nothing is asserted about time): prints what a miss, a hit and a
    // request the cache passes by cost in the proxy's own code, averaged over many calls.
    void reportsOverhead()
    {
        Stage s;
        QVERIFY(s.isReady());
        ProxyFixture &f = *s.proxy;
        f.mock().setRecording(false);
        constexpr int Calls = 100;
        QList<qint64> missUs, hitUs, bypassUs, fileHitUs;
        for (int i = 0; i < Calls; ++i) {
            const QByteArray body = bodyNumber(i);
            f.postJson(chat, body, auth());
            f.postJson(chat, body, auth());
            f.postJson(chat, warm, auth());
        }
        f.waitForRecord(3 * Calls);
        QCOMPARE(f.records().size(), 3 * Calls);
        for (int i = 0; i < Calls; ++i) {
            missUs << f.records().at(3 * i).proxyOverheadUs;
            QVERIFY(f.records().at(3 * i + 1).cacheHit);
            hitUs << f.records().at(3 * i + 1).proxyOverheadUs;
            bypassUs << f.records().at(3 * i + 2).proxyOverheadUs;
        }
        // Again, once the answers are in the file: each hit reads its body with a SELECT.
        s.store.flush();
        for (int i = 0; i < Calls; ++i)
            f.postJson(chat, bodyNumber(i), auth());
        f.waitForRecord(4 * Calls);
        for (int i = 0; i < Calls; ++i) {
            QVERIFY(f.records().at(3 * Calls + i).cacheHit);
            fileHitUs << f.records().at(3 * Calls + i).proxyOverheadUs;
        }
        QCOMPARE(f.mock().requestCount(), 2 * Calls);
        qInfo("proxy's own time per call, median of %d: miss %lld us, bypass %lld us, hit (whole "
              "answer) %lld us from memory, %lld us from the file",
              Calls, median(missUs), median(bypassUs), median(hitUs), median(fileHitUs));
    }

private:
    static qint64 median(QList<qint64> values)
    {
        std::sort(values.begin(), values.end());
        return values.isEmpty() ? 0 : values.at(values.size() / 2);
    }

    static QByteArray bodyNumber(int i)
    {
        return "{\"model\":\"gpt-4o\",\"temperature\":0,\"messages\":[{\"role\":\"user\","
               "\"content\":\"n"
            + QByteArray::number(i) + "\"}]}";
    }

    static QList<QByteArray> sendConcurrently(ProxyFixture &f, const QByteArray &body, int count,
                                              const Headers &headers, QList<int> *statuses)
    {
        QNetworkAccessManager client;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < count; ++i) {
            QNetworkRequest request(f.url(chat));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            for (const auto &[name, value] : auth(headers))
                request.setRawHeader(name, value);
            replies << client.post(request, body);
        }
        QTest::qWaitFor(
            [&] {
                return std::all_of(replies.cbegin(), replies.cend(),
                                   [](QNetworkReply *r) { return r->isFinished(); });
            },
            20000);
        QList<QByteArray> bodies;
        for (QNetworkReply *r : replies) {
            bodies << r->readAll();
            if (statuses)
                *statuses << r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r->deleteLater();
        }
        return bodies;
    }
};

QTEST_GUILESS_MAIN(TestProxyCache)
#include "tst_proxycache.moc"
