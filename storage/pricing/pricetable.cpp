#include "pricetable.h"
#include "pricinglog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace {

bool isDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isDigitAt(QStringView s, qsizetype i)
{
    return i >= 0 && i < s.size() && s[i] >= u'0' && s[i] <= u'9';
}

// Length of a trailing "-vN" (Bedrock and Vertex revision tags), 0 if there is none.
qsizetype revisionTagLength(QStringView s)
{
    const qsizetype dash = s.lastIndexOf(u'-');
    if (dash < 0 || dash + 1 >= s.size() || s[dash + 1] != u'v' || !isDigits(s.mid(dash + 2)))
        return 0;
    return s.size() - dash;
}

// Length of one trailing version decoration that does not change the price, 0 if none.
// Hand-written rather than regular expressions: this runs on every call.
qsizetype versionSuffixLength(QStringView s)
{
    if (s.endsWith(QLatin1String("-latest")))
        return 7;

    // Vertex AI: claude-3-7-sonnet@20250219, claude-3-5-sonnet-v2@20241022
    const qsizetype at = s.lastIndexOf(u'@');
    if (at > 0 && isDigits(s.mid(at + 1)))
        return s.size() - at + revisionTagLength(s.left(at));

    // Bedrock: anthropic.claude-3-5-sonnet-20241022-v2:0
    const qsizetype colon = s.lastIndexOf(u':');
    if (colon > 0 && isDigits(s.mid(colon + 1))) {
        const qsizetype tag = revisionTagLength(s.left(colon));
        if (tag > 0)
            return s.size() - colon + tag;
    }

    // OpenAI: -2024-08-06
    const qsizetype n = s.size();
    if (n > 11 && s[n - 11] == u'-' && isDigits(s.mid(n - 10, 4)) && s[n - 6] == u'-'
        && isDigits(s.mid(n - 5, 2)) && s[n - 3] == u'-' && isDigits(s.mid(n - 2)))
        return 11;

    // Anthropic -20241022, OpenAI -0613/-0125, Mistral -2411, Gemini -001. Other lengths
    // are left alone: "-32768" in mixtral-8x7b-32768 is a context size, not a date.
    const qsizetype dash = s.lastIndexOf(u'-');
    if (dash > 0) {
        const QStringView digits = s.mid(dash + 1);
        if (isDigits(digits) && (digits.size() == 3 || digits.size() == 4 || digits.size() == 8))
            return digits.size() + 1;
    }
    return 0;
}

// Length of a leading Bedrock region or vendor prefix ("us.", "anthropic."): letters only,
// so that a dotted version like "gpt-4.1" is never taken for one.
qsizetype vendorDotPrefixLength(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && s[i] >= u'a' && s[i] <= u'z')
        ++i;
    return (i > 0 && i + 1 < s.size() && s[i] == u'.') ? i + 1 : 0;
}

// "claude-3.5-sonnet" -> "claude-3-5-sonnet": OpenRouter and others dot the versions that
// Anthropic's own names dash.
QString dashVersionDots(const QString &s)
{
    QString dashed = s;
    for (qsizetype i = 1; i + 1 < dashed.size(); ++i) {
        if (dashed[i] == u'.' && isDigitAt(dashed, i - 1) && isDigitAt(dashed, i + 1))
            dashed[i] = u'-';
    }
    return dashed;
}

bool samePrices(const ModelPrice &a, const ModelPrice &b)
{
    return a.inputPerM == b.inputPerM && a.outputPerM == b.outputPerM
        && a.cachedInputPerM == b.cachedInputPerM && a.cacheWritePerM == b.cacheWritePerM
        && a.cacheWrite1hPerM == b.cacheWrite1hPerM && a.reasoningPerM == b.reasoningPerM;
}

} // namespace

