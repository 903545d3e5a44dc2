#include "http1client.h"
#include "mockupstream.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <sys/resource.h>

#include <functional>
#include <memory>

namespace {

using HeaderList = Http1Client::HeaderList;

QByteArray chatBody(bool stream)
{
    return QByteArray(R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hello"}])")
        + (stream ? R"(,"stream":true)" : "") + '}';
}

QUrl chatUrl(const MockUpstream &mock)
{
    QUrl url = mock.openAiBaseUrl();
    url.setPath(url.path() + QStringLiteral("/chat/completions"));
    return url;
}

HeaderList chatHeaders(const HeaderList &extra = {})
{
    HeaderList headers{{"Content-Type", "application/json"}, {"Authorization", "Bearer sk-test"}};
    headers += extra;
    return headers;
}

// Everything a reply reported, signal by signal.
struct Outcome
{
    QList<QByteArray> pieces;
    int headerSignals = 0;
    int finishedSignals = 0;
    int statusAtHeaders = 0;
    QByteArray body() const { return pieces.join(); }
};

void record(Http1Reply *reply, Outcome *outcome)
{
    QObject::connect(reply, &Http1Reply::headersReceived, reply, [reply, outcome] {
        ++outcome->headerSignals;
        outcome->statusAtHeaders = reply->status();
    });
    QObject::connect(reply, &Http1Reply::dataReceived, reply,
                     [outcome](const QByteArray &bytes) { outcome->pieces.append(bytes); });
    QObject::connect(reply, &Http1Reply::finished, reply,
                     [outcome] { ++outcome->finishedSignals; });
}

// Ids and timestamps differ between two answers of the mock to the same request.
QByteArray normalized(QByteArray body)
{
    QString text = QString::fromUtf8(body);
    text.replace(QRegularExpression(QStringLiteral("[0-9a-f]{24}")), QStringLiteral("ID"));
    text.replace(QRegularExpression(QStringLiteral("\"created\":\\d+")),
                 QStringLiteral("\"created\":0"));
    return text.toUtf8();
}

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// A server that answers every request head with the same bytes, then closes or not.
class ScriptedServer
{
public:
    ScriptedServer(QByteArray response, bool closeAfter)
        : m_response(std::move(response)), m_closeAfter(closeAfter)
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server,
                         [this] { acceptConnections(); });
    }
    QUrl url() const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_server.serverPort());
        url.setPath(QStringLiteral("/test"));
        return url;
    }
    int connections() const { return m_connections; }

private:
    void acceptConnections()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                if (!buffer->contains("\r\n\r\n"))
                    return;
                buffer->clear();
                socket->write(m_response);
                if (m_closeAfter)
                    socket->disconnectFromHost();
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    QTcpServer m_server;
    QByteArray m_response;
    bool m_closeAfter;
    int m_connections = 0;
};

} // namespace

// Http1Client against the mock provider and against servers scripted byte by byte:
// framing, keep-alive reuse and its stale-connection retry, many concurrent streams,
// failures, and what a request costs compared with QNetworkAccessManager.
class tst_Http1Client : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MockUpstream> m_mock;
    std::unique_ptr<Http1Client> m_client;

    // Sends and waits for finished(); the reply stays alive until the next cleanup().
    Http1Reply *sendAndWait(Outcome &outcome, const QUrl &url, const HeaderList &headers,
                            const QByteArray &body, int timeoutMs = 10000,
                            const QByteArray &method = "POST")
    {
        Http1Reply *reply = m_client->send(method, url, headers, body, timeoutMs);
        record(reply, &outcome);
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(outcome.finishedSignals, 1, 15000);
        }();
        return reply;
    }

