#pragma once

// The API dialect a provider speaks on the wire. It decides how usage is read from a
// response: OpenAI counts cached and reasoning tokens inside its totals, Anthropic
// reports cache reads and writes beside input_tokens. OpenAI-compatible providers
// (Groq, DeepSeek, Mistral, Gemini's compatibility endpoint, ...) use OpenAi.
enum class WireFormat {
    OpenAi,
    Anthropic,
};
