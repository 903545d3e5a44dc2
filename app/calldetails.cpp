#include "calldetails.h"

#include "callformat.h"
#include "costcalculator.h"
#include "modelprice.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace {

// Appends {section, key, name, value, firstInSection} entries, one section after another.
class FieldList
{
public:
    void section(const QString &title)
    {
        m_section = title;
        m_first = true;
    }
    void add(const char *key, const QString &name, const QString &value)
    {
        m_fields.append(
            QVariantMap{{QStringLiteral("section"), m_section},
                        {QStringLiteral("key"), QLatin1String(key)},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("value"), value.isEmpty() ? CallFormat::unknown() : value},
                        {QStringLiteral("firstInSection"), m_first}});
        m_first = false;
    }
    QVariantList fields() const { return m_fields; }

private:
    QVariantList m_fields;
    QString m_section;
    bool m_first = true;
};

QString yesNo(bool value)
{
    return value ? CallDetails::tr("yes") : CallDetails::tr("no");
}

QString statusText(int status)
{
    return status == 0 ? CallDetails::tr("no answer") : QString::number(status);
}

QString usageSourceText(UsageSource source)
{
    switch (source) {
    case UsageSource::Provider:
        return CallDetails::tr("reported by the provider");
    case UsageSource::Estimated:
        return CallDetails::tr("estimated from the text (the provider reported none)");
    case UsageSource::None:
        break;
    }
    return CallDetails::tr("unknown");
}

// The token classes a call is billed by, each a part of TokenUsage that CostCalculator prices
// on its own.
enum class TokenClass { UncachedInput, CacheRead, CacheWrite5m, CacheWrite1h, Output, Reasoning };

qint64 tokensOf(TokenClass tokenClass, const TokenUsage &usage)
{
    switch (tokenClass) {
    case TokenClass::UncachedInput:
        return usage.uncachedInputTokens();
    case TokenClass::CacheRead:
        return usage.cachedInputTokens;
    case TokenClass::CacheWrite5m:
        return usage.cacheWrite5mTokens();
    case TokenClass::CacheWrite1h:
        return usage.cacheWrite1hTokens;
    case TokenClass::Output:
        return usage.visibleOutputTokens();
    case TokenClass::Reasoning:
        return usage.reasoningTokens;
    }
    return 0;
}

// A usage of `tokens` tokens of one class only, which CostCalculator prices like the rest.
TokenUsage usageOf(TokenClass tokenClass, qint64 tokens)
{
    TokenUsage usage;
    switch (tokenClass) {
    case TokenClass::UncachedInput:
        usage.inputTokens = tokens;
        break;
    case TokenClass::CacheRead:
        usage.inputTokens = usage.cachedInputTokens = tokens;
        break;
    case TokenClass::CacheWrite5m:
        usage.inputTokens = usage.cacheWriteTokens = tokens;
        break;
    case TokenClass::CacheWrite1h:
        usage.inputTokens = usage.cacheWriteTokens = usage.cacheWrite1hTokens = tokens;
        break;
    case TokenClass::Output:
        usage.outputTokens = tokens;
        break;
    case TokenClass::Reasoning:
        usage.outputTokens = usage.reasoningTokens = tokens;
        break;
    }
    return usage;
}

