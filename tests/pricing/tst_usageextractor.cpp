#include "providerfixtures.h"
#include "tokenusagetostring.h"
#include "usageextractor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(WireFormat)

class TestUsageExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extracts_data();
    void extracts();
    void noUsage_data();
    void noUsage();
    void parsedObjectGivesSameResult();
    void servedModel();
};

void TestUsageExtractor::extracts_data()
{
    QTest::addColumn<WireFormat>("format");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<TokenUsage>("expected");

    // OpenAI totals already contain their cached / reasoning parts.
    QTest::newRow("openai chat, cached") << WireFormat::OpenAi << QByteArray(Fixture::openAiChat)
                                         << tokens(2000, 1500, 0, 0, 300, 0);
    QTest::newRow("openai reasoning") << WireFormat::OpenAi << QByteArray(Fixture::openAiReasoning)
                                      << tokens(1000, 0, 0, 0, 5000, 4000);
    QTest::newRow("openai responses") << WireFormat::OpenAi << QByteArray(Fixture::openAiResponses)
                                      << tokens(10000, 4000, 0, 0, 1200, 200);
    QTest::newRow("openai embeddings")
        << WireFormat::OpenAi << QByteArray(Fixture::openAiEmbeddings)
        << tokens(8000, 0, 0, 0, 0, 0);
    QTest::newRow("openai legacy completions")
        << WireFormat::OpenAi
        << QByteArray(
               R"({"id":"cmpl-1","object":"text_completion","created":1,"model":"gpt-3.5-turbo-instruct",
                         "choices":[{"text":"\n\nHi","index":0,"logprobs":null,"finish_reason":"length"}],
                         "usage":{"prompt_tokens":5,"completion_tokens":7,"total_tokens":12}})")
        << tokens(5, 0, 0, 0, 7, 0);
    QTest::newRow("deepseek cache hit fields")
        << WireFormat::OpenAi
        << QByteArray(
               R"({"model":"deepseek-reasoner","usage":{"prompt_tokens":100,"completion_tokens":50,
                         "total_tokens":150,"prompt_cache_hit_tokens":64,"prompt_cache_miss_tokens":36,
                         "completion_tokens_details":{"reasoning_tokens":30}}})")
        << tokens(100, 64, 0, 0, 50, 30);
    QTest::newRow("groq extra fields")
        << WireFormat::OpenAi
        << QByteArray(
               R"({"model":"llama-3.3-70b-versatile","usage":{"queue_time":0.017,"prompt_tokens":40,
                         "prompt_time":0.002,"completion_tokens":20,"completion_time":0.05,"total_tokens":60,
                         "total_time":0.052}})")
        << tokens(40, 0, 0, 0, 20, 0);
    QTest::newRow("openai inconsistent subsets are clamped")
        << WireFormat::OpenAi << QByteArray(R"({"usage":{"prompt_tokens":10,"completion_tokens":-5,
                         "prompt_tokens_details":{"cached_tokens":20},
                         "completion_tokens_details":{"reasoning_tokens":3}}})")
        << tokens(10, 10, 0, 0, 0, 0);

    // Anthropic's input_tokens excludes cache reads and writes: they are added.
    QTest::newRow("anthropic cache read + 5m + 1h writes")
        << WireFormat::Anthropic << QByteArray(Fixture::anthropicMessage)
        << tokens(23100, 20000, 3000, 1000, 500, 0);
    QTest::newRow("anthropic without cache fields")
        << WireFormat::Anthropic
        << QByteArray(
               R"({"type":"message","model":"claude-3-haiku-20240307","usage":{"input_tokens":12,"output_tokens":6}})")
        << tokens(12, 0, 0, 0, 6, 0);
    QTest::newRow("anthropic per-TTL object only")
        << WireFormat::Anthropic
        << QByteArray(R"({"usage":{"input_tokens":10,"cache_read_input_tokens":0,
                         "cache_creation":{"ephemeral_5m_input_tokens":40,"ephemeral_1h_input_tokens":60},
                         "output_tokens":5}})")
        << tokens(110, 0, 100, 60, 5, 0);
    QTest::newRow("anthropic cache write total without TTL split")
        << WireFormat::Anthropic
        << QByteArray(R"({"usage":{"input_tokens":4,"cache_creation_input_tokens":1000,
                         "cache_read_input_tokens":null,"output_tokens":9}})")
        << tokens(1004, 0, 1000, 0, 9, 0);
}

