#pragma once

#include "tokenusage.h"

#include <QByteArray>

// Rough token counts for answers that came without usage (some OpenAI-compatible
// servers, streams cut short): about four characters per token, the rule of thumb
// OpenAI documents for English text. Rows carrying these are marked "estimated".
class TokenEstimator
{
public:
    static qint64 tokensForCharacters(qint64 characters) { return (characters + 3) / 4; }
    // Characters of the text a request sends the model (messages, prompt, input, system...).
    static qint64 promptCharacters(const QByteArray &requestBody);
    // Characters of generated text in a non-streamed response body.
    static qint64 outputCharacters(const QByteArray &responseBody);
    static TokenUsage estimate(const QByteArray &requestBody, qint64 outputCharacters);
};