void addCost(CallDetails::Prepared &prepared, const CallRecord &record)
{
    if (!record.costUsd) {
        prepared.costNote = CallDetails::tr("No price was known for this model: the call has "
                                            "no cost.");
        return;
    }
    QJsonParseError jsonError;
    const QJsonDocument json = QJsonDocument::fromJson(record.priceJson, &jsonError);
    QString error = jsonError.errorString();
    const std::optional<ModelPrice> price = json.isObject()
        ? ModelPrice::fromJson(record.priceModel, json.object(), &error)
        : std::nullopt;
    if (!price) {
        prepared.costNote = record.priceJson.isEmpty()
            ? CallDetails::tr("The prices used were not recorded with this call.")
            : CallDetails::tr("The recorded prices cannot be read: %1").arg(error);
        return;
    }
    static const struct
    {
        TokenClass tokenClass;
        const char *key;
        const char *name;
    } classes[] = {
        {TokenClass::UncachedInput, "uncachedInput", QT_TRANSLATE_NOOP("CallDetails", "Input")},
        {TokenClass::CacheRead, "cacheRead", QT_TRANSLATE_NOOP("CallDetails", "Cache read")},
        {TokenClass::CacheWrite5m, "cacheWrite5m",
         QT_TRANSLATE_NOOP("CallDetails", "Cache write (5 min)")},
        {TokenClass::CacheWrite1h, "cacheWrite1h",
         QT_TRANSLATE_NOOP("CallDetails", "Cache write (1 h)")},
        {TokenClass::Output, "output", QT_TRANSLATE_NOOP("CallDetails", "Output")},
        {TokenClass::Reasoning, "reasoning", QT_TRANSLATE_NOOP("CallDetails", "Reasoning")},
    };
    const QLocale locale;
    for (const auto &c : classes) {
        const qint64 tokens = tokensOf(c.tokenClass, record.usage);
        // The price a class is charged at, fallbacks included: what a million of it costs.
        const double perMillion = CostCalculator::usd(*price, usageOf(c.tokenClass, 1000000));
        const double usd = CostCalculator::usd(*price, usageOf(c.tokenClass, tokens));
        prepared.costBreakdown.append(QVariantMap{
            {QStringLiteral("key"), QLatin1String(c.key)},
            {QStringLiteral("tokenClass"), CallDetails::tr(c.name)},
            {QStringLiteral("tokens"), tokens},
            {QStringLiteral("tokensText"), locale.toString(tokens)},
            {QStringLiteral("pricePerMillion"), perMillion},
            {QStringLiteral("priceText"), CallFormat::pricePerMillion(perMillion, locale)},
            {QStringLiteral("usd"), usd},
            {QStringLiteral("usdText"), CallFormat::usdExact(usd, locale)},
        });
    }
    prepared.costTotalUsd = CostCalculator::usd(*price, record.usage);
    prepared.costTotalText = CallFormat::usdExact(prepared.costTotalUsd, locale);
    if (std::abs(prepared.costTotalUsd - *record.costUsd) > 1e-9) {
        prepared.costNote = CallDetails::tr("The recorded cost, %1, differs from these prices "
                                            "applied to these tokens.")
                                .arg(CallFormat::usdExact(*record.costUsd, locale));
    }
}

} // namespace

CallDetails::CallDetails(QObject *parent) : QObject(parent) { }

void CallDetails::setLedger(LedgerReader *ledger)
{
    if (m_ledger == ledger)
        return;
    if (m_ledger)
        disconnect(m_ledger, nullptr, this, nullptr);
    m_ledger = ledger;
    if (m_ledger) // repriced or relabelled
        connect(m_ledger, &LedgerReader::ledgerChanged, this, &CallDetails::reload);
    Q_EMIT ledgerChanged();
    reload();
}

void CallDetails::setCallId(qint64 id)
{
    if (id == m_callId)
        return;
    m_callId = id;
    Q_EMIT callIdChanged();
    reload();
}

void CallDetails::reload()
{
    if (!m_ledger || m_callId <= 0) {
        m_query.cancel();
        setLoading(false);
        show({}, {});
        return;
    }
    setLoading(true);
    const qint64 id = m_callId;
    m_query.start(
        m_ledger,
        [id](CallQueries &queries) {
            QString keyLabel;
            const QList<ClientKey> keys = queries.clientKeys();
            // The call last: the result's error is that of the query that matters.
            const std::optional<CallRecord> record = queries.call(id);
            if (!record)
                return Prepared();
            for (const ClientKey &key : keys) {
                if (key.keyId == record->clientKeyId)
                    keyLabel = key.label;
            }
            return prepare(*record, keyLabel);
        },
        [this, id](const ReadResult<Prepared> &result) {
            setLoading(false);
            if (!result.error.isEmpty())
                show({}, result.error);
            else if (!result.value.found)
                show({}, tr("There is no call with id %1.").arg(id));
            else
                show(result.value, {});
        });
}

void CallDetails::show(const Prepared &prepared, const QString &error)
{
    m_shown = prepared;
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorStringChanged();
    }
    Q_EMIT detailsChanged();
}

void CallDetails::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

QString CallDetails::fieldValue(const QString &key) const
{
    for (const QVariant &field : m_shown.fields) {
        const QVariantMap map = field.toMap();
        if (map.value(QStringLiteral("key")).toString() == key)
            return map.value(QStringLiteral("value")).toString();
    }
    return {};
}

void CallDetails::copyToClipboard(const QString &text) const
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

