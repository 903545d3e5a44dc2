#pragma once

#include "mockhttprequest.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

class MockConnection;
class QTcpServer;

// A fake LLM provider on a real HTTP/1.1 socket: speaks OpenAI's and Anthropic's exact
// wire formats (bodies, SSE streams, headers, errors) so that the proxy, its tests and
// the official SDKs can be exercised without the internet. Built on QTcpServer rather
// than QHttpServer so that the bytes on the wire (chunked framing, keep-alive, aborted
// connections, stalls) are entirely under the test's control.
//
// Routes: POST /v1/chat/completions, /v1/completions, /v1/embeddings, /v1/responses,
// /v1/messages, /v1/messages/count_tokens; GET /v1/models (Anthropic's list when the
// request has an anthropic-version header). Anything else: 404 in OpenAI's format.
// A body with "stream": true is answered as SSE with Transfer-Encoding: chunked.
//
// Per-request control headers (all optional; defaults in mockcall.h):
//   x-mock-prompt-tokens, x-mock-cached-tokens, x-mock-completion-tokens,
//   x-mock-reasoning-tokens, x-mock-cache-write-tokens, x-mock-cache-write-1h-tokens,
//   x-mock-chunks, x-mock-chunk-delay-ms,
//   x-mock-scenario: comma-separated error-429 | error-500 | error-529-overloaded |
//     error-400 | stream-error | disconnect-mid-stream | slow-first-byte:<ms> | hang |
//     invalid-json-200 | no-usage | gzip | big:<bytes>
//
// Lives in one thread; listens on 127.0.0.1 only.
class MockUpstream : public QObject
{
    Q_OBJECT

public:
    struct ReceivedRequest
    {
        QByteArray method;
        QByteArray path; // raw request target, query included
        MockHeaderList headers; // in arrival order, names as the client spelled them
        QByteArray body; // de-chunked

        QByteArray header(QByteArrayView name) const { return mockHeaderValue(headers, name); }
        // The credential that reached the upstream: the Bearer token of Authorization,
        // else x-api-key; empty when neither was sent.
        QByteArray apiKey() const;
        QJsonObject json() const;
    };

    explicit MockUpstream(QObject *parent = nullptr);
    ~MockUpstream() override;

    bool listen(quint16 port = 0);
    QString errorString() const;
    quint16 port() const;
    QUrl openAiBaseUrl() const; // http://127.0.0.1:P/v1
    QUrl anthropicBaseUrl() const; // http://127.0.0.1:P (the SDKs append /v1/messages)

    QList<ReceivedRequest> requests() const { return m_requests; }
    int requestCount() const { return int(m_requestCount); }
    void clear(); // forgets recorded requests and the concurrency peak

    // Recording keeps every request in memory: the benchmark turns it off.
    void setRecording(bool on) { m_recording = on; }
    bool isRecording() const { return m_recording; }

    int openConnections() const { return m_openConnections; }
    int requestsInFlight() const { return m_inFlight; }
    int maxConcurrentRequests() const { return m_maxInFlight; }

    void setChunkDelay(int ms) { m_chunkDelayMs = qMax(0, ms); }
    int chunkDelay() const { return m_chunkDelayMs; }
    void setChunkCount(int chunks) { m_chunkCount = qMax(0, chunks); }
    int chunkCount() const { return m_chunkCount; }

    // Drops every client connection at once (requests in flight are cut off).
    void abortAllConnections();

Q_SIGNALS:
    void requestReceived(const MockUpstream::ReceivedRequest &request);

private:
    friend class MockConnection;
    void acceptConnections();
    quint64 nextSerial() { return ++m_serial; }
    void requestStarted(MockHttpRequest &&request);
    void requestFinished();
    void connectionClosed(MockConnection *connection);

    QTcpServer *m_server = nullptr;
    QList<MockConnection *> m_connections;
    QList<ReceivedRequest> m_requests;
    quint64 m_serial = 0;
    qint64 m_requestCount = 0;
    int m_openConnections = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_chunkDelayMs = 0;
    int m_chunkCount = 5;
    bool m_recording = true;
};

Q_DECLARE_METATYPE(MockUpstream::ReceivedRequest)
