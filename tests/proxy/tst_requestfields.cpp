#include "requestfields.h"

#include <QTest>

class TestRequestFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTopLevelFields_data();
    void readsTopLevelFields();
    void rejectsMalformedBodies_data();
    void rejectsMalformedBodies();
    void findsModelAfterMegabyteOfMessages();
};

void TestRequestFields::readsTopLevelFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<bool>("hasStreamOptions");
    QTest::addColumn<bool>("includeUsage");

    QTest::newRow("model only") << QByteArray(R"({"model":"gpt-4o"})") << QStringLiteral("gpt-4o")
                                << false << false << false;
    QTest::newRow("stream true") << QByteArray(R"({"model":"gpt-4o-mini","stream":true})")
                                 << QStringLiteral("gpt-4o-mini") << true << false << false;
    QTest::newRow("stream false") << QByteArray(R"({"stream":false,"model":"o3"})")
                                  << QStringLiteral("o3") << false << false << false;
    QTest::newRow("stream as a string is not true")
        << QByteArray(R"({"model":"m","stream":"true"})") << QStringLiteral("m") << false << false
        << false;
    QTest::newRow("include_usage true")
        << QByteArray(R"({"model":"gpt-4o","stream":true,"stream_options":{"include_usage":true}})")
        << QStringLiteral("gpt-4o") << true << true << true;
    QTest::newRow("include_usage false") << QByteArray(
        R"({"model":"gpt-4o","stream":true,"stream_options":{"include_usage":false}})")
                                         << QStringLiteral("gpt-4o") << true << true << false;
    QTest::newRow("empty stream_options")
        << QByteArray(R"({"stream_options":{},"model":"gpt-4o","stream":true})")
        << QStringLiteral("gpt-4o") << true << true << false;
    QTest::newRow("escaped quote and backslash")
        << QByteArray(R"({"model":"my\"model\\v2"})") << QStringLiteral("my\"model\\v2") << false
        << false << false;
    QTest::newRow("escaped slash and unicode")
        << QByteArray(R"({"model":"org\/mod\u00e8le-\u4e2d"})")
        << QString(QStringLiteral("org/mod") + QChar(0xe8) + QStringLiteral("le-") + QChar(0x4e2d))
        << false << false << false;
    QTest::newRow("raw UTF-8 model")
        << QByteArray("{\"model\":\"mod\xc3\xa8le\"}")
        << QString(QStringLiteral("mod") + QChar(0xe8) + QStringLiteral("le")) << false << false
        << false;
    QTest::newRow("nested model before top-level")
        << QByteArray(
               R"({"messages":[{"role":"user","model":"decoy","content":"hi"}],"model":"real"})")
        << QStringLiteral("real") << false << false << false;
    QTest::newRow("nested model after top-level")
        << QByteArray(R"({"model":"real","messages":[{"role":"user","model":"decoy"}]})")
        << QStringLiteral("real") << false << false << false;
    QTest::newRow("nested model only")
        << QByteArray(R"({"metadata":{"model":"decoy","stream":true},"messages":[]})") << QString()
        << false << false << false;
    QTest::newRow("nested stream_options only")
        << QByteArray(R"({"model":"m","extra":{"stream_options":{"include_usage":true}}})")
        << QStringLiteral("m") << false << false << false;
    QTest::newRow("model key text inside a string")
        << QByteArray(R"({"prompt":"{\"model\":\"decoy\"}","model":"real"})")
        << QStringLiteral("real") << false << false << false;
    QTest::newRow("brackets inside nested strings")
        << QByteArray(R"({"messages":[{"content":"}]}{[\"model\":"}],"model":"real"})")
        << QStringLiteral("real") << false << false << false;
    QTest::newRow("whitespace everywhere")
        << QByteArray("\r\n\t {  \"model\" :\t\"a\"\n,\r\n \"stream\"\n:\ttrue\r\n,"
                      " \"stream_options\" : { \"include_usage\" : true } }\n ")
        << QStringLiteral("a") << true << true << true;
    QTest::newRow("numbers and literals") << QByteArray(
        R"({"temperature":0.7,"max_tokens":1e3,"n":-1,"user":null,"top_p":1.0E-2,"model":"m","logprobs":false})")
                                          << QStringLiteral("m") << false << false << false;
    QTest::newRow("model null") << QByteArray(R"({"model":null})") << QString() << false << false
                                << false;
    QTest::newRow("empty object") << QByteArray("{}") << QString() << false << false << false;
    QTest::newRow("empty object with spaces")
        << QByteArray(" { \n } ") << QString() << false << false << false;
}

