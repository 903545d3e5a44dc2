#include "usageextractor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace {

qint64 count(const QJsonObject &object, QLatin1String key)
{
    // Counts are integers on the wire; toInteger() also accepts 12.0 and gives 0 for
    // strings and nulls. A negative count is nonsense and must not lower a cost.
    return qMax<qint64>(0, object.value(key).toInteger());
}

bool has(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return !value.isUndefined() && !value.isNull();
}

// Keeps subsets within their totals whatever a provider sends, so that no cost term
// can be negative or counted twice.
TokenUsage clamped(TokenUsage usage)
{
    usage.cachedInputTokens = qMin(usage.cachedInputTokens, usage.inputTokens);
    usage.cacheWriteTokens
        = qMin(usage.cacheWriteTokens, usage.inputTokens - usage.cachedInputTokens);
    usage.cacheWrite1hTokens = qMin(usage.cacheWrite1hTokens, usage.cacheWriteTokens);
    usage.reasoningTokens = qMin(usage.reasoningTokens, usage.outputTokens);
    return usage;
}

std::optional<TokenUsage> fromOpenAiUsage(const QJsonObject &usage)
{
    TokenUsage tokens;
    if (has(usage, QLatin1String("prompt_tokens"))
        || has(usage, QLatin1String("completion_tokens"))) {
        // chat/completions, legacy completions, embeddings (no completion_tokens)
        tokens.inputTokens = count(usage, QLatin1String("prompt_tokens"));
        tokens.outputTokens = count(usage, QLatin1String("completion_tokens"));
        const QJsonObject promptDetails
            = usage.value(QLatin1String("prompt_tokens_details")).toObject();
        if (has(promptDetails, QLatin1String("cached_tokens")))
            tokens.cachedInputTokens = count(promptDetails, QLatin1String("cached_tokens"));
        else // DeepSeek's own spelling; also included in prompt_tokens
            tokens.cachedInputTokens = count(usage, QLatin1String("prompt_cache_hit_tokens"));
        tokens.reasoningTokens
            = count(usage.value(QLatin1String("completion_tokens_details")).toObject(),
                    QLatin1String("reasoning_tokens"));
    } else if (has(usage, QLatin1String("input_tokens"))
               || has(usage, QLatin1String("output_tokens"))) {
        // Responses API
        tokens.inputTokens = count(usage, QLatin1String("input_tokens"));
        tokens.outputTokens = count(usage, QLatin1String("output_tokens"));
        tokens.cachedInputTokens
            = count(usage.value(QLatin1String("input_tokens_details")).toObject(),
                    QLatin1String("cached_tokens"));
        tokens.reasoningTokens
            = count(usage.value(QLatin1String("output_tokens_details")).toObject(),
                    QLatin1String("reasoning_tokens"));
    } else {
        return std::nullopt;
    }
    return clamped(tokens);
}

std::optional<TokenUsage> fromAnthropicUsage(const QJsonObject &usage)
{
    if (!has(usage, QLatin1String("input_tokens")) && !has(usage, QLatin1String("output_tokens")))
        return std::nullopt;

    const qint64 cacheRead = count(usage, QLatin1String("cache_read_input_tokens"));
    const QJsonObject byTtl = usage.value(QLatin1String("cache_creation")).toObject();
    const qint64 write1h = count(byTtl, QLatin1String("ephemeral_1h_input_tokens"));
    // cache_creation_input_tokens is the total of all TTLs; older answers only have the
    // total, a few proxies only the per-TTL object.
    const qint64 cacheWrite = has(usage, QLatin1String("cache_creation_input_tokens"))
        ? count(usage, QLatin1String("cache_creation_input_tokens"))
        : count(byTtl, QLatin1String("ephemeral_5m_input_tokens")) + write1h;

    TokenUsage tokens;
    tokens.inputTokens = count(usage, QLatin1String("input_tokens")) + cacheRead + cacheWrite;
    tokens.cachedInputTokens = cacheRead;
    tokens.cacheWriteTokens = cacheWrite;
    tokens.cacheWrite1hTokens = write1h;
    tokens.outputTokens = count(usage, QLatin1String("output_tokens"));
    return clamped(tokens);
}

QJsonObject parseObject(const QByteArray &body)
{
    // A malformed body parses to an empty object, which has no usage and no model.
    return QJsonDocument::fromJson(body).object();
}

} // namespace

std::optional<TokenUsage> UsageExtractor::fromResponseBody(WireFormat format,
                                                           const QByteArray &body)
{
    // Bodies can be megabytes (embeddings, long answers); skip the parse when there is no
    // usage to find. A string value cannot contain this byte sequence unescaped.
    if (!body.contains("\"usage\""))
        return std::nullopt;
    return fromResponseObject(format, parseObject(body));
}

std::optional<TokenUsage> UsageExtractor::fromResponseObject(WireFormat format,
                                                             const QJsonObject &response)
{
    const QJsonValue usage = response.value(QLatin1String("usage"));
    if (!usage.isObject())
        return std::nullopt;
    return fromUsageObject(format, usage.toObject());
}

std::optional<TokenUsage> UsageExtractor::fromUsageObject(WireFormat format,
                                                          const QJsonObject &usage)
{
    switch (format) {
    case WireFormat::OpenAi:
        return fromOpenAiUsage(usage);
    case WireFormat::Anthropic:
        return fromAnthropicUsage(usage);
    }
    return std::nullopt;
}

QString UsageExtractor::servedModel(const QByteArray &body)
{
    if (!body.contains("\"model\""))
        return {};
    return servedModel(parseObject(body));
}

QString UsageExtractor::servedModel(const QJsonObject &response)
{
    return response.value(QLatin1String("model")).toString();
}
