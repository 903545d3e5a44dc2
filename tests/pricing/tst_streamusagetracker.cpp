#include "costcalculator.h"
#include "providerfixtures.h"
#include "streamusagetracker.h"
#include "tokenusagetostring.h"
#include "usageextractor.h"

#include <QList>
#include <QPair>
#include <QTest>

using SseEvent = QPair<QByteArray, QByteArray>; // event name, joined data

// Splits SSE text as the proxy does: "event:" names the event, "data:" lines are joined
// with "\n", a blank line dispatches.
static QList<SseEvent> splitSse(const QByteArray &sse)
{
    QList<SseEvent> events;
    QByteArray name;
    QByteArray data;
    bool haveData = false;
    for (const QByteArray &line : sse.split('\n')) {
        if (line.isEmpty()) {
            if (haveData)
                events.append({name, data});
            name.clear();
            data.clear();
            haveData = false;
        } else if (line.startsWith("event:")) {
            name = line.mid(6).trimmed();
        } else if (line.startsWith("data:")) {
            const QByteArray payload = line.mid(line.startsWith("data: ") ? 6 : 5);
            data += haveData ? '\n' + payload : payload;
            haveData = true;
        }
    }
    return events;
}

static void feed(StreamUsageTracker &tracker, const QByteArray &sse, bool withEventNames = true)
{
    for (const SseEvent &event : splitSse(sse))
        tracker.addEvent(withEventNames ? event.first : QByteArray(), event.second);
}

class TestStreamUsageTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openAiChatStream();
    void openAiChatStreamWithoutUsage();
    void groqUsageInXGroq();
    void openAiToolCallAndReasoningCharacters();
    void legacyCompletionsStream();
    void openAiInStreamError();
    void responsesStream_data();
    void responsesStream();
    void responsesIncompleteAndFailed();
    void responsesErrorEvent();
    void anthropicStreamMatchesNonStreamed_data();
    void anthropicStreamMatchesNonStreamed();
    void anthropicOlderDeltaWithOutputOnly();
    void anthropicCharactersOfEveryDeltaKind();
    void anthropicErrorEvent();
    void garbageIsIgnored();
    void characterCountWithoutParsingMatchesParsing();
    void usageOnlyChunk_data();
    void usageOnlyChunk();
    void benchmarkOpenAiChunks();
    void benchmarkAnthropicEvents();
};

void TestStreamUsageTracker::openAiChatStream()
{
    StreamUsageTracker tracker(WireFormat::OpenAi);
    feed(tracker, Fixture::openAiChatStream);
    const auto nonStreamed
        = UsageExtractor::fromResponseBody(WireFormat::OpenAi, Fixture::openAiChat);
    QCOMPARE(tracker.usage(), nonStreamed);
    QCOMPARE(*tracker.usage(), tokens(2000, 1500, 0, 0, 300, 0));
    QCOMPARE(tracker.servedModel(), QStringLiteral("gpt-4o-2024-08-06"));
    QCOMPARE(tracker.outputCharacters(), qint64(11)); // "Hello" + " world"
    QVERIFY(tracker.finished());
    QVERIFY(tracker.errorType().isEmpty());

    const PriceTable prices = PriceTable::builtIn();
    QCOMPARE(CostCalculator::cost(prices, tracker.servedModel(), *tracker.usage()).usd,
             std::optional<double>(0.006125));
}

void TestStreamUsageTracker::openAiChatStreamWithoutUsage()
{
    // A client that did not set include_usage: only characters to estimate from.
    QByteArray sse = Fixture::openAiChatStream;
    const QList<SseEvent> events = splitSse(sse);
    StreamUsageTracker tracker(WireFormat::OpenAi);
    for (const SseEvent &event : events) {
        if (!StreamUsageTracker::isUsageOnlyChunk(event.second))
            tracker.addEvent(event.first, event.second);
    }
    QVERIFY(!tracker.usage());
    QCOMPARE(tracker.outputCharacters(), qint64(11));
    QVERIFY(tracker.finished());
}

