#pragma once

#include <QString>

#include <array>
#include <vector>

// What a realistic ledger holds, as tables: the models people call through the proxy, the tools
// (one per client key) that call them and how, and the errors providers answer with. CallGenerator
// draws from these. The figures are plausible, not measured: chosen so that dashboards built on a
// generated ledger look like a real team's month (a coding agent on Claude, a backend on the
// OpenAI SDK, embeddings, a few reasoning models, rare errors).
class CallMix
{
public:
    enum class Kind {
        Chat,
        Reasoning, // reports reasoning tokens, thinks before its first token
        Embedding, // no output, never streamed
    };

    struct Model
    {
        QString provider; // configured provider id, also the wire format ("openai", "anthropic")
        QString requested; // what clients ask for
        QString served; // what the provider answers with (dated snapshot)
        Kind kind = Kind::Chat;
        double ttftMedianS = 0.6; // time to first token
        double outputTokensPerS = 60; // generation speed
    };

    static constexpr int ModelCount = 12;

    // One per client key (keys beyond the list reuse it with a smaller share of the traffic).
    struct Tool
    {
        QString userAgent;
        QString clientTool; // as ClientTool::recognise() names the user agent
        double share = 1; // relative traffic
        double streamedShare = 0.5; // of its non-embedding calls
        double inputMedianTokens = 1500;
        double cacheReadShare = 0.3; // calls that read a prompt cache
        bool usesResponsesApi = false; // OpenAI calls go to /v1/responses
        std::array<double, ModelCount> modelWeights{};
    };

    struct Error
    {
        QString provider; // whose error it is; empty: the proxy's own, for any provider
        int status = 0;
        QString type; // error.code or error.type, as ProxyService::readErrorBody() keeps it
        QString message; // %1: model, %2: provider id, %3: five digits that vary
        double weight = 1; // relative frequency among the errors of its provider
        double latencyMedianS = 0.3;
    };

    static const std::array<Model, ModelCount> &models();
    static const std::vector<Tool> &tools();
    static const std::vector<Error> &errors();
    static double errorShare() { return 0.03; }
    // Requests served through /v1/chat/completions rather than /v1/responses by OpenAI SDK users.
    static double chatCompletionsShare() { return 0.8; }
};
