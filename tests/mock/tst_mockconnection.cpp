#include "mockupstream.h"
#include "rawhttpclient.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>
#include <vector>

namespace {

QByteArray chatBody(bool stream)
{
    return QByteArray(
               R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hello there"}])")
        + (stream ? R"(,"stream":true})" : "}");
}

QByteArray post(const QByteArray &body, const QByteArray &headers = {})
{
    return RawHttpClient::request("POST", "/v1/chat/completions", body, headers);
}

} // namespace

// The transport side of the mock (MockConnection): framing, keep-alive, pipelining,
// chunked request bodies, and the delivery faults (stalls, cut connections, hangs),
// checked byte by byte with RawHttpClient.
class tst_MockConnection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MockUpstream> m_mock;

private Q_SLOTS:
    void init()
    {
        m_mock = std::make_unique<MockUpstream>();
        QVERIFY2(m_mock->listen(), qPrintable(m_mock->errorString()));
    }
    void cleanup() { m_mock.reset(); }

    void disconnectMidStream_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::newRow("stream") << true;
        QTest::newRow("body") << false;
    }

    void disconnectMidStream()
    {
        QFETCH(bool, stream);
        RawHttpClient client(m_mock->port());
        client.send(post(chatBody(stream),
                         "x-mock-scenario: disconnect-mid-stream\r\nx-mock-chunks: 10\r\n"));
        QVERIFY(!client.readResponse());
        QVERIFY(client.waitForDisconnected());
        QVERIFY(client.pending().startsWith("HTTP/1.1 200 OK"));
        QVERIFY(client.pending().contains(stream ? "data: " : "chatcmpl-"));
        QTRY_COMPARE(m_mock->requestsInFlight(), 0);
        QTRY_COMPARE(m_mock->openConnections(), 0);
    }

    void slowFirstByteAndChunkDelay()
    {
        RawHttpClient client(m_mock->port());
        QElapsedTimer timer;
        timer.start();
        client.send(post(chatBody(false), "x-mock-scenario: slow-first-byte:300\r\n"));
        QTRY_COMPARE(m_mock->requestsInFlight(), 1);
        QVERIFY(!client.readResponse(150)); // nothing yet, not even the status line
        QVERIFY(client.pending().isEmpty());
        const auto slow = client.readResponse();
        QVERIFY(slow);
        QCOMPARE(slow->status, 200);
        QVERIFY(timer.elapsed() >= 290);

        m_mock->setChunkDelay(40);
        m_mock->setChunkCount(3);
        timer.restart();
        client.send(post(chatBody(true)));
        const auto streamed = client.readResponse();
        QVERIFY(streamed);
        QVERIFY(timer.elapsed() >= 5 * 40 - 10); // 6 events, a pause before each but the first
        QCOMPARE(streamed->chunks.size(), 6);
    }

    void hang()
    {
        RawHttpClient client(m_mock->port());
        client.send(post(chatBody(false), "x-mock-scenario: hang\r\n"));
        QTRY_COMPARE(m_mock->requestsInFlight(), 1);
        QVERIFY(!client.readResponse(300));
        QVERIFY(client.pending().isEmpty());
        client.abort();
        QTRY_COMPARE(m_mock->requestsInFlight(), 0);
        QTRY_COMPARE(m_mock->openConnections(), 0);
    }

    void connectionClose()
    {
        RawHttpClient client(m_mock->port());
        client.send(RawHttpClient::request("GET", "/v1/models", {}, "Connection: close\r\n"));
        const auto r = client.readResponse();
        QVERIFY(r);
        QCOMPARE(r->header("connection"), QByteArray("close"));
        QVERIFY(client.waitForDisconnected());
    }

    void chunkedRequestBodyAndExpectContinue()
    {
        RawHttpClient client(m_mock->port());
        client.send(
            "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
            "Expect: 100-continue\r\nAuthorization: Bearer sk-test-123\r\n\r\n");
        QVERIFY(client.waitForInterimResponse());
        const QByteArray body = chatBody(false);
        client.send(QByteArray::number(20, 16) + "\r\n" + body.left(20) + "\r\n");
        QTest::qWait(20);
        client.send(QByteArray::number(body.size() - 20, 16) + ";ext=1\r\n" + body.mid(20)
                    + "\r\n0\r\n\r\n");
        const auto r = client.readResponse();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(m_mock->requests().size(), 1);
        QCOMPARE(m_mock->requests().first().body, body);
        QCOMPARE(m_mock->requests().first().apiKey(), QByteArray("sk-test-123"));
    }

    void malformedRequest()
    {
        RawHttpClient client(m_mock->port());
        client.send("NONSENSE\r\n\r\n");
        const auto r = client.readResponse();
        QVERIFY(r);
        QCOMPARE(r->status, 400);
        QVERIFY(client.waitForDisconnected());
    }

    void concurrentStreams()
    {
        m_mock->setChunkDelay(30);
        std::vector<std::unique_ptr<RawHttpClient>> clients;
        for (int i = 0; i < 64; ++i) {
            clients.push_back(std::make_unique<RawHttpClient>(m_mock->port()));
            clients.back()->send(post(chatBody(true)));
        }
        QTRY_COMPARE(m_mock->maxConcurrentRequests(), 64);
        QCOMPARE(m_mock->openConnections(), 64);
        for (const auto &client : clients) {
            const auto r = client->readResponse(10000);
            QVERIFY(r);
            QVERIFY(r->body.endsWith("data: [DONE]\n\n"));
        }
        QTRY_COMPARE(m_mock->requestsInFlight(), 0);
    }

    void pipelining()
    {
        RawHttpClient client(m_mock->port());
        const QByteArray one = post(chatBody(true));
        client.send(one + RawHttpClient::request("GET", "/v1/models") + one);
        const auto first = client.readResponse();
        const auto second = client.readResponse();
        const auto third = client.readResponse();
        QVERIFY(first && second && third);
        QVERIFY(first->chunked);
        QCOMPARE(second->header("content-type"), QByteArray("application/json"));
        QVERIFY(third->body.endsWith("data: [DONE]\n\n"));
        QCOMPARE(m_mock->openConnections(), 1);
        QCOMPARE(m_mock->requestCount(), 3);
        QVERIFY(client.isConnected());
    }
};

QTEST_GUILESS_MAIN(tst_MockConnection)
#include "tst_mockconnection.moc"
