// ResponseCache's keying and policy, CallCoalescer, and the config's "cache" section.

#include "callcoalescer.h"
#include "incomingrequest.h"
#include "proxyconfig.h"
#include "responsecache.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

IncomingRequest post(const QString &path, const QByteArray &body, const HeaderList &headers = {})
{
    IncomingRequest r;
    r.method = "POST";
    r.path = path;
    r.originalPath = path;
    r.body = body;
    r.headers = headers;
    return r;
}

const QString chat = QStringLiteral("/v1/chat/completions");
const QStringList defaultIgnored = CacheConfig().ignoreFields;

} // namespace

class TestResponseCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyIgnoresKeyOrderAndWhitespace()
    {
        const QByteArray a
            = R"({"model":"gpt-4o","temperature":0,"messages":[{"role":"user","content":"Hi"}]})";
        const QByteArray b
            = "{\n  \"messages\" : [ { \"content\" : \"Hi\", \"role\" : \"user\" } ],\n"
              "  \"temperature\": 0.0,\n  \"model\": \"gpt-4o\"\n}";
        const QByteArray k = ResponseCache::key(QStringLiteral("openai"), chat, json(a), {});
        QCOMPARE(k.size(), 64); // SHA-256 in hex
        QCOMPARE(ResponseCache::key(QStringLiteral("openai"), chat, json(b), {}), k);
        // A value inside the messages changes the key; so do provider and endpoint.
        const QByteArray c
            = R"({"model":"gpt-4o","temperature":0,"messages":[{"role":"user","content":"Hi!"}]})";
        QVERIFY(ResponseCache::key(QStringLiteral("openai"), chat, json(c), {}) != k);
        QVERIFY(ResponseCache::key(QStringLiteral("groq"), chat, json(a), {}) != k);
        QVERIFY(ResponseCache::key(QStringLiteral("openai"), QStringLiteral("/v1/completions"),
                                   json(a), {})
                != k);
    }

    void keyLeavesOutIgnoredFields()
    {
        const QByteArray plain = R"({"model":"gpt-4o","seed":1})";
        const QByteArray withUser
            = R"({"model":"gpt-4o","seed":1,"user":"u-42","metadata":{"a":1}})";
        const QByteArray k
            = ResponseCache::key(QStringLiteral("openai"), chat, json(plain), defaultIgnored);
        QCOMPARE(ResponseCache::key(QStringLiteral("openai"), chat, json(withUser), defaultIgnored),
                 k);
        // Not ignored, the user field is part of the key.
        QVERIFY(ResponseCache::key(QStringLiteral("openai"), chat, json(withUser), {}) != k);
        // Only the listed fields go.
        QVERIFY(ResponseCache::key(QStringLiteral("openai"), chat, json(withUser),
                                   {QStringLiteral("user")})
                != k);
    }

    void cacheableEndpoints()
    {
        for (const char *path : {"/v1/chat/completions", "/v1/completions", "/v1/responses",
                                 "/v1/embeddings", "/v1/messages"})
            QVERIFY2(ResponseCache::isCacheable(QLatin1String(path)), path);
        for (const char *path :
             {"/v1/models", "/v1/messages/count_tokens", "/v1/images/generations",
              "/v1/audio/speech", "/v1/chat/completions/abc"})
            QVERIFY2(!ResponseCache::isCacheable(QLatin1String(path)), path);
    }

    void plan_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<QString>("expected"); // "none", "bypass", "lookup" or "store"

        const QByteArray t0 = R"({"model":"gpt-4o","temperature":0,"messages":[]})";
        const QByteArray t07 = R"({"model":"gpt-4o","temperature":0.7,"messages":[]})";
        const QByteArray seed = R"({"model":"gpt-4o","seed":7,"messages":[]})";
        const QByteArray plain = R"({"model":"gpt-4o","messages":[]})";
        const QByteArray embed = R"({"model":"text-embedding-3-small","input":"a"})";
        const QByteArray tiny = R"({"model":"tiny","temperature":0})";
        const QByteArray forced = R"({"model":"always","temperature":0.9})";
        const QString det = QStringLiteral("deterministic");

        QTest::newRow("temperature 0") << det << chat << t0 << HeaderList() << "lookup";
        QTest::newRow("temperature 0.7") << det << chat << t07 << HeaderList() << "bypass";
        QTest::newRow("no temperature") << det << chat << plain << HeaderList() << "bypass";
        QTest::newRow("seed") << det << chat << seed << HeaderList() << "lookup";
        QTest::newRow("embeddings")
            << det << QStringLiteral("/v1/embeddings") << embed << HeaderList() << "lookup";
        QTest::newRow("anthropic t0")
            << det << QStringLiteral("/v1/messages") << t0 << HeaderList() << "lookup";
        QTest::newRow("not a generation endpoint")
            << det << QStringLiteral("/v1/messages/count_tokens") << t0 << HeaderList() << "none";
        QTest::newRow("opt-in header")
            << det << chat << t07 << HeaderList{{"X-LLMLedger-Cache", "on"}} << "lookup";
        QTest::newRow("off header")
            << det << chat << t0 << HeaderList{{"x-llmledger-cache", "off"}} << "bypass";
        QTest::newRow("refresh header")
            << det << chat << t0 << HeaderList{{"x-llmledger-cache", "refresh"}} << "store";
        QTest::newRow("refresh opts in")
            << det << chat << t07 << HeaderList{{"x-llmledger-cache", "refresh"}} << "store";
        QTest::newRow("no-cache") << det << chat << t0 << HeaderList{{"Cache-Control", "no-cache"}}
                                  << "store";
        QTest::newRow("no-store") << det << chat << t0
                                  << HeaderList{{"cache-control", "max-age=0, no-store"}}
                                  << "bypass";
        QTest::newRow("opt_in mode, deterministic")
            << QStringLiteral("opt_in") << chat << t0 << HeaderList() << "bypass";
        QTest::newRow("opt_in mode, header") << QStringLiteral("opt_in") << chat << t07
                                             << HeaderList{{"x-llmledger-cache", "on"}} << "lookup";
        QTest::newRow("all mode") << QStringLiteral("all") << chat << plain << HeaderList()
                                  << "lookup";
        QTest::newRow("all mode, no-store")
            << QStringLiteral("all") << chat << plain << HeaderList{{"Cache-Control", "no-store"}}
            << "bypass";
        QTest::newRow("model off") << det << chat << tiny << HeaderList() << "bypass";
        QTest::newRow("model off beats header")
            << det << chat << tiny << HeaderList{{"x-llmledger-cache", "on"}} << "bypass";
        QTest::newRow("model on") << det << chat << forced << HeaderList() << "lookup";
        QTest::newRow("disabled") << QStringLiteral("disabled") << chat << t0 << HeaderList()
                                  << "none";
    }

    void plan()
    {
        QFETCH(QString, mode);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(HeaderList, headers);
        QFETCH(QString, expected);

        CacheConfig config;
        config.enabled = mode != QLatin1String("disabled");
        if (mode == QLatin1String("opt_in"))
            config.mode = CacheConfig::Mode::OptIn;
        else if (mode == QLatin1String("all"))
            config.mode = CacheConfig::Mode::All;
        config.models.insert(QStringLiteral("tiny"), false);
        config.models.insert(QStringLiteral("always"), true);

        const QString model = json(body).value(QLatin1String("model")).toString();
        const CachePlan p = ResponseCache::plan(config, post(path, body, headers),
                                                QStringLiteral("openai"), model);
        const QString got = !p.applies ? QStringLiteral("none")
            : p.lookup                 ? QStringLiteral("lookup")
            : p.store                  ? QStringLiteral("store")
                                       : QStringLiteral("bypass");
        QCOMPARE(got, expected);
        QCOMPARE(p.key.isEmpty(), !p.store);
        QCOMPARE(p.status(), QByteArray(p.store ? "miss" : "bypass"));
        QVERIFY(!p.leader);
        if (p.store)
            QCOMPARE(p.key,
                     ResponseCache::key(QStringLiteral("openai"), path, json(body),
                                        config.ignoreFields));
    }

    void coalescerLetsOneGoAndReleasesTheOthers()
    {
        CallCoalescer c;
        QList<int> resumed;
        QVERIFY(!c.join("k", {}));
        QVERIFY(c.inFlight("k"));
        QVERIFY(c.join("k", [&](bool answered) { resumed << (answered ? 1 : 0); }));
        QVERIFY(c.join("k", [&](bool answered) { resumed << (answered ? 11 : 10); }));
        QVERIFY(!c.join("other", {}));
        QCOMPARE(c.waiting("k"), 2);
        c.finish("k", true);
        QCOMPARE(resumed, (QList<int>{1, 11}));
        QVERIFY(!c.inFlight("k"));
        QVERIFY(c.inFlight("other"));
        // The next one leads again; a failure tells the waiters so.
        QVERIFY(!c.join("k", {}));
        QVERIFY(c.join("k", [&](bool answered) { resumed << (answered ? 21 : 20); }));
        c.finish("k", false);
        QCOMPARE(resumed, (QList<int>{1, 11, 20}));
    }

    void configDefaults()
    {
        const ConfigResult r = ConfigLoader::parse("{}", QProcessEnvironment());
        QVERIFY2(r.config, qPrintable(r.error));
        const CacheConfig &c = r.config->cache;
        QCOMPARE(c.enabled, true);
        QCOMPARE(c.mode, CacheConfig::Mode::Deterministic);
        QCOMPARE(c.ttlSeconds, qint64(7 * 24 * 3600));
        QCOMPARE(c.maxBytes, qint64(256) * 1024 * 1024);
        QCOMPARE(c.ignoreFields, (QStringList{QStringLiteral("user"), QStringLiteral("metadata")}));
        QVERIFY(c.models.isEmpty());
    }

    void configReadsEverySetting()
    {
        const ConfigResult r = ConfigLoader::parse(
            R"({"cache":{"enabled":false,"mode":"opt_in","ttl_seconds":3600,"max_bytes":1048576,)"
            R"("ignore_fields":["user"],"models":{"gpt-4o":false,"o3":true}}})",
            QProcessEnvironment());
        QVERIFY2(r.config, qPrintable(r.error));
        const CacheConfig &c = r.config->cache;
        QCOMPARE(c.enabled, false);
        QCOMPARE(c.mode, CacheConfig::Mode::OptIn);
        QCOMPARE(c.ttlSeconds, qint64(3600));
        QCOMPARE(c.maxBytes, qint64(1048576));
        QCOMPARE(c.ignoreFields, QStringList{QStringLiteral("user")});
        QCOMPARE(c.models.size(), 2);
        QCOMPARE(c.models.value(QStringLiteral("gpt-4o"), true), false);
        QCOMPARE(c.models.value(QStringLiteral("o3"), false), true);
        QCOMPARE(ConfigLoader::parse(R"({"cache":{"mode":"all"}})", QProcessEnvironment())
                     .config->cache.mode,
                 CacheConfig::Mode::All);
    }

    void configErrorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not an object")
            << QByteArray(R"({"cache":true})") << QStringLiteral("cache: must be an object");
        QTest::newRow("unknown") << QByteArray(R"({"cache":{"size":1}})")
                                 << QStringLiteral("cache.size: unknown setting");
        QTest::newRow("enabled") << QByteArray(R"({"cache":{"enabled":"yes"}})")
                                 << QStringLiteral("cache.enabled: must be true or false");
        QTest::newRow("mode")
            << QByteArray(R"({"cache":{"mode":"sometimes"}})")
            << QStringLiteral("cache.mode: must be \"deterministic\", \"opt_in\" or \"all\"");
        QTest::newRow("ttl") << QByteArray(R"({"cache":{"ttl_seconds":0}})")
                             << QStringLiteral("cache.ttl_seconds: must be a number between 1 and "
                                               "315360000");
        QTest::newRow("max_bytes") << QByteArray(R"({"cache":{"max_bytes":"1G"}})")
                                   << QStringLiteral("cache.max_bytes: must be a number between 0 "
                                                     "and 68719476736");
        QTest::newRow("ignore_fields")
            << QByteArray(R"({"cache":{"ignore_fields":"user"}})")
            << QStringLiteral("cache.ignore_fields: must be an array of field names");
        QTest::newRow("ignore_fields item")
            << QByteArray(R"({"cache":{"ignore_fields":["a",3]}})")
            << QStringLiteral("cache.ignore_fields[1]: must be a non-empty string");
        QTest::newRow("models")
            << QByteArray(R"({"cache":{"models":["gpt-4o"]}})")
            << QStringLiteral("cache.models: must be an object of model name → true or false");
        QTest::newRow("models value")
            << QByteArray(R"({"cache":{"models":{"gpt-4o":0}}})")
            << QStringLiteral("cache.models.gpt-4o: must be true or false");
    }

    void configErrorsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const ConfigResult r = ConfigLoader::parse(json, QProcessEnvironment());
        QVERIFY(!r.config);
        QCOMPARE(r.error, error);
    }
};

QTEST_GUILESS_MAIN(TestResponseCache)
#include "tst_responsecache.moc"
