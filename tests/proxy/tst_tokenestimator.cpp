#include "tokenestimator.h"

#include <QTest>

class TestTokenEstimator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokensRoundUp_data();
    void tokensRoundUp();
    void promptCharacters_data();
    void promptCharacters();
    void outputCharacters_data();
    void outputCharacters();
    void estimate();
};

void TestTokenEstimator::tokensRoundUp_data()
{
    QTest::addColumn<qint64>("characters");
    QTest::addColumn<qint64>("tokens");

    // ceil(characters / 4)
    QTest::newRow("0") << qint64(0) << qint64(0);
    QTest::newRow("1") << qint64(1) << qint64(1);
    QTest::newRow("3") << qint64(3) << qint64(1);
    QTest::newRow("4") << qint64(4) << qint64(1);
    QTest::newRow("5") << qint64(5) << qint64(2);
    QTest::newRow("8") << qint64(8) << qint64(2);
    QTest::newRow("9") << qint64(9) << qint64(3);
    QTest::newRow("400") << qint64(400) << qint64(100);
    QTest::newRow("401") << qint64(401) << qint64(101);
    QTest::newRow("10^12+1") << qint64(1000000000001) << qint64(250000000001);
}

void TestTokenEstimator::tokensRoundUp()
{
    QFETCH(qint64, characters);
    QFETCH(qint64, tokens);
    QCOMPARE(TokenEstimator::tokensForCharacters(characters), tokens);
}

void TestTokenEstimator::promptCharacters_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("characters");

    // "You are terse." = 14, "Hello there" = 11; model and role are not text.
    QTest::newRow("chat string content") << QByteArray(
        R"({"model":"gpt-4o","messages":[{"role":"system","content":"You are terse."},)"
        R"({"role":"user","content":"Hello there"}],"temperature":0.2,"stream":true})")
                                         << qint64(25);
    // "abcd" + "efghij"; the part types are not text.
    QTest::newRow("chat content parts")
        << QByteArray(R"({"model":"gpt-4o","messages":[{"role":"user","content":[)"
                      R"({"type":"text","text":"abcd"},{"type":"text","text":"efghij"}]}]})")
        << qint64(10);
    // "Be brief." = 9, "Hi!" = 3, "Hello." = 6; max_tokens is a number.
    QTest::newRow("anthropic system and messages") << QByteArray(
        R"({"model":"claude-3-5-haiku-latest","max_tokens":1024,"system":"Be brief.",)"
        R"("messages":[{"role":"user","content":"Hi!"},)"
        R"({"role":"assistant","content":[{"type":"text","text":"Hello."}]}]})")
                                                   << qint64(18);
    // System as blocks: "abc"; cache_control's type is not text.
    QTest::newRow("anthropic system blocks")
        << QByteArray(R"({"model":"claude","system":[{"type":"text","text":"abc",)"
                      R"("cache_control":{"type":"ephemeral"}}],"messages":[]})")
        << qint64(3);
    // "Tell me a joke." = 15
    QTest::newRow("responses input string")
        << QByteArray(R"({"model":"gpt-4.1","input":"Tell me a joke."})") << qint64(15);
    // 15 + "Be funny" = 8
    QTest::newRow("responses input and instructions")
        << QByteArray(R"({"model":"gpt-4.1","input":"Tell me a joke.","instructions":"Be funny"})")
        << qint64(23);
    QTest::newRow("completions prompt")
        << QByteArray(R"({"model":"davinci-002","prompt":"Once upon"})") << qint64(9);
    // "h\u00e9llo" is five characters, not six UTF-8 bytes.
    QTest::newRow("non-ASCII counts characters")
        << QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"h\xc3\xa9llo\"}]}")
        << qint64(5);
    QTest::newRow("no text") << QByteArray(R"({"model":"gpt-4o","messages":[]})") << qint64(0);
    QTest::newRow("not JSON") << QByteArray("not json") << qint64(0);
    QTest::newRow("empty") << QByteArray() << qint64(0);
}

void TestTokenEstimator::promptCharacters()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, characters);
    QCOMPARE(TokenEstimator::promptCharacters(body), characters);
}

void TestTokenEstimator::outputCharacters_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("characters");

    // "Hello!" = 6; ids, roles and finish reasons are not generated text.
    QTest::newRow("openai chat") << QByteArray(
        R"({"id":"chatcmpl-1","object":"chat.completion","model":"gpt-4o",)"
        R"("choices":[{"index":0,"message":{"role":"assistant","content":"Hello!"},)"
        R"("finish_reason":"stop"}]})")
                                 << qint64(6);
    // "Hi there" = 8
    QTest::newRow("anthropic message")
        << QByteArray(R"({"id":"msg_1","type":"message","role":"assistant","model":"claude",)"
                      R"("content":[{"type":"text","text":"Hi there"}],"stop_reason":"end_turn"})")
        << qint64(8);
    // "Yo" = 2
    QTest::newRow("responses output")
        << QByteArray(R"({"id":"resp_1","object":"response","status":"completed","output":[)"
                      R"({"type":"message","id":"msg_1","status":"completed","role":"assistant",)"
                      R"("content":[{"type":"output_text","text":"Yo","annotations":[]}]}]})")
        << qint64(2);
}

void TestTokenEstimator::outputCharacters()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, characters);
    QCOMPARE(TokenEstimator::outputCharacters(body), characters);
}

void TestTokenEstimator::estimate()
{
    // 25 prompt characters -> 7 tokens; 10 output characters -> 3 tokens.
    const QByteArray body
        = R"({"model":"gpt-4o","messages":[{"role":"system","content":"You are terse."},)"
          R"({"role":"user","content":"Hello there"}]})";
    const TokenUsage usage = TokenEstimator::estimate(body, 10);
    QCOMPARE(usage.inputTokens, qint64(7));
    QCOMPARE(usage.outputTokens, qint64(3));
    QCOMPARE(usage.cachedInputTokens, qint64(0));
    QCOMPARE(usage.cacheWriteTokens, qint64(0));
    QCOMPARE(usage.reasoningTokens, qint64(0));
}

QTEST_GUILESS_MAIN(TestTokenEstimator)
#include "tst_tokenestimator.moc"
