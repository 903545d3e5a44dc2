#include "costcalculator.h"
#include "providerfixtures.h"
#include "tokenusagetostring.h"
#include "usageextractor.h"

#include <QTest>

// Expected dollars are worked out by hand in the comments. Where every product is exact
// in binary (prices like 2.5, 1.25, 0.5) the sum is exact and QCOMPARE compares exactly;
// prices like 0.3 or 1.1 are not exact in binary, so those compare with qFuzzyCompare.
#define COMPARE_USD(actual, expected)                                                              \
    do {                                                                                           \
        const std::optional<double> usd_ = (actual);                                               \
        QVERIFY2(usd_.has_value(), "no cost");                                                     \
        QVERIFY2(qFuzzyCompare(*usd_, double(expected)),                                           \
                 qPrintable(QString::number(*usd_, 'g', 17) + QLatin1String(" != ")                \
                            + QString::number(double(expected), 'g', 17)));                        \
    } while (false)

class TestCostCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openAiChatWithCachedTokens();
    void openAiReasoningModel();
    void separateReasoningPrice();
    void responsesApi();
    void embeddings();
    void anthropicCacheReadAndBothWriteTtls();
    void missingPriceClassesFallBack();
    void oneHourWriteFallsBackToFiveMinutePrice();
    void unknownModelHasNoCost();
    void zeroUsageOfKnownModelCostsZero();
    void builtInTableEndToEnd();

private:
    PriceTable m_prices; // fixed test prices, independent of prices.json updates
};

static ModelPrice price(const char *model, double input, std::optional<double> cached,
                        double output)
{
    ModelPrice p;
    p.model = QString::fromLatin1(model);
    p.inputPerM = input;
    p.cachedInputPerM = cached;
    p.outputPerM = output;
    return p;
}

void TestCostCalculator::initTestCase()
{
    m_prices.insert(price("gpt-4o", 2.5, 1.25, 10));
    m_prices.insert(price("o4-mini", 1.1, 0.275, 4.4));
    m_prices.insert(price("gpt-4.1", 2, 0.5, 8));
    m_prices.insert(price("text-embedding-3-small", 0.02, std::nullopt, 0));
    ModelPrice sonnet = price("claude-sonnet-4-5", 3, 0.3, 15);
    sonnet.cacheWritePerM = 3.75;
    sonnet.cacheWrite1hPerM = 6;
    m_prices.insert(sonnet);
}

void TestCostCalculator::openAiChatWithCachedTokens()
{
    // 500 uncached x 2.50 + 1500 cached x 1.25 + 300 output x 10.00
    // = 1250 + 1875 + 3000 = 6125 per million = $0.006125
    const auto usage = UsageExtractor::fromResponseBody(WireFormat::OpenAi, Fixture::openAiChat);
    QVERIFY(usage);
    const CostResult result
        = CostCalculator::cost(m_prices, QStringLiteral("gpt-4o-2024-08-06"), *usage);
    QCOMPARE(result.usd, std::optional<double>(0.006125));
    QCOMPARE(result.priceModel, QStringLiteral("gpt-4o"));
    QCOMPARE(result.priceJson, QByteArray(R"({"input":2.5,"cached_input":1.25,"output":10})"));
}

void TestCostCalculator::openAiReasoningModel()
{
    // Reasoning is billed as output: 1000 x 1.10 + (1000 visible + 4000 reasoning) x 4.40
    // = 1100 + 22000 = 23100 per million = $0.0231
    const auto usage
        = UsageExtractor::fromResponseBody(WireFormat::OpenAi, Fixture::openAiReasoning);
    QVERIFY(usage);
    const CostResult result
        = CostCalculator::cost(m_prices, QStringLiteral("o4-mini-2025-04-16"), *usage);
    COMPARE_USD(result.usd, 0.0231);
    QCOMPARE(result.priceModel, QStringLiteral("o4-mini"));
}

void TestCostCalculator::separateReasoningPrice()
{
    // 1000 x 1 + 1000 visible x 4 + 4000 reasoning x 8 = 1000 + 4000 + 32000 = 37000 -> $0.037
    ModelPrice p = price("reasoner", 1, std::nullopt, 4);
    p.reasoningPerM = 8;
    QCOMPARE(CostCalculator::usd(p, tokens(1000, 0, 0, 0, 5000, 4000)), 0.037);
}

void TestCostCalculator::responsesApi()
{
    // 6000 uncached x 2 + 4000 cached x 0.50 + (1000 + 200 reasoning) x 8
    // = 12000 + 2000 + 9600 = 23600 per million = $0.0236
    const auto usage
        = UsageExtractor::fromResponseBody(WireFormat::OpenAi, Fixture::openAiResponses);
    QVERIFY(usage);
    const CostResult result
        = CostCalculator::cost(m_prices, QStringLiteral("gpt-4.1-2025-04-14"), *usage);
    QCOMPARE(result.usd, std::optional<double>(0.0236));
    QCOMPARE(result.priceModel, QStringLiteral("gpt-4.1"));
}

