#include "http1responseparser.h"

namespace {

constexpr qsizetype MaxChunkLineBytes = 4096;

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

// Calls f on every trimmed, non-empty element of a comma-separated field value.
template<typename F>
void forEachToken(QByteArrayView value, F f)
{
    qsizetype from = 0;
    while (from <= value.size()) {
        qsizetype comma = value.indexOf(',', from);
        if (comma < 0)
            comma = value.size();
        const QByteArrayView token = value.sliced(from, comma - from).trimmed();
        if (!token.isEmpty())
            f(token);
        from = comma + 1;
    }
}

bool parseDecimal(QByteArrayView text, qint64 &value)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

void Http1ResponseParser::reset(bool headRequest)
{
    m_head = Head();
    m_state = State::StatusLine;
    m_remaining = 0;
    m_lineBytes = 0;
    m_error = "";
    m_headRequest = headRequest;
    m_http10 = false;
    m_keepAlive = true;
}

Http1ResponseParser::Result Http1ResponseParser::fail(const char *message)
{
    m_state = State::Failed;
    m_error = message;
    m_keepAlive = false;
    return Result::Error;
}

bool Http1ResponseParser::takeLine(const QByteArray &data, qsizetype &pos, QByteArrayView &line,
                                   qsizetype limit)
{
    const qsizetype newline = data.indexOf('\n', pos);
    if (newline < 0) {
        if (m_lineBytes + (data.size() - pos) > limit)
            fail("response head too large");
        return false;
    }
    m_lineBytes += newline + 1 - pos;
    if (m_lineBytes > limit) {
        fail("response head too large");
        return false;
    }
    qsizetype end = newline;
    if (end > pos && data.at(end - 1) == '\r')
        --end;
    line = QByteArrayView(data.constData() + pos, end - pos);
    pos = newline + 1;
    return true;
}

bool Http1ResponseParser::parseStatusLine(QByteArrayView line)
{
    // HTTP/1.x SP 3DIGIT [SP reason]
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line.at(8) != ' ')
        return false;
    const char minor = line.at(7);
    if (minor < '0' || minor > '9')
        return false;
    m_http10 = minor == '0';
    int status = 0;
    for (int i = 9; i < 12; ++i) {
        const char c = line.at(i);
        if (c < '0' || c > '9')
            return false;
        status = status * 10 + (c - '0');
    }
    if (status < 100)
        return false;
    if (line.size() > 12) {
        if (line.at(12) != ' ')
            return false;
        m_head.reason = line.sliced(13).toByteArray();
    }
    m_head.status = status;
    return true;
}

bool Http1ResponseParser::parseHeaderLine(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    const QByteArrayView name = line.first(colon);
    // No whitespace inside or around a field name (RFC 9112 5.1); folded lines are obsolete.
    for (const char c : name) {
        if (c == ' ' || c == '\t')
            return false;
    }
    if (m_head.headers.isEmpty())
        m_head.headers.reserve(24);
    m_head.headers.append(
        qMakePair(name.toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()));
    return true;
}

Http1ResponseParser::Result Http1ResponseParser::endOfHead()
{
    bool sawClose = false;
    bool sawKeepAlive = false;
    bool transferEncoding = false;
    bool chunked = false;
    bool hasLength = false;
    qint64 length = 0;
    for (const auto &field : std::as_const(m_head.headers)) {
        const QByteArrayView name(field.first);
        const QByteArrayView value(field.second);
        if (equalsIgnoringCase(name, "connection")) {
            forEachToken(value, [&](QByteArrayView token) {
                sawClose = sawClose || equalsIgnoringCase(token, "close");
                sawKeepAlive = sawKeepAlive || equalsIgnoringCase(token, "keep-alive");
            });
        } else if (equalsIgnoringCase(name, "transfer-encoding")) {
            transferEncoding = true;
            const qsizetype comma = value.lastIndexOf(',');
            chunked = equalsIgnoringCase(value.sliced(comma + 1).trimmed(), "chunked");
        } else if (equalsIgnoringCase(name, "content-length")) {
            qint64 parsed = 0;
            if (!parseDecimal(value, parsed) || (hasLength && parsed != length))
                return fail("invalid Content-Length");
            hasLength = true;
            length = parsed;
        }
    }
    m_keepAlive = !sawClose && (!m_http10 || sawKeepAlive);

    const int status = m_head.status;
    if (m_headRequest || status == 204 || status == 304) {
        m_state = State::Done;
    } else if (transferEncoding) {
        m_lineBytes = 0;
        m_state = chunked ? State::ChunkSize : State::UntilClose;
    } else if (hasLength) {
        m_remaining = length;
        m_state = length == 0 ? State::Done : State::FixedBody;
    } else {
        m_state = State::UntilClose;
    }
    if (m_state == State::UntilClose)
        m_keepAlive = false;
    return Result::HeadReady;
}