void TestStreamUsageTracker::groqUsageInXGroq()
{
    StreamUsageTracker tracker(WireFormat::OpenAi);
    tracker.addEvent(
        {},
        R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"llama-3.3-70b-versatile","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{"content":"Hey"},"logprobs":null,"finish_reason":null}]})");
    tracker.addEvent(
        {},
        R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"llama-3.3-70b-versatile","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}],"x_groq":{"id":"req_01","usage":{"queue_time":0.02,"prompt_tokens":40,"prompt_time":0.002,"completion_tokens":20,"completion_time":0.05,"total_tokens":60,"total_time":0.052}}})");
    tracker.addEvent({}, "[DONE]");
    QCOMPARE(tracker.usage(), std::optional<TokenUsage>(tokens(40, 0, 0, 0, 20, 0)));
    QCOMPARE(tracker.outputCharacters(), qint64(3));
}

void TestStreamUsageTracker::openAiToolCallAndReasoningCharacters()
{
    StreamUsageTracker tracker(WireFormat::OpenAi);
    tracker.addEvent(
        {},
        R"({"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt-4.1-mini","choices":[{"index":0,"delta":{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"get_weather","arguments":""}}]},"finish_reason":null}],"usage":null})");
    tracker.addEvent(
        {},
        R"({"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt-4.1-mini","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"city\":"}}]},"finish_reason":null}],"usage":null})");
    tracker.addEvent(
        {},
        R"({"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt-4.1-mini","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"\"Paris\"}"}}]},"finish_reason":null}],"usage":null})");
    // DeepSeek's reasoning_content and OpenRouter's reasoning count as generated text too.
    tracker.addEvent(
        {},
        R"({"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt-4.1-mini","choices":[{"index":0,"delta":{"reasoning_content":"Think","reasoning":"Hmm"},"finish_reason":null}]})");
    tracker.addEvent(
        {},
        R"({"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt-4.1-mini","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}],"usage":null})");
    QCOMPARE(tracker.outputCharacters(),
             qint64(8 + 8 + 5 + 3)); // {"city": + "Paris"} + Think + Hmm
    QVERIFY(!tracker.usage());
    QVERIFY(!tracker.finished()); // no [DONE]: cut short
}

void TestStreamUsageTracker::legacyCompletionsStream()
{
    StreamUsageTracker tracker(WireFormat::OpenAi);
    tracker.addEvent(
        {},
        R"({"id":"cmpl-1","object":"text_completion","created":1,"choices":[{"text":"Hello","index":0,"logprobs":null,"finish_reason":null}],"model":"gpt-3.5-turbo-instruct","usage":null})");
    tracker.addEvent(
        {},
        R"({"id":"cmpl-1","object":"text_completion","created":1,"choices":[{"text":" there","index":0,"logprobs":null,"finish_reason":"length"}],"model":"gpt-3.5-turbo-instruct","usage":null})");
    tracker.addEvent(
        {},
        R"({"id":"cmpl-1","object":"text_completion","created":1,"choices":[],"model":"gpt-3.5-turbo-instruct","usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}})");
    QCOMPARE(tracker.outputCharacters(), qint64(11));
    QCOMPARE(tracker.usage(), std::optional<TokenUsage>(tokens(5, 0, 0, 0, 2, 0)));
    QCOMPARE(tracker.servedModel(), QStringLiteral("gpt-3.5-turbo-instruct"));
}

void TestStreamUsageTracker::openAiInStreamError()
{
    StreamUsageTracker tracker(WireFormat::OpenAi);
    tracker.addEvent(
        {},
        R"({"error":{"message":"The server had an error while processing your request.","type":"server_error","param":null,"code":null}})");
    QCOMPARE(tracker.errorType(), QStringLiteral("server_error"));
    QCOMPARE(tracker.errorMessage(),
             QStringLiteral("The server had an error while processing your request."));
    QVERIFY(!tracker.usage());
}

void TestStreamUsageTracker::responsesStream_data()
{
    QTest::addColumn<bool>("withEventNames");
    QTest::newRow("event names") << true;
    QTest::newRow("data only") << false; // a relay that drops "event:" lines
}

