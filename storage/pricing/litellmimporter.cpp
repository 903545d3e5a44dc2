#include "litellmimporter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace {

// LiteLLM stores 2.5e-06 per token; times 1e6 that is 2.4999999999999996. Rounding to
// 1e-9 dollars per million gives back the published 2.5 (and keeps 0.0375-style prices).
double perMillion(double perToken)
{
    return std::round(perToken * 1e15) / 1e9;
}

std::optional<double> perTokenPrice(const QJsonObject &entry, QLatin1String key)
{
    const QJsonValue value = entry.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < 0)
        return std::nullopt;
    return perMillion(value.toDouble());
}

} // namespace

std::optional<QList<ModelPrice>> LiteLlmImporter::parse(const QByteArray &json, QString *error,
                                                        int *skipped)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                ? QLatin1String("invalid JSON at offset ") + QString::number(parseError.offset)
                    + QLatin1String(": ") + parseError.errorString()
                : QStringLiteral("expected a JSON object of model name -> prices");
        }
        return std::nullopt;
    }

    const QJsonObject root = document.object();
    QList<ModelPrice> prices;
    prices.reserve(root.size());
    int left = 0;
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key() == QLatin1String("sample_spec"))
            continue; // documentation of the format, not a model
        const QJsonObject entry = it.value().toObject();
        const std::optional<double> input
            = perTokenPrice(entry, QLatin1String("input_cost_per_token"));
        const std::optional<double> output
            = perTokenPrice(entry, QLatin1String("output_cost_per_token"));
        if (it.key().trimmed().isEmpty() || !input || !output) {
            ++left;
            continue;
        }
        ModelPrice price;
        price.model = it.key();
        price.inputPerM = *input;
        price.outputPerM = *output;
        price.cachedInputPerM = perTokenPrice(entry, QLatin1String("cache_read_input_token_cost"));
        price.cacheWritePerM
            = perTokenPrice(entry, QLatin1String("cache_creation_input_token_cost"));
        price.cacheWrite1hPerM
            = perTokenPrice(entry, QLatin1String("cache_creation_input_token_cost_above_1hr"));
        price.reasoningPerM
            = perTokenPrice(entry, QLatin1String("output_cost_per_reasoning_token"));
        prices.append(std::move(price));
    }
    if (skipped)
        *skipped = left;
    return prices;
}