PriceTable PriceTable::builtIn()
{
    // Parsed once: the table is read-only and immutable; callers get cheap shared copies.
    static const PriceTable table = [] {
        PriceTable builtIn;
        QFile file(QStringLiteral(":/prices/prices.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcPricing) << "built-in price table missing:" << file.errorString();
            return builtIn;
        }
        QString error;
        if (!builtIn.loadJson(file.readAll(), &error))
            qCWarning(lcPricing) << "built-in price table invalid:" << error;
        return builtIn;
    }();
    return table;
}

bool PriceTable::loadJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QLatin1String("invalid JSON at offset ") + QString::number(parseError.offset)
                    + QLatin1String(": ") + parseError.errorString());
    if (!document.isObject())
        return fail(QStringLiteral("the price table must be a JSON object"));

    const QJsonObject root = document.object();
    const QJsonValue models = root.value(QLatin1String("models"));
    if (!models.isObject())
        return fail(QStringLiteral("\"models\" must be an object of model name -> prices"));

    // Parse everything before touching the table, so a bad entry leaves it as it was.
    QList<ModelPrice> parsed;
    const QJsonObject modelObject = models.toObject();
    parsed.reserve(modelObject.size());
    for (auto it = modelObject.constBegin(); it != modelObject.constEnd(); ++it) {
        if (it.key().trimmed().isEmpty())
            return fail(QStringLiteral("a model name is empty"));
        if (!it.value().isObject())
            return fail(it.key() + QLatin1String(": must be an object of prices"));
        std::optional<ModelPrice> price
            = ModelPrice::fromJson(it.key(), it.value().toObject(), error);
        if (!price)
            return false;
        parsed.append(std::move(*price));
    }

    for (const ModelPrice &price : std::as_const(parsed))
        insert(price);
    const QJsonValue updated = root.value(QLatin1String("updated"));
    if (updated.isString())
        m_updated = updated.toString();
    return true;
}

void PriceTable::insert(const ModelPrice &price)
{
    const QString key = price.model.trimmed().toLower();
    m_prices.insert(key, price);
    const qsizetype slash = key.lastIndexOf(u'/');
    if (slash >= 0 && slash + 1 < key.size()) {
        QStringList &keys = m_prefixedByBareName[key.mid(slash + 1)];
        if (!keys.contains(key)) {
            keys.append(key);
            keys.sort(); // the same answer whatever the insertion order
        }
    }
}

void PriceTable::merge(const PriceTable &overrides)
{
    for (const ModelPrice &price : overrides.m_prices)
        insert(price);
}

QList<ModelPrice> PriceTable::all() const
{
    QList<ModelPrice> prices = m_prices.values();
    std::sort(prices.begin(), prices.end(), [](const ModelPrice &a, const ModelPrice &b) {
        return a.model.compare(b.model, Qt::CaseInsensitive) < 0;
    });
    return prices;
}

std::optional<ModelPrice> PriceTable::find(const QString &model) const
{
    if (m_prices.isEmpty())
        return std::nullopt;
    const QString key = model.trimmed().toLower();
    if (key.isEmpty())
        return std::nullopt;
    if (const ModelPrice *price = resolve(key))
        return *price;
    const QString dashed = dashVersionDots(key);
    if (dashed != key) {
        if (const ModelPrice *price = resolve(dashed))
            return *price;
    }
    return std::nullopt;
}

const ModelPrice *PriceTable::lookup(QStringView key) const
{
    // Qt 6.4's QHash has no heterogeneous lookup; the names are short, the copy is cheap.
    const QString name = key.toString();
    const auto it = m_prices.constFind(name);
    if (it != m_prices.constEnd())
        return &it.value();

    const auto prefixed = m_prefixedByBareName.constFind(name);
    if (prefixed == m_prefixedByBareName.constEnd())
        return nullptr;
    const ModelPrice *first = nullptr;
    for (const QString &prefixedKey : *prefixed) {
        const ModelPrice &candidate = *m_prices.constFind(prefixedKey);
        if (!first)
            first = &candidate;
        else if (!samePrices(*first, candidate))
            return nullptr; // e.g. azure/x and openrouter/x at different prices
    }
    return first;
}

const ModelPrice *PriceTable::resolve(QStringView key) const
{
    if (const ModelPrice *price = lookup(key))
        return price;

    for (qsizetype slash = key.indexOf(u'/'); slash >= 0; slash = key.indexOf(u'/')) {
        key = key.mid(slash + 1);
        if (const ModelPrice *price = lookup(key))
            return price;
    }

    for (qsizetype prefix = vendorDotPrefixLength(key); prefix > 0;
         prefix = vendorDotPrefixLength(key)) {
        key = key.mid(prefix);
        if (const ModelPrice *price = lookup(key))
            return price;
    }

    for (qsizetype suffix = versionSuffixLength(key); suffix > 0 && suffix < key.size();
         suffix = versionSuffixLength(key)) {
        key.chop(suffix);
        if (const ModelPrice *price = lookup(key))
            return price;
    }
    return nullptr;
}
