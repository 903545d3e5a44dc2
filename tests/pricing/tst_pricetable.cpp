#include "pricetable.h"

#include <QFile>
#include <QTest>

class TestPriceTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInResourceIsFound();
    void builtInHasEveryListedModel_data();
    void builtInHasEveryListedModel();
    void builtInKnownPrices();
    void builtInAnthropicCacheMultipliers();
    void findMatchesWireNames_data();
    void findMatchesWireNames();
    void neverMatchesByPrefix();
    void exactEntryBeatsStrippedOne();
    void prefixedEntriesAnswerToBareNameUnlessAmbiguous();
    void loadJsonErrorsLeaveTableUnchanged_data();
    void loadJsonErrorsLeaveTableUnchanged();
    void insertAndMergeOverride();
    void allIsSorted();
    void benchmarkFind();
};

static ModelPrice price(const QString &model, double input, double output)
{
    ModelPrice p;
    p.model = model;
    p.inputPerM = input;
    p.outputPerM = output;
    return p;
}

void TestPriceTable::builtInResourceIsFound()
{
    // A static library's resources only reach the executable if the build links them in.
    QVERIFY(QFile::exists(QStringLiteral(":/prices/prices.json")));
    const PriceTable table = PriceTable::builtIn();
    QVERIFY(table.size() > 50);
    QCOMPARE(table.updated(), QStringLiteral("2025-11"));
}

void TestPriceTable::builtInHasEveryListedModel_data()
{
    QTest::addColumn<QString>("model");
    const char *const models[] = {
        "gpt-4o",
        "gpt-4o-mini",
        "gpt-4.1",
        "gpt-4.1-mini",
        "gpt-4.1-nano",
        "gpt-5",
        "gpt-5-mini",
        "gpt-5-nano",
        "o1",
        "o3",
        "o3-mini",
        "o4-mini",
        "text-embedding-3-small",
        "text-embedding-3-large",
        "text-embedding-ada-002",
        "claude-opus-4-1",
        "claude-opus-4",
        "claude-sonnet-4-5",
        "claude-sonnet-4",
        "claude-3-7-sonnet",
        "claude-3-5-sonnet",
        "claude-3-5-haiku",
        "claude-haiku-4-5",
        "claude-3-haiku",
        "claude-3-opus",
        "gemini-2.5-pro",
        "gemini-2.5-flash",
        "gemini-2.0-flash",
        "gemini-1.5-pro",
        "gemini-1.5-flash",
        "mistral-large",
        "mistral-small",
        "codestral",
        "ministral-8b",
        "deepseek-chat",
        "deepseek-reasoner",
        "llama-3.3-70b-versatile",
        "llama-3.1-8b-instant",
        "mixtral-8x7b-32768",
        "gemma2-9b-it",
        "qwen3-32b",
    };
    for (const char *model : models)
        QTest::newRow(model) << QString::fromLatin1(model);
}

void TestPriceTable::builtInHasEveryListedModel()
{
    QFETCH(QString, model);
    const auto found = PriceTable::builtIn().find(model);
    QVERIFY(found);
    QCOMPARE(found->model, model); // an entry of its own, not a fallback
    QVERIFY(found->inputPerM > 0);
}

void TestPriceTable::builtInKnownPrices()
{
    const PriceTable table = PriceTable::builtIn();
    const auto gpt4o = table.find(QStringLiteral("gpt-4o"));
    QVERIFY(gpt4o);
    QCOMPARE(gpt4o->toJson(), QByteArray(R"({"input":2.5,"cached_input":1.25,"output":10})"));
    const auto sonnet = table.find(QStringLiteral("claude-sonnet-4-5"));
    QVERIFY(sonnet);
    QCOMPARE(
        sonnet->toJson(),
        QByteArray(
            R"({"input":3,"cached_input":0.3,"cache_write":3.75,"cache_write_1h":6,"output":15})"));
    const auto deepseek = table.find(QStringLiteral("deepseek-chat"));
    QVERIFY(deepseek && deepseek->cachedInputPerM);
}

void TestPriceTable::builtInAnthropicCacheMultipliers()
{
    // Anthropic prices cache reads at 0.1x, 5-minute writes at 1.25x, 1-hour writes at 2x.
    int checked = 0;
    for (const ModelPrice &p : PriceTable::builtIn().all()) {
        if (!p.model.startsWith(QLatin1String("claude")))
            continue;
        // Haiku 3 is published as 0.30 / 0.50 / 0.03, not exact multiples of 0.25.
        if (p.model == QLatin1String("claude-3-haiku"))
            continue;
        ++checked;
        QVERIFY2(p.cachedInputPerM && p.cacheWritePerM && p.cacheWrite1hPerM, qPrintable(p.model));
        QVERIFY2(qFuzzyCompare(*p.cachedInputPerM, p.inputPerM * 0.1), qPrintable(p.model));
        QVERIFY2(qFuzzyCompare(*p.cacheWritePerM, p.inputPerM * 1.25), qPrintable(p.model));
        QVERIFY2(qFuzzyCompare(*p.cacheWrite1hPerM, p.inputPerM * 2), qPrintable(p.model));
    }
    QVERIFY(checked >= 10);
}