void TestStreamUsageTracker::responsesStream()
{
    QFETCH(bool, withEventNames);
    StreamUsageTracker tracker(WireFormat::OpenAi);
    feed(tracker, Fixture::openAiResponsesStream, withEventNames);
    QCOMPARE(tracker.usage(),
             UsageExtractor::fromResponseBody(WireFormat::OpenAi, Fixture::openAiResponses));
    QCOMPARE(*tracker.usage(), tokens(10000, 4000, 0, 0, 1200, 200));
    QCOMPARE(tracker.servedModel(), QStringLiteral("gpt-4.1-2025-04-14"));
    QCOMPARE(tracker.outputCharacters(), qint64(8)); // deltas only, not output_text.done again
    QVERIFY(tracker.finished());
    // 6000 x 2 + 4000 x 0.5 + 1200 x 8 = 23600 per million
    QCOMPARE(
        CostCalculator::cost(PriceTable::builtIn(), tracker.servedModel(), *tracker.usage()).usd,
        std::optional<double>(0.0236));
}

void TestStreamUsageTracker::responsesIncompleteAndFailed()
{
    StreamUsageTracker incomplete(WireFormat::OpenAi);
    incomplete.addEvent(
        "response.incomplete",
        R"({"type":"response.incomplete","sequence_number":7,"response":{"id":"resp_1","object":"response","status":"incomplete","incomplete_details":{"reason":"max_output_tokens"},"model":"o4-mini-2025-04-16","usage":{"input_tokens":50,"input_tokens_details":{"cached_tokens":0},"output_tokens":64,"output_tokens_details":{"reasoning_tokens":64},"total_tokens":114}}})");
    QCOMPARE(incomplete.usage(), std::optional<TokenUsage>(tokens(50, 0, 0, 0, 64, 64)));
    QVERIFY(incomplete.errorType().isEmpty());
    QVERIFY(incomplete.finished());

    StreamUsageTracker failed(WireFormat::OpenAi);
    failed.addEvent(
        "response.failed",
        R"({"type":"response.failed","sequence_number":3,"response":{"id":"resp_2","object":"response","status":"failed","error":{"code":"server_error","message":"The model failed to generate a response."},"model":"o3-2025-04-16","usage":null}})");
    QVERIFY(!failed.usage());
    QCOMPARE(failed.errorType(), QStringLiteral("server_error"));
    QCOMPARE(failed.errorMessage(), QStringLiteral("The model failed to generate a response."));
    QCOMPARE(failed.servedModel(), QStringLiteral("o3-2025-04-16"));
    QVERIFY(failed.finished());
}

void TestStreamUsageTracker::responsesErrorEvent()
{
    StreamUsageTracker tracker(WireFormat::OpenAi);
    tracker.addEvent(
        "error",
        R"({"type":"error","code":"rate_limit_exceeded","message":"Rate limit reached","param":null,"sequence_number":1})");
    QCOMPARE(tracker.errorType(), QStringLiteral("rate_limit_exceeded"));
    QCOMPARE(tracker.errorMessage(), QStringLiteral("Rate limit reached"));
}

void TestStreamUsageTracker::anthropicStreamMatchesNonStreamed_data()
{
    QTest::addColumn<bool>("withEventNames");
    QTest::newRow("event names") << true;
    QTest::newRow("data only") << false;
}

void TestStreamUsageTracker::anthropicStreamMatchesNonStreamed()
{
    QFETCH(bool, withEventNames);
    StreamUsageTracker tracker(WireFormat::Anthropic);
    feed(tracker, Fixture::anthropicStream, withEventNames);

    // message_delta repeats input 100 and cache fields and says output 500 in total:
    // adding would give 200 input / 501 output.
    const auto nonStreamed
        = UsageExtractor::fromResponseBody(WireFormat::Anthropic, Fixture::anthropicMessage);
    QVERIFY(nonStreamed);
    QCOMPARE(tracker.usage(), nonStreamed);
    QCOMPARE(*tracker.usage(), tokens(23100, 20000, 3000, 1000, 500, 0));
    QCOMPARE(tracker.servedModel(), QStringLiteral("claude-sonnet-4-5-20250929"));
    QCOMPARE(tracker.outputCharacters(), qint64(6)); // "Hello" + "!"
    QVERIFY(tracker.finished());

    const PriceTable prices = PriceTable::builtIn();
    const CostResult streamed
        = CostCalculator::cost(prices, tracker.servedModel(), *tracker.usage());
    const CostResult plain = CostCalculator::cost(
        prices, UsageExtractor::servedModel(Fixture::anthropicMessage), *nonStreamed);
    QVERIFY(streamed.usd);
    QCOMPARE(streamed.usd, plain.usd);
    QCOMPARE(streamed.priceJson, plain.priceJson);
    // 300 + 6000 + 7500 + 6000 + 7500 = 27300 per million
    QVERIFY(qFuzzyCompare(*streamed.usd, 0.0273));
}

