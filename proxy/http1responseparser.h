#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

using Http1HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Incremental parser of one HTTP/1.1 response at a time, fed with whatever the socket
// had: the status line, the header fields (64 KB at most), then the body framed by
// Content-Length, by chunked transfer coding (extensions and trailers skipped) or by
// the end of the connection. Interim 1xx answers are skipped; 101 is refused since the
// client never asks for an upgrade. It never copies the buffer it is given, only the
// head's fields and the de-chunked body bytes; a body that is a whole buffer is shared.
class Http1ResponseParser
{
public:
    static constexpr qsizetype MaxHeadBytes = 64 * 1024;

    enum class Result {
        NeedMore, // every byte was consumed (or kept for a line still incomplete)
        HeadReady, // takeHead(), then call parse() again for the rest
        Complete, // the response is whole; bytes after it were left unconsumed
        Error, // malformed: see errorString()
    };

    struct Head
    {
        int status = 0;
        QByteArray reason;
        Http1HeaderList headers;
    };

    // Starts a new response; HEAD answers have no body whatever their headers say.
    void reset(bool headRequest);
    // Parses data from pos on, advancing pos past what it consumed; body bytes are
    // appended to body.
    Result parse(const QByteArray &data, qsizetype &pos, QByteArray &body);
    Head takeHead() { return std::move(m_head); }
    // The peer closed the connection: true when that ends a read-until-close body.
    bool completesOnClose() const { return m_state == State::UntilClose; }
    // The response left the connection fit for another request (known once Complete).
    bool keepAlive() const { return m_keepAlive; }
    bool isComplete() const { return m_state == State::Done; }
    const char *errorString() const { return m_error; }

private:
    enum class State {
        StatusLine,
        Headers,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        UntilClose,
        Done,
        Failed,
    };

    Result fail(const char *message);
    // The next line (without its CR LF) from pos, or false when it is not all there yet.
    bool takeLine(const QByteArray &data, qsizetype &pos, QByteArrayView &line, qsizetype limit);
    bool parseStatusLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);
    Result endOfHead();
    // Takes up to m_remaining body bytes from pos; true once all of them have come.
    bool takeCounted(const QByteArray &data, qsizetype &pos, QByteArray &body);
    static void appendBody(const QByteArray &data, qsizetype pos, qsizetype length,
                           QByteArray &body);

    Head m_head;
    State m_state = State::StatusLine;
    qint64 m_remaining = 0; // of a Content-Length body or of the current chunk
    qsizetype m_lineBytes = 0; // head (or trailer) bytes consumed so far
    const char *m_error = "";
    bool m_headRequest = false;
    bool m_http10 = false;
    bool m_keepAlive = true;
};