void TestUsageExtractor::extracts()
{
    QFETCH(WireFormat, format);
    QFETCH(QByteArray, body);
    QFETCH(TokenUsage, expected);
    const std::optional<TokenUsage> usage = UsageExtractor::fromResponseBody(format, body);
    QVERIFY(usage);
    QCOMPARE(*usage, expected);
}

void TestUsageExtractor::noUsage_data()
{
    QTest::addColumn<WireFormat>("format");
    QTest::addColumn<QByteArray>("body");

    // Anthropic's count_tokens answer is a count, not billed usage.
    QTest::newRow("anthropic count_tokens")
        << WireFormat::Anthropic << QByteArray(R"({"input_tokens":2095})");
    QTest::newRow("anthropic error")
        << WireFormat::Anthropic
        << QByteArray(
               R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_1"})");
    QTest::newRow("openai error")
        << WireFormat::OpenAi
        << QByteArray(
               R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})");
    QTest::newRow("usage null")
        << WireFormat::OpenAi
        << QByteArray(R"({"object":"response","status":"in_progress","usage":null})");
    QTest::newRow("usage not an object") << WireFormat::OpenAi << QByteArray(R"({"usage":"lots"})");
    QTest::newRow("usage empty") << WireFormat::Anthropic << QByteArray(R"({"usage":{}})");
    QTest::newRow("foreign usage shape")
        << WireFormat::Anthropic << QByteArray(R"({"usage":{"prompt_tokens":5}})");
    QTest::newRow("truncated JSON")
        << WireFormat::OpenAi << QByteArray(R"({"usage":{"prompt_tokens":5,)");
    QTest::newRow("not JSON") << WireFormat::OpenAi
                              << QByteArray("<html>502 Bad Gateway \"usage\"</html>");
    QTest::newRow("array") << WireFormat::OpenAi
                           << QByteArray(R"([{"usage":{"prompt_tokens":5}}])");
    QTest::newRow("empty") << WireFormat::Anthropic << QByteArray();
}

void TestUsageExtractor::noUsage()
{
    QFETCH(WireFormat, format);
    QFETCH(QByteArray, body);
    QVERIFY(!UsageExtractor::fromResponseBody(format, body));
}

void TestUsageExtractor::parsedObjectGivesSameResult()
{
    const QJsonObject response = QJsonDocument::fromJson(Fixture::anthropicMessage).object();
    QCOMPARE(UsageExtractor::fromResponseObject(WireFormat::Anthropic, response),
             UsageExtractor::fromResponseBody(WireFormat::Anthropic, Fixture::anthropicMessage));
    QCOMPARE(UsageExtractor::servedModel(response), QStringLiteral("claude-sonnet-4-5-20250929"));
}

void TestUsageExtractor::servedModel()
{
    QCOMPARE(UsageExtractor::servedModel(Fixture::openAiChat), QStringLiteral("gpt-4o-2024-08-06"));
    QCOMPARE(UsageExtractor::servedModel(Fixture::openAiResponses),
             QStringLiteral("gpt-4.1-2025-04-14"));
    QCOMPARE(UsageExtractor::servedModel(Fixture::anthropicMessage),
             QStringLiteral("claude-sonnet-4-5-20250929"));
    QCOMPARE(UsageExtractor::servedModel(Fixture::openAiEmbeddings),
             QStringLiteral("text-embedding-3-small"));
    QCOMPARE(UsageExtractor::servedModel("{\"model\": 42}"), QString());
    QCOMPARE(UsageExtractor::servedModel("not json"), QString());
}

QTEST_GUILESS_MAIN(TestUsageExtractor)
#include "tst_usageextractor.moc"
