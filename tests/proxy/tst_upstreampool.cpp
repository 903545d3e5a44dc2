#include "upstreampool.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

// A server that accepts every connection and never answers: each request sent
// to it stays in flight, holding its connection, until it is aborted.
class SilentServer : public QTcpServer
{
public:
    SilentServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                m_sockets << socket; // children of the server; kept open
        });
    }
    int connections() const { return int(m_sockets.size()); }

private:
    QList<QTcpSocket *> m_sockets;
};

// Answers every request on a connection with a tiny 200 and keeps the connection.
class AnsweringServer : public QTcpServer
{
public:
    AnsweringServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer] {
                    *buffer += socket->readAll();
                    // The test's requests have no body: a blank line ends each.
                    for (qsizetype end; (end = buffer->indexOf("\r\n\r\n")) >= 0;) {
                        buffer->remove(0, end + 4);
                        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
                    }
                });
            }
        });
    }
};

class TestUpstreamPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void growsPastSixConnections();
    void reusesManagersOnceFree();
    void respectsMaxManagers();
    void finishedRepliesLeaveThePool();
    void idleManagersAreClosed();

private:
    static QNetworkRequest request(const QTcpServer &server)
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(server.serverPort());
        url.setPath(QStringLiteral("/v1/chat/completions"));
        return QNetworkRequest(url);
    }
};

void TestUpstreamPool::initTestCase()
{
    // A proxy from the environment would hold the connections instead of our server.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void TestUpstreamPool::growsPastSixConnections()
{
    SilentServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    UpstreamPool pool;
    QCOMPARE(pool.managerCount(), 0);
    QCOMPARE(pool.inFlight(), 0);

    QList<QNetworkReply *> replies;
    for (int i = 0; i < 20; ++i)
        replies << pool.send(request(server), "GET", {});
    // Six per manager: ceil(20 / 6) managers, each filled before the next is added.
    QCOMPARE(pool.managerCount(), 4);
    QCOMPARE(pool.inFlight(), 20);
    // Every request really has its own connection: none waits in a manager's queue.
    QTRY_COMPARE(server.connections(), 20);
    QCOMPARE(pool.inFlight(), 20);

    for (QNetworkReply *reply : std::as_const(replies))
        reply->abort();
    QTRY_COMPARE(pool.inFlight(), 0);
    QCOMPARE(pool.managerCount(), 4);
    qDeleteAll(replies);
}

void TestUpstreamPool::idleManagersAreClosed()
{
    SilentServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    UpstreamPool pool;
    pool.setIdleTimeout(100);
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 20; ++i)
        replies << pool.send(request(server), "GET", {});
    QCOMPARE(pool.managerCount(), 4);
    for (QNetworkReply *reply : std::as_const(replies))
        reply->abort();
    qDeleteAll(replies);
    // Once quiet, only the first manager (with its warm connections) remains...
    QTRY_COMPARE(pool.managerCount(), 1);
    QCOMPARE(pool.inFlight(), 0);
    // ...and the pool grows again on demand.
    replies.clear();
    for (int i = 0; i < 7; ++i)
        replies << pool.send(request(server), "GET", {});
    QCOMPARE(pool.managerCount(), 2);
    for (QNetworkReply *reply : std::as_const(replies))
        reply->abort();
    qDeleteAll(replies);
}

void TestUpstreamPool::reusesManagersOnceFree()
{
    SilentServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    UpstreamPool pool;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 12; ++i)
        replies << pool.send(request(server), "POST", "{}");
    QCOMPARE(pool.managerCount(), 2);
    for (QNetworkReply *reply : std::as_const(replies))
        reply->abort();
    QTRY_COMPARE(pool.inFlight(), 0);
    qDeleteAll(replies);
    replies.clear();

    // Twelve more fit the two idle managers.
    for (int i = 0; i < 12; ++i)
        replies << pool.send(request(server), "POST", "{}");
    QCOMPARE(pool.managerCount(), 2);
    QCOMPARE(pool.inFlight(), 12);
    for (QNetworkReply *reply : std::as_const(replies))
        reply->abort();
    QTRY_COMPARE(pool.inFlight(), 0);
    qDeleteAll(replies);
}

void TestUpstreamPool::respectsMaxManagers()
{
    SilentServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    UpstreamPool pool(2);
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 20; ++i)
        replies << pool.send(request(server), "GET", {});
    QCOMPARE(pool.managerCount(), 2);
    QCOMPARE(pool.inFlight(), 20);
    // Two managers hold at most twelve connections; the rest queue.
    QTRY_COMPARE(server.connections(), 12);
    for (QNetworkReply *reply : std::as_const(replies))
        reply->abort();
    QTRY_COMPARE(pool.inFlight(), 0);
    qDeleteAll(replies);
}

void TestUpstreamPool::finishedRepliesLeaveThePool()
{
    AnsweringServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    UpstreamPool pool;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 8; ++i)
        replies << pool.send(request(server), "GET", {});
    QCOMPARE(pool.inFlight(), 8);
    QCOMPARE(pool.managerCount(), 2);
    QTRY_COMPARE(pool.inFlight(), 0);
    for (QNetworkReply *reply : std::as_const(replies)) {
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArray("ok"));
    }
    qDeleteAll(replies);
}

QTEST_GUILESS_MAIN(TestUpstreamPool)
#include "tst_upstreampool.moc"
