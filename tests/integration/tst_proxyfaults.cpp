// Bad input and faults on either side: each gets a clear error in the client's
// API format, a recorded row, and the proxy carries on.

#include "proxyfixture.h"
#include "proxyservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace {

const QList<QPair<QByteArray, QByteArray>> Auth
    = {{"Authorization", "Bearer sk-test-faults-000000"}};

QJsonObject openAiError(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
}

QByteArray rawRequest(const QByteArray &path, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST " + path
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          "Authorization: Bearer sk-test-raw-0000000000\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
}

} // namespace

class TestProxyFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformedJson();
    void missingModel();
    void unknownModel();
    void oversizedBodyRefusedBeforeReading();
    void upstreamUnreachable();
    void upstreamTimeout();
    void invalidJsonWith200PassesThrough();
    void clientDisconnectsMidStream();
    void upstreamDisconnectsMidStream();
    void anthropicErrorInsideStream();
    void manyConcurrentStreamsAllStartAtOnce();
    void expectContinueAnsweredAtOnce();
    void connectionCloseHonoured();
    void health();
};

void TestProxyFaults::malformedJson()
{
    ProxyFixture f;
    const auto r = f.postJson(QStringLiteral("/v1/chat/completions"),
                              R"({"model": "gpt-4o", "messages": [)", Auth);
    QCOMPARE(r.status, 400);
    QCOMPARE(openAiError(r.body).value(QLatin1String("type")).toString(),
             QStringLiteral("invalid_request_error"));
    QCOMPARE(f.mock().requestCount(), 0);
    const CallRecord rec = f.waitForRecord();
    QCOMPARE(rec.httpStatus, 400);
    QCOMPARE(rec.errorType, QStringLiteral("invalid_request_error"));

    // The same in Anthropic's format on its route.
    const auto a = f.postJson(QStringLiteral("/v1/messages"), "not json", Auth);
    QCOMPARE(a.status, 400);
    const QJsonObject body = QJsonDocument::fromJson(a.body).object();
    QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("error"));
    QCOMPARE(body.value(QLatin1String("error")).toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("invalid_request_error"));
    QCOMPARE(f.waitForRecord(2).apiFormat, QStringLiteral("anthropic"));
}

void TestProxyFaults::missingModel()
{
    ProxyFixture f;
    const auto r = f.postJson(QStringLiteral("/v1/chat/completions"), R"({"messages":[]})", Auth);
    QCOMPARE(r.status, 400);
    QCOMPARE(openAiError(r.body).value(QLatin1String("param")).toString(), QStringLiteral("model"));
    QCOMPARE(f.waitForRecord().httpStatus, 400);
}

void TestProxyFaults::unknownModel()
{
    ProxyFixture f([](ProxyConfig &c) { c.providers[0].models = {QStringLiteral("gpt-*")}; });
    const auto r = f.postJson(QStringLiteral("/v1/chat/completions"),
                              R"({"model":"llama-3-70b","messages":[]})", Auth);
    QCOMPARE(r.status, 404);
    QCOMPARE(openAiError(r.body).value(QLatin1String("code")).toString(),
             QStringLiteral("model_not_found"));
    QVERIFY(openAiError(r.body)
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("llama-3-70b")));
    const CallRecord rec = f.waitForRecord();
    QCOMPARE(rec.requestedModel, QStringLiteral("llama-3-70b"));
    QCOMPARE(rec.errorType, QStringLiteral("model_not_found"));
    QCOMPARE(f.mock().requestCount(), 0);
}