void TestStreamUsageTracker::anthropicOlderDeltaWithOutputOnly()
{
    StreamUsageTracker tracker(WireFormat::Anthropic);
    tracker.addEvent(
        "message_start",
        R"({"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","model":"claude-3-5-haiku-20241022","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":25,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":1}}})");
    QCOMPARE(tracker.usage(), std::optional<TokenUsage>(tokens(25, 0, 0, 0, 1, 0)));
    tracker.addEvent(
        "message_delta",
        R"({"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":15}})");
    QCOMPARE(tracker.usage(), std::optional<TokenUsage>(tokens(25, 0, 0, 0, 15, 0)));
    // A second cumulative delta replaces again; a null field leaves the earlier value.
    tracker.addEvent(
        "message_delta",
        R"({"type":"message_delta","delta":{},"usage":{"output_tokens":17,"input_tokens":null}})");
    QCOMPARE(tracker.usage(), std::optional<TokenUsage>(tokens(25, 0, 0, 0, 17, 0)));
    QVERIFY(!tracker.finished());
    tracker.addEvent("message_stop", R"({"type":"message_stop"})");
    QVERIFY(tracker.finished());
}

void TestStreamUsageTracker::anthropicCharactersOfEveryDeltaKind()
{
    StreamUsageTracker tracker(WireFormat::Anthropic);
    tracker.addEvent(
        "content_block_delta",
        R"({"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"Let me think"}})");
    tracker.addEvent(
        "content_block_delta",
        R"({"type":"content_block_delta","index":0,"delta":{"type":"signature_delta","signature":"EqQBCgIYAhIM1gbcDa9GJwZA2b3h"}})");
    tracker.addEvent(
        "content_block_delta",
        R"({"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\"a\":"}})");
    tracker.addEvent(
        "content_block_delta",
        R"({"type":"content_block_delta","index":2,"delta":{"type":"text_delta","text":"Ok"}})");
    QCOMPARE(tracker.outputCharacters(), qint64(12 + 5 + 2));
}

void TestStreamUsageTracker::anthropicErrorEvent()
{
    StreamUsageTracker tracker(WireFormat::Anthropic);
    tracker.addEvent(
        "message_start",
        R"({"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-4-5-20250929","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":25,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":1}}})");
    tracker.addEvent(
        "error", R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})");
    QCOMPARE(tracker.errorType(), QStringLiteral("overloaded_error"));
    QCOMPARE(tracker.errorMessage(), QStringLiteral("Overloaded"));
    QCOMPARE(tracker.usage(), std::optional<TokenUsage>(tokens(25, 0, 0, 0, 1, 0)));
    QVERIFY(!tracker.finished());
}

void TestStreamUsageTracker::garbageIsIgnored()
{
    for (WireFormat format : {WireFormat::OpenAi, WireFormat::Anthropic}) {
        StreamUsageTracker tracker(format);
        tracker.addEvent({}, "not json");
        tracker.addEvent({}, {});
        tracker.addEvent("message_delta", R"({"type":"message_delta","usage":{"output_tokens":)");
        tracker.addEvent("message_start", "[1,2,3]");
        tracker.addEvent("response.completed", "{\"response\":\"x\"}");
        tracker.addEvent({}, R"({"choices":"nope","usage":[1]})");
        QVERIFY(!tracker.usage());
        QVERIFY(tracker.errorType().isEmpty());
        QCOMPARE(tracker.outputCharacters(), qint64(0));
    }
}

