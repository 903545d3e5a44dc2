#include "proxyconfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ProviderConfig::KeySource)

class TestConfigLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyObjectGivesDefaults();
    void missingFileGivesDefaults();
    void environmentOverridesDefaultBaseUrls();
    void readsEverySetting();
    void providerDefaults();
    void removesTrailingSlashFromBaseUrl_data();
    void removesTrailingSlashFromBaseUrl();
    void readsApiKeySources_data();
    void readsApiKeySources();
    void errorsNameTheField_data();
    void errorsNameTheField();
    void invalidJsonNamesTheLine();
    void loadFileReadsAFile();
    void loadFilePrefixesErrorsWithThePath();
    void providersRoundTrip();

private:
    static QProcessEnvironment noEnvironment() { return QProcessEnvironment(); }
};

namespace {

QByteArray withProviders(const QByteArray &providersJson)
{
    return "{\"providers\": [" + providersJson + "]}";
}

} // namespace

void TestConfigLoader::emptyObjectGivesDefaults()
{
    const ConfigResult result = ConfigLoader::parse("{}", noEnvironment());
    QVERIFY2(result.config, qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    const ProxyConfig &c = *result.config;
    QCOMPARE(c.port, quint16(8788));
    QCOMPARE(c.listenAddress, QHostAddress(QStringLiteral("127.0.0.1")));
    QCOMPARE(c.recordBodies, false);
    QCOMPARE(c.injectStreamUsage, true);
    QCOMPARE(c.maxRequestBodyBytes, qint64(32) * 1024 * 1024);
    QVERIFY(c.priceOverridesJson.isEmpty());

    QCOMPARE(c.providers.size(), 2);
    const ProviderConfig &openai = c.providers.at(0);
    QCOMPARE(openai.id, QStringLiteral("openai"));
    QCOMPARE(openai.kind, WireFormat::OpenAi);
    QCOMPARE(openai.baseUrl, QUrl(QStringLiteral("https://api.openai.com/v1")));
    QCOMPARE(openai.keySource, ProviderConfig::KeySource::Client);
    QVERIFY(openai.servesModel(QStringLiteral("gpt-4o")));
    QVERIFY(!openai.local);

    const ProviderConfig &anthropic = c.providers.at(1);
    QCOMPARE(anthropic.id, QStringLiteral("anthropic"));
    QCOMPARE(anthropic.kind, WireFormat::Anthropic);
    QCOMPARE(anthropic.baseUrl, QUrl(QStringLiteral("https://api.anthropic.com")));
    QCOMPARE(anthropic.keySource, ProviderConfig::KeySource::Client);
    QVERIFY(anthropic.servesModel(QStringLiteral("claude-sonnet-4-20250514")));

    QCOMPARE(c.provider(QStringLiteral("anthropic")), &anthropic);
    QCOMPARE(c.provider(QStringLiteral("groq")), nullptr);
}

void TestConfigLoader::missingFileGivesDefaults()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ConfigResult result
        = ConfigLoader::loadFile(dir.filePath(QStringLiteral("config.json")), noEnvironment());
    QVERIFY2(result.config, qPrintable(result.error));
    QCOMPARE(result.config->port, quint16(8788));
    QCOMPARE(result.config->listenAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(result.config->providers.size(), 2);
    QCOMPARE(result.config->providers.at(0).id, QStringLiteral("openai"));
    QCOMPARE(result.config->providers.at(1).id, QStringLiteral("anthropic"));
}

void TestConfigLoader::environmentOverridesDefaultBaseUrls()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("LLMLEDGER_OPENAI_BASE_URL"),
               QStringLiteral("http://127.0.0.1:4010/v1/"));
    env.insert(QStringLiteral("LLMLEDGER_ANTHROPIC_BASE_URL"),
               QStringLiteral("http://127.0.0.1:4011"));
    const ConfigResult result = ConfigLoader::parse("{}", env);
    QVERIFY2(result.config, qPrintable(result.error));
    QCOMPARE(result.config->providers.size(), 2);
    QCOMPARE(result.config->providers.at(0).baseUrl,
             QUrl(QStringLiteral("http://127.0.0.1:4010/v1")));
    QCOMPARE(result.config->providers.at(1).baseUrl, QUrl(QStringLiteral("http://127.0.0.1:4011")));

    // One variable alone leaves the other default.
    QProcessEnvironment onlyOpenAi;
    onlyOpenAi.insert(QStringLiteral("LLMLEDGER_OPENAI_BASE_URL"),
                      QStringLiteral("http://localhost:1/v1"));
    const ConfigResult partial = ConfigLoader::parse("{}", onlyOpenAi);
    QVERIFY2(partial.config, qPrintable(partial.error));
    QCOMPARE(partial.config->providers.at(0).baseUrl,
             QUrl(QStringLiteral("http://localhost:1/v1")));
    QCOMPARE(partial.config->providers.at(1).baseUrl,
             QUrl(QStringLiteral("https://api.anthropic.com")));
}