void TestProxyFaults::oversizedBodyRefusedBeforeReading()
{
    ProxyFixture f([](ProxyConfig &c) { c.maxRequestBodyBytes = 4096; });
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, f.port());
    QVERIFY(socket.waitForConnected(5000));
    // Announce 10 MB but send only the head: the answer must not wait for the body.
    socket.write("POST /v1/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 "Content-Length: 10000000\r\n\r\n{\"model\":");
    QByteArray answer;
    QVERIFY(QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return answer.contains("\r\n\r\n{") && answer.endsWith('}');
        },
        5000));
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
    QVERIFY(answer.contains(R"("type":"request_too_large")"));
    QVERIFY(answer.contains(R"("type":"error")")); // Anthropic's format on /v1/messages
    const CallRecord rec = f.waitForRecord();
    QCOMPARE(rec.httpStatus, 413);
    QCOMPARE(rec.errorType, QStringLiteral("request_too_large"));

    // A body that was not announced as too large but is: refused as well.
    const auto r = f.postJson(QStringLiteral("/v1/chat/completions"),
                              R"({"model":"gpt-4o","messages":[{"role":"user","content":")"
                                  + QByteArray(5000, 'x') + "\"}]}",
                              Auth);
    QCOMPARE(r.status, 413);
    QCOMPARE(f.mock().requestCount(), 0);
}

void TestProxyFaults::upstreamUnreachable()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 deadPort = closed.serverPort();
    closed.close();
    ProxyFixture f([deadPort](ProxyConfig &c) {
        c.providers[0].baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(deadPort));
    });
    const auto r = f.postJson(QStringLiteral("/v1/chat/completions"),
                              R"({"model":"gpt-4o","messages":[]})", Auth);
    QCOMPARE(r.status, 502);
    QCOMPARE(openAiError(r.body).value(QLatin1String("code")).toString(),
             QStringLiteral("upstream_unreachable"));
    const CallRecord rec = f.waitForRecord();
    QCOMPARE(rec.httpStatus, 502);
    QCOMPARE(rec.provider, QStringLiteral("openai"));
    QCOMPARE(rec.errorType, QStringLiteral("upstream_unreachable"));
}

void TestProxyFaults::upstreamTimeout()
{
    ProxyFixture f([](ProxyConfig &c) { c.upstreamIdleTimeoutMs = 300; });
    const auto r
        = f.postJson(QStringLiteral("/v1/chat/completions"), R"({"model":"gpt-4o","messages":[]})",
                     {Auth.first(), {"x-mock-scenario", "hang"}});
    QCOMPARE(r.status, 504);
    QCOMPARE(openAiError(r.body).value(QLatin1String("code")).toString(),
             QStringLiteral("upstream_timeout"));
    QCOMPARE(f.waitForRecord().httpStatus, 504);
}

void TestProxyFaults::invalidJsonWith200PassesThrough()
{
    ProxyFixture f;
    const auto r
        = f.postJson(QStringLiteral("/v1/chat/completions"),
                     R"({"model":"gpt-4o","messages":[{"role":"user","content":"abcdefgh"}]})",
                     {Auth.first(), {"x-mock-scenario", "invalid-json-200"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("not json"));
    const CallRecord rec = f.waitForRecord();
    QCOMPARE(rec.usageSource, UsageSource::Estimated);
    QCOMPARE(rec.usage.inputTokens, 2); // "abcdefgh": 8 characters
}

void TestProxyFaults::clientDisconnectsMidStream()
{
    ProxyFixture f;
    f.mock().setChunkDelay(100);
    f.mock().setChunkCount(50);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, f.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(rawRequest(
        "/v1/messages",
        R"({"model":"claude-sonnet-4-5","max_tokens":100,"stream":true,"messages":[{"role":"user","content":"Hi"}]})",
        "anthropic-version: 2023-06-01\r\nx-mock-prompt-tokens: 70\r\n"));
    QByteArray received;
    QVERIFY(QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return received.contains("content_block_delta");
        },
        5000));
    socket.abort();
    const CallRecord rec = f.waitForRecord();
    QCOMPARE(rec.httpStatus, 499);
    QCOMPARE(rec.errorType, QStringLiteral("client_disconnected"));
    QVERIFY(rec.streamed);
    QCOMPARE(rec.usage.inputTokens, 70); // message_start had arrived
    // Output is what was seen before the cut, not message_start's placeholder.
    QCOMPARE(rec.usageSource, UsageSource::Estimated);
    QVERIFY(rec.usage.outputTokens > 1);
    // The upstream request was cut off too, not left streaming into the void.
    QVERIFY(QTest::qWaitFor([&] { return f.mock().requestsInFlight() == 0; }, 3000));
}

