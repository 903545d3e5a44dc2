#include "costcalculator.h"

CostResult CostCalculator::cost(const PriceTable &prices, const QString &model,
                                const TokenUsage &usage)
{
    const std::optional<ModelPrice> price = prices.find(model);
    if (!price)
        return {};
    TokenUsage uncached = usage;
    uncached.cachedInputTokens = 0;
    uncached.cacheWriteTokens = 0;
    uncached.cacheWrite1hTokens = 0;
    const double cost = usd(*price, usage);
    return {cost, price->model, price->toJson(), usd(*price, uncached) - cost};
}

double CostCalculator::usd(const ModelPrice &price, const TokenUsage &usage)
{
    const double cachedInput = price.cachedInputPerM.value_or(price.inputPerM);
    const double cacheWrite5m = price.cacheWritePerM.value_or(price.inputPerM);
    const double cacheWrite1h = price.cacheWrite1hPerM.value_or(cacheWrite5m);
    const double reasoning = price.reasoningPerM.value_or(price.outputPerM);

    // Sum in "dollars per million" and divide once: with prices like 2.5 or 1.25 the sum
    // stays exact and the single division rounds only once.
    const double perMillion = double(usage.uncachedInputTokens()) * price.inputPerM
        + double(usage.cachedInputTokens) * cachedInput
        + double(usage.cacheWrite5mTokens()) * cacheWrite5m
        + double(usage.cacheWrite1hTokens) * cacheWrite1h
        + double(usage.visibleOutputTokens()) * price.outputPerM
        + double(usage.reasoningTokens) * reasoning;
    return perMillion / 1e6;
}

CostResult CostCalculator::costOfCall(const PriceTable &prices, const QString &servedModel,
                                      const QString &requestedModel, const TokenUsage &usage)
{
    const QString model = servedModel.isEmpty() ? requestedModel : servedModel;
    CostResult result = cost(prices, model, usage);
    if (!result.usd && !requestedModel.isEmpty() && requestedModel != model)
        result = cost(prices, requestedModel, usage);
    return result;
}
