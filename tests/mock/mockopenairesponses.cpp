#include "mockopenairesponses.h"

#include "mockresponses.h"

#include <QDateTime>
#include <QJsonArray>

#include <cstring>

namespace {

QByteArray num(qint64 value)
{
    return QByteArray::number(value);
}

// Every embedding is the same deterministic vector; k/1024 values are exact in float32,
// so the JSON floats and the base64 bytes agree bit for bit.
float embeddingValue(int i)
{
    return float((i * 37) % 201 - 100) / 1024.0f;
}

QByteArray embeddingFloats(int dimensions)
{
    QByteArray out;
    out.reserve(dimensions * 14);
    out += '[';
    for (int i = 0; i < dimensions; ++i) {
        if (i)
            out += ',';
        out += QByteArray::number(double(embeddingValue(i)), 'g', 10);
    }
    out += ']';
    return out;
}

QByteArray embeddingBase64(int dimensions)
{
    QByteArray raw;
    raw.reserve(dimensions * 4);
    for (int i = 0; i < dimensions; ++i) {
        const float value = embeddingValue(i);
        quint32 bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        for (int b = 0; b < 4; ++b)
            raw += char((bits >> (8 * b)) & 0xFFu);
    }
    return '"' + raw.toBase64() + '"';
}

} // namespace

MockReply MockOpenAiResponses::start(const MockCall &call, int status, bool streamed)
{
    MockReply reply = MockReply::start(status, streamed);
    reply.addHeader("openai-organization", "user-mockupstream");
    reply.addHeader("openai-processing-ms", num(20 + qint64(call.serial % 180)));
    reply.addHeader("openai-project", "proj_mockupstream");
    reply.addHeader("openai-version", "2020-10-01");
    reply.addHeader("x-ratelimit-limit-requests", "10000");
    reply.addHeader("x-ratelimit-limit-tokens", "30000000");
    reply.addHeader("x-ratelimit-remaining-requests", "9999");
    reply.addHeader("x-ratelimit-remaining-tokens", num(30000000 - call.promptTokens));
    reply.addHeader("x-ratelimit-reset-requests", "6ms");
    reply.addHeader("x-ratelimit-reset-tokens", "0s");
    reply.addHeader("x-request-id", MockResponses::requestId(call.serial));
    if (streamed)
        reply.addHeader("cache-control", "no-cache");
    return reply;
}

QByteArray MockOpenAiResponses::chatUsage(const MockCall &call)
{
    return "{\"prompt_tokens\":" + num(call.promptTokens)
        + ",\"completion_tokens\":" + num(call.completionTokens)
        + ",\"total_tokens\":" + num(call.promptTokens + call.completionTokens)
        + ",\"prompt_tokens_details\":{\"cached_tokens\":" + num(call.cachedTokens)
        + ",\"audio_tokens\":0},\"completion_tokens_details\":{\"reasoning_tokens\":"
        + num(call.reasoningTokens)
        + ",\"audio_tokens\":0,\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}}";
}

QByteArray MockOpenAiResponses::serverErrorJson()
{
    return "{\"error\":{\"message\":\"The server had an error while processing your request. Sorry "
           "about that!\",\"type\":\"server_error\",\"param\":null,\"code\":null}}";
}