void TestPriceTable::findMatchesWireNames_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // empty: no price

    const struct
    {
        const char *query;
        const char *expected;
    } rows[] = {
        {"gpt-4o", "gpt-4o"},
        {"GPT-4o", "gpt-4o"},
        {"  gpt-4o ", "gpt-4o"},
        {"gpt-4o-2024-08-06", "gpt-4o"},
        {"gpt-4o-mini-2024-07-18", "gpt-4o-mini"},
        {"openai/gpt-4o-mini", "gpt-4o-mini"},
        {"azure/gpt-4.1", "gpt-4.1"},
        {"gpt-4.1-2025-04-14", "gpt-4.1"},
        {"gpt-4.1-mini-2025-04-14", "gpt-4.1-mini"},
        {"gpt-3.5-turbo-0125", "gpt-3.5-turbo"},
        {"gpt-4-0613", "gpt-4"},
        {"o3-mini-2025-01-31", "o3-mini"},
        {"gpt-5-chat-latest", "gpt-5-chat"},
        {"codex-mini-latest", "codex-mini"},
        {"claude-3-5-sonnet-20241022", "claude-3-5-sonnet"},
        {"claude-3-5-sonnet-latest", "claude-3-5-sonnet"},
        {"claude-sonnet-4-5-20250929", "claude-sonnet-4-5"},
        {"claude-sonnet-4-5@20250929", "claude-sonnet-4-5"},
        {"claude-3-5-sonnet-v2@20241022", "claude-3-5-sonnet"},
        {"anthropic.claude-3-5-sonnet-20241022-v2:0", "claude-3-5-sonnet"},
        {"us.anthropic.claude-sonnet-4-20250514-v1:0", "claude-sonnet-4"},
        {"anthropic/claude-haiku-4-5", "claude-haiku-4-5"},
        {"openrouter/anthropic/claude-3.5-sonnet", "claude-3-5-sonnet"},
        {"openrouter/anthropic/claude-sonnet-4.5", "claude-sonnet-4-5"},
        {"openrouter/openai/gpt-4o-2024-08-06", "gpt-4o"},
        {"groq/llama-3.3-70b-versatile", "llama-3.3-70b-versatile"},
        {"mixtral-8x7b-32768", "mixtral-8x7b-32768"},
        {"qwen/qwen3-32b", "qwen3-32b"},
        {"openai/gpt-oss-120b", "gpt-oss-120b"},
        {"mistral-large-latest", "mistral-large"},
        {"mistral-large-2411", "mistral-large"},
        {"codestral-2501", "codestral"},
        {"gemini-2.0-flash-001", "gemini-2.0-flash"},
        {"models/gemini-2.5-pro", "gemini-2.5-pro"},
        {"text-embedding-ada-002", "text-embedding-ada-002"},
        {"my-finetune", ""},
        {"gpt-4o-mini-foo", ""},
        {"ft:gpt-4o-mini-2024-07-18:acme::AbC123", ""},
        {"gpt-4o-mini-tts", ""},
        {"claude-4", ""},
        {"openai/", ""},
        {"-latest", ""},
        {"", ""},
    };
    for (const auto &row : rows)
        QTest::newRow(row.query) << QString::fromLatin1(row.query)
                                 << QString::fromLatin1(row.expected);
}

void TestPriceTable::findMatchesWireNames()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const auto found = PriceTable::builtIn().find(query);
    QCOMPARE(found ? found->model : QString(), expected);
}

void TestPriceTable::neverMatchesByPrefix()
{
    // With only gpt-4o known, its larger siblings must stay unpriced rather than be
    // priced as gpt-4o.
    PriceTable table;
    table.insert(price(QStringLiteral("gpt-4o"), 2.5, 10));
    QVERIFY(!table.find(QStringLiteral("gpt-4o-mini")));
    QVERIFY(!table.find(QStringLiteral("gpt-4o-mini-2024-07-18")));
    QVERIFY(!table.find(QStringLiteral("gpt-4o-realtime-preview")));
    QVERIFY(!table.find(QStringLiteral("gpt-4")));
    QVERIFY(table.find(QStringLiteral("gpt-4o-2024-11-20")));
}

void TestPriceTable::exactEntryBeatsStrippedOne()
{
    // The first gpt-4o snapshot cost twice as much as the model now called gpt-4o.
    const PriceTable table = PriceTable::builtIn();
    const auto may = table.find(QStringLiteral("gpt-4o-2024-05-13"));
    QVERIFY(may);
    QCOMPARE(may->model, QStringLiteral("gpt-4o-2024-05-13"));
    QCOMPARE(may->inputPerM, 5.0);
    const auto viaAzure = table.find(QStringLiteral("azure/gpt-4o-2024-05-13"));
    QVERIFY(viaAzure);
    QCOMPARE(viaAzure->inputPerM, 5.0);
}

