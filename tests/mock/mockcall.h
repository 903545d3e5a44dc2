#pragma once

#include "mockhttprequest.h"

#include <QJsonObject>

// What the mock is going to answer to one request, decided from its route, its JSON
// body and its x-mock-* headers before a byte of the answer is built.
//
// Token numbers (every value below can be forced per request by a header):
//   prompt          x-mock-prompt-tokens    default estimatePromptTokens(body)
//   cached          x-mock-cached-tokens    default 0
//   cache write     x-mock-cache-write-tokens     default 0 (Anthropic; both TTLs)
//   cache write 1h  x-mock-cache-write-1h-tokens  default 0 (subset of cache write)
//   reasoning       x-mock-reasoning-tokens default 0
//   completion      x-mock-completion-tokens default chunks + reasoning
// "prompt" is the figure the provider itself reports: OpenAI prompt_tokens and
// Responses input_tokens (both include cached), Anthropic input_tokens (which
// excludes cache reads and writes). Completion tokens include reasoning tokens.
// Stream shape: x-mock-chunks (default MockUpstream::chunkCount()) text deltas,
// x-mock-chunk-delay-ms (default MockUpstream::chunkDelay()) between SSE events.
struct MockCall
{
    enum class Route {
        ChatCompletions,
        Completions,
        Embeddings,
        Responses,
        OpenAiModels,
        Messages,
        CountTokens,
        AnthropicModels,
        NotFound,
    };

    // Faults asked for by "x-mock-scenario" (comma-separated, combinable).
    struct Scenario
    {
        int errorStatus = 0; // 400, 429, 500 or 529
        bool streamError = false;
        bool disconnectMidStream = false;
        bool hang = false;
        bool invalidJson = false;
        bool noUsage = false;
        bool gzip = false;
        int slowFirstByteMs = 0;
        qint64 bigBytes = 0;
    };

    Route route = Route::NotFound;
    bool anthropic = false; // wire format of the answer, errors included
    QByteArray method;
    QByteArray path;
    QJsonObject body;
    QByteArray requestedModel;
    QByteArray servedModel;
    bool stream = false;
    bool includeUsage = false; // stream_options.include_usage
    bool acceptsGzip = false;
    int chunks = 0;
    int chunkDelayMs = 0;

    qint64 promptTokens = 0;
    qint64 cachedTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 cacheWrite1hTokens = 0;
    qint64 completionTokens = 0;
    qint64 reasoningTokens = 0;

    Scenario scenario;
    quint64 serial = 0; // per-process request number, the root of every id in the answer
    int invalidStatus = 0; // the request itself is wrong: answer with this status ...
    QByteArray invalidMessage; // ... and this message

    static MockCall fromRequest(const MockHttpRequest &request, quint64 serial, int defaultChunks,
                                int defaultChunkDelayMs);

    // ceil(L / 4) + 3, where L is the total UTF-16 length of every string inside the body's
    // "messages", "system", "prompt", "input" and "instructions" fields, not counting the
    // values of "role" and "type" keys.
    static qint64 estimatePromptTokens(const QJsonObject &body);
    // gpt-4o-mini -> gpt-4o-mini-2024-07-18 and the like; unknown models come back as is.
    static QByteArray servedModelFor(const QByteArray &requested);
    static Route routeFor(const QByteArray &method, const QByteArray &path, bool anthropicVersion);
    // The text of content chunk `index` (0-based); a whole answer is these concatenated.
    static QByteArray chunkText(int index);
    static QByteArray completionText(int chunks);
};
