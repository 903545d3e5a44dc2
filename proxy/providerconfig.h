#pragma once

#include "wireformat.h"

#include <QString>
#include <QStringList>
#include <QUrl>

// One configured upstream provider: where it lives, which wire format it speaks,
// which models it serves and where the proxy gets the API key it forwards.
struct ProviderConfig
{
    enum class KeySource {
        Client, // forward the client's own Authorization / x-api-key unchanged
        Keychain, // inject a key stored in the OS keychain under keyName
        Environment, // inject the key held by environment variable keyName
        None, // send no key (local servers such as Ollama)
    };

    QString id;
    WireFormat kind = WireFormat::OpenAi;
    // As its SDK takes it: OpenAI-style URLs end in /v1, Anthropic-style ones don't.
    QUrl baseUrl;
    QStringList models; // exact names or globs with * and ?; empty = serves nothing by name
    KeySource keySource = KeySource::Client;
    QString keyName;
    bool local = false; // calls cost nothing (self-hosted models)

    bool servesModel(const QString &model) const;
};

// Glob matching with * and ? only. QRegularExpression's wildcard conversion in
// Qt 6.4 has path semantics ('*' stops at '/'), wrong for "openrouter/*".
bool globMatches(QStringView pattern, QStringView text);