MockReply MockOpenAiResponses::chatCompletion(const MockCall &call)
{
    MockReply reply = start(call, 200, call.stream);
    const QByteArray id = "\"chatcmpl-" + MockResponses::idSuffix(call.serial) + '"';
    const QByteArray created = num(QDateTime::currentSecsSinceEpoch());
    const QByteArray model = MockResponses::jsonString(call.servedModel);
    const bool usage = !call.scenario.noUsage;

    if (!call.stream) {
        reply.body = "{\"id\":" + id + ",\"object\":\"chat.completion\",\"created\":" + created
            + ",\"model\":" + model
            + ",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
            + MockResponses::jsonString(MockCall::completionText(call.chunks))
            + ",\"refusal\":null,\"annotations\":[]},\"logprobs\":null,\"finish_reason\":\"stop\"}]"
            + (usage ? ",\"usage\":" + chatUsage(call) : QByteArray())
            + ",\"service_tier\":\"default\",\"system_fingerprint\":\"" + systemFingerprint()
            + "\"}";
        return reply;
    }

    const bool usageChunk = call.includeUsage && usage;
    const QByteArray head = "{\"id\":" + id
        + ",\"object\":\"chat.completion.chunk\",\"created\":" + created + ",\"model\":" + model
        + ",\"service_tier\":\"default\",\"system_fingerprint\":\"" + systemFingerprint()
        + "\",\"choices\":[";
    const QByteArray tail
        = usageChunk ? QByteArrayLiteral("],\"usage\":null}") : QByteArrayLiteral("]}");
    reply.events.reserve(call.chunks + 4);
    reply.events += MockResponses::sseData(
        head
        + "{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null},"
          "\"logprobs\":null,\"finish_reason\":null}"
        + tail);
    const int errorAt = call.scenario.streamError ? call.chunks / 2 : -1;
    for (int i = 0; i < call.chunks; ++i) {
        if (i == errorAt)
            break;
        reply.events
            += MockResponses::sseData(head + "{\"index\":0,\"delta\":{\"content\":"
                                      + MockResponses::jsonString(MockCall::chunkText(i))
                                      + "},\"logprobs\":null,\"finish_reason\":null}" + tail);
    }
    if (call.scenario.streamError) {
        reply.events += MockResponses::sseData(serverErrorJson());
        reply.close = true;
        return reply;
    }
    reply.events += MockResponses::sseData(
        head + "{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"stop\"}" + tail);
    if (usageChunk)
        reply.events += MockResponses::sseData(head + "],\"usage\":" + chatUsage(call) + '}');
    reply.events += QByteArrayLiteral("data: [DONE]\n\n");
    return reply;
}

MockReply MockOpenAiResponses::completion(const MockCall &call)
{
    MockReply reply = start(call, 200, call.stream);
    const QByteArray id = "\"cmpl-" + MockResponses::idSuffix(call.serial) + '"';
    const QByteArray created = num(QDateTime::currentSecsSinceEpoch());
    const QByteArray model = MockResponses::jsonString(call.servedModel);
    const QByteArray usage = "{\"prompt_tokens\":" + num(call.promptTokens)
        + ",\"completion_tokens\":" + num(call.completionTokens)
        + ",\"total_tokens\":" + num(call.promptTokens + call.completionTokens) + '}';

    if (!call.stream) {
        reply.body = "{\"id\":" + id + ",\"object\":\"text_completion\",\"created\":" + created
            + ",\"model\":" + model + ",\"choices\":[{\"text\":"
            + MockResponses::jsonString(MockCall::completionText(call.chunks))
            + ",\"index\":0,\"logprobs\":null,\"finish_reason\":\"stop\"}]"
            + (call.scenario.noUsage ? QByteArray() : ",\"usage\":" + usage) + '}';
        return reply;
    }

    const bool usageChunk = call.includeUsage && !call.scenario.noUsage;
    const QByteArray head = "{\"id\":" + id
        + ",\"object\":\"text_completion\",\"created\":" + created + ",\"choices\":[";
    const QByteArray tail = "],\"model\":" + model + ",\"system_fingerprint\":null"
        + (usageChunk ? QByteArrayLiteral(",\"usage\":null}") : QByteArrayLiteral("}"));
    const int errorAt = call.scenario.streamError ? call.chunks / 2 : -1;
    for (int i = 0; i < call.chunks; ++i) {
        if (i == errorAt)
            break;
        reply.events += MockResponses::sseData(
            head + "{\"text\":" + MockResponses::jsonString(MockCall::chunkText(i))
            + ",\"index\":0,\"logprobs\":null,\"finish_reason\":null}" + tail);
    }
    if (call.scenario.streamError) {
        reply.events += MockResponses::sseData(serverErrorJson());
        reply.close = true;
        return reply;
    }
    reply.events += MockResponses::sseData(
        head + "{\"text\":\"\",\"index\":0,\"logprobs\":null,\"finish_reason\":\"stop\"}" + tail);
    if (usageChunk) {
        reply.events
            += MockResponses::sseData(head + "],\"model\":" + model
                                      + ",\"system_fingerprint\":null,\"usage\":" + usage + '}');
    }
    reply.events += QByteArrayLiteral("data: [DONE]\n\n");
    return reply;
}

