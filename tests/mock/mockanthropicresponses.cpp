#include "mockanthropicresponses.h"

#include "mockresponses.h"

namespace {

QByteArray num(qint64 value)
{
    return QByteArray::number(value);
}

} // namespace

MockReply MockAnthropicResponses::start(const MockCall &call, int status, bool streamed)
{
    MockReply reply = MockReply::start(status, streamed);
    reply.addHeader("request-id", MockResponses::requestId(call.serial));
    reply.addHeader("anthropic-organization-id", "0b7e8a52-4c1d-4f3e-9a6b-2d5c8e1f7a90");
    reply.addHeader("anthropic-ratelimit-requests-limit", "4000");
    reply.addHeader("anthropic-ratelimit-requests-remaining", "3999");
    reply.addHeader("anthropic-ratelimit-input-tokens-limit", "2000000");
    reply.addHeader("anthropic-ratelimit-input-tokens-remaining", num(2000000 - call.promptTokens));
    reply.addHeader("anthropic-ratelimit-output-tokens-limit", "400000");
    reply.addHeader("anthropic-ratelimit-output-tokens-remaining", "400000");
    reply.addHeader("anthropic-ratelimit-tokens-limit", "2400000");
    reply.addHeader("anthropic-ratelimit-tokens-remaining", num(2400000 - call.promptTokens));
    if (streamed)
        reply.addHeader("cache-control", "no-cache");
    return reply;
}

QByteArray MockAnthropicResponses::usage(const MockCall &call, qint64 outputTokens)
{
    return "{\"input_tokens\":" + num(call.promptTokens) + ",\"cache_creation_input_tokens\":"
        + num(call.cacheWriteTokens) + ",\"cache_read_input_tokens\":" + num(call.cachedTokens)
        + ",\"cache_creation\":{\"ephemeral_5m_input_tokens\":"
        + num(call.cacheWriteTokens - call.cacheWrite1hTokens)
        + ",\"ephemeral_1h_input_tokens\":" + num(call.cacheWrite1hTokens)
        + "},\"output_tokens\":" + num(outputTokens) + ",\"service_tier\":\"standard\"}";
}

MockReply MockAnthropicResponses::message(const MockCall &call)
{
    MockReply reply = start(call, 200, call.stream);
    const QByteArray head = "{\"id\":\"msg_" + MockResponses::idSuffix(call.serial)
        + "\",\"type\":\"message\",\"role\":\"assistant\",\"model\":"
        + MockResponses::jsonString(call.servedModel);
    const bool withUsage = !call.scenario.noUsage;

    if (!call.stream) {
        reply.body = head + ",\"content\":[{\"type\":\"text\",\"text\":"
            + MockResponses::jsonString(MockCall::completionText(call.chunks))
            + "}],\"stop_reason\":\"end_turn\",\"stop_sequence\":null"
            + (withUsage ? ",\"usage\":" + usage(call, call.completionTokens) : QByteArray()) + '}';
        return reply;
    }

    reply.events.reserve(call.chunks + 6);
    reply.events += MockResponses::sseEvent(
        "message_start",
        "{\"type\":\"message_start\",\"message\":" + head
            + ",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null"
            + (withUsage ? ",\"usage\":" + usage(call, 1) : QByteArray()) + "}}");
    reply.events += MockResponses::sseEvent(
        "content_block_start",
        "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\","
        "\"text\":\"\"}}");
    reply.events += MockResponses::sseEvent("ping", "{\"type\": \"ping\"}");
    const int errorAt = call.scenario.streamError ? call.chunks / 2 : -1;
    for (int i = 0; i < call.chunks; ++i) {
        if (i == errorAt)
            break;
        reply.events += MockResponses::sseEvent(
            "content_block_delta",
            "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\","
            "\"text\":"
                + MockResponses::jsonString(MockCall::chunkText(i)) + "}}");
    }
    if (call.scenario.streamError) {
        reply.events += MockResponses::sseEvent(
            "error",
            "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":"
            "\"Overloaded\"}}");
        reply.close = true;
        return reply;
    }
    reply.events += MockResponses::sseEvent("content_block_stop",
                                            "{\"type\":\"content_block_stop\",\"index\":0}");
    reply.events += MockResponses::sseEvent(
        "message_delta",
        "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\",\"stop_sequence\":"
        "null}"
            + (withUsage ? ",\"usage\":{\"output_tokens\":" + num(call.completionTokens) + '}'
                         : QByteArray())
            + '}');
    reply.events += MockResponses::sseEvent("message_stop", "{\"type\":\"message_stop\"}");
    return reply;
}

MockReply MockAnthropicResponses::countTokens(const MockCall &call)
{
    MockReply reply = start(call, 200, false);
    reply.body = "{\"input_tokens\":" + num(call.promptTokens) + '}';
    return reply;
}

MockReply MockAnthropicResponses::models(const MockCall &call)
{
    MockReply reply = start(call, 200, false);
    reply.body = QByteArrayLiteral("{\"data\":["
                                   "{\"type\":\"model\",\"id\":\"claude-sonnet-4-20250514\","
                                   "\"display_name\":\"Claude Sonnet 4\","
                                   "\"created_at\":\"2025-05-22T00:00:00Z\"},"
                                   "{\"type\":\"model\",\"id\":\"claude-3-5-haiku-20241022\","
                                   "\"display_name\":\"Claude Haiku 3.5\","
                                   "\"created_at\":\"2024-10-22T00:00:00Z\"}],"
                                   "\"has_more\":false,\"first_id\":\"claude-sonnet-4-20250514\","
                                   "\"last_id\":\"claude-3-5-haiku-20241022\"}");
    return reply;
}

MockReply MockAnthropicResponses::error(const MockCall &call, int status, const QByteArray &message)
{
    MockReply reply = start(call, status, false);
    QByteArray type = "invalid_request_error";
    QByteArray text = message;
    switch (status) {
    case 429:
        type = "rate_limit_error";
        text = "This request would exceed the rate limit for your organization of 50 requests per "
               "minute. For details, refer to: https://docs.claude.com/en/api/rate-limits.";
        reply.addHeader("retry-after", "1");
        break;
    case 500:
        type = "api_error";
        text = "Internal server error";
        break;
    case 529:
        type = "overloaded_error";
        text = "Overloaded";
        break;
    default:
        if (text.isEmpty())
            text = "messages: at least one message is required";
        break;
    }
    reply.body = "{\"type\":\"error\",\"error\":{\"type\":\"" + type
        + "\",\"message\":" + MockResponses::jsonString(text) + "},\"request_id\":\""
        + MockResponses::requestId(call.serial) + "\"}";
    return reply;
}

MockReply MockAnthropicResponses::invalidJson(const MockCall &call)
{
    MockReply reply = start(call, 200, false);
    reply.body = QByteArrayLiteral("not json");
    return reply;
}
