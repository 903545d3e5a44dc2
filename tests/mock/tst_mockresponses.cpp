#include "mockcall.h"
#include "mockupstream.h"
#include "qnamtestclient.h"
#include "rawhttpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cstring>
#include <memory>

// The providers' wire formats as the mock writes them (MockOpenAiResponses,
// MockAnthropicResponses, MockCall's token rules): bodies, SSE event sequences, usage.
class tst_MockResponses : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MockUpstream> m_mock;
    QnamTestClient m_client;

private Q_SLOTS:
    void init()
    {
        m_mock = std::make_unique<MockUpstream>();
        QVERIFY2(m_mock->listen(), qPrintable(m_mock->errorString()));
        m_client.setBaseUrl(m_mock->anthropicBaseUrl());
        m_client.clearConnections();
    }
    void cleanup() { m_mock.reset(); }

    void staticFormulas()
    {
        QCOMPARE(MockCall::servedModelFor("gpt-4o-mini"), QByteArray("gpt-4o-mini-2024-07-18"));
        QCOMPARE(MockCall::servedModelFor("my-own-model"), QByteArray("my-own-model"));
        // "Hello there" is 11 characters: ceil(11 / 4) + 3; roles do not count.
        QCOMPARE(MockCall::estimatePromptTokens(
                     QJsonDocument::fromJson(QnamTestClient::chatBody(false)).object()),
                 6);
        QCOMPARE(MockCall::completionText(5), QByteArray("Hello from the mock upstream"));
    }

    void chatCompletion()
    {
        const QnamTestClient::Result r
            = m_client.send("POST", "/v1/chat/completions", QnamTestClient::chatBody(false));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(r.headers.value("x-request-id").startsWith("req_"));
        QVERIFY(r.headers.contains("openai-processing-ms"));
        QVERIFY(r.headers.contains("x-ratelimit-remaining-tokens"));
        const QJsonObject o = r.json();
        QVERIFY(o.value(QLatin1String("id")).toString().startsWith(QLatin1String("chatcmpl-")));
        QCOMPARE(o.value(QLatin1String("object")).toString(), QStringLiteral("chat.completion"));
        QVERIFY(o.value(QLatin1String("created")).toInteger() > 1700000000);
        QCOMPARE(o.value(QLatin1String("model")).toString(),
                 QStringLiteral("gpt-4o-mini-2024-07-18"));
        QVERIFY(o.value(QLatin1String("system_fingerprint"))
                    .toString()
                    .startsWith(QLatin1String("fp_")));
        const QJsonObject choice = o.value(QLatin1String("choices")).toArray().first().toObject();
        QCOMPARE(choice.value(QLatin1String("message"))
                     .toObject()
                     .value(QLatin1String("content"))
                     .toString(),
                 QStringLiteral("Hello from the mock upstream"));
        QCOMPARE(choice.value(QLatin1String("finish_reason")).toString(), QStringLiteral("stop"));
        const QJsonObject usage = o.value(QLatin1String("usage")).toObject();
        QCOMPARE(usage.value(QLatin1String("prompt_tokens")).toInt(), 6);
        QCOMPARE(usage.value(QLatin1String("completion_tokens")).toInt(), 5);
        QCOMPARE(usage.value(QLatin1String("total_tokens")).toInt(), 11);
    }

    void tokenHeaders()
    {
        const QnamTestClient::Result r
            = m_client.send("POST", "/v1/chat/completions", QnamTestClient::chatBody(false),
                            {{"x-mock-prompt-tokens", "1000"},
                             {"x-mock-cached-tokens", "400"},
                             {"x-mock-reasoning-tokens", "7"},
                             {"x-mock-completion-tokens", "20"}});
        const QJsonObject usage = r.json().value(QLatin1String("usage")).toObject();
        QCOMPARE(usage.value(QLatin1String("prompt_tokens")).toInt(), 1000);
        QCOMPARE(usage.value(QLatin1String("completion_tokens")).toInt(), 20);
        QCOMPARE(usage.value(QLatin1String("total_tokens")).toInt(), 1020);
        QCOMPARE(
            usage[QLatin1String("prompt_tokens_details")][QLatin1String("cached_tokens")].toInt(),
            400);
        QCOMPARE(
            usage[QLatin1String("completion_tokens_details")][QLatin1String("reasoning_tokens")]
                .toInt(),
            7);
    }

    void chatStream_data()
    {
        QTest::addColumn<bool>("includeUsage");
        QTest::newRow("without include_usage") << false;
        QTest::newRow("with include_usage") << true;
    }
    void chatStream()
    {
        QFETCH(bool, includeUsage);
        RawHttpClient client(m_mock->port());
        client.send(RawHttpClient::request("POST", "/v1/chat/completions",
                                           QnamTestClient::chatBody(true, includeUsage),
                                           "x-mock-chunks: 3\r\n"));
        const auto r = client.readResponse();
        QVERIFY(r);
        QVERIFY(r->chunked);
        QCOMPARE(r->header("content-type"), QByteArray("text/event-stream; charset=utf-8"));
        // One SSE event per HTTP chunk: role, 3 deltas, finish, [usage], [DONE].
        QCOMPARE(r->chunks.size(), includeUsage ? 7 : 6);
        for (const QByteArray &chunk : r->chunks)
            QVERIFY(chunk.startsWith("data: ") && chunk.endsWith("\n\n"));
        QCOMPARE(r->chunks.last(), QByteArray("data: [DONE]\n\n"));
        QCOMPARE(r->body.contains("usage"), includeUsage);
        const QList<QJsonObject> events = QnamTestClient::sseJson(r->body);
        QString text;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QJsonObject &e = events.at(i);
            QCOMPARE(e.value(QLatin1String("object")).toString(),
                     QStringLiteral("chat.completion.chunk"));
            const QJsonArray choices = e.value(QLatin1String("choices")).toArray();
            if (includeUsage && i == events.size() - 1) {
                QVERIFY(choices.isEmpty());
                QCOMPARE(e[QLatin1String("usage")][QLatin1String("completion_tokens")].toInt(), 3);
                QVERIFY(
                    e[QLatin1String("usage")][QLatin1String("prompt_tokens_details")].isObject());
                continue;
            }
            if (includeUsage)
                QVERIFY(e.contains(QLatin1String("usage"))
                        && e.value(QLatin1String("usage")).isNull());
            text += choices.first()[QLatin1String("delta")][QLatin1String("content")].toString();
        }
        QCOMPARE(text, QStringLiteral("Hello from the"));
        QVERIFY(client.isConnected()); // keep-alive
    }

    void legacyCompletion()
    {
        const QByteArray body = R"({"model":"gpt-3.5-turbo-instruct","prompt":"Say hi"})";
        QJsonObject o = m_client.send("POST", "/v1/completions", body).json();
        QCOMPARE(o.value(QLatin1String("object")).toString(), QStringLiteral("text_completion"));
        QCOMPARE(o[QLatin1String("choices")][0][QLatin1String("text")].toString(),
                 QStringLiteral("Hello from the mock upstream"));
        QCOMPARE(o[QLatin1String("usage")][QLatin1String("prompt_tokens")].toInt(), 5);

        const QnamTestClient::Result s = m_client.send(
            "POST", "/v1/completions", R"({"model":"x","prompt":"a","stream":true})");
        QVERIFY(s.body.endsWith("data: [DONE]\n\n"));
        QCOMPARE(QnamTestClient::sseJson(s.body).size(), 6);
        QVERIFY(!s.body.contains("usage"));
    }

    void responses()
    {
        const QByteArray body = R"({"model":"gpt-4.1","input":"Hello","instructions":"Be brief."})";
        const QJsonObject o
            = m_client.send("POST", "/v1/responses", body, {{"x-mock-cached-tokens", "2"}}).json();
        QCOMPARE(o.value(QLatin1String("object")).toString(), QStringLiteral("response"));
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(o.value(QLatin1String("instructions")).toString(), QStringLiteral("Be brief."));
        QCOMPARE(o[QLatin1String("output")][0][QLatin1String("content")][0][QLatin1String("text")]
                     .toString(),
                 QStringLiteral("Hello from the mock upstream"));
        const QJsonObject usage = o.value(QLatin1String("usage")).toObject();
        QCOMPARE(usage.value(QLatin1String("input_tokens")).toInt(), 7); // ceil(14 / 4) + 3
        QCOMPARE(
            usage[QLatin1String("input_tokens_details")][QLatin1String("cached_tokens")].toInt(),
            2);
        QCOMPARE(usage.value(QLatin1String("output_tokens")).toInt(), 5);
        QCOMPARE(usage.value(QLatin1String("total_tokens")).toInt(), 12);
    }

    void responsesStream()
    {
        const QnamTestClient::Result r = m_client.send(
            "POST", "/v1/responses", R"({"model":"gpt-4.1","input":"Hi","stream":true})",
            {{"x-mock-chunks", "2"}, {"x-mock-reasoning-tokens", "4"}});
        QList<QByteArray> types;
        const QList<QJsonObject> events = QnamTestClient::sseJson(r.body, &types);
        QCOMPARE(types,
                 (QList<QByteArray>{"response.created", "response.in_progress",
                                    "response.output_item.added", "response.content_part.added",
                                    "response.output_text.delta", "response.output_text.delta",
                                    "response.output_text.done", "response.content_part.done",
                                    "response.output_item.done", "response.completed"}));
        for (qsizetype i = 0; i < events.size(); ++i) {
            QCOMPARE(events.at(i).value(QLatin1String("type")).toString().toUtf8(), types.at(i));
            QCOMPARE(events.at(i).value(QLatin1String("sequence_number")).toInt(), i);
        }
        QVERIFY(events.first()[QLatin1String("response")][QLatin1String("usage")].isNull());
        const QJsonObject usage
            = events.last()[QLatin1String("response")][QLatin1String("usage")].toObject();
        QCOMPARE(usage.value(QLatin1String("output_tokens")).toInt(), 6);
        QCOMPARE(usage[QLatin1String("output_tokens_details")][QLatin1String("reasoning_tokens")]
                     .toInt(),
                 4);
        QVERIFY(!r.body.contains("[DONE]"));
    }

    void embeddings()
    {
        const QByteArray floats
            = R"({"model":"text-embedding-3-small","input":["a","b"],"dimensions":4})";
        const QJsonObject o = m_client.send("POST", "/v1/embeddings", floats).json();
        QCOMPARE(o[QLatin1String("data")].toArray().size(), 2);
        const QJsonArray vector = o[QLatin1String("data")][1][QLatin1String("embedding")].toArray();
        QCOMPARE(vector.size(), 4);
        QCOMPARE(o.value(QLatin1String("model")).toString(),
                 QStringLiteral("text-embedding-3-small"));

        const QByteArray b64
            = R"({"model":"text-embedding-3-small","input":"a","dimensions":4,"encoding_format":"base64"})";
        const QByteArray raw = QByteArray::fromBase64(
            m_client.send("POST", "/v1/embeddings", b64)
                .json()[QLatin1String("data")][0][QLatin1String("embedding")]
                .toString()
                .toLatin1());
        QCOMPARE(raw.size(), 16);
        for (int i = 0; i < 4; ++i) {
            float value = 0;
            std::memcpy(&value, raw.constData() + 4 * i, 4);
            QCOMPARE(double(value), vector.at(i).toDouble());
        }
    }

    void models()
    {
        const QJsonObject openai = m_client.send("GET", "/v1/models").json();
        QCOMPARE(openai.value(QLatin1String("object")).toString(), QStringLiteral("list"));
        QCOMPARE(openai[QLatin1String("data")][0][QLatin1String("object")].toString(),
                 QStringLiteral("model"));
        const QJsonObject anthropic
            = m_client.send("GET", "/v1/models", {}, {{"anthropic-version", "2023-06-01"}}).json();
        QCOMPARE(anthropic[QLatin1String("data")][0][QLatin1String("type")].toString(),
                 QStringLiteral("model"));
        QVERIFY(anthropic.contains(QLatin1String("has_more")));
    }

    void anthropicMessage()
    {
        const QnamTestClient::Result r
            = m_client.send("POST", "/v1/messages", QnamTestClient::anthropicBody(),
                            {{"anthropic-version", "2023-06-01"},
                             {"x-mock-cached-tokens", "30"},
                             {"x-mock-cache-write-tokens", "25"},
                             {"x-mock-cache-write-1h-tokens", "10"}});
        QVERIFY(r.headers.value("request-id").startsWith("req_"));
        QVERIFY(r.headers.contains("anthropic-ratelimit-requests-remaining"));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("type")).toString(), QStringLiteral("message"));
        QCOMPARE(o.value(QLatin1String("model")).toString(),
                 QStringLiteral("claude-sonnet-4-20250514"));
        QCOMPARE(o[QLatin1String("content")][0][QLatin1String("text")].toString(),
                 QStringLiteral("Hello from the mock upstream"));
        const QJsonObject usage = o.value(QLatin1String("usage")).toObject();
        QCOMPARE(usage.value(QLatin1String("input_tokens")).toInt(), 4); // ceil(2 / 4) + 3
        QCOMPARE(usage.value(QLatin1String("cache_read_input_tokens")).toInt(), 30);
        QCOMPARE(usage.value(QLatin1String("cache_creation_input_tokens")).toInt(), 25);
        QCOMPARE(usage[QLatin1String("cache_creation")][QLatin1String("ephemeral_5m_input_tokens")]
                     .toInt(),
                 15);
        QCOMPARE(usage[QLatin1String("cache_creation")][QLatin1String("ephemeral_1h_input_tokens")]
                     .toInt(),
                 10);
        QCOMPARE(usage.value(QLatin1String("output_tokens")).toInt(), 5);
    }

    void anthropicStream()
    {
        RawHttpClient client(m_mock->port());
        client.send(RawHttpClient::request("POST", "/v1/messages",
                                           QnamTestClient::anthropicBody(true),
                                           "x-mock-completion-tokens: 9\r\n"));
        const auto r = client.readResponse();
        QVERIFY(r && r->chunked);
        QList<QByteArray> types;
        const QList<QJsonObject> events = QnamTestClient::sseJson(r->body, &types);
        QCOMPARE(
            types,
            (QList<QByteArray>{"message_start", "content_block_start", "ping",
                               "content_block_delta", "content_block_delta", "content_block_delta",
                               "content_block_delta", "content_block_delta", "content_block_stop",
                               "message_delta", "message_stop"}));
        QCOMPARE(r->chunks.size(), types.size());
        const QJsonObject startUsage
            = events.first()[QLatin1String("message")][QLatin1String("usage")].toObject();
        QCOMPARE(startUsage.value(QLatin1String("output_tokens")).toInt(), 1);
        QVERIFY(startUsage.value(QLatin1String("cache_creation")).isObject());
        QCOMPARE(events.at(9)[QLatin1String("usage")][QLatin1String("output_tokens")].toInt(), 9);
        QCOMPARE(events.at(3)[QLatin1String("delta")][QLatin1String("type")].toString(),
                 QStringLiteral("text_delta"));
    }

    void countTokens()
    {
        const QJsonObject o
            = m_client
                  .send("POST", "/v1/messages/count_tokens", QnamTestClient::anthropicBody(),
                        {{"x-mock-prompt-tokens", "77"}})
                  .json();
        QCOMPARE(o, QJsonObject({{QStringLiteral("input_tokens"), 77}}));
    }
};

QTEST_GUILESS_MAIN(tst_MockResponses)
#include "tst_mockresponses.moc"
