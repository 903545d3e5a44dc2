#include "litellmimporter.h"
#include "pricetable.h"

#include <QTest>

// Shaped like LiteLLM's model_prices_and_context_window.json (values as published there).
static const char kLiteLlm[] = R"({
  "sample_spec": {
    "max_tokens": "LEGACY parameter. set to max_output_tokens if provider specifies it.",
    "input_cost_per_token": 0.0000,
    "output_cost_per_token": 0.000,
    "litellm_provider": "one of the providers in the LiteLLM docs",
    "mode": "one of: chat, embedding, completion, image_generation, audio_transcription"
  },
  "gpt-4o": {
    "max_tokens": 16384, "max_input_tokens": 128000, "max_output_tokens": 16384,
    "input_cost_per_token": 2.5e-06, "output_cost_per_token": 1e-05,
    "cache_read_input_token_cost": 1.25e-06,
    "input_cost_per_token_batches": 1.25e-06, "output_cost_per_token_batches": 5e-06,
    "litellm_provider": "openai", "mode": "chat", "supports_function_calling": true
  },
  "openai/o3-mini": {
    "input_cost_per_token": 1.1e-06, "output_cost_per_token": 4.4e-06,
    "cache_read_input_token_cost": 5.5e-07, "output_cost_per_reasoning_token": 4.4e-06,
    "litellm_provider": "openai", "mode": "chat"
  },
  "anthropic/claude-sonnet-4-5-20250929": {
    "input_cost_per_token": 3e-06, "output_cost_per_token": 1.5e-05,
    "cache_creation_input_token_cost": 3.75e-06, "cache_creation_input_token_cost_above_1hr": 6e-06,
    "cache_read_input_token_cost": 3e-07,
    "input_cost_per_token_above_200k_tokens": 6e-06, "output_cost_per_token_above_200k_tokens": 2.25e-05,
    "litellm_provider": "anthropic", "mode": "chat"
  },
  "gemini/gemini-1.5-flash-8b": {
    "input_cost_per_token": 3.75e-08, "output_cost_per_token": 1.5e-07,
    "litellm_provider": "gemini", "mode": "chat"
  },
  "text-embedding-3-small": {
    "input_cost_per_token": 2e-08, "output_cost_per_token": 0.0,
    "litellm_provider": "openai", "mode": "embedding"
  },
  "dall-e-3": {
    "input_cost_per_pixel": 4.0054321e-08, "output_cost_per_pixel": 0.0,
    "litellm_provider": "openai", "mode": "image_generation"
  },
  "whisper-1": {
    "input_cost_per_second": 0.0001, "output_cost_per_second": 0.0001,
    "litellm_provider": "openai", "mode": "audio_transcription"
  },
  "broken-price": { "input_cost_per_token": "cheap", "output_cost_per_token": 1e-06 },
  "negative-price": { "input_cost_per_token": -1e-06, "output_cost_per_token": 1e-06 },
  "not-an-object": 42
})";

class TestLiteLlmImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsPerTokenPrices();
    void convertsWithoutFloatNoise();
    void importedNamesResolveThroughPriceTable();
    void rejectsUnusableDocuments_data();
    void rejectsUnusableDocuments();
};

static std::optional<ModelPrice> named(const QList<ModelPrice> &prices, const char *model)
{
    for (const ModelPrice &price : prices) {
        if (price.model == QLatin1String(model))
            return price;
    }
    return std::nullopt;
}

void TestLiteLlmImporter::importsPerTokenPrices()
{
    QString error;
    int skipped = -1;
    const auto prices = LiteLlmImporter::parse(kLiteLlm, &error, &skipped);
    QVERIFY2(prices, qPrintable(error));
    QCOMPARE(prices->size(), 5);
    QCOMPARE(skipped, 5); // dall-e-3, whisper-1, broken-price, negative-price, not-an-object
    QVERIFY(!named(*prices, "sample_spec"));
    QVERIFY(!named(*prices, "dall-e-3"));

    const auto gpt4o = named(*prices, "gpt-4o");
    QVERIFY(gpt4o);
    QCOMPARE(gpt4o->toJson(), QByteArray(R"({"input":2.5,"cached_input":1.25,"output":10})"));

    const auto o3mini = named(*prices, "openai/o3-mini");
    QVERIFY(o3mini);
    QCOMPARE(o3mini->toJson(),
             QByteArray(R"({"input":1.1,"cached_input":0.55,"output":4.4,"reasoning":4.4})"));

    const auto sonnet = named(*prices, "anthropic/claude-sonnet-4-5-20250929");
    QVERIFY(sonnet);
    QCOMPARE(
        sonnet->toJson(),
        QByteArray(
            R"({"input":3,"cached_input":0.3,"cache_write":3.75,"cache_write_1h":6,"output":15})"));

    const auto embedding = named(*prices, "text-embedding-3-small");
    QVERIFY(embedding);
    QCOMPARE(embedding->inputPerM, 0.02);
    QCOMPARE(embedding->outputPerM, 0.0);
}

void TestLiteLlmImporter::convertsWithoutFloatNoise()
{
    // 3.75e-08 * 1e6 is 0.037500000000000006 in doubles; the importer must give 0.0375.
    const auto prices = LiteLlmImporter::parse(kLiteLlm, nullptr);
    QVERIFY(prices);
    const auto flash = named(*prices, "gemini/gemini-1.5-flash-8b");
    QVERIFY(flash);
    QCOMPARE(flash->inputPerM, 0.0375);
    QCOMPARE(flash->outputPerM, 0.15);
}

void TestLiteLlmImporter::importedNamesResolveThroughPriceTable()
{
    const auto prices = LiteLlmImporter::parse(kLiteLlm, nullptr);
    QVERIFY(prices);
    PriceTable table;
    for (const ModelPrice &price : *prices)
        table.insert(price);
    // A prefixed LiteLLM name answers to the bare and the dated wire name.
    const auto o3mini = table.find(QStringLiteral("o3-mini-2025-01-31"));
    QVERIFY(o3mini);
    QCOMPARE(o3mini->model, QStringLiteral("openai/o3-mini"));
    const auto sonnet = table.find(QStringLiteral("claude-sonnet-4-5-20250929"));
    QVERIFY(sonnet);
    QCOMPARE(sonnet->inputPerM, 3.0);
    QVERIFY(!table.find(QStringLiteral("claude-sonnet-4-5"))); // only the dated name was imported
}

void TestLiteLlmImporter::rejectsUnusableDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("truncated") << QByteArray(R"({"gpt-4o": {"input_cost_per_token": 2.5e-06,)");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("empty") << QByteArray();
}

void TestLiteLlmImporter::rejectsUnusableDocuments()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!LiteLlmImporter::parse(json, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestLiteLlmImporter)
#include "tst_litellmimporter.moc"