void TestPriceTable::prefixedEntriesAnswerToBareNameUnlessAmbiguous()
{
    PriceTable table;
    table.insert(price(QStringLiteral("groq/llama-x"), 0.5, 0.8));
    table.insert(price(QStringLiteral("azure/model-y"), 1, 2));
    table.insert(price(QStringLiteral("openrouter/vendor/model-y"), 1, 2)); // same price: fine
    table.insert(price(QStringLiteral("azure/model-z"), 1, 2));
    table.insert(price(QStringLiteral("openrouter/model-z"), 3, 4)); // different: ambiguous

    const auto llama = table.find(QStringLiteral("llama-x-latest"));
    QVERIFY(llama);
    QCOMPARE(llama->model, QStringLiteral("groq/llama-x"));
    const auto y = table.find(QStringLiteral("model-y"));
    QVERIFY(y);
    QCOMPARE(y->model, QStringLiteral("azure/model-y")); // first in sort order
    QVERIFY(!table.find(QStringLiteral("model-z")));
    QCOMPARE(table.find(QStringLiteral("openrouter/model-z")).value().inputPerM, 3.0);
    QVERIFY(!table.find(QStringLiteral("llama"))); // still no prefix matching

    // An unprefixed entry always wins over prefixed ones.
    table.insert(price(QStringLiteral("model-z"), 5, 6));
    QCOMPARE(table.find(QStringLiteral("model-z")).value().inputPerM, 5.0);
}

void TestPriceTable::loadJsonErrorsLeaveTableUnchanged_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("invalid JSON") << QByteArray(R"({"models": {)") << QString();
    QTest::newRow("array") << QByteArray("[]")
                           << QStringLiteral("the price table must be a JSON object");
    QTest::newRow("no models") << QByteArray(R"({"updated":"x"})")
                               << QStringLiteral(
                                      "\"models\" must be an object of model name -> prices");
    QTest::newRow("not an object") << QByteArray(R"({"models":{"a":{"input":1,"output":1},"b":3}})")
                                   << QStringLiteral("b: must be an object of prices");
    QTest::newRow("bad price") << QByteArray(
        R"({"models":{"a":{"input":1,"output":1},"gpt-4o":{"input":1,"output":-2}}})")
                               << QStringLiteral("gpt-4o.output: must be a non-negative number");
}

void TestPriceTable::loadJsonErrorsLeaveTableUnchanged()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    PriceTable table;
    table.insert(price(QStringLiteral("gpt-4o"), 2.5, 10));
    QString actual;
    QVERIFY(!table.loadJson(json, &actual));
    if (error.isEmpty())
        QVERIFY(actual.startsWith(QLatin1String("invalid JSON at offset")));
    else
        QCOMPARE(actual, error);
    QCOMPARE(table.size(), 1);
    QVERIFY(!table.find(QStringLiteral("a")));
    QCOMPARE(table.find(QStringLiteral("gpt-4o")).value().outputPerM, 10.0);
}

void TestPriceTable::insertAndMergeOverride()
{
    PriceTable table;
    QString error;
    QVERIFY2(table.loadJson(
                 R"({"models":{"GPT-4o":{"input":2.5,"output":10},"o3":{"input":2,"output":8}}})",
                 &error),
             qPrintable(error));
    QCOMPARE(table.size(), 2);
    QCOMPARE(table.find(QStringLiteral("gpt-4o")).value().model, QStringLiteral("GPT-4o"));

    PriceTable overrides;
    overrides.insert(price(QStringLiteral("gpt-4o"), 2, 9)); // negotiated price
    overrides.insert(price(QStringLiteral("my-finetune"), 3, 12));
    table.merge(overrides);
    QCOMPARE(table.size(), 3);
    QCOMPARE(table.find(QStringLiteral("gpt-4o-2024-08-06")).value().outputPerM, 9.0);
    QCOMPARE(table.find(QStringLiteral("my-finetune")).value().inputPerM, 3.0);
    QCOMPARE(table.find(QStringLiteral("o3")).value().outputPerM, 8.0);
}

void TestPriceTable::allIsSorted()
{
    PriceTable table;
    table.insert(price(QStringLiteral("o3"), 2, 8));
    table.insert(price(QStringLiteral("Claude-x"), 1, 1));
    table.insert(price(QStringLiteral("gpt-4o"), 2.5, 10));
    QStringList names;
    for (const ModelPrice &p : table.all())
        names << p.model;
    QCOMPARE(
        names,
        (QStringList{QStringLiteral("Claude-x"), QStringLiteral("gpt-4o"), QStringLiteral("o3")}));
}

void TestPriceTable::benchmarkFind()
{
    // Runs per call on the proxy; informative only, nothing is asserted about time.
    const PriceTable table = PriceTable::builtIn();
    const QString exact = QStringLiteral("gpt-4o");
    const QString decorated = QStringLiteral("us.anthropic.claude-3-5-sonnet-20241022-v2:0");
    QBENCHMARK
    {
        QVERIFY(table.find(exact));
        QVERIFY(table.find(decorated));
    }
}

QTEST_GUILESS_MAIN(TestPriceTable)
#include "tst_pricetable.moc"