void TestStreamUsageTracker::characterCountWithoutParsingMatchesParsing()
{
    // Text deltas are measured without a JSON parse when the event is named (or after the
    // first chat chunk) and parsed otherwise: both must count the same. Decoded, this is
    // a " b \ c newline é é 😀 😀 then  "content":"x  -> 12 + 13 = 25 UTF-16 code units
    // (each emoji is a surrogate pair); the key-like text inside the string is just text.
    const QByteArray tricky = R"("a\"b\\c\n\u00e9é😀\ud83d\ude00 \"content\":\"x")";
    const qint64 expected = 25;

    StreamUsageTracker chat(WireFormat::OpenAi);
    chat.addEvent(
        {},
        R"({"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]})");
    chat.addEvent(
        {},
        R"({"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content" : )"
            + tricky + R"(},"finish_reason":null}]})");
    QCOMPARE(chat.outputCharacters(), expected);

    const QByteArray anthropicDelta
        = R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":)" + tricky
        + "}}";
    const QByteArray responsesDelta
        = R"({"type":"response.output_text.delta","sequence_number":4,"item_id":"msg_1","output_index":0,"content_index":0,"delta":)"
        + tricky + R"(,"logprobs":[]})";
    for (bool named : {true, false}) {
        StreamUsageTracker anthropic(WireFormat::Anthropic);
        anthropic.addEvent(named ? QByteArray("content_block_delta") : QByteArray(),
                           anthropicDelta);
        QCOMPARE(anthropic.outputCharacters(), expected);
        StreamUsageTracker responses(WireFormat::OpenAi);
        responses.addEvent(named ? QByteArray("response.output_text.delta") : QByteArray(),
                           responsesDelta);
        QCOMPARE(responses.outputCharacters(), expected);
    }
}

void TestStreamUsageTracker::usageOnlyChunk_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("usageOnly");
    const QList<SseEvent> events = splitSse(Fixture::openAiChatStream);
    QTest::newRow("content chunk, usage null") << events.at(1).second << false;
    QTest::newRow("finish chunk") << events.at(3).second << false;
    QTest::newRow("final usage chunk") << events.at(4).second << true;
    QTest::newRow("[DONE]") << events.at(5).second << false;
    QTest::newRow("pretty-printed") << QByteArray(
        "{\"choices\": [],\n \"usage\" : {\"prompt_tokens\": 1, \"completion_tokens\": 2}}")
                                    << true;
    QTest::newRow("usage beside a choice") << QByteArray(
        R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":{"prompt_tokens":1}})")
                                           << false;
    QTest::newRow("no choices key") << QByteArray(R"({"usage":{"prompt_tokens":1}})") << false;
    QTest::newRow("usage text in content")
        << QByteArray(R"({"choices":[],"usage":null,"x":"\"usage\":{"})") << false;
    QTest::newRow("invalid") << QByteArray(R"({"choices":[],"usage":{)") << false;
}

void TestStreamUsageTracker::usageOnlyChunk()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, usageOnly);
    QCOMPARE(StreamUsageTracker::isUsageOnlyChunk(data), usageOnly);
}

void TestStreamUsageTracker::benchmarkOpenAiChunks()
{
    // Informative only (-benchmark output); nothing asserts on time. A 200-chunk answer,
    // as the proxy sees it: every chunk checked for usage, then tracked.
    QList<SseEvent> events = splitSse(Fixture::openAiChatStream);
    const SseEvent content = events.at(1);
    for (int i = 0; i < 200; ++i)
        events.insert(2, content);
    QBENCHMARK
    {
        StreamUsageTracker tracker(WireFormat::OpenAi);
        for (const SseEvent &event : std::as_const(events)) {
            if (!StreamUsageTracker::isUsageOnlyChunk(event.second))
                tracker.addEvent(event.first, event.second);
        }
    }
}

void TestStreamUsageTracker::benchmarkAnthropicEvents()
{
    QList<SseEvent> events = splitSse(Fixture::anthropicStream);
    const SseEvent delta = events.at(3);
    for (int i = 0; i < 200; ++i)
        events.insert(3, delta);
    QBENCHMARK
    {
        StreamUsageTracker tracker(WireFormat::Anthropic);
        for (const SseEvent &event : std::as_const(events))
            tracker.addEvent(event.first, event.second);
    }
}

QTEST_GUILESS_MAIN(TestStreamUsageTracker)
#include "tst_streamusagetracker.moc"