bool Http1ResponseParser::takeCounted(const QByteArray &data, qsizetype &pos, QByteArray &body)
{
    const qsizetype n = qsizetype(qMin<qint64>(m_remaining, data.size() - pos));
    appendBody(data, pos, n, body);
    pos += n;
    m_remaining -= n;
    return m_remaining == 0;
}

void Http1ResponseParser::appendBody(const QByteArray &data, qsizetype pos, qsizetype length,
                                     QByteArray &body)
{
    if (length <= 0)
        return;
    if (body.isEmpty() && pos == 0 && length == data.size())
        body = data; // shared, not copied
    else
        body.append(data.constData() + pos, length);
}

Http1ResponseParser::Result Http1ResponseParser::parse(const QByteArray &data, qsizetype &pos,
                                                       QByteArray &body)
{
    QByteArrayView line;
    for (;;) {
        switch (m_state) {
        case State::StatusLine:
            if (!takeLine(data, pos, line, MaxHeadBytes))
                return m_state == State::Failed ? Result::Error : Result::NeedMore;
            if (line.isEmpty())
                continue; // stray CR LF before the status line
            if (!parseStatusLine(line))
                return fail("malformed status line");
            m_state = State::Headers;
            break;
        case State::Headers:
            if (!takeLine(data, pos, line, MaxHeadBytes))
                return m_state == State::Failed ? Result::Error : Result::NeedMore;
            if (!line.isEmpty()) {
                if (!parseHeaderLine(line))
                    return fail("malformed header field");
                break;
            }
            if (m_head.status < 200) {
                if (m_head.status == 101)
                    return fail("unexpected 101 Switching Protocols");
                m_head = Head(); // interim answer: the real one follows
                m_state = State::StatusLine;
                break;
            }
            return endOfHead();
        case State::FixedBody:
            if (!takeCounted(data, pos, body))
                return Result::NeedMore;
            m_state = State::Done;
            return Result::Complete;
        case State::ChunkSize: {
            if (!takeLine(data, pos, line, MaxChunkLineBytes))
                return m_state == State::Failed ? Result::Error : Result::NeedMore;
            qint64 size = 0;
            qsizetype i = 0;
            for (; i < line.size(); ++i) {
                const int digit = hexValue(line.at(i));
                if (digit < 0)
                    break;
                if (i >= 15)
                    return fail("chunk size too large");
                size = size * 16 + digit;
            }
            if (i == 0
                || (i < line.size() && line.at(i) != ';' && line.at(i) != ' '
                    && line.at(i) != '\t'))
                return fail("malformed chunk size");
            m_lineBytes = 0;
            if (size == 0) {
                m_state = State::Trailers;
            } else {
                m_remaining = size;
                m_state = State::ChunkData;
            }
            break;
        }
        case State::ChunkData:
            if (!takeCounted(data, pos, body))
                return Result::NeedMore;
            m_state = State::ChunkDataEnd;
            break;
        case State::ChunkDataEnd:
            if (pos >= data.size())
                return Result::NeedMore;
            if (data.at(pos) == '\r') {
                if (pos + 1 >= data.size())
                    return Result::NeedMore;
                if (data.at(pos + 1) != '\n')
                    return fail("malformed chunk end");
                pos += 2;
            } else if (data.at(pos) == '\n') {
                ++pos;
            } else {
                return fail("malformed chunk end");
            }
            m_state = State::ChunkSize;
            break;
        case State::Trailers:
            if (!takeLine(data, pos, line, MaxHeadBytes))
                return m_state == State::Failed ? Result::Error : Result::NeedMore;
            if (line.isEmpty()) {
                m_state = State::Done;
                return Result::Complete;
            }
            break; // trailer fields are ignored
        case State::UntilClose:
            appendBody(data, pos, data.size() - pos, body);
            pos = data.size();
            return Result::NeedMore;
        case State::Done:
            return Result::Complete;
        case State::Failed:
            return Result::Error;
        }
    }
}
