#include "rawhttpclient.h"

#include <QTest>

RawHttpClient::RawHttpClient(quint16 port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    (void)QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                          5000);
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

std::optional<RawHttpClient::Response> RawHttpClient::readResponse(int timeoutMs)
{
    Response response;
    Parse parse = Parse::NeedMore;
    (void)QTest::qWaitFor(
        [&] {
            m_buffer += m_socket.readAll();
            response = Response();
            parse = tryParse(response);
            return parse != Parse::NeedMore
                || m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    if (parse != Parse::Done)
        return std::nullopt;
    return response;
}

bool RawHttpClient::waitForDisconnected(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] {
            m_buffer += m_socket.readAll();
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
}

bool RawHttpClient::waitForInterimResponse(int timeoutMs)
{
    const int before = m_interim;
    return QTest::qWaitFor(
        [this, before] {
            m_buffer += m_socket.readAll();
            Response ignored;
            tryParse(ignored);
            return m_interim > before;
        },
        timeoutMs);
}

RawHttpClient::Parse RawHttpClient::tryParse(Response &response)
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return Parse::NeedMore;
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2 || !statusLine.first().startsWith("HTTP/1.1"))
        return Parse::Malformed;
    response.status = statusLine.at(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            return Parse::Malformed;
        response.headers.append(
            {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    qsizetype pos = headEnd + 4;
    if (response.status == 100) { // interim answer: drop it and read on
        m_buffer.remove(0, pos);
        ++m_interim;
        response = Response();
        return tryParse(response);
    }
    response.chunked = response.header("transfer-encoding") == "chunked";
    if (!response.chunked) {
        const qsizetype length = response.header("content-length").toLongLong();
        if (m_buffer.size() - pos < length)
            return Parse::NeedMore;
        response.body = m_buffer.mid(pos, length);
        m_buffer.remove(0, pos + length);
        return Parse::Done;
    }
    while (true) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return Parse::NeedMore;
        bool ok = false;
        const qsizetype size = m_buffer.mid(pos, lineEnd - pos).toLongLong(&ok, 16);
        if (!ok)
            return Parse::Malformed;
        if (m_buffer.size() < lineEnd + 2 + size + 2)
            return Parse::NeedMore;
        if (m_buffer.mid(lineEnd + 2 + size, 2) != "\r\n")
            return Parse::Malformed;
        pos = lineEnd + 2 + size + 2;
        if (size == 0) {
            m_buffer.remove(0, pos);
            return Parse::Done;
        }
        response.chunks.append(m_buffer.mid(lineEnd + 2, size));
        response.body += response.chunks.last();
    }
}

QByteArray RawHttpClient::request(QByteArrayView method, QByteArrayView path,
                                  const QByteArray &body, const QByteArray &extraHeaders)
{
    QByteArray out = method.toByteArray() + ' ' + path.toByteArray()
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders;
    if (!body.isEmpty() || method == "POST")
        out += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}