private Q_SLOTS:
    void init()
    {
        m_mock = std::make_unique<MockUpstream>();
        QVERIFY2(m_mock->listen(), qPrintable(m_mock->errorString()));
        m_client = std::make_unique<Http1Client>();
    }
    void cleanup()
    {
        m_client.reset();
        m_mock.reset();
    }

    void nonStreamingJson()
    {
        Outcome outcome;
        const QByteArray body = chatBody(false);
        Http1Reply *reply
            = sendAndWait(outcome, chatUrl(*m_mock), chatHeaders({{"X-Custom", "1"}}), body);
        QCOMPARE(reply->error(), Http1Reply::NoError);
        QCOMPARE(reply->status(), 200);
        QCOMPARE(reply->reason(), QByteArray("OK"));
        QCOMPARE(outcome.headerSignals, 1);
        QCOMPARE(outcome.statusAtHeaders, 200);
        QCOMPARE(reply->headers().constFirst().first, QByteArray("content-type"));
        QCOMPARE(reply->header("Content-Type"), QByteArray("application/json"));
        QVERIFY(!reply->header("X-REQUEST-ID").isEmpty());
        QCOMPARE(outcome.body().size(), reply->header("content-length").toLongLong());
        const QJsonObject json = QJsonDocument::fromJson(outcome.body()).object();
        QCOMPARE(json[QLatin1String("object")].toString(), QStringLiteral("chat.completion"));

        const MockUpstream::ReceivedRequest request = m_mock->requests().constFirst();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(request.header("host"), "127.0.0.1:" + QByteArray::number(m_mock->port()));
        QCOMPARE(request.header("content-length"), QByteArray::number(body.size()));
        QCOMPARE(request.header("x-custom"), QByteArray("1"));
        QCOMPARE(request.body, body);
        QTest::qWait(20);
        QCOMPARE(outcome.finishedSignals, 1);
    }

    void headersAsReceived()
    {
        ScriptedServer server("HTTP/1.1 201 Created\r\nSet-Cookie: a=1\r\nX-One:  spaced \r\n"
                              "set-cookie: b=2\r\nContent-Length: 5\r\n\r\nhello",
                              false);
        Outcome outcome;
        Http1Reply *reply = sendAndWait(outcome, server.url(), {}, {}, 5000, "GET");
        QCOMPARE(reply->error(), Http1Reply::NoError);
        QCOMPARE(reply->status(), 201);
        QCOMPARE(reply->reason(), QByteArray("Created"));
        const HeaderList expected{{"Set-Cookie", "a=1"},
                                  {"X-One", "spaced"},
                                  {"set-cookie", "b=2"},
                                  {"Content-Length", "5"}};
        QCOMPARE(reply->headers(), expected);
        QCOMPARE(reply->header("SET-COOKIE"), QByteArray("a=1"));
        QCOMPARE(outcome.body(), QByteArray("hello"));
    }

    void sseStreamIncremental()
    {
        const HeaderList headers
            = chatHeaders({{"x-mock-chunk-delay-ms", "20"}, {"x-mock-chunks", "6"}});
        Outcome outcome;
        Http1Reply *reply = sendAndWait(outcome, chatUrl(*m_mock), headers, chatBody(true));
        QCOMPARE(reply->error(), Http1Reply::NoError);
        QCOMPARE(reply->header("transfer-encoding"), QByteArray("chunked"));
        QVERIFY2(outcome.pieces.size() > 1, QByteArray::number(outcome.pieces.size()));

        QNetworkAccessManager nam;
        QNetworkRequest request(chatUrl(*m_mock));
        for (const auto &field : headers)
            request.setRawHeader(field.first, field.second);
        QNetworkReply *direct = nam.post(request, chatBody(true));
        QSignalSpy done(direct, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        const QByteArray expected = direct->readAll();
        delete direct;
        QVERIFY(expected.startsWith("data: "));
        QCOMPARE(normalized(outcome.body()), normalized(expected));
    }

    void keepAliveReuse()
    {
        for (int i = 0; i < 2; ++i) {
            Outcome outcome;
            Http1Reply *reply
                = sendAndWait(outcome, chatUrl(*m_mock), chatHeaders(), chatBody(i == 1));
            QCOMPARE(reply->error(), Http1Reply::NoError);
            QCOMPARE(reply->status(), 200);
        }
        QCOMPARE(m_mock->requestCount(), 2);
        QCOMPARE(m_mock->openConnections(), 1);
        QCOMPARE(m_client->openConnectionCount(), 1);
        QCOMPARE(m_client->idleConnectionCount(), 1);

        m_client->setIdleConnectionTimeout(200);
        QTRY_COMPARE(m_client->idleConnectionCount(), 0);
        QCOMPARE(m_client->openConnectionCount(), 0);
        QTRY_COMPARE(m_mock->openConnections(), 0);
    }

    void concurrentStreams()
    {
        constexpr int Streams = 128;
        const HeaderList headers
            = chatHeaders({{"x-mock-chunk-delay-ms", "100"}, {"x-mock-chunks", "5"}});
        QList<Outcome> outcomes(Streams);
        QList<Http1Reply *> replies;
        for (int i = 0; i < Streams; ++i) {
            replies.append(
                m_client->send("POST", chatUrl(*m_mock), headers, chatBody(true), 10000));
            record(replies.constLast(), &outcomes[i]);
        }
        const auto finished = [&] {
            return std::all_of(outcomes.cbegin(), outcomes.cend(),
                               [](const Outcome &o) { return o.finishedSignals == 1; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(finished(), 20000);
        for (int i = 0; i < Streams; ++i) {
            QCOMPARE(replies.at(i)->error(), Http1Reply::NoError);
            QVERIFY(outcomes.at(i).body().endsWith("data: [DONE]\n\n"));
        }
        QCOMPARE(m_mock->maxConcurrentRequests(), Streams);
        QCOMPARE(m_client->idleConnectionCount(), m_client->maxIdleConnectionsPerHost());
        QTRY_COMPARE(m_mock->openConnections(), m_client->maxIdleConnectionsPerHost());
    }

    void errorPassthrough()
    {
        Outcome outcome;
        Http1Reply *reply
            = sendAndWait(outcome, chatUrl(*m_mock),
                          chatHeaders({{"x-mock-scenario", "error-429"}}), chatBody(false));
        QCOMPARE(reply->error(), Http1Reply::NoError);
        QCOMPARE(reply->status(), 429);
        const QJsonObject error
            = QJsonDocument::fromJson(outcome.body()).object()[QLatin1String("error")].toObject();
        QVERIFY(!error.isEmpty());
        QVERIFY(!error[QLatin1String("message")].toString().isEmpty());
    }

    void connectionRefused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        QUrl url = chatUrl(*m_mock);
        url.setPort(closed.serverPort());
        closed.close();
        Outcome outcome;
        Http1Reply *reply = sendAndWait(outcome, url, chatHeaders(), chatBody(false));
        QCOMPARE(reply->error(), Http1Reply::ConnectionRefused);
        QVERIFY(!reply->errorString().isEmpty());
        QCOMPARE(outcome.headerSignals, 0);
        QCOMPARE(m_client->openConnectionCount(), 0);
    }

    void idleTimeout()
    {
        QElapsedTimer clock;
        clock.start();
        Outcome outcome;
        Http1Reply *reply
            = sendAndWait(outcome, chatUrl(*m_mock), chatHeaders({{"x-mock-scenario", "hang"}}),
                          chatBody(false), 300);
        QCOMPARE(reply->error(), Http1Reply::Timeout);
        QVERIFY2(clock.elapsed() >= 280 && clock.elapsed() < 2000,
                 QByteArray::number(clock.elapsed()));
        QTRY_COMPARE(m_mock->openConnections(), 0);
    }

    void disconnectMidStream()
    {
        Outcome outcome;
        Http1Reply *reply = sendAndWait(
            outcome, chatUrl(*m_mock),
            chatHeaders({{"x-mock-scenario", "disconnect-mid-stream"}, {"x-mock-chunks", "8"}}),
            chatBody(true));
        QCOMPARE(reply->error(), Http1Reply::RemoteClosed);
        QCOMPARE(reply->status(), 200);
        QVERIFY(outcome.body().startsWith("data: {"));
        QVERIFY(!outcome.body().contains("[DONE]"));
    }

    void abortMidStream()
    {
        Outcome outcome;
        Http1Reply *reply = m_client->send(
            "POST", chatUrl(*m_mock),
            chatHeaders({{"x-mock-chunk-delay-ms", "100"}, {"x-mock-chunks", "30"}}),
            chatBody(true), 10000);
        record(reply, &outcome);
        QTRY_VERIFY(!outcome.pieces.isEmpty());
        QCOMPARE(m_mock->openConnections(), 1);
        reply->abort();
        QCOMPARE(outcome.finishedSignals, 1); // synchronously
        QCOMPARE(reply->error(), Http1Reply::Aborted);
        QTRY_COMPARE(m_mock->openConnections(), 0);
        QCOMPARE(m_mock->requestsInFlight(), 0);
        reply->abort();
        QTest::qWait(20);
        QCOMPARE(outcome.finishedSignals, 1);
        QCOMPARE(m_client->openConnectionCount(), 0);
    }

    // Deleting a reply from its own slot closes its connection, with no finished().
    void deleteReplyInSlot()
    {
        Outcome outcome;
        QPointer<Http1Reply> reply = m_client->send(
            "POST", chatUrl(*m_mock),
            chatHeaders({{"x-mock-chunk-delay-ms", "50"}, {"x-mock-chunks", "30"}}), chatBody(true),
            10000);
        record(reply, &outcome);
        connect(reply, &Http1Reply::dataReceived, reply, [&reply] { delete reply; });
        QTRY_VERIFY(reply.isNull());
        QTRY_COMPARE(m_mock->openConnections(), 0);
        QCOMPARE(outcome.finishedSignals, 0);
        QCOMPARE(m_client->openConnectionCount(), 0);
    }

    void stalePooledConnectionRetried()
    {
        Outcome first;
        QCOMPARE(sendAndWait(first, chatUrl(*m_mock), chatHeaders(), chatBody(false))->error(),
                 Http1Reply::NoError);
        QCOMPARE(m_client->idleConnectionCount(), 1);
        m_mock->abortAllConnections(); // the client has not noticed yet
        Outcome second;
        Http1Reply *reply = sendAndWait(second, chatUrl(*m_mock), chatHeaders(), chatBody(false));
        QCOMPARE(reply->error(), Http1Reply::NoError);
        QCOMPARE(reply->status(), 200);
        QCOMPARE(m_mock->requestCount(), 2);
        QCOMPARE(m_mock->openConnections(), 1);
    }

    void readUntilClose()
    {
        ScriptedServer server("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end",
                              true);
        Outcome outcome;
        Http1Reply *reply = sendAndWait(outcome, server.url(), {}, {}, 5000, "GET");
        QCOMPARE(reply->error(), Http1Reply::NoError);
        QCOMPARE(reply->status(), 200);
        QCOMPARE(outcome.body(), QByteArray("until the end"));
        QCOMPARE(m_client->openConnectionCount(), 0);
    }

    void framing_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");

        QTest::newRow("malformed status line")
            << QByteArray("HTTP/1.1 2x0 OK\r\nContent-Length: 0\r\n\r\n") << QByteArray("GET")
            << int(Http1Reply::ProtocolError) << 0 << QByteArray();
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << QByteArray("GET")
                                  << int(Http1Reply::ProtocolError) << 0 << QByteArray();
        QTest::newRow("chunk extensions and trailers")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "5;name=value\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n")
            << QByteArray("GET") << int(Http1Reply::NoError) << 200 << QByteArray("hello world");
        QTest::newRow("interim 100 skipped")
            << QByteArray(
                   "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
            << QByteArray("POST") << int(Http1Reply::NoError) << 200 << QByteArray("ok");
        QTest::newRow("101 refused")
            << QByteArray("HTTP/1.1 101 Switching Protocols\r\n\r\n") << QByteArray("GET")
            << int(Http1Reply::ProtocolError) << 0 << QByteArray();
        QTest::newRow("204 has no body")
            << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << QByteArray("DELETE")
            << int(Http1Reply::NoError) << 204 << QByteArray();
        QTest::newRow("HEAD has no body")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n") << QByteArray("HEAD")
            << int(Http1Reply::NoError) << 200 << QByteArray();
        QTest::newRow("head over 64 KB")
            << QByteArray("HTTP/1.1 200 OK\r\nX-Big: " + QByteArray(70000, 'a') + "\r\n\r\n")
            << QByteArray("GET") << int(Http1Reply::ProtocolError) << 0 << QByteArray();
    }

    void framing()
    {
        QFETCH(QByteArray, response);
        QFETCH(QByteArray, method);
        QFETCH(int, error);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        ScriptedServer server(response, false);
        Outcome outcome;
        Http1Reply *reply = sendAndWait(outcome, server.url(), {}, {}, 5000, method);
        QCOMPARE(int(reply->error()), error);
        if (error == Http1Reply::NoError) {
            QCOMPARE(reply->status(), status);
            QCOMPARE(outcome.body(), body);
        }
    }

    // The parser must not care how the bytes are split.
    void parserByteByByte()
    {
        const QByteArray response
            = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n"
              "Connection: keep-alive\r\n\r\n"
              "4\r\nabcd\r\n1a;x=y\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\n\r\n";
        Http1ResponseParser parser;
        parser.reset(false);
        QByteArray buffer;
        QByteArray body;
        Http1ResponseParser::Result result = Http1ResponseParser::Result::NeedMore;
        int heads = 0;
        for (const char c : response) {
            QVERIFY(result != Http1ResponseParser::Result::Complete);
            buffer += c;
            qsizetype pos = 0;
            while ((result = parser.parse(buffer, pos, body))
                   == Http1ResponseParser::Result::HeadReady) {
                ++heads;
                QCOMPARE(parser.takeHead().headers.size(), 2);
            }
            QVERIFY(result != Http1ResponseParser::Result::Error);
            buffer.remove(0, pos);
        }
        QCOMPARE(heads, 1);
        QCOMPARE(result, Http1ResponseParser::Result::Complete);
        QVERIFY(parser.keepAlive());
        QCOMPARE(body, QByteArray("abcdabcdefghijklmnopqrstuvwxyz"));
    }

    // Not asserted: prints the CPU time per request of this client and of QNAM, with the
    // mock on its own thread and its share subtracted.
    void benchmark()
    {
        constexpr int Requests = 2000;
        m_mock.reset();
        QThread mockThread;
        mockThread.start();
        auto *mock = new MockUpstream;
        mock->setRecording(false);
        mock->moveToThread(&mockThread);
        bool listening = false;
        QMetaObject::invokeMethod(
            mock, [&] { listening = mock->listen(); }, Qt::BlockingQueuedConnection);
        QVERIFY(listening);
        const auto mockCpu = [&] {
            double seconds = 0;
            QMetaObject::invokeMethod(
                mock, [&] { seconds = cpuSeconds(RUSAGE_THREAD); }, Qt::BlockingQueuedConnection);
            return seconds;
        };
        const QUrl url = chatUrl(*mock);
        const HeaderList headers = chatHeaders();
        const QByteArray body = chatBody(false);

        const auto run
            = [&](const char *name, const std::function<void(std::function<void()>)> &send) {
                  QEventLoop loop;
                  int remaining = Requests;
                  std::function<void()> next = [&] {
                      if (remaining-- == 0)
                          loop.quit();
                      else
                          send(next);
                  };
                  const double cpu0 = cpuSeconds(RUSAGE_SELF);
                  const double mock0 = mockCpu();
                  QElapsedTimer wall;
                  wall.start();
                  QMetaObject::invokeMethod(&loop, next, Qt::QueuedConnection);
                  loop.exec();
                  const double elapsed = double(wall.nsecsElapsed()) / 1e9;
                  const double mockSpent = mockCpu() - mock0;
                  const double clientSpent = cpuSeconds(RUSAGE_SELF) - cpu0 - mockSpent;
                  qInfo("%s: %.1f us CPU per request (mock's %.1f us excluded), %.1f us wall", name,
                        clientSpent * 1e6 / Requests, mockSpent * 1e6 / Requests,
                        elapsed * 1e6 / Requests);
              };

        Http1Client client;
        int failures = 0;
        run("Http1Client", [&](std::function<void()> next) {
            Http1Reply *reply = client.send("POST", url, headers, body, 10000);
            QObject::connect(reply, &Http1Reply::finished, reply, [&, reply, next] {
                failures += reply->error() != Http1Reply::NoError;
                reply->deleteLater();
                next();
            });
        });
        QCOMPARE(failures, 0);

        QNetworkAccessManager nam;
        QNetworkRequest request(url);
        for (const auto &field : headers)
            request.setRawHeader(field.first, field.second);
        run("QNetworkAccessManager", [&](std::function<void()> next) {
            QNetworkReply *reply = nam.post(request, body);
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, next] {
                failures += reply->error() != QNetworkReply::NoError;
                reply->readAll();
                reply->deleteLater();
                next();
            });
        });
        QCOMPARE(failures, 0);

        QMetaObject::invokeMethod(
            mock, [mock] { delete mock; }, Qt::BlockingQueuedConnection);
        mockThread.quit();
        mockThread.wait();
    }
};

QTEST_GUILESS_MAIN(tst_Http1Client)
#include "tst_http1client.moc"
