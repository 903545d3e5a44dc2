// Pass-through fidelity to the byte: an upstream that answers with fixed, oddly
// formatted bytes, and a check that the client gets exactly those bytes, status,
// reason and headers, for a whole body and for a stream.

#include "pricetable.h"
#include "proxyserver.h"
#include "proxyservice.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

// Whitespace, key order and escapes no serializer would reproduce.
const QByteArray Body = "{ \"id\":\"chatcmpl-fixed\",  \"object\":\"chat.completion\",\n"
                        "  \"model\":\"gpt-4o-2024-08-06\",\"choices\":[{\"index\":0,\"message\":"
                        "{\"role\":\"assistant\",\"content\":\"caf\\u00e9 \\\"quoted\\\"\"},"
                        "\"finish_reason\":\"stop\"}],\n\"usage\":{\"prompt_tokens\":12,"
                        "\"completion_tokens\":3,\"total_tokens\":15} }\n";

// CRLF and LF events, a comment, an event name, a multi-line data field.
const QByteArray Stream
    = ": keep-alive comment\r\n\r\n"
      "event: message\r\ndata: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\r\n\r\n"
      "data: {\"choices\":[{\"delta\":\n"
      "data: {\"content\":\"b\"}}]}\n\n"
      "data: [DONE]\n\n";

QByteArray chunked(const QByteArray &data, int pieceSize)
{
    QByteArray out;
    for (qsizetype i = 0; i < data.size(); i += pieceSize) {
        const QByteArray piece = data.mid(i, pieceSize);
        out += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    }
    return out + "0\r\n\r\n";
}

// Answers every request on a connection with one canned response, then closes.
class FixedUpstream : public QTcpServer
{
public:
    QByteArray response;
    QByteArray lastRequest;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            lastRequest += socket->readAll();
            if (!lastRequest.contains("\r\n\r\n"))
                return;
            socket->write(response);
            socket->disconnectFromHost();
        });
    }
};

} // namespace

class TestProxyFidelity : public QObject
{
    Q_OBJECT

private:
    struct Answer
    {
        int status = 0;
        QByteArray reason;
        QByteArray body;
        QNetworkReply *reply = nullptr;
    };

    Answer call(FixedUpstream &upstream, const QByteArray &requestBody)
    {
        ProxyConfig config;
        ProviderConfig provider;
        provider.id = QStringLiteral("fixed");
        provider.baseUrl
            = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(upstream.serverPort()));
        provider.models = {QStringLiteral("*")};
        config.providers = {provider};
        m_service = std::make_unique<ProxyService>(config, PriceTable::builtIn());
        auto *server = new ProxyServer(m_service.get(), m_service.get());
        QString error;
        const quint16 port = server->start(QHostAddress::LocalHost, 0, &error);
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        Answer answer;
        answer.reply = m_nam.post(request, requestBody);
        QSignalSpy finished(answer.reply, &QNetworkReply::finished);
        finished.wait(10000);
        answer.status = answer.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.reason
            = answer.reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        answer.body = answer.reply->readAll();
        return answer;
    }

    std::unique_ptr<ProxyService> m_service;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void wholeBodyByteForByte()
    {
        FixedUpstream upstream;
        QVERIFY(upstream.listen(QHostAddress::LocalHost));
        upstream.response = "HTTP/1.1 201 Created Specially\r\nContent-Type: application/json\r\n"
                            "x-request-id: req_fixed_1\r\nx-ratelimit-remaining-tokens: 149984\r\n"
                            "openai-processing-ms: 321\r\nX-Custom-Thing: kept\r\n"
                            "Content-Length: "
            + QByteArray::number(Body.size()) + "\r\n\r\n" + Body;
        const QByteArray requestBody = R"({ "model" : "gpt-4o",  "messages":[] })";
        const Answer a = call(upstream, requestBody);
        QCOMPARE(a.status, 201);
        QCOMPARE(a.reason, QByteArray("Created Specially"));
        QCOMPARE(a.body, Body);
        QCOMPARE(a.reply->rawHeader("x-request-id"), QByteArray("req_fixed_1"));
        QCOMPARE(a.reply->rawHeader("x-ratelimit-remaining-tokens"), QByteArray("149984"));
        QCOMPARE(a.reply->rawHeader("openai-processing-ms"), QByteArray("321"));
        QCOMPARE(a.reply->rawHeader("X-Custom-Thing"), QByteArray("kept"));
        // And the request went up unchanged, byte for byte.
        QVERIFY(upstream.lastRequest.endsWith(QByteArray(QByteArray("\r\n\r\n") + requestBody)));
    }

    void streamByteForByte()
    {
        FixedUpstream upstream;
        QVERIFY(upstream.listen(QHostAddress::LocalHost));
        upstream.response = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
                            "Transfer-Encoding: chunked\r\nx-request-id: req_fixed_2\r\n\r\n"
            + chunked(Stream, 7); // pieces that cut events, lines and CRLFs anywhere
        // The client asked for usage itself: nothing to hide, every byte passes.
        const Answer a
            = call(upstream,
                   R"({"model":"gpt-4o","stream":true,"stream_options":{"include_usage":true}})");
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body, Stream);
        QCOMPARE(a.reply->rawHeader("x-request-id"), QByteArray("req_fixed_2"));
        QVERIFY(a.reply->rawHeader("content-type").startsWith("text/event-stream"));
    }
};

QTEST_GUILESS_MAIN(TestProxyFidelity)
#include "tst_proxyfidelity.moc"
