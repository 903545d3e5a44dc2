#include "mockupstream.h"
#include "qnamtestclient.h"
#include "rawhttpclient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// MockUpstream as a whole: base URLs, routing, the x-mock-scenario faults as clients see
// them, request recording and connection reuse.
class tst_MockUpstream : public QObject
{
    Q_OBJECT

private:
    static QByteArray chat(bool stream = false) { return QnamTestClient::chatBody(stream); }
    static QByteArray anthropic(bool stream = false)
    {
        return QnamTestClient::anthropicBody(stream);
    }

    std::unique_ptr<MockUpstream> m_mock;
    QnamTestClient m_client;

private Q_SLOTS:
    void init()
    {
        m_mock = std::make_unique<MockUpstream>();
        QVERIFY2(m_mock->listen(), qPrintable(m_mock->errorString()));
        QVERIFY(m_mock->port() != 0);
        m_client.setBaseUrl(m_mock->anthropicBaseUrl());
        m_client.clearConnections();
    }
    void cleanup() { m_mock.reset(); }

    void baseUrls()
    {
        const QString port = QString::number(m_mock->port());
        QCOMPARE(m_mock->openAiBaseUrl().toString(),
                 QStringLiteral("http://127.0.0.1:") + port + QStringLiteral("/v1"));
        QCOMPARE(m_mock->anthropicBaseUrl().toString(), QStringLiteral("http://127.0.0.1:") + port);
    }