void TestConfigLoader::readsEverySetting()
{
    const QByteArray json = R"({
        "$schema": "https://llmledger.dev/config.schema.json",
        "listen": "0.0.0.0",
        "port": 9123,
        "record_bodies": true,
        "inject_stream_usage": false,
        "limits": {"max_request_body_bytes": 2048, "upstream_idle_timeout_ms": 5000},
        "providers": [
            {"id": "ollama", "kind": "openai", "base_url": "http://localhost:11434/v1",
             "models": ["llama3.1:*", "qwen2.5-coder:?b"], "api_key": "none", "local": true},
            {"id": "claude", "kind": "anthropic", "base_url": "https://api.anthropic.com",
             "api_key": {"keychain": "anthropic-work"}}
        ],
        "prices": {"my-model": {"input": 1.5, "output": 2}}
    })";
    const ConfigResult result = ConfigLoader::parse(json, noEnvironment());
    QVERIFY2(result.config, qPrintable(result.error));
    const ProxyConfig &c = *result.config;
    QCOMPARE(c.listenAddress, QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(c.port, quint16(9123));
    QCOMPARE(c.recordBodies, true);
    QCOMPARE(c.injectStreamUsage, false);
    QCOMPARE(c.maxRequestBodyBytes, qint64(2048));
    QCOMPARE(c.upstreamIdleTimeoutMs, 5000);

    QCOMPARE(c.providers.size(), 2);
    const ProviderConfig &ollama = c.providers.at(0);
    QCOMPARE(ollama.id, QStringLiteral("ollama"));
    QCOMPARE(ollama.kind, WireFormat::OpenAi);
    QCOMPARE(ollama.baseUrl, QUrl(QStringLiteral("http://localhost:11434/v1")));
    QCOMPARE(ollama.models,
             (QStringList{QStringLiteral("llama3.1:*"), QStringLiteral("qwen2.5-coder:?b")}));
    QCOMPARE(ollama.keySource, ProviderConfig::KeySource::None);
    QCOMPARE(ollama.local, true);

    const ProviderConfig &claude = c.providers.at(1);
    QCOMPARE(claude.id, QStringLiteral("claude"));
    QCOMPARE(claude.kind, WireFormat::Anthropic);
    QCOMPARE(claude.keySource, ProviderConfig::KeySource::Keychain);
    QCOMPARE(claude.keyName, QStringLiteral("anthropic-work"));
    QCOMPARE(claude.local, false);

    // Key order inside the compact JSON is the document's business; compare values.
    const QJsonObject prices = QJsonDocument::fromJson(c.priceOverridesJson).object();
    QCOMPARE(prices,
             (QJsonObject{
                 {QStringLiteral("my-model"),
                  QJsonObject{{QStringLiteral("input"), 1.5}, {QStringLiteral("output"), 2}}}}));
    QVERIFY(!c.priceOverridesJson.contains('\n'));
}