MockReply MockOpenAiResponses::embeddings(const MockCall &call)
{
    MockReply reply = start(call, 200, false);
    const QJsonValue input = call.body.value(QLatin1String("input"));
    qsizetype inputs = 1;
    if (input.isArray()) {
        const QJsonArray array = input.toArray();
        // An array of token ids is one input; an array of strings or of arrays is many.
        inputs = array.isEmpty() || array.first().isDouble() ? 1 : array.size();
    }
    const int dimensions
        = qBound(1, call.body.value(QLatin1String("dimensions")).toInt(1536), 8192);
    const bool base64
        = call.body.value(QLatin1String("encoding_format")).toString() == QLatin1String("base64");
    const QByteArray vector = base64 ? embeddingBase64(dimensions) : embeddingFloats(dimensions);

    reply.body.reserve(inputs * (vector.size() + 64) + 160);
    reply.body += "{\"object\":\"list\",\"data\":[";
    for (qsizetype i = 0; i < inputs; ++i) {
        if (i)
            reply.body += ',';
        reply.body
            += "{\"object\":\"embedding\",\"index\":" + num(i) + ",\"embedding\":" + vector + '}';
    }
    reply.body += "],\"model\":" + MockResponses::jsonString(call.servedModel);
    if (!call.scenario.noUsage) {
        reply.body += ",\"usage\":{\"prompt_tokens\":" + num(call.promptTokens)
            + ",\"total_tokens\":" + num(call.promptTokens) + '}';
    }
    reply.body += '}';
    return reply;
}

QByteArray MockOpenAiResponses::responseOutputItem(const MockCall &call, bool completed)
{
    const QByteArray itemId = "msg_" + MockResponses::idSuffix(call.serial);
    if (!completed) {
        return "{\"id\":\"" + itemId
            + "\",\"type\":\"message\",\"status\":\"in_progress\",\"content\":[],\"role\":"
              "\"assistant\"}";
    }
    return "{\"id\":\"" + itemId
        + "\",\"type\":\"message\",\"status\":\"completed\",\"content\":[{\"type\":\"output_text\","
          "\"annotations\":[],\"logprobs\":[],\"text\":"
        + MockResponses::jsonString(MockCall::completionText(call.chunks))
        + "}],\"role\":\"assistant\"}";
}

QByteArray MockOpenAiResponses::responseObject(const MockCall &call, bool completed)
{
    const QJsonValue instructions = call.body.value(QLatin1String("instructions"));
    const bool usage = completed && !call.scenario.noUsage;
    return "{\"id\":\"resp_" + MockResponses::idSuffix(call.serial)
        + "\",\"object\":\"response\",\"created_at\":" + num(QDateTime::currentSecsSinceEpoch())
        + ",\"status\":" + (completed ? "\"completed\"" : "\"in_progress\"")
        + ",\"background\":false,\"error\":null,\"incomplete_details\":null,\"instructions\":"
        + (instructions.isString() ? MockResponses::jsonString(instructions.toString().toUtf8())
                                   : QByteArrayLiteral("null"))
        + ",\"max_output_tokens\":null,\"max_tool_calls\":null,\"model\":"
        + MockResponses::jsonString(call.servedModel) + ",\"output\":["
        + (completed ? responseOutputItem(call, true) : QByteArray())
        + "],\"parallel_tool_calls\":true,\"previous_response_id\":null,\"prompt_cache_key\":null,"
          "\"reasoning\":{\"effort\":null,\"summary\":null},\"safety_identifier\":null,"
          "\"service_tier\":\"default\",\"store\":true,\"temperature\":1.0,\"text\":{\"format\":{"
          "\"type\":\"text\"},\"verbosity\":\"medium\"},\"tool_choice\":\"auto\",\"tools\":[],"
          "\"top_logprobs\":0,\"top_p\":1.0,\"truncation\":\"disabled\",\"usage\":"
        + (usage ? "{\"input_tokens\":" + num(call.promptTokens)
                   + ",\"input_tokens_details\":{\"cached_tokens\":" + num(call.cachedTokens)
                   + "},\"output_tokens\":" + num(call.completionTokens)
                   + ",\"output_tokens_details\":{\"reasoning_tokens\":" + num(call.reasoningTokens)
                   + "},\"total_tokens\":" + num(call.promptTokens + call.completionTokens) + '}'
                 : QByteArrayLiteral("null"))
        + ",\"user\":null,\"metadata\":{}}";
}