CallDetails::Prepared CallDetails::prepare(const CallRecord &r, const QString &keyLabel)
{
    const QLocale locale;
    const TokenUsage &usage = r.usage;
    Prepared prepared;
    prepared.found = true;
    const QString model = r.servedModel.isEmpty() ? r.requestedModel : r.servedModel;
    QStringList title{model, statusText(r.httpStatus), CallFormat::localTime(r.startedAtMs)};
    title.removeAll(QString());
    prepared.title = title.join(QStringLiteral(" · "));

    FieldList f;
    f.section(tr("Request"));
    f.add("requestId", tr("Request id"), QString::fromUtf8(r.requestId));
    f.add("startedAt", tr("Started"),
          tr("%1 (%2)").arg(CallFormat::localTime(r.startedAtMs, locale),
                            CallFormat::utcTime(r.startedAtMs)));
    f.add("endpoint", tr("Endpoint"), r.endpoint);
    f.add("apiFormat", tr("API format"), r.apiFormat);
    f.add("provider", tr("Provider"), r.provider);
    f.add("requestedModel", tr("Requested model"), r.requestedModel);
    f.add("streamed", tr("Streamed"), yesNo(r.streamed));
    f.section(tr("Response"));
    f.add("servedModel", tr("Served model"), r.servedModel);
    f.add("httpStatus", tr("HTTP status"), statusText(r.httpStatus));
    f.add("errorType", tr("Error type"), r.errorType);
    f.add("errorMessage", tr("Error message"), r.errorMessage);
    f.add("upstreamRequestId", tr("Provider's request id"), r.upstreamRequestId);
    f.add("cacheHit", tr("Cache hit"), yesNo(r.cacheHit));
    f.section(tr("Tokens"));
    f.add("inputTokens", tr("Input, all"), locale.toString(usage.inputTokens));
    f.add("uncachedInputTokens", tr("Input, uncached"),
          locale.toString(usage.uncachedInputTokens()));
    f.add("cachedInputTokens", tr("Cache read"), locale.toString(usage.cachedInputTokens));
    f.add("cacheWriteTokens", tr("Cache write"), locale.toString(usage.cacheWriteTokens));
    f.add("cacheWrite1hTokens", tr("Cache write with 1-hour TTL"),
          locale.toString(usage.cacheWrite1hTokens));
    f.add("outputTokens", tr("Output, all"), locale.toString(usage.outputTokens));
    f.add("reasoningTokens", tr("Output, reasoning"), locale.toString(usage.reasoningTokens));
    f.add("usageSource", tr("Counted"), usageSourceText(r.usageSource));
    f.section(tr("Timing"));
    f.add("latency", tr("Latency"), CallFormat::duration(r.latencyUs, locale));
    f.add("ttft", tr("Time to first token"), CallFormat::duration(r.ttftUs, locale));
    f.add("upstreamLatency", tr("Upstream"), CallFormat::duration(r.upstreamLatencyUs, locale));
    f.add("proxyOverhead", tr("Proxy overhead"), CallFormat::duration(r.proxyOverheadUs, locale));
    f.section(tr("Cost"));
    f.add("cost", tr("Cost"), r.costUsd ? CallFormat::usdExact(*r.costUsd, locale) : QString());
    f.add("cacheSavings", tr("Saved by prompt caching"),
          r.cacheSavingsUsd ? CallFormat::usdExact(*r.cacheSavingsUsd, locale) : QString());
    f.add("priceModel", tr("Priced as"), r.priceModel);
    f.add("prices", tr("Prices per million tokens"), QString::fromUtf8(r.priceJson));
    f.section(tr("Client"));
    const QString keyName = !keyLabel.isEmpty() ? keyLabel
        : !r.clientKeyHint.isEmpty()            ? r.clientKeyHint
                                                : r.clientKeyId;
    f.add("key", tr("Key"), keyName);
    f.add("keyId", tr("Key id"), r.clientKeyId);
    f.add("userAgent", tr("User agent"), r.userAgent);
    f.add("clientTool", tr("Client tool"), r.clientTool);
    prepared.fields = f.fields();

    addCost(prepared, r);
    prepared.requestBody = bodyText(r.requestBody, &prepared.requestBodyNote);
    prepared.responseBody = bodyText(r.responseBody, &prepared.responseBodyNote);
    return prepared;
}

QString CallDetails::bodyText(const QByteArray &body, QString *note)
{
    note->clear();
    if (body.size() <= maxBodyBytes) {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(body, &error);
        const QByteArray pretty = error.error == QJsonParseError::NoError
            ? json.toJson(QJsonDocument::Indented)
            : QByteArray();
        return QString::fromUtf8(!pretty.isEmpty() && pretty.size() <= maxBodyBytes ? pretty
                                                                                    : body);
    }
    // The start only, cut before a character rather than inside one.
    qsizetype end = maxBodyBytes;
    while (end > 0 && (uchar(body.at(end)) & 0xC0) == 0x80)
        --end;
    *note = tr("Only the first %1 of %2 are shown.")
                .arg(QLocale().formattedDataSize(end), QLocale().formattedDataSize(body.size()));
    return QString::fromUtf8(body.left(end));
}
