#include "providerrouter.h"

#include <QTest>

namespace {

ProviderConfig provider(const char *id, WireFormat kind, const QStringList &models)
{
    ProviderConfig p;
    p.id = QString::fromLatin1(id);
    p.kind = kind;
    p.baseUrl = QUrl(QStringLiteral("https://") + p.id + QStringLiteral(".example"));
    p.models = models;
    return p;
}

QStringList list(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *name : names)
        out << QString::fromLatin1(name);
    return out;
}

// Specific providers first and catch-alls last, of both formats interleaved.
ProxyConfig mixedConfig()
{
    ProxyConfig c;
    c.providers = {
        provider("groq", WireFormat::OpenAi, list({"llama-*", "mixtral-8x7b-32768"})),
        provider("claude-work", WireFormat::Anthropic, list({"claude-*"})),
        provider("openrouter", WireFormat::OpenAi, list({"openrouter/*"})),
        provider("ollama", WireFormat::OpenAi, list({"qwen2.5-coder:?b", "llama3.1:8b"})),
        provider("openai", WireFormat::OpenAi, list({"*"})),
        provider("anthropic", WireFormat::Anthropic, list({"*"})),
    };
    return c;
}

} // namespace

class TestProviderRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routesByModel_data();
    void routesByModel();
    void configOrderWins();
    void explicitProvider();
    void explicitProviderUnknown();
    void explicitProviderOfOtherFormat();
    void noProviderOfTheFormat();
    void modelServedByNobody();
};

void TestProviderRouter::routesByModel_data()
{
    QTest::addColumn<WireFormat>("format");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("provider");

    const auto row = [](const char *name, WireFormat format, const char *model, const char *id) {
        QTest::newRow(name) << format << QString::fromLatin1(model) << QString::fromLatin1(id);
    };
    row("glob before catch-all", WireFormat::OpenAi, "llama-3.1-70b-versatile", "groq");
    row("exact name", WireFormat::OpenAi, "mixtral-8x7b-32768", "groq");
    row("case-insensitive", WireFormat::OpenAi, "LLAMA-3.1-70B-Versatile", "groq");
    row("slash in model", WireFormat::OpenAi, "openrouter/anthropic/claude-3.5-sonnet",
        "openrouter");
    row("question mark", WireFormat::OpenAi, "qwen2.5-coder:7b", "ollama");
    row("question mark one char only", WireFormat::OpenAi, "qwen2.5-coder:14b", "openai");
    row("catch-all", WireFormat::OpenAi, "gpt-4o", "openai");
    // claude-* belongs to an Anthropic provider: the OpenAI catch-all takes it.
    row("other format skipped", WireFormat::OpenAi, "claude-3-haiku", "openai");
    row("anthropic glob", WireFormat::Anthropic, "claude-sonnet-4-20250514", "claude-work");
    row("anthropic catch-all", WireFormat::Anthropic, "some-proxy-model", "anthropic");
    // llama-* belongs to an OpenAI provider.
    row("anthropic skips openai globs", WireFormat::Anthropic, "llama-3.1-8b", "anthropic");
    row("empty model openai", WireFormat::OpenAi, "", "groq");
    row("empty model anthropic", WireFormat::Anthropic, "", "claude-work");
}

void TestProviderRouter::routesByModel()
{
    QFETCH(WireFormat, format);
    QFETCH(QString, model);
    QFETCH(QString, provider);
    const ProxyConfig config = mixedConfig();
    const ProviderRouter::Result result = ProviderRouter::route(config, format, model, {});
    QVERIFY2(result.provider, qPrintable(result.error));
    QCOMPARE(result.provider->id, provider);
    QVERIFY(result.error.isEmpty());
    // The result points into the config, not at a copy.
    QCOMPARE(result.provider, config.provider(provider));
}

