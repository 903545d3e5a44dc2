#pragma once

#include "mockcall.h"
#include "mockreply.h"

// Turns a MockCall into the MockReply a real provider would send: routes the call to
// MockOpenAiResponses or MockAnthropicResponses, then applies the delivery faults of
// its scenario (slow first byte, mid-stream disconnect, padding, gzip). Also holds the
// small JSON/SSE/id helpers both wire formats share.
class MockResponses
{
public:
    static MockReply build(const MockCall &call);

    static QByteArray jsonString(QByteArrayView utf8); // quoted and escaped
    static QByteArray sseData(const QByteArray &json); // "data: <json>\n\n"
    static QByteArray sseEvent(QByteArrayView type,
                               const QByteArray &json); // "event: ..\ndata: ..\n\n"
    // 24 hex digits unique to this process and call: the tail of every id in an answer.
    static QByteArray idSuffix(quint64 serial);
    static QByteArray requestId(quint64 serial) { return "req_" + idSuffix(serial); }
    static QByteArray gzip(const QByteArray &data);
    static QByteArray reasonPhrase(int status);

private:
    static void padTo(MockReply &reply, qint64 bytes);
};