MockReply MockOpenAiResponses::response(const MockCall &call)
{
    MockReply reply = start(call, 200, call.stream);
    if (!call.stream) {
        reply.body = responseObject(call, true);
        return reply;
    }

    int sequence = 0;
    const auto event = [&reply, &sequence](QByteArrayView type, const QByteArray &fields) {
        reply.events += MockResponses::sseEvent(type,
                                                "{\"type\":\"" + type.toByteArray()
                                                    + "\",\"sequence_number\":" + num(sequence++)
                                                    + fields + '}');
    };
    const QByteArray inProgress = responseObject(call, false);
    const QByteArray item = ",\"item_id\":\"msg_" + MockResponses::idSuffix(call.serial)
        + "\",\"output_index\":0,\"content_index\":0";
    const QByteArray text = MockResponses::jsonString(MockCall::completionText(call.chunks));

    reply.events.reserve(call.chunks + 9);
    event("response.created", ",\"response\":" + inProgress);
    event("response.in_progress", ",\"response\":" + inProgress);
    event("response.output_item.added",
          ",\"output_index\":0,\"item\":" + responseOutputItem(call, false));
    event("response.content_part.added",
          item
              + ",\"part\":{\"type\":\"output_text\",\"annotations\":[],\"logprobs\":[],\"text\":"
                "\"\"}");
    const int errorAt = call.scenario.streamError ? call.chunks / 2 : -1;
    for (int i = 0; i < call.chunks; ++i) {
        if (i == errorAt)
            break;
        event("response.output_text.delta",
              item + ",\"delta\":" + MockResponses::jsonString(MockCall::chunkText(i))
                  + ",\"logprobs\":[]");
    }
    if (call.scenario.streamError) {
        event("error",
              ",\"code\":\"server_error\",\"message\":\"The server had an error while "
              "processing your request. Sorry about that!\",\"param\":null");
        reply.close = true;
        return reply;
    }
    event("response.output_text.done", item + ",\"text\":" + text + ",\"logprobs\":[]");
    event("response.content_part.done",
          item + ",\"part\":{\"type\":\"output_text\",\"annotations\":[],\"logprobs\":[],\"text\":"
              + text + '}');
    event("response.output_item.done",
          ",\"output_index\":0,\"item\":" + responseOutputItem(call, true));
    event("response.completed", ",\"response\":" + responseObject(call, true));
    return reply;
}

MockReply MockOpenAiResponses::models(const MockCall &call)
{
    MockReply reply = start(call, 200, false);
    reply.body = QByteArrayLiteral(
        "{\"object\":\"list\",\"data\":["
        "{\"id\":\"gpt-4o-mini\",\"object\":\"model\",\"created\":1721172741,\"owned_by\":"
        "\"system\"},"
        "{\"id\":\"gpt-4o\",\"object\":\"model\",\"created\":1715367049,\"owned_by\":\"system\"},"
        "{\"id\":\"gpt-4.1\",\"object\":\"model\",\"created\":1744316542,\"owned_by\":\"system\"},"
        "{\"id\":\"text-embedding-3-small\",\"object\":\"model\",\"created\":1705948997,"
        "\"owned_by\":\"system\"}]}");
    return reply;
}

MockReply MockOpenAiResponses::error(const MockCall &call, int status, const QByteArray &message)
{
    QByteArray type = "invalid_request_error";
    QByteArray code = "null";
    QByteArray text = message;
    if (status == 529)
        status = 503;
    MockReply reply = start(call, status, false);
    switch (status) {
    case 429:
        type = "requests";
        code = "\"rate_limit_exceeded\"";
        text = "Rate limit reached for "
            + (call.requestedModel.isEmpty() ? QByteArray("requests") : call.requestedModel)
            + " in organization org-mockupstream on requests per min (RPM): Limit 3, Used 3, "
              "Requested 1. Please try again in 20s.";
        reply.addHeader("retry-after", "1");
        break;
    case 500:
        type = "server_error";
        text = "The server had an error while processing your request. Sorry about that!";
        break;
    case 503:
        type = "server_error";
        text = "The engine is currently overloaded, please try again later.";
        break;
    default:
        if (text.isEmpty())
            text = "Invalid value for 'messages': expected an array of message objects.";
        break;
    }
    reply.body = "{\"error\":{\"message\":" + MockResponses::jsonString(text) + ",\"type\":\""
        + type + "\",\"param\":null,\"code\":" + code + "}}";
    return reply;
}

MockReply MockOpenAiResponses::notFound(const MockCall &call)
{
    MockReply reply = start(call, 404, false);
    reply.body = "{\"error\":{\"message\":"
        + MockResponses::jsonString(
                     QByteArray("Invalid URL (" + call.method + ' ' + call.path + ')'))
        + ",\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}";
    return reply;
}

MockReply MockOpenAiResponses::invalidJson(const MockCall &call)
{
    MockReply reply = start(call, 200, false);
    reply.body = QByteArrayLiteral("not json");
    return reply;
}
