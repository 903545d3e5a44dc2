#pragma once

#include "tokenusage.h"
#include "wireformat.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QJsonObject;

// Reads a provider's usage report into TokenUsage, mapping each dialect's counting
// convention onto ours (every subset contained in its total):
//  - OpenAI chat/completions and legacy completions: prompt_tokens already includes
//    prompt_tokens_details.cached_tokens and completion_tokens already includes
//    completion_tokens_details.reasoning_tokens, so both are taken as they are.
//  - OpenAI Responses: the same with input_tokens/output_tokens and their *_details.
//  - OpenAI embeddings: prompt_tokens only.
//  - Anthropic: input_tokens EXCLUDES cache reads and writes, so inputTokens is the sum
//    input_tokens + cache_read_input_tokens + cache_creation_input_tokens; the 1-hour part
//    of the writes comes from cache_creation.ephemeral_1h_input_tokens.
// Anything without a usage object (errors, Anthropic's count_tokens answer, which is not
// billed, invalid JSON) gives nullopt: the call is then recorded without a cost.
class UsageExtractor
{
public:
    // A complete, non-streamed response body.
    static std::optional<TokenUsage> fromResponseBody(WireFormat format, const QByteArray &body);
    // The same for a body the caller has already parsed (saves parsing megabytes twice).
    static std::optional<TokenUsage> fromResponseObject(WireFormat format,
                                                        const QJsonObject &response);
    // Just the "usage" object; also used for the usage parts of streamed events.
    static std::optional<TokenUsage> fromUsageObject(WireFormat format, const QJsonObject &usage);

    // The response's top-level "model": the model that actually answered.
    static QString servedModel(const QByteArray &body);
    static QString servedModel(const QJsonObject &response);
};
