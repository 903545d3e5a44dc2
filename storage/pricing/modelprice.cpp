#include "modelprice.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace {

const QLatin1String kInput("input");
const QLatin1String kCachedInput("cached_input");
const QLatin1String kCacheWrite("cache_write");
const QLatin1String kCacheWrite1h("cache_write_1h");
const QLatin1String kOutput("output");
const QLatin1String kReasoning("reasoning");

enum class Field { Absent, Invalid, Present };

Field readPrice(const QJsonObject &object, QLatin1String key, double *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return Field::Absent;
    if (!value.isDouble())
        return Field::Invalid;
    const double price = value.toDouble();
    if (!std::isfinite(price) || price < 0)
        return Field::Invalid;
    *out = price;
    return Field::Present;
}

void appendPrice(QByteArray &json, QLatin1String key, double price)
{
    if (json.size() > 1)
        json += ',';
    // Shortest round-trip form: 0.075 stays "0.075", not "0.074999999999999997".
    json += '"' + QByteArray(key.data(), key.size())
        + "\":" + QByteArray::number(price, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QByteArray ModelPrice::toJson() const
{
    QByteArray json("{");
    appendPrice(json, kInput, inputPerM);
    if (cachedInputPerM)
        appendPrice(json, kCachedInput, *cachedInputPerM);
    if (cacheWritePerM)
        appendPrice(json, kCacheWrite, *cacheWritePerM);
    if (cacheWrite1hPerM)
        appendPrice(json, kCacheWrite1h, *cacheWrite1hPerM);
    appendPrice(json, kOutput, outputPerM);
    if (reasoningPerM)
        appendPrice(json, kReasoning, *reasoningPerM);
    json += '}';
    return json;
}

QJsonObject ModelPrice::toJsonObject() const
{
    QJsonObject object{{kInput, inputPerM}, {kOutput, outputPerM}};
    if (cachedInputPerM)
        object.insert(kCachedInput, *cachedInputPerM);
    if (cacheWritePerM)
        object.insert(kCacheWrite, *cacheWritePerM);
    if (cacheWrite1hPerM)
        object.insert(kCacheWrite1h, *cacheWrite1hPerM);
    if (reasoningPerM)
        object.insert(kReasoning, *reasoningPerM);
    return object;
}

std::optional<ModelPrice> ModelPrice::fromJson(const QString &model, const QJsonObject &object,
                                               QString *error)
{
    const auto fail = [&](const QString &key, QLatin1String problem) {
        if (error)
            *error = model + u'.' + key + QLatin1String(": ") + problem;
        return std::nullopt;
    };

    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (key != kInput && key != kCachedInput && key != kCacheWrite && key != kCacheWrite1h
            && key != kOutput && key != kReasoning)
            return fail(key, QLatin1String("unknown price key"));
    }

    ModelPrice price;
    price.model = model;

    const QLatin1String invalid("must be a non-negative number");
    const QLatin1String required[] = {kInput, kOutput};
    double *const requiredFields[] = {&price.inputPerM, &price.outputPerM};
    for (int i = 0; i < 2; ++i) {
        switch (readPrice(object, required[i], requiredFields[i])) {
        case Field::Absent:
            return fail(required[i], QLatin1String("is required"));
        case Field::Invalid:
            return fail(required[i], invalid);
        case Field::Present:
            break;
        }
    }

    const QLatin1String optionalKeys[] = {kCachedInput, kCacheWrite, kCacheWrite1h, kReasoning};
    std::optional<double> *const optionalFields[] = {&price.cachedInputPerM, &price.cacheWritePerM,
                                                     &price.cacheWrite1hPerM, &price.reasoningPerM};
    for (int i = 0; i < 4; ++i) {
        double value = 0;
        switch (readPrice(object, optionalKeys[i], &value)) {
        case Field::Absent:
            break;
        case Field::Invalid:
            return fail(optionalKeys[i], invalid);
        case Field::Present:
            *optionalFields[i] = value;
            break;
        }
    }
    return price;
}
