#include "mockhttpparser.h"

namespace {

bool containsToken(const QByteArray &list, QByteArrayView token)
{
    for (const QByteArray &item : list.split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

MockHttpParser::Status MockHttpParser::parse(QByteArray &buffer)
{
    if (m_state == State::Head) {
        const Status head = parseHead(buffer);
        if (head != Status::Complete)
            return head;
    }

    while (true) {
        switch (m_state) {
        case State::Head:
        case State::Done:
            return complete(buffer);
        case State::FixedBody: {
            if (buffer.size() - m_offset < m_remaining)
                return Status::NeedMore;
            m_request.body = buffer.mid(m_offset, m_remaining);
            m_offset += m_remaining;
            m_state = State::Done;
            break;
        }
        case State::ChunkSize: {
            const qsizetype end = findLineEnd(buffer);
            if (end < 0)
                return buffer.size() - m_offset > 1024 ? fail(400, "chunk size line too long")
                                                       : Status::NeedMore;
            QByteArray line = buffer.mid(m_offset, end - m_offset);
            m_offset = end + 2;
            const qsizetype extension = line.indexOf(';');
            if (extension >= 0)
                line.truncate(extension);
            bool ok = false;
            m_remaining = line.trimmed().toLongLong(&ok, 16);
            if (!ok || m_remaining < 0)
                return fail(400, "invalid chunk size");
            if (m_request.body.size() + m_remaining > MaxBodyBytes)
                return fail(413, "request body too large");
            m_state = m_remaining == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkData: {
            if (buffer.size() - m_offset < m_remaining)
                return Status::NeedMore;
            m_request.body.append(buffer.constData() + m_offset, m_remaining);
            m_offset += m_remaining;
            m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd: {
            if (buffer.size() - m_offset < 2)
                return Status::NeedMore;
            if (buffer.at(m_offset) != '\r' || buffer.at(m_offset + 1) != '\n')
                return fail(400, "chunk not followed by CRLF");
            m_offset += 2;
            m_state = State::ChunkSize;
            break;
        }
        case State::Trailers: {
            const qsizetype end = findLineEnd(buffer);
            if (end < 0)
                return Status::NeedMore;
            const bool last = end == m_offset;
            m_offset = end + 2;
            if (last)
                m_state = State::Done;
            break;
        }
        }
    }
}

MockHttpParser::Status MockHttpParser::parseHead(QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n", m_offset);
    if (headEnd < 0) {
        if (buffer.size() - m_offset > MaxHeaderBytes)
            return fail(431, "request header fields too large");
        return Status::NeedMore;
    }
    if (headEnd - m_offset > MaxHeaderBytes)
        return fail(431, "request header fields too large");

    const QByteArrayView head(buffer.constData() + m_offset, headEnd - m_offset);
    qsizetype lineStart = 0;
    bool firstLine = true;
    while (lineStart <= head.size()) {
        qsizetype lineEnd = head.indexOf(QByteArrayView("\r\n"), lineStart);
        if (lineEnd < 0)
            lineEnd = head.size();
        const QByteArrayView line = head.sliced(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 2;
        if (firstLine) {
            firstLine = false;
            const qsizetype s1 = line.indexOf(' ');
            const qsizetype s2 = s1 < 0 ? -1 : line.indexOf(' ', s1 + 1);
            if (s1 <= 0 || s2 <= s1 + 1)
                return fail(400, "malformed request line");
            m_request.method = line.first(s1).toByteArray();
            m_request.path = line.sliced(s1 + 1, s2 - s1 - 1).toByteArray();
            m_request.version = line.sliced(s2 + 1).toByteArray();
            if (!m_request.version.startsWith("HTTP/1."))
                return fail(505, "HTTP version not supported");
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400, "malformed header line");
        if (m_request.headers.size() >= MaxHeaderCount)
            return fail(431, "too many header fields");
        m_request.headers.append({line.first(colon).trimmed().toByteArray(),
                                  line.sliced(colon + 1).trimmed().toByteArray()});
    }
    m_offset = headEnd + 4;

    const QByteArray connection = m_request.header("connection");
    m_request.keepAlive = m_request.version == "HTTP/1.1" ? !containsToken(connection, "close")
                                                          : containsToken(connection, "keep-alive");

    bool hasLength = false;
    const QByteArray length = mockHeaderValue(m_request.headers, "content-length", &hasLength);
    if (containsToken(m_request.header("transfer-encoding"), "chunked")) {
        m_state = State::ChunkSize;
    } else if (hasLength) {
        bool ok = false;
        m_remaining = length.toLongLong(&ok);
        if (!ok || m_remaining < 0)
            return fail(400, "invalid Content-Length");
        if (m_remaining > MaxBodyBytes)
            return fail(413, "request body too large");
        m_state = m_remaining > 0 ? State::FixedBody : State::Done;
    } else {
        m_state = State::Done;
    }
    m_continuePending = m_state != State::Done
        && m_request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0;
    return Status::Complete;
}

MockHttpParser::Status MockHttpParser::complete(QByteArray &buffer)
{
    buffer.remove(0, m_offset);
    m_offset = 0;
    m_state = State::Done;
    return Status::Complete;
}

MockHttpParser::Status MockHttpParser::fail(int status, const char *message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    return Status::Error;
}

qsizetype MockHttpParser::findLineEnd(const QByteArray &buffer) const
{
    return buffer.indexOf("\r\n", m_offset);
}

MockHttpRequest MockHttpParser::takeRequest()
{
    MockHttpRequest request = std::move(m_request);
    reset();
    return request;
}

void MockHttpParser::reset()
{
    m_state = State::Head;
    m_offset = 0;
    m_remaining = 0;
    m_continuePending = false;
    m_errorStatus = 0;
    m_errorMessage.clear();
    m_request = MockHttpRequest();
}

bool MockHttpParser::takeContinueRequest()
{
    const bool pending = m_continuePending;
    m_continuePending = false;
    return pending;
}
