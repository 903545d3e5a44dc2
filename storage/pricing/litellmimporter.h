#pragma once

#include "modelprice.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Reads LiteLLM's community price list (model_prices_and_context_window.json), so users
// can refresh prices without a new release. Only per-token prices are taken, converted to
// our per-million form; entries priced otherwise (per image, per second, per character)
// or not at all are skipped, as is LiteLLM's "sample_spec" documentation entry. Names are
// kept as LiteLLM spells them ("openai/gpt-4o"): PriceTable::find() strips such prefixes.
// Tiered prices (e.g. *_above_200k_tokens) are ignored: the base tier is used.
class LiteLlmImporter
{
public:
    // nullopt (and *error) only when the document itself is unusable; *skipped counts the
    // entries left out.
    static std::optional<QList<ModelPrice>> parse(const QByteArray &json, QString *error,
                                                  int *skipped = nullptr);
};
