#include "mockconnection.h"

#include "mockcall.h"
#include "mockresponses.h"
#include "mockupstream.h"

#include <QPointer>
#include <QTcpSocket>

MockConnection::MockConnection(QTcpSocket *socket, MockUpstream *upstream)
    : QObject(upstream), m_upstream(upstream), m_socket(socket)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MockConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &MockConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &MockConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &MockConnection::onDisconnected);
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

MockConnection::~MockConnection()
{
    disconnect(m_socket, nullptr, this, nullptr);
}

void MockConnection::abort()
{
    m_socket->abort();
    onDisconnected();
}

void MockConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    processBuffered();
}

void MockConnection::processBuffered()
{
    if (m_processing)
        return;
    m_processing = true;
    QPointer<MockConnection> self(this);
    while (self && !m_busy && !m_closed && !m_buffer.isEmpty()) {
        const MockHttpParser::Status status = m_parser.parse(m_buffer);
        if (status == MockHttpParser::Status::NeedMore) {
            if (m_parser.takeContinueRequest())
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            break;
        }
        if (status == MockHttpParser::Status::Error) {
            rejectMalformed();
            break;
        }
        dispatch(m_parser.takeRequest());
    }
    if (self)
        m_processing = false;
}

void MockConnection::dispatch(MockHttpRequest &&request)
{
    m_busy = true;
    m_keepAlive = request.keepAlive;
    const MockCall call = MockCall::fromRequest(request, m_upstream->nextSerial(),
                                                m_upstream->chunkCount(), m_upstream->chunkDelay());
    m_reply = MockResponses::build(call);
    m_nextEvent = 0;

    QPointer<MockConnection> self(this);
    m_upstream->requestStarted(std::move(request));
    if (!self || m_closed)
        return;

    if (m_reply.hang) {
        m_phase = Phase::Hanging;
    } else if (m_reply.firstByteDelayMs > 0) {
        m_phase = Phase::FirstByteDelay;
        m_timer.start(m_reply.firstByteDelayMs);
    } else {
        writeHead();
    }
}

void MockConnection::writeHead()
{
    const bool close = m_reply.close || !m_keepAlive;
    m_out.resize(0);
    m_out += "HTTP/1.1 " + QByteArray::number(m_reply.status) + ' '
        + MockResponses::reasonPhrase(m_reply.status) + "\r\n";
    m_out += m_reply.headers;
    if (m_reply.streamed)
        m_out += "transfer-encoding: chunked\r\n";
    else
        m_out += "content-length: " + QByteArray::number(m_reply.body.size()) + "\r\n";
    m_out += close ? "connection: close\r\n\r\n" : "connection: keep-alive\r\n\r\n";

    if (!m_reply.streamed) {
        const bool cut = m_reply.abortAfter >= 0;
        m_out += cut ? QByteArrayView(m_reply.body).first(m_reply.abortAfter)
                     : QByteArrayView(m_reply.body);
        m_socket->write(m_out);
        if (cut)
            abortWhenFlushed();
        else
            finishReply();
        return;
    }
    m_socket->write(m_out);
    m_phase = Phase::Streaming;
    writeEvents();
}

void MockConnection::appendEvent(const QByteArray &event)
{
    m_out += QByteArray::number(event.size(), 16);
    m_out += "\r\n";
    m_out += event;
    m_out += "\r\n";
}

void MockConnection::writeEvents()
{
    const qsizetype end = m_reply.abortAfter >= 0
        ? qMin<qsizetype>(m_reply.abortAfter, m_reply.events.size())
        : m_reply.events.size();
    m_out.resize(0);
    if (m_reply.eventDelayMs <= 0) {
        for (; m_nextEvent < end; ++m_nextEvent)
            appendEvent(m_reply.events.at(m_nextEvent));
    } else if (m_nextEvent < end) {
        appendEvent(m_reply.events.at(m_nextEvent++));
    }
    if (m_nextEvent < end) {
        m_socket->write(m_out);
        m_timer.start(m_reply.eventDelayMs);
        return;
    }
    if (m_reply.abortAfter >= 0) {
        m_socket->write(m_out);
        abortWhenFlushed();
        return;
    }
    m_out += "0\r\n\r\n";
    m_socket->write(m_out);
    finishReply();
}

void MockConnection::onTimeout()
{
    if (m_phase == Phase::FirstByteDelay)
        writeHead();
    else if (m_phase == Phase::Streaming)
        writeEvents();
}

void MockConnection::finishReply()
{
    const bool close = m_reply.close || !m_keepAlive;
    m_phase = Phase::Idle;
    m_busy = false;
    m_reply = MockReply();
    m_upstream->requestFinished();
    if (close) {
        m_closed = true;
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_processing && !m_buffer.isEmpty())
        processBuffered();
}

// abort() throws away unsent bytes: let the partial answer reach the client first.
void MockConnection::abortWhenFlushed()
{
    m_abortPending = true;
    m_socket->flush();
    if (m_socket->bytesToWrite() == 0)
        abort();
}

void MockConnection::onBytesWritten()
{
    if (m_abortPending && m_socket->bytesToWrite() == 0)
        abort();
}

void MockConnection::rejectMalformed()
{
    const QByteArray body
        = "{\"error\":{\"message\":" + MockResponses::jsonString(m_parser.errorMessage())
        + ",\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}";
    const int status = m_parser.errorStatus();
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' '
                    + MockResponses::reasonPhrase(status)
                    + "\r\ncontent-type: application/json\r\ncontent-length: "
                    + QByteArray::number(body.size()) + "\r\nconnection: close\r\n\r\n" + body);
    m_closed = true;
    m_buffer.clear();
    m_socket->disconnectFromHost();
}

void MockConnection::onDisconnected()
{
    if (m_reported)
        return;
    m_reported = true;
    m_closed = true;
    m_abortPending = false;
    m_timer.stop();
    if (m_busy) {
        m_busy = false;
        m_upstream->requestFinished();
    }
    m_upstream->connectionClosed(this);
    deleteLater();
}
