#pragma once

#include "modelprice.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Model name -> ModelPrice, and the rules that map the names clients and providers
// actually send ("openrouter/anthropic/claude-3.5-sonnet", "gpt-4o-2024-08-06",
// "anthropic.claude-3-5-sonnet-20241022-v2:0") onto a table entry. Matching only ever
// removes known decorations (provider prefixes, dates, version tags) and then needs an
// exact hit; it never matches by prefix, so "gpt-4o-mini" can never be priced as
// "gpt-4o" and an unknown fine-tune stays unpriced instead of being priced wrongly.
// A plain value (implicitly shared through QHash): copy it into each thread that needs it.
class PriceTable
{
public:
    // The table shipped in the binary (:/prices/prices.json), parsed once.
    static PriceTable builtIn();

    // Adds (or replaces) the models of a document in our format:
    // {"updated": "2025-11", "models": {"gpt-4o": {"input": 2.5, "output": 10}, ...}}.
    // Either every model is taken or, on error, none (and *error says why).
    bool loadJson(const QByteArray &json, QString *error);

    void insert(const ModelPrice &price); // replaces an entry of the same (case-insensitive) name
    void merge(const PriceTable &overrides);

    // The price for a model name as sent on the wire, or nullopt when unknown. Tried in
    // order, stopping at the first exact (case-insensitive) hit:
    //  1. the name itself (so a dated entry priced differently, like gpt-4o-2024-05-13, wins);
    //  2. after removing each leading "xxx/" in turn (openai/, openrouter/anthropic/, models/);
    //  3. after removing each Bedrock region/vendor prefix ("us.", "anthropic.");
    //  4. after removing each trailing version in turn: -latest, -v2:0, @20241022, -v2@20241022,
    //     -2024-08-06, -20241022, -0613/-2411, -001;
    //  5. steps 1-4 again with dotted versions dashed ("claude-3.5-sonnet" -> "claude-3-5-sonnet").
    // An entry named with a provider prefix, as LiteLLM names them
    // ("groq/llama-3.3-70b-versatile"), also answers to its bare name in each step, unless several
    // prefixed entries share that bare name with different prices: then there is no telling which
    // one applies.
    std::optional<ModelPrice> find(const QString &model) const;

    QList<ModelPrice> all() const; // sorted by model name
    qsizetype size() const { return m_prices.size(); }
    bool isEmpty() const { return m_prices.isEmpty(); }
    QString updated() const { return m_updated; } // the document's "updated", e.g. "2025-11"

private:
    const ModelPrice *lookup(QStringView key) const;
    const ModelPrice *resolve(QStringView key) const;

    QHash<QString, ModelPrice> m_prices; // keyed by the lower-cased model name
    // bare name -> the sorted keys of m_prices that carry it after a "xxx/" prefix
    QHash<QString, QStringList> m_prefixedByBareName;
    QString m_updated;
};
