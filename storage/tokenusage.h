#pragma once

#include <QtGlobal>

// Token counts of one call, normalised across providers so that cost maths and
// reports never need to know which wire format they came from.
//
// OpenAI reports prompt_tokens *including* cached tokens and completion_tokens
// *including* reasoning tokens; Anthropic reports input_tokens *excluding* cache
// reads and cache writes. Both are mapped here onto one convention: every
// "subset" field below is contained in its total.
struct TokenUsage
{
    qint64 inputTokens = 0; // every prompt token: uncached + cache reads + cache writes
    qint64 cachedInputTokens = 0; // cache reads (subset of inputTokens)
    qint64 cacheWriteTokens = 0; // cache writes of any TTL (subset of inputTokens)
    qint64 cacheWrite1hTokens = 0; // the 1-hour-TTL part of cacheWriteTokens
    qint64 outputTokens = 0; // every generated token, reasoning included
    qint64 reasoningTokens = 0; // subset of outputTokens

    qint64 uncachedInputTokens() const
    {
        return qMax<qint64>(0, inputTokens - cachedInputTokens - cacheWriteTokens);
    }
    qint64 cacheWrite5mTokens() const
    {
        return qMax<qint64>(0, cacheWriteTokens - cacheWrite1hTokens);
    }
    qint64 visibleOutputTokens() const { return qMax<qint64>(0, outputTokens - reasoningTokens); }
    qint64 totalTokens() const { return inputTokens + outputTokens; }

    friend bool operator==(const TokenUsage &a, const TokenUsage &b)
    {
        return a.inputTokens == b.inputTokens && a.cachedInputTokens == b.cachedInputTokens
            && a.cacheWriteTokens == b.cacheWriteTokens
            && a.cacheWrite1hTokens == b.cacheWrite1hTokens && a.outputTokens == b.outputTokens
            && a.reasoningTokens == b.reasoningTokens;
    }
    friend bool operator!=(const TokenUsage &a, const TokenUsage &b) { return !(a == b); }
};

// Where a call's token counts came from.
enum class UsageSource {
    None, // no usage known (e.g. the call failed before any answer)
    Provider, // reported by the provider in the response
    Estimated, // the provider reported nothing; the proxy estimated from text length
};
