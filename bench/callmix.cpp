#include "callmix.h"

namespace {

// Indices into CallMix::models(), for the tools' weights.
enum ModelIndex {
    Gpt4o,
    Gpt4oMini,
    Gpt41,
    Gpt41Mini,
    Gpt5Mini,
    O3Mini,
    O4Mini,
    Embedding3Small,
    Sonnet45,
    Haiku45,
    Haiku35,
    Opus41,
};

CallMix::Tool tool(const char *userAgent, const char *clientTool, double share,
                   double streamedShare, double inputMedianTokens, double cacheReadShare,
                   bool usesResponsesApi, std::initializer_list<std::pair<ModelIndex, double>> mix)
{
    CallMix::Tool t;
    t.userAgent = QString::fromLatin1(userAgent);
    t.clientTool = QString::fromLatin1(clientTool);
    t.share = share;
    t.streamedShare = streamedShare;
    t.inputMedianTokens = inputMedianTokens;
    t.cacheReadShare = cacheReadShare;
    t.usesResponsesApi = usesResponsesApi;
    for (const auto &[model, weight] : mix)
        t.modelWeights[model] = weight;
    return t;
}

CallMix::Error error(const char *provider, int status, const char *type, const char *message,
                     double weight, double latencyMedianS)
{
    return {QString::fromLatin1(provider), status, QString::fromLatin1(type),
            QString::fromUtf8(message),    weight, latencyMedianS};
}

} // namespace

const std::array<CallMix::Model, CallMix::ModelCount> &CallMix::models()
{
    auto model = [](const char *provider, const char *requested, const char *served, Kind kind,
                    double ttftMedianS, double outputTokensPerS) {
        return Model{QString::fromLatin1(provider),
                     QString::fromLatin1(requested),
                     QString::fromLatin1(served),
                     kind,
                     ttftMedianS,
                     outputTokensPerS};
    };
    // Served names are the dated snapshots the providers answer with; PriceTable maps them back
    // to the table's entries, as it does for real traffic.
    static const std::array<Model, ModelCount> table = {
        model("openai", "gpt-4o", "gpt-4o-2024-08-06", Kind::Chat, 0.55, 75),
        model("openai", "gpt-4o-mini", "gpt-4o-mini-2024-07-18", Kind::Chat, 0.4, 95),
        model("openai", "gpt-4.1", "gpt-4.1-2025-04-14", Kind::Chat, 0.6, 70),
        model("openai", "gpt-4.1-mini", "gpt-4.1-mini-2025-04-14", Kind::Chat, 0.45, 90),
        model("openai", "gpt-5-mini", "gpt-5-mini-2025-08-07", Kind::Reasoning, 3.5, 80),
        model("openai", "o3-mini", "o3-mini-2025-01-31", Kind::Reasoning, 4.0, 120),
        model("openai", "o4-mini", "o4-mini-2025-04-16", Kind::Reasoning, 3.0, 110),
        model("openai", "text-embedding-3-small", "text-embedding-3-small", Kind::Embedding, 0.3,
              0),
        model("anthropic", "claude-sonnet-4-5", "claude-sonnet-4-5-20250929", Kind::Chat, 1.1, 60),
        model("anthropic", "claude-haiku-4-5", "claude-haiku-4-5-20251001", Kind::Chat, 0.6, 110),
        model("anthropic", "claude-3-5-haiku", "claude-3-5-haiku-20241022", Kind::Chat, 0.7, 65),
        model("anthropic", "claude-opus-4-1", "claude-opus-4-1-20250805", Kind::Chat, 1.8, 35),
    };
    return table;
}

const std::vector<CallMix::Tool> &CallMix::tools()
{
    static const std::vector<Tool> table = {
        tool("claude-cli/2.0.14 (external, cli)", "claude-code", 30, 0.95, 18000, 0.9, false,
             {{Sonnet45, 60}, {Haiku45, 25}, {Opus41, 10}, {Haiku35, 5}}),
        tool("OpenAI/Python 1.99.9", "openai-python", 30, 0.35, 1200, 0.25, false,
             {{Gpt4oMini, 35}, {Embedding3Small, 30}, {Gpt41Mini, 15}, {Gpt4o, 15}, {O3Mini, 5}}),
        tool("aider/0.86.1 litellm/1.76.0", "aider", 12, 0.7, 9000, 0.5, false,
             {{Sonnet45, 40}, {Gpt41, 30}, {O3Mini, 15}, {Gpt4o, 15}}),
        tool("Anthropic/Python 0.69.0", "anthropic-python", 14, 0.4, 2500, 0.3, false,
             {{Haiku35, 40}, {Haiku45, 30}, {Sonnet45, 30}}),
        tool("codex_cli_rs/0.46.0 (Debian 12.0.0; x86_64) xterm-256color", "codex", 10, 0.9, 14000,
             0.8, true, {{Gpt5Mini, 55}, {O4Mini, 25}, {Gpt41, 20}}),
        tool("curl/8.5.0", "curl", 4, 0.1, 300, 0, false,
             {{Gpt4oMini, 60}, {Gpt4o, 20}, {Haiku35, 20}}),
    };
    return table;
}

const std::vector<CallMix::Error> &CallMix::errors()
{
    static const std::vector<Error> table = {
        error("openai", 429, "rate_limit_exceeded",
              "Rate limit reached for %1 in organization org-Xk4mP2vQ9rT7 on tokens per min "
              "(TPM): Limit 200000, Used 1%3, Requested 2410. Please try again in 723ms. Visit "
              "https://platform.openai.com/account/rate-limits to learn more.",
              40, 0.25),
        error("openai", 400, "context_length_exceeded",
              "This model's maximum context length is 128000 tokens. However, your messages "
              "resulted in 2%3 tokens. Please reduce the length of the messages.",
              20, 0.3),
        error("openai", 401, "invalid_api_key",
              "Incorrect API key provided: sk-proj-****%3. You can find your API key at "
              "https://platform.openai.com/account/api-keys.",
              5, 0.15),
        error("openai", 500, "server_error",
              "The server had an error while processing your request. Sorry about that!", 10, 2.0),
        error("openai", 503, "server_error",
              "The engine is currently overloaded, please try again later.", 12, 1.5),
        error("anthropic", 429, "rate_limit_error",
              "This request would exceed the rate limit for your organization of 400,000 input "
              "tokens per minute. For details, refer to: "
              "https://docs.claude.com/en/api/rate-limits.",
              40, 0.25),
        error("anthropic", 400, "invalid_request_error",
              "prompt is too long: 2%3 tokens > 200000 maximum", 20, 0.4),
        error("anthropic", 401, "authentication_error", "invalid x-api-key", 5, 0.15),
        error("anthropic", 500, "api_error", "Internal server error", 10, 3.0),
        error("anthropic", 529, "overloaded_error", "Overloaded", 12, 1.0),
        error("", 502, "upstream_unreachable",
              "LLM Ledger could not get an answer from provider \"%2\": Connection refused", 3,
              0.05),
        error("", 504, "upstream_timeout",
              "LLM Ledger could not get an answer from provider \"%2\": Operation timed out", 3,
              55),
        error("", 499, "client_disconnected",
              "the client closed the connection before the answer was complete", 7, 4.0),
    };
    return table;
}
