#pragma once

#include "mockcall.h"
#include "mockreply.h"

// Anthropic's wire format: the message object, the typed SSE stream (message_start with
// the input and cache usage, ping, text deltas, message_delta with the cumulative
// output_tokens, message_stop), count_tokens, the model list and the error object,
// with the headers api.anthropic.com sends (request-id, anthropic-ratelimit-*).
class MockAnthropicResponses
{
public:
    static MockReply message(const MockCall &call);
    static MockReply countTokens(const MockCall &call);
    static MockReply models(const MockCall &call);
    // 400 invalid_request_error, 429 rate_limit_error (+ retry-after), 500 api_error,
    // 529 overloaded_error.
    static MockReply error(const MockCall &call, int status, const QByteArray &message = {});
    static MockReply invalidJson(const MockCall &call);

private:
    static MockReply start(const MockCall &call, int status, bool streamed);
    static QByteArray usage(const MockCall &call, qint64 outputTokens);
};