    void notFound()
    {
        const QnamTestClient::Result r = m_client.send("POST", "/v1/nothing", "{}");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("type")].toString(),
                 QStringLiteral("invalid_request_error"));
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("message")].toString(),
                 QStringLiteral("Invalid URL (POST /v1/nothing)"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("scenario");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        const QByteArray chatPath = "/v1/chat/completions";
        const QByteArray messages = "/v1/messages";
        QTest::newRow("openai 429")
            << chatPath << QByteArray("error-429") << 429 << QStringLiteral("requests");
        QTest::newRow("openai 500")
            << chatPath << QByteArray("error-500") << 500 << QStringLiteral("server_error");
        QTest::newRow("openai 400") << QByteArray("/v1/responses") << QByteArray("error-400") << 400
                                    << QStringLiteral("invalid_request_error");
        QTest::newRow("openai overloaded") << chatPath << QByteArray("error-529-overloaded") << 503
                                           << QStringLiteral("server_error");
        QTest::newRow("anthropic 429")
            << messages << QByteArray("error-429") << 429 << QStringLiteral("rate_limit_error");
        QTest::newRow("anthropic 500")
            << messages << QByteArray("error-500") << 500 << QStringLiteral("api_error");
        QTest::newRow("anthropic 529") << messages << QByteArray("error-529-overloaded") << 529
                                       << QStringLiteral("overloaded_error");
        QTest::newRow("anthropic 400") << messages << QByteArray("error-400") << 400
                                       << QStringLiteral("invalid_request_error");
        QTest::newRow("unknown scenario")
            << chatPath << QByteArray("bogus") << 400 << QStringLiteral("invalid_request_error");
    }
    void errors()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, scenario);
        QFETCH(int, status);
        QFETCH(QString, type);
        const bool isAnthropic = path == "/v1/messages";
        const QnamTestClient::Result r
            = m_client.send("POST", path.constData(), isAnthropic ? anthropic() : chat(),
                            {{"x-mock-scenario", scenario}});
        QCOMPARE(r.status, status);
        const QJsonObject o = r.json();
        if (isAnthropic) {
            QCOMPARE(o.value(QLatin1String("type")).toString(), QStringLiteral("error"));
            QVERIFY(
                o.value(QLatin1String("request_id")).toString().startsWith(QLatin1String("req_")));
        } else {
            QVERIFY(o[QLatin1String("error")].toObject().contains(QLatin1String("param")));
        }
        QCOMPARE(o[QLatin1String("error")][QLatin1String("type")].toString(), type);
        QCOMPARE(r.headers.contains("retry-after"), status == 429);
        if (scenario == "error-429" && !isAnthropic)
            QCOMPARE(o[QLatin1String("error")][QLatin1String("code")].toString(),
                     QStringLiteral("rate_limit_exceeded"));
    }

    void streamError()
    {
        RawHttpClient openai(m_mock->port());
        openai.send(RawHttpClient::request("POST", "/v1/chat/completions", chat(true),
                                           "x-mock-scenario: stream-error\r\n"));
        auto r = openai.readResponse();
        QVERIFY(r);
        QVERIFY(r->chunks.last().startsWith(R"(data: {"error":{)"));
        QVERIFY(!r->body.contains("[DONE]"));
        QVERIFY(openai.waitForDisconnected());

        RawHttpClient claude(m_mock->port());
        claude.send(RawHttpClient::request("POST", "/v1/messages", anthropic(true),
                                           "x-mock-scenario: stream-error\r\n"));
        r = claude.readResponse();
        QVERIFY(r);
        QCOMPARE(r->chunks.last(),
                 QByteArray("event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":"
                            "\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n"));
        QVERIFY(!r->body.contains("message_stop"));
    }

    void invalidJsonAndNoUsage()
    {
        QnamTestClient::Result r = m_client.send("POST", "/v1/chat/completions", chat(),
                                                 {{"x-mock-scenario", "invalid-json-200"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("not json"));
        r = m_client.send("POST", "/v1/messages", anthropic(), {{"x-mock-scenario", "no-usage"}});
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().contains(QLatin1String("usage")));
        r = m_client.send("POST", "/v1/chat/completions", QnamTestClient::chatBody(true, true),
                          {{"x-mock-scenario", "no-usage"}});
        QVERIFY(r.body.endsWith("data: [DONE]\n\n"));
        QVERIFY(!r.body.contains("usage"));
        // A body that is not JSON is the client's mistake: 400, as OpenAI answers it.
        QCOMPARE(m_client.send("POST", "/v1/chat/completions", "{nope").status, 400);
    }

    void gzip()
    {
        RawHttpClient client(m_mock->port());
        client.send(RawHttpClient::request("POST", "/v1/chat/completions", chat(),
                                           "x-mock-scenario: gzip\r\nAccept-Encoding: gzip\r\n"));
        const auto raw = client.readResponse();
        QVERIFY(raw);
        QCOMPARE(raw->header("content-encoding"), QByteArray("gzip"));
        QVERIFY(raw->body.startsWith("\x1f\x8b"));
        // QNetworkAccessManager asks for gzip itself and inflates: a real decoder accepts it.
        const QnamTestClient::Result r
            = m_client.send("POST", "/v1/chat/completions", chat(), {{"x-mock-scenario", "gzip"}});
        QCOMPARE(r.json().value(QLatin1String("object")).toString(),
                 QStringLiteral("chat.completion"));
        // Without Accept-Encoding: gzip the body stays plain.
        client.send(RawHttpClient::request("POST", "/v1/chat/completions", chat(),
                                           "x-mock-scenario: gzip\r\n"));
        const auto plain = client.readResponse();
        QVERIFY(plain && plain->body.startsWith("{"));
    }

    void big()
    {
        QnamTestClient::Result r = m_client.send("POST", "/v1/chat/completions", chat(),
                                                 {{"x-mock-scenario", "big:20000"}});
        QCOMPARE(r.body.size(), 20000);
        QCOMPARE(r.json().value(QLatin1String("object")).toString(),
                 QStringLiteral("chat.completion"));
        r = m_client.send("POST", "/v1/chat/completions", chat(true),
                          {{"x-mock-scenario", "big:30000"}});
        QCOMPARE(r.body.size(), 30000);
        QVERIFY(r.body.endsWith("data: [DONE]\n\n"));
    }

    void recording()
    {
        QSignalSpy spy(m_mock.get(), &MockUpstream::requestReceived);
        m_client.send("POST", "/v1/messages", anthropic(),
                      {{"x-api-key", "sk-ant-xyz"}, {"anthropic-version", "2023-06-01"}});
        QCOMPARE(spy.size(), 1);
        const auto request = spy.first().first().value<MockUpstream::ReceivedRequest>();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/v1/messages"));
        QCOMPARE(request.apiKey(), QByteArray("sk-ant-xyz"));
        QCOMPARE(request.header("Anthropic-Version"), QByteArray("2023-06-01"));
        QCOMPARE(request.json().value(QLatin1String("model")).toString(),
                 QStringLiteral("claude-sonnet-4-0"));
        m_client.send("GET", "/v1/models", {}, {{"Authorization", "Bearer sk-test-abc"}});
        QCOMPARE(m_mock->requests().size(), 2);
        QCOMPARE(m_mock->requests().last().apiKey(), QByteArray("sk-test-abc"));

        m_mock->clear();
        QCOMPARE(m_mock->requests().size(), 0);
        QCOMPARE(m_mock->requestCount(), 0);
        m_mock->setRecording(false);
        m_client.send("GET", "/v1/models");
        QCOMPARE(m_mock->requests().size(), 0);
        QCOMPARE(m_mock->requestCount(), 1);
        QCOMPARE(spy.size(), 3);
    }

    void keepAliveWithQNetworkAccessManager()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_client.send("POST", "/v1/chat/completions", chat()).status, 200);
        QCOMPARE(m_mock->openConnections(), 1);
        QCOMPARE(m_mock->requestCount(), 3);
        QCOMPARE(m_mock->maxConcurrentRequests(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_MockUpstream)
#include "tst_mockupstream.moc"