void TestConfigLoader::providerDefaults()
{
    const ConfigResult result = ConfigLoader::parse(
        withProviders(R"({"id": "p", "kind": "openai", "base_url": "https://example.com/v1"})"),
        noEnvironment());
    QVERIFY2(result.config, qPrintable(result.error));
    QCOMPARE(result.config->providers.size(), 1);
    const ProviderConfig &p = result.config->providers.at(0);
    QCOMPARE(p.models, QStringList{QStringLiteral("*")});
    QCOMPARE(p.keySource, ProviderConfig::KeySource::Client);
    QCOMPARE(p.local, false);

    // An explicit provider list replaces the defaults and ignores their variables.
    QProcessEnvironment env;
    env.insert(QStringLiteral("LLMLEDGER_OPENAI_BASE_URL"),
               QStringLiteral("http://127.0.0.1:9/v1"));
    const ConfigResult explicitList = ConfigLoader::parse(
        withProviders(R"({"id": "p", "kind": "openai", "base_url": "https://example.com/v1"})"),
        env);
    QVERIFY2(explicitList.config, qPrintable(explicitList.error));
    QCOMPARE(explicitList.config->providers.size(), 1);
    QCOMPARE(explicitList.config->providers.at(0).baseUrl,
             QUrl(QStringLiteral("https://example.com/v1")));

    // An empty list is a valid choice: nothing is forwarded.
    const ConfigResult none = ConfigLoader::parse(R"({"providers": []})", noEnvironment());
    QVERIFY2(none.config, qPrintable(none.error));
    QVERIFY(none.config->providers.isEmpty());
}

void TestConfigLoader::removesTrailingSlashFromBaseUrl_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QUrl>("expected");

    QTest::newRow("v1/") << QStringLiteral("http://localhost:11434/v1/")
                         << QUrl(QStringLiteral("http://localhost:11434/v1"));
    QTest::newRow("host/") << QStringLiteral("https://api.anthropic.com/")
                           << QUrl(QStringLiteral("https://api.anthropic.com"));
    QTest::newRow("no slash") << QStringLiteral("https://openrouter.ai/api/v1")
                              << QUrl(QStringLiteral("https://openrouter.ai/api/v1"));
}

void TestConfigLoader::removesTrailingSlashFromBaseUrl()
{
    QFETCH(QString, baseUrl);
    QFETCH(QUrl, expected);
    const QByteArray provider
        = R"({"id": "p", "kind": "openai", "base_url": ")" + baseUrl.toUtf8() + "\"}";
    const ConfigResult result = ConfigLoader::parse(withProviders(provider), noEnvironment());
    QVERIFY2(result.config, qPrintable(result.error));
    QCOMPARE(result.config->providers.at(0).baseUrl, expected);
    QVERIFY(!result.config->providers.at(0).baseUrl.toString().endsWith(u'/'));
}

void TestConfigLoader::readsApiKeySources_data()
{
    QTest::addColumn<QByteArray>("apiKey");
    QTest::addColumn<ProviderConfig::KeySource>("source");
    QTest::addColumn<QString>("keyName");

    QTest::newRow("client") << QByteArray(R"("client")") << ProviderConfig::KeySource::Client
                            << QString();
    QTest::newRow("none") << QByteArray(R"("none")") << ProviderConfig::KeySource::None
                          << QString();
    QTest::newRow("keychain") << QByteArray(R"({"keychain": "groq-personal"})")
                              << ProviderConfig::KeySource::Keychain
                              << QStringLiteral("groq-personal");
    QTest::newRow("env") << QByteArray(R"({"env": "GROQ_API_KEY"})")
                         << ProviderConfig::KeySource::Environment
                         << QStringLiteral("GROQ_API_KEY");
}

void TestConfigLoader::readsApiKeySources()
{
    QFETCH(QByteArray, apiKey);
    QFETCH(ProviderConfig::KeySource, source);
    QFETCH(QString, keyName);
    const QByteArray provider
        = R"({"id": "groq", "kind": "openai", "base_url": "https://api.groq.com/openai/v1", "api_key": )"
        + apiKey + '}';
    const ConfigResult result = ConfigLoader::parse(withProviders(provider), noEnvironment());
    QVERIFY2(result.config, qPrintable(result.error));
    QCOMPARE(result.config->providers.at(0).keySource, source);
    QCOMPARE(result.config->providers.at(0).keyName, keyName);
}

