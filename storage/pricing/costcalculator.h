#pragma once

#include "pricetable.h"
#include "tokenusage.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct CostResult
{
    std::optional<double> usd; // empty: the model has no known price (never a made-up 0)
    QString priceModel; // the price-table entry used, e.g. "gpt-4o" for "gpt-4o-2024-08-06"
    QByteArray priceJson; // ModelPrice::toJson() of that entry, stored for audit and re-pricing
    // What prompt caching saved: the cost had every cached or cache-written prompt token been
    // billed as plain input, minus the cost. Negative when cache writes (billed at a premium)
    // outweigh cache reads. Empty when usd is.
    std::optional<double> cacheSavingsUsd;
};

// Turns normalised token counts into US dollars. Each token class is charged at its own
// price; a class the table has no price for is charged at the price it is a variant of:
// cache reads and 5-minute cache writes at the input price, 1-hour cache writes at the
// 5-minute write price (else input), reasoning at the output price. Those fallbacks match
// how providers without separate prices bill (OpenAI bills reasoning as output), and never
// charge a surcharge the table does not state.
class CostCalculator
{
public:
    static CostResult cost(const PriceTable &prices, const QString &model, const TokenUsage &usage);
    static double usd(const ModelPrice &price, const TokenUsage &usage);
    // A call's cost: priced by the model that served it, else by the one asked for
    // (a provider may answer with a name the table does not know).
    static CostResult costOfCall(const PriceTable &prices, const QString &servedModel,
                                 const QString &requestedModel, const TokenUsage &usage);
};