void TestProviderRouter::configOrderWins()
{
    ProxyConfig c;
    c.providers = {provider("first", WireFormat::OpenAi, list({"*"})),
                   provider("second", WireFormat::OpenAi, list({"gpt-4o"}))};
    ProviderRouter::Result result
        = ProviderRouter::route(c, WireFormat::OpenAi, QStringLiteral("gpt-4o"), {});
    QVERIFY(result.provider);
    QCOMPARE(result.provider->id, QStringLiteral("first"));

    std::swap(c.providers[0], c.providers[1]);
    result = ProviderRouter::route(c, WireFormat::OpenAi, QStringLiteral("gpt-4o"), {});
    QVERIFY(result.provider);
    QCOMPARE(result.provider->id, QStringLiteral("second"));
}

void TestProviderRouter::explicitProvider()
{
    const ProxyConfig config = mixedConfig();
    // The header wins over the model lists, even for a model the provider does not list.
    ProviderRouter::Result result = ProviderRouter::route(
        config, WireFormat::OpenAi, QStringLiteral("gpt-4o"), QStringLiteral("openrouter"));
    QVERIFY2(result.provider, qPrintable(result.error));
    QCOMPARE(result.provider->id, QStringLiteral("openrouter"));

    result = ProviderRouter::route(config, WireFormat::Anthropic, QString(),
                                   QStringLiteral("anthropic"));
    QVERIFY2(result.provider, qPrintable(result.error));
    QCOMPARE(result.provider->id, QStringLiteral("anthropic"));
}

void TestProviderRouter::explicitProviderUnknown()
{
    const ProviderRouter::Result result = ProviderRouter::route(
        mixedConfig(), WireFormat::OpenAi, QStringLiteral("gpt-4o"), QStringLiteral("azure"));
    QCOMPARE(result.provider, nullptr);
    QVERIFY2(result.error.contains(QLatin1String("\"azure\"")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("x-llmledger-provider")),
             qPrintable(result.error));
}

void TestProviderRouter::explicitProviderOfOtherFormat()
{
    const ProviderRouter::Result result
        = ProviderRouter::route(mixedConfig(), WireFormat::OpenAi, QStringLiteral("claude-3-haiku"),
                                QStringLiteral("claude-work"));
    QCOMPARE(result.provider, nullptr);
    QVERIFY2(result.error.contains(QLatin1String("\"claude-work\"")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("does not speak")), qPrintable(result.error));
}

void TestProviderRouter::noProviderOfTheFormat()
{
    ProxyConfig c;
    c.providers = {provider("openai", WireFormat::OpenAi, list({"*"}))};
    for (const QString &model : {QStringLiteral("claude-3-haiku"), QString()}) {
        const ProviderRouter::Result result
            = ProviderRouter::route(c, WireFormat::Anthropic, model, {});
        QCOMPARE(result.provider, nullptr);
        QVERIFY2(result.error.contains(QLatin1String("Anthropic")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("configured")), qPrintable(result.error));
    }

    const ProviderRouter::Result none
        = ProviderRouter::route(ProxyConfig(), WireFormat::OpenAi, {}, {});
    QCOMPARE(none.provider, nullptr);
    QVERIFY2(none.error.contains(QLatin1String("OpenAI")), qPrintable(none.error));
    QVERIFY2(none.error.contains(QLatin1String("configured")), qPrintable(none.error));
}

void TestProviderRouter::modelServedByNobody()
{
    ProxyConfig c;
    c.providers = {provider("groq", WireFormat::OpenAi, list({"llama-*"})),
                   provider("anthropic", WireFormat::Anthropic, list({"*"}))};
    const ProviderRouter::Result result
        = ProviderRouter::route(c, WireFormat::OpenAi, QStringLiteral("gpt-4o"), {});
    QCOMPARE(result.provider, nullptr);
    QVERIFY2(result.error.contains(QLatin1String("\"gpt-4o\"")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("models")), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestProviderRouter)
#include "tst_providerrouter.moc"