void TestConfigLoader::errorsNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field"); // the error must start with "<field>: "

    const QByteArray good0 = R"({"id": "a", "kind": "openai", "base_url": "https://a.example/v1"})";
    const QByteArray good1 = R"({"id": "b", "kind": "anthropic", "base_url": "https://b.example"})";

    QTest::newRow("base_url not a URL")
        << withProviders(good0 + R"(, {"id": "b", "kind": "openai", "base_url": "not a url"})")
        << QStringLiteral("providers[1].base_url");
    QTest::newRow("base_url ftp") << withProviders(
        good0 + R"(, {"id": "b", "kind": "openai", "base_url": "ftp://b.example/v1"})")
                                  << QStringLiteral("providers[1].base_url");
    QTest::newRow("base_url relative")
        << withProviders(good0 + R"(, {"id": "b", "kind": "openai", "base_url": "/v1"})")
        << QStringLiteral("providers[1].base_url");
    QTest::newRow("base_url missing") << withProviders(good0 + R"(, {"id": "b", "kind": "openai"})")
                                      << QStringLiteral("providers[1].base_url");
    QTest::newRow("kind unknown") << withProviders(
        R"({"id": "g", "kind": "gemini", "base_url": "https://g.example"})")
                                  << QStringLiteral("providers[0].kind");
    QTest::newRow("kind missing") << withProviders(
        R"({"id": "g", "base_url": "https://g.example"})")
                                  << QStringLiteral("providers[0].kind");
    QTest::newRow("api_key plain text") << withProviders(
        R"({"id": "a", "kind": "openai", "base_url": "https://a.example/v1", "api_key": "sk-123"})")
                                        << QStringLiteral("providers[0].api_key");
    QTest::newRow("api_key empty keychain name") << withProviders(
        R"({"id": "a", "kind": "openai", "base_url": "https://a.example/v1", "api_key": {"keychain": ""}})")
                                                 << QStringLiteral("providers[0].api_key");
    QTest::newRow("api_key two sources") << withProviders(
        R"({"id": "a", "kind": "openai", "base_url": "https://a.example/v1", "api_key": {"keychain": "k", "env": "E"}})")
                                         << QStringLiteral("providers[0].api_key");
    QTest::newRow("api_key unknown object") << withProviders(
        R"({"id": "a", "kind": "openai", "base_url": "https://a.example/v1", "api_key": {"file": "/tmp/k"}})")
                                            << QStringLiteral("providers[0].api_key");
    QTest::newRow("api_key number") << withProviders(
        R"({"id": "a", "kind": "openai", "base_url": "https://a.example/v1", "api_key": 42})")
                                    << QStringLiteral("providers[0].api_key");
    QTest::newRow("models entry empty") << withProviders(
        good0 + ',' + good1
        + R"(, {"id": "c", "kind": "openai", "base_url": "https://c.example/v1", "models": ["gpt-*", ""]})")
                                        << QStringLiteral("providers[2].models[1]");
    QTest::newRow("models entry number") << withProviders(
        good0 + ',' + good1
        + R"(, {"id": "c", "kind": "openai", "base_url": "https://c.example/v1", "models": ["gpt-*", 4]})")
                                         << QStringLiteral("providers[2].models[1]");
    QTest::newRow("models not an array") << withProviders(
        R"({"id": "a", "kind": "openai", "base_url": "https://a.example/v1", "models": "gpt-*"})")
                                         << QStringLiteral("providers[0].models");
    QTest::newRow("id duplicate") << withProviders(
        good0 + ',' + R"({"id": "a", "kind": "anthropic", "base_url": "https://b.example"})")
                                  << QStringLiteral("providers[1].id");
    QTest::newRow("id missing") << withProviders(
        R"({"kind": "openai", "base_url": "https://a.example/v1"})")
                                << QStringLiteral("providers[0].id");
    QTest::newRow("id with a space") << withProviders(
        R"({"id": "my provider", "kind": "openai", "base_url": "https://a.example/v1"})")
                                     << QStringLiteral("providers[0].id");
    QTest::newRow("local not a bool") << withProviders(
        R"({"id": "a", "kind": "openai", "base_url": "https://a.example/v1", "local": "yes"})")
                                      << QStringLiteral("providers[0].local");
    QTest::newRow("provider not an object")
        << withProviders(good0 + R"(, "b")") << QStringLiteral("providers[1]");
    QTest::newRow("providers not an array")
        << QByteArray(R"({"providers": {}})") << QStringLiteral("providers");
    QTest::newRow("unknown top-level key")
        << QByteArray(R"({"port": 8788, "prot": 8789})") << QStringLiteral("prot");
    QTest::newRow("port too large") << QByteArray(R"({"port": 65536})") << QStringLiteral("port");
    QTest::newRow("port negative") << QByteArray(R"({"port": -1})") << QStringLiteral("port");
    QTest::newRow("port fractional") << QByteArray(R"({"port": 80.5})") << QStringLiteral("port");
    QTest::newRow("port string") << QByteArray(R"({"port": "8788"})") << QStringLiteral("port");
    QTest::newRow("listen hostname")
        << QByteArray(R"({"listen": "localhost"})") << QStringLiteral("listen");
    QTest::newRow("record_bodies string")
        << QByteArray(R"({"record_bodies": "yes"})") << QStringLiteral("record_bodies");
    QTest::newRow("inject_stream_usage number")
        << QByteArray(R"({"inject_stream_usage": 1})") << QStringLiteral("inject_stream_usage");
    QTest::newRow("limits not an object")
        << QByteArray(R"({"limits": 5})") << QStringLiteral("limits");
    QTest::newRow("max body too small")
        << QByteArray(R"({"limits": {"max_request_body_bytes": 1023}})")
        << QStringLiteral("limits.max_request_body_bytes");
    QTest::newRow("max body too large")
        << QByteArray(R"({"limits": {"max_request_body_bytes": 1073741825}})")
        << QStringLiteral("limits.max_request_body_bytes");
    QTest::newRow("max body string")
        << QByteArray(R"({"limits": {"max_request_body_bytes": "32MB"}})")
        << QStringLiteral("limits.max_request_body_bytes");
    QTest::newRow("idle timeout too small")
        << QByteArray(R"({"limits": {"upstream_idle_timeout_ms": 99}})")
        << QStringLiteral("limits.upstream_idle_timeout_ms");
    QTest::newRow("prices not an object")
        << QByteArray(R"({"prices": []})") << QStringLiteral("prices");
}

void TestConfigLoader::errorsNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const ConfigResult result = ConfigLoader::parse(json, noEnvironment());
    QVERIFY(!result.config);
    QVERIFY2(result.error.startsWith(field + QLatin1String(": ")), qPrintable(result.error));
    // Something is said after the field name.
    QVERIFY2(result.error.size() > field.size() + 2, qPrintable(result.error));
}

void TestConfigLoader::invalidJsonNamesTheLine()
{
    const QByteArray json = "{\n  \"port\": 8788,\n  \"listen\": nope\n}\n";
    const ConfigResult result = ConfigLoader::parse(json, noEnvironment());
    QVERIFY(!result.config);
    QVERIFY2(result.error.startsWith(QLatin1String("line 3: ")), qPrintable(result.error));

    const ConfigResult firstLine = ConfigLoader::parse("{\"port\" 1}", noEnvironment());
    QVERIFY(!firstLine.config);
    QVERIFY2(firstLine.error.startsWith(QLatin1String("line 1: ")), qPrintable(firstLine.error));

    const ConfigResult notObject = ConfigLoader::parse("[]", noEnvironment());
    QVERIFY(!notObject.config);
    QVERIFY(!notObject.error.isEmpty());
}

void TestConfigLoader::loadFileReadsAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"port": 0, "providers": [{"id": "lm", "kind": "openai", "base_url": "http://127.0.0.1:1234/v1/"}]})");
    file.close();

    const ConfigResult result = ConfigLoader::loadFile(path, noEnvironment());
    QVERIFY2(result.config, qPrintable(result.error));
    QCOMPARE(result.config->port, quint16(0));
    QCOMPARE(result.config->providers.size(), 1);
    QCOMPARE(result.config->providers.at(0).baseUrl,
             QUrl(QStringLiteral("http://127.0.0.1:1234/v1")));
}

void TestConfigLoader::loadFilePrefixesErrorsWithThePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"providers": [{"id": "x", "kind": "gemini", "base_url": "https://x.example"}]})");
    file.close();

    const ConfigResult result = ConfigLoader::loadFile(path, noEnvironment());
    QVERIFY(!result.config);
    QVERIFY2(result.error.startsWith(path + QLatin1String(": providers[0].kind: ")),
             qPrintable(result.error));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\n\n  \"port\": ,\n}");
    file.close();
    const ConfigResult broken = ConfigLoader::loadFile(path, noEnvironment());
    QVERIFY(!broken.config);
    QVERIFY2(broken.error.startsWith(path + QLatin1String(": line 3: ")), qPrintable(broken.error));
}

bool operator==(const ProviderConfig &a, const ProviderConfig &b)
{
    return a.id == b.id && a.kind == b.kind && a.baseUrl == b.baseUrl && a.models == b.models
        && a.keySource == b.keySource && a.keyName == b.keyName && a.local == b.local;
}

void TestConfigLoader::providersRoundTrip()
{
    const QByteArray json = withProviders(R"(
        {"id": "openai", "kind": "openai", "base_url": "https://api.openai.com/v1/"},
        {"id": "claude", "kind": "anthropic", "base_url": "https://api.anthropic.com",
         "models": ["claude-*"], "api_key": {"keychain": "anthropic-work"}},
        {"id": "groq", "kind": "openai", "base_url": "https://api.groq.com/openai/v1",
         "models": ["llama-3.?-*", "mixtral"], "api_key": {"env": "GROQ_API_KEY"}},
        {"id": "ollama", "kind": "openai", "base_url": "http://127.0.0.1:11434/v1",
         "models": ["*"], "api_key": "none", "local": true})");
    const ConfigResult first = ConfigLoader::parse(json, noEnvironment());
    QVERIFY2(first.config, qPrintable(first.error));
    QCOMPARE(first.config->providers.size(), 4);

    const QJsonArray written = ConfigLoader::providersToJson(first.config->providers);
    QCOMPARE(
        written.at(1).toObject(),
        (QJsonObject{{QLatin1String("id"), QLatin1String("claude")},
                     {QLatin1String("kind"), QLatin1String("anthropic")},
                     {QLatin1String("base_url"), QLatin1String("https://api.anthropic.com")},
                     {QLatin1String("models"), QJsonArray{QLatin1String("claude-*")}},
                     {QLatin1String("api_key"),
                      QJsonObject{{QLatin1String("keychain"), QLatin1String("anthropic-work")}}}}));
    QCOMPARE(written.at(3).toObject().value(QLatin1String("local")), QJsonValue(true));
    QVERIFY(!written.at(0).toObject().contains(QLatin1String("local")));

    const QByteArray again
        = QJsonDocument(QJsonObject{{QLatin1String("providers"), written}}).toJson();
    const ConfigResult second = ConfigLoader::parse(again, noEnvironment());
    QVERIFY2(second.config, qPrintable(second.error));
    QCOMPARE(second.config->providers.size(), first.config->providers.size());
    for (qsizetype i = 0; i < first.config->providers.size(); ++i)
        QVERIFY2(second.config->providers.at(i) == first.config->providers.at(i),
                 qPrintable(first.config->providers.at(i).id));

    // The defaults written out read back as the defaults.
    const QList<ProviderConfig> defaults = ProxyConfig::defaultProviders(noEnvironment());
    const ConfigResult third
        = ConfigLoader::parse(QJsonDocument(QJsonObject{{QLatin1String("providers"),
                                                         ConfigLoader::providersToJson(defaults)}})
                                  .toJson(),
                              noEnvironment());
    QVERIFY2(third.config, qPrintable(third.error));
    QCOMPARE(third.config->providers.size(), 2);
    QVERIFY(third.config->providers.at(0) == defaults.at(0));
    QVERIFY(third.config->providers.at(1) == defaults.at(1));
}

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "tst_configloader.moc"
