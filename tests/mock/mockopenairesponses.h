#pragma once

#include "mockcall.h"
#include "mockreply.h"

// OpenAI's wire format: chat.completion(.chunk), text_completion, embeddings, the
// Responses API (object and typed SSE events), the model list and the error object,
// with the headers api.openai.com sends (x-request-id, openai-processing-ms,
// x-ratelimit-*). Streams follow stream_options.include_usage exactly: without it no
// usage appears anywhere; with it every chunk carries "usage":null and a last chunk
// with "choices":[] carries the totals, right before "data: [DONE]".
class MockOpenAiResponses
{
public:
    static MockReply chatCompletion(const MockCall &call);
    static MockReply completion(const MockCall &call);
    static MockReply embeddings(const MockCall &call);
    static MockReply response(const MockCall &call);
    static MockReply models(const MockCall &call);
    // 400 invalid_request_error, 429 rate_limit_exceeded (+ retry-after), 500 server_error,
    // 529 → 503 "engine overloaded" (OpenAI has no 529).
    static MockReply error(const MockCall &call, int status, const QByteArray &message = {});
    static MockReply notFound(const MockCall &call);
    static MockReply invalidJson(const MockCall &call);

    static const char *systemFingerprint() { return "fp_7c4e1b3a9d"; }

private:
    static MockReply start(const MockCall &call, int status, bool streamed);
    static QByteArray chatUsage(const MockCall &call);
    static QByteArray responseObject(const MockCall &call, bool completed);
    static QByteArray responseOutputItem(const MockCall &call, bool completed);
    static QByteArray serverErrorJson();
};