void TestRequestFields::readsTopLevelFields()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, model);
    QFETCH(bool, stream);
    QFETCH(bool, hasStreamOptions);
    QFETCH(bool, includeUsage);

    const std::optional<RequestFields> fields = RequestFields::scan(body);
    QVERIFY(fields.has_value());
    QCOMPARE(fields->model, model);
    QCOMPARE(fields->stream, stream);
    QCOMPARE(fields->hasStreamOptions, hasStreamOptions);
    QCOMPARE(fields->includeUsage, includeUsage);
}

void TestRequestFields::rejectsMalformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace only") << QByteArray(" \n\t ");
    QTest::newRow("array") << QByteArray(R"([{"model":"m"}])");
    QTest::newRow("string") << QByteArray(R"("model")");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("unterminated model string") << QByteArray(R"({"model":"gpt-4o})");
    QTest::newRow("unterminated at end") << QByteArray(R"({"model":"gpt)");
    QTest::newRow("unterminated key") << QByteArray(R"({"mod)");
    QTest::newRow("backslash at end") << QByteArray(R"({"model":"abc\)");
    QTest::newRow("unterminated string in messages")
        << QByteArray(R"({"messages":[{"content":"hi}],"model":"m"})");
    QTest::newRow("raw newline inside string") << QByteArray("{\"model\":\"a\nb\"}");
    QTest::newRow("missing closing brace") << QByteArray(R"({"model":"m","messages":[{"a":1}])");
    QTest::newRow("missing closing bracket") << QByteArray(R"({"model":"m","messages":[{"a":1}})");
    QTest::newRow("unclosed nested object") << QByteArray(R"({"a":{"b":1})");
    QTest::newRow("extra closing brace") << QByteArray(R"({"model":"m"}})");
    QTest::newRow("trailing word") << QByteArray(R"({"model":"m"} x)");
    QTest::newRow("second object") << QByteArray(R"({"model":"m"}{})");
    QTest::newRow("trailing comma after object") << QByteArray(R"({"model":"m"},)");
    QTest::newRow("trailing comma inside") << QByteArray(R"({"model":"m",})");
    QTest::newRow("missing colon") << QByteArray(R"({"model" "m"})");
    QTest::newRow("missing value") << QByteArray(R"({"model":})");
    QTest::newRow("missing comma") << QByteArray(R"({"model":"m" "stream":true})");
    QTest::newRow("bad literal") << QByteArray(R"({"model":"m","stream":tru})");
    QTest::newRow("unquoted key") << QByteArray(R"({model:"m"})");
    QTest::newRow("opening brace only") << QByteArray("{");
}

void TestRequestFields::rejectsMalformedBodies()
{
    QFETCH(QByteArray, body);
    QVERIFY(!RequestFields::scan(body).has_value());
}

void TestRequestFields::findsModelAfterMegabyteOfMessages()
{
    // A long conversation whose messages carry decoy "model" keys and text full of
    // JSON punctuation; the real fields come last.
    const QByteArray text
        = QByteArray(R"(quoted \"model\": \"decoy\", braces {[}] and a backslash \\ )").repeated(8);
    QByteArray body = R"({"messages":[)";
    int i = 0;
    while (body.size() < 1024 * 1024) {
        if (i++ > 0)
            body += ',';
        body += R"({"role":"user","model":"decoy-)" + QByteArray::number(i)
            + R"(","content":[{"type":"text","text":")" + text + R"("}]})";
    }
    body += R"(],"model":"claude-sonnet-4-20250514","stream":true,)"
            R"("stream_options":{"include_usage":true}})";
    QVERIFY(body.size() > 1024 * 1024);

    const std::optional<RequestFields> fields = RequestFields::scan(body);
    QVERIFY(fields.has_value());
    QCOMPARE(fields->model, QStringLiteral("claude-sonnet-4-20250514"));
    QVERIFY(fields->stream);
    QVERIFY(fields->hasStreamOptions);
    QVERIFY(fields->includeUsage);

    // The same body cut short is not an object.
    QVERIFY(!RequestFields::scan(body.chopped(1)).has_value());
}

QTEST_GUILESS_MAIN(TestRequestFields)
#include "tst_requestfields.moc"
