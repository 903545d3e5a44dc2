#include "responsewriter.h"

ResponseWriter::ResponseWriter(QTcpSocket *socket, bool closeWhenDone)
    : m_socket(socket), m_closeWhenDone(closeWhenDone)
{ }

bool ResponseWriter::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void ResponseWriter::writeHead(int status, const QByteArray &reason, const HeaderList &headers,
                               const QByteArray &framing, QByteArray &out) const
{
    out += "HTTP/1.1 " + QByteArray::number(status) + ' '
        + (reason.isEmpty() ? reasonPhrase(status) : reason) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += framing;
    if (m_closeWhenDone)
        out += "Connection: close\r\n";
    out += "\r\n";
}

void ResponseWriter::writeComplete(int status, const QByteArray &reason, const HeaderList &headers,
                                   const QByteArray &body)
{
    if (!isConnected() || m_headersSent)
        return;
    QByteArray out;
    out.reserve(256 + headers.size() * 48 + body.size());
    writeHead(status, reason, headers,
              "Content-Length: " + QByteArray::number(body.size()) + "\r\n", out);
    out += body;
    m_headersSent = true;
    m_socket->write(out);
    finish();
}

void ResponseWriter::beginChunked(int status, const QByteArray &reason, const HeaderList &headers)
{
    if (!isConnected() || m_headersSent)
        return;
    QByteArray out;
    writeHead(status, reason, headers, "Transfer-Encoding: chunked\r\n", out);
    m_headersSent = true;
    m_socket->write(out);
}

void ResponseWriter::writeChunk(const QByteArray &data)
{
    if (data.isEmpty() || !isConnected())
        return;
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void ResponseWriter::endChunked()
{
    if (!isConnected())
        return;
    m_socket->write("0\r\n\r\n");
    finish();
}

void ResponseWriter::finish()
{
    if (m_closeWhenDone && isConnected())
        m_socket->disconnectFromHost();
}

QByteArray ResponseWriter::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 499:
        return "Client Closed Request";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 529:
        return "Site Overloaded";
    default:
        return status < 400 ? QByteArray("OK") : QByteArray("Error");
    }
}
