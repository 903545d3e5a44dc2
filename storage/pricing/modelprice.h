#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QJsonObject;

// The published prices of one model, in US dollars per million tokens, one field per
// token class that providers bill differently. Optional prices are absent when the
// provider has no separate price for that class; CostCalculator then falls back to the
// input price (cache reads and writes) or the output price (reasoning). The JSON form is
// what prices.json and user overrides use, and toJson() is stored with every call so
// that its cost can be audited or re-priced later.
struct ModelPrice
{
    QString model; // the price-table name, e.g. "gpt-4o"
    double inputPerM = 0; // uncached input
    double outputPerM = 0; // generated output
    std::optional<double> cachedInputPerM; // cache reads
    std::optional<double> cacheWritePerM; // cache writes with the 5-minute TTL
    std::optional<double> cacheWrite1hPerM; // cache writes with the 1-hour TTL
    std::optional<double> reasoningPerM; // reasoning tokens, if priced apart from output

    // Compact JSON of the prices, keys in the order a reader expects:
    // {"input":2.5,"cached_input":1.25,"output":10}. Absent optionals are omitted.
    QByteArray toJson() const;
    QJsonObject toJsonObject() const;

    // Reads the keys input, cached_input, cache_write, cache_write_1h, output, reasoning.
    // input and output are required; a null value counts as absent. Unknown keys are an
    // error, so that a typo in a user's override ("cache_read") cannot silently price
    // cache reads at the input price. On failure *error names the field, e.g.
    // "gpt-4o.output: must be a non-negative number".
    static std::optional<ModelPrice> fromJson(const QString &model, const QJsonObject &object,
                                              QString *error);

    friend bool operator==(const ModelPrice &a, const ModelPrice &b)
    {
        return a.model == b.model && a.inputPerM == b.inputPerM && a.outputPerM == b.outputPerM
            && a.cachedInputPerM == b.cachedInputPerM && a.cacheWritePerM == b.cacheWritePerM
            && a.cacheWrite1hPerM == b.cacheWrite1hPerM && a.reasoningPerM == b.reasoningPerM;
    }
    friend bool operator!=(const ModelPrice &a, const ModelPrice &b) { return !(a == b); }
};
