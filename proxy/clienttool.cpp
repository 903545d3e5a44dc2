#include "clienttool.h"

#include <array>

QString ClientTool::recognise(const QByteArray &userAgent)
{
    struct Rule
    {
        const char *needle; // matched case-insensitively anywhere in the User-Agent
        const char *tool;
    };
    // Tools before the SDKs they are built on: Claude Code sends "claude-cli/…",
    // aider and Continue embed the OpenAI SDK's agent string after their own.
    static constexpr std::array<Rule, 14> rules{{
        {"claude-cli", "claude-code"},
        {"claude-code", "claude-code"},
        {"codex_cli", "codex"},
        {"codex", "codex"},
        {"cursor", "cursor"},
        {"aider", "aider"},
        {"continue", "continue"},
        {"litellm", "litellm"},
        {"openai/python", "openai-python"},
        {"openai/js", "openai-node"},
        {"anthropic/python", "anthropic-python"},
        {"anthropic/js", "anthropic-node"},
        {"curl/", "curl"},
        {"python-requests", "python-requests"},
    }};
    const QByteArray ua = userAgent.toLower();
    for (const Rule &rule : rules) {
        if (ua.contains(rule.needle))
            return QString::fromLatin1(rule.tool);
    }
    return ua.isEmpty() ? QString() : QStringLiteral("other");
}