void TestProxyFaults::upstreamDisconnectsMidStream()
{
    ProxyFixture f;
    const auto r = f.postJson(
        QStringLiteral("/v1/chat/completions"),
        R"({"model":"gpt-4o","stream":true,"messages":[{"role":"user","content":"Hi"}]})",
        {Auth.first(), {"x-mock-scenario", "disconnect-mid-stream"}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("chat.completion.chunk")); // what came before the cut
    QVERIFY(!r.body.contains("[DONE]"));
    const CallRecord rec = f.waitForRecord();
    QVERIFY(rec.streamed);
    QCOMPARE(rec.usageSource, UsageSource::Estimated);
    QVERIFY(!rec.errorType.isEmpty());
}

void TestProxyFaults::anthropicErrorInsideStream()
{
    ProxyFixture f;
    const auto r = f.postJson(
        QStringLiteral("/v1/messages"),
        R"({"model":"claude-sonnet-4-5","max_tokens":100,"stream":true,"messages":[]})",
        {{"x-api-key", "sk-ant-test-000000000"},
         {"anthropic-version", "2023-06-01"},
         {"x-mock-scenario", "stream-error"}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("event: error"));
    QCOMPARE(f.waitForRecord().errorType, QStringLiteral("overloaded_error"));
}

void TestProxyFaults::manyConcurrentStreamsAllStartAtOnce()
{
    constexpr int Streams = 64;
    ProxyFixture f;
    f.mock().setChunkDelay(200);
    f.mock().setChunkCount(10); // ~2 s per stream: all overlap
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < Streams; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, f.port());
        socket->write(rawRequest(
            "/v1/chat/completions",
            R"({"model":"gpt-4o-mini","stream":true,"messages":[{"role":"user","content":"Hi"}]})"));
        sockets.push_back(std::move(socket));
    }
    QTRY_COMPARE_WITH_TIMEOUT(f.mock().maxConcurrentRequests(), Streams, 10000);
    QCOMPARE(f.service().upstreamClient().openConnectionCount(), Streams);
    QVERIFY(QTest::qWaitFor([&] { return f.records().size() == Streams; }, 30000));
    for (const CallRecord &rec : f.records()) {
        QCOMPARE(rec.httpStatus, 200);
        QCOMPARE(rec.usageSource, UsageSource::Provider);
    }
}

void TestProxyFaults::expectContinueAnsweredAtOnce()
{
    ProxyFixture f;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, f.port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = R"({"model":"gpt-4o","messages":[{"role":"user","content":"Hi"}]})";
    const QByteArray request = rawRequest("/v1/chat/completions", body, "Expect: 100-continue\r\n");
    socket.write(request.left(request.size() - body.size())); // the head only
    QByteArray received;
    QVERIFY(QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return received.contains("\r\n\r\n");
        },
        500)); // curl would wait 1 s before giving up on it
    QVERIFY(received.startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
    socket.write(body);
    QVERIFY(QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return received.contains("HTTP/1.1 200 OK");
        },
        5000));
}

void TestProxyFaults::connectionCloseHonoured()
{
    ProxyFixture f;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, f.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(rawRequest("/v1/chat/completions", R"({"model":"gpt-4o","messages":[]})",
                            "Connection: close\r\n"));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY(socket.readAll().contains("Connection: close"));
}

void TestProxyFaults::health()
{
    ProxyFixture f;
    const auto r = f.send("GET", QStringLiteral("/health"), {});
    QCOMPARE(r.status, 200);
    const QJsonObject health = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(health.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(health.value(QLatin1String("providers")).toArray().size(), 2);
    QVERIFY(f.records().isEmpty()); // health checks are not calls
}

QTEST_GUILESS_MAIN(TestProxyFaults)
#include "tst_proxyfaults.moc"
