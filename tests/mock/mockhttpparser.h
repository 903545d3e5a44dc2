#pragma once

#include "mockhttprequest.h"

// Incremental HTTP/1.1 request parser: request line, headers, and a body framed by
// Content-Length or by Transfer-Encoding: chunked. It reads from the front of the
// connection's buffer and removes exactly the bytes of one complete request, so
// pipelined requests stay in the buffer for the next call. Limits protect the test
// process from runaway clients; a violation yields an error status to answer with.
class MockHttpParser
{
public:
    enum class Status { NeedMore, Complete, Error };

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr int MaxHeaderCount = 200;
    static constexpr qsizetype MaxBodyBytes = 64 * 1024 * 1024;

    Status parse(QByteArray &buffer);
    MockHttpRequest takeRequest();
    void reset();

    // After NeedMore: the headers are in and asked for "Expect: 100-continue" (once per request).
    bool takeContinueRequest();
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorMessage() const { return m_errorMessage; }

private:
    enum class State { Head, FixedBody, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done };

    Status parseHead(QByteArray &buffer);
    Status fail(int status, const char *message);
    Status complete(QByteArray &buffer);
    qsizetype findLineEnd(const QByteArray &buffer) const;

    State m_state = State::Head;
    qsizetype m_offset = 0; // bytes of `buffer` already consumed by the current request
    qint64 m_remaining = 0; // body or chunk bytes still expected
    bool m_continuePending = false;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
    MockHttpRequest m_request;
};