void TestCostCalculator::embeddings()
{
    // 8000 x 0.02 = 160 per million = $0.00016
    const auto usage
        = UsageExtractor::fromResponseBody(WireFormat::OpenAi, Fixture::openAiEmbeddings);
    QVERIFY(usage);
    COMPARE_USD(
        CostCalculator::cost(m_prices, QStringLiteral("text-embedding-3-small"), *usage).usd,
        0.00016);
}

void TestCostCalculator::anthropicCacheReadAndBothWriteTtls()
{
    // 100 uncached x 3 + 20000 reads x 0.30 + 2000 5-min writes x 3.75 + 1000 1-hour writes x 6
    // + 500 output x 15 = 300 + 6000 + 7500 + 6000 + 7500 = 27300 per million = $0.0273
    const auto usage
        = UsageExtractor::fromResponseBody(WireFormat::Anthropic, Fixture::anthropicMessage);
    QVERIFY(usage);
    const CostResult result
        = CostCalculator::cost(m_prices, QStringLiteral("claude-sonnet-4-5-20250929"), *usage);
    COMPARE_USD(result.usd, 0.0273);
    // Without caching all 23100 prompt tokens x 3 + 500 x 15 = 76800 per million: $0.0768.
    COMPARE_USD(result.cacheSavingsUsd, 0.0768 - 0.0273);
    QCOMPARE(result.priceModel, QStringLiteral("claude-sonnet-4-5"));
    QCOMPARE(
        result.priceJson,
        QByteArray(
            R"({"input":3,"cached_input":0.3,"cache_write":3.75,"cache_write_1h":6,"output":15})"));
}

void TestCostCalculator::missingPriceClassesFallBack()
{
    // Only input 2 and output 8 known: reads and writes at input, reasoning at output.
    // 1000 input tokens (200 reads, 300 writes of which 100 1-hour) x 2 + 100 output x 8
    // = 2000 + 800 = 2800 per million = $0.0028
    const ModelPrice p = price("plain", 2, std::nullopt, 8);
    QCOMPARE(CostCalculator::usd(p, tokens(1000, 200, 300, 100, 100, 50)), 0.0028);
}

void TestCostCalculator::oneHourWriteFallsBackToFiveMinutePrice()
{
    // 500 uncached x 2 + 200 5-min writes x 2.5 + 100 1-hour writes x 2.5 (no 1-hour price)
    // = 1000 + 500 + 250 = 1750 per million = $0.00175
    ModelPrice p = price("writes", 2, 0.5, 8);
    p.cacheWritePerM = 2.5;
    QCOMPARE(CostCalculator::usd(p, tokens(800, 0, 300, 100, 0, 0)), 0.00175);
}

void TestCostCalculator::unknownModelHasNoCost()
{
    const CostResult result = CostCalculator::cost(m_prices, QStringLiteral("my-finetune"),
                                                   tokens(1000, 0, 0, 0, 1000, 0));
    QVERIFY(!result.usd.has_value()); // empty, not $0
    QVERIFY(result.priceModel.isEmpty());
    QVERIFY(result.priceJson.isEmpty());
    QVERIFY(!CostCalculator::cost(PriceTable(), QStringLiteral("gpt-4o"), TokenUsage()).usd);
}

void TestCostCalculator::zeroUsageOfKnownModelCostsZero()
{
    QCOMPARE(CostCalculator::cost(m_prices, QStringLiteral("gpt-4o"), TokenUsage()).usd,
             std::optional<double>(0.0));
}

void TestCostCalculator::builtInTableEndToEnd()
{
    // Same calls against the shipped table (gpt-4o 2.50/1.25/10, claude-sonnet-4-5
    // 3/0.30/3.75/6/15 as of 2025-11).
    const PriceTable builtIn = PriceTable::builtIn();
    const auto chat = UsageExtractor::fromResponseBody(WireFormat::OpenAi, Fixture::openAiChat);
    QCOMPARE(CostCalculator::cost(builtIn, QStringLiteral("gpt-4o-2024-08-06"), *chat).usd,
             std::optional<double>(0.006125));
    const auto message
        = UsageExtractor::fromResponseBody(WireFormat::Anthropic, Fixture::anthropicMessage);
    COMPARE_USD(
        CostCalculator::cost(builtIn, QStringLiteral("claude-sonnet-4-5-20250929"), *message).usd,
        0.0273);
}

QTEST_GUILESS_MAIN(TestCostCalculator)
#include "tst_costcalculator.moc"
