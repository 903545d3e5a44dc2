#include "callgenerator.h"

#include "costcalculator.h"

#include <QUuid>

#include <algorithm>

namespace {

constexpr qint64 hourMs = 3600000;
constexpr qint64 dayMs = 24 * hourMs;

// Relative volume per hour of the (UTC) day: a working day with a lunch dip and a quiet night.
constexpr double hourOfDay[24]
    = {0.15, 0.1,  0.08, 0.08, 0.1,  0.15, 0.3, 0.6, 0.9,  1.0, 1.0, 0.95,
       0.8,  0.95, 1.0,  1.0,  0.95, 0.8,  0.6, 0.5, 0.45, 0.4, 0.3, 0.2};
// Monday first: quieter Fridays, weekends a third of a weekday.
constexpr double dayOfWeek[7] = {1.0, 1.05, 1.05, 1.0, 0.9, 0.35, 0.3};

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

qint64 clampRound(double value, qint64 low, qint64 high)
{
    return std::clamp<qint64>(std::llround(value), low, high);
}

void accumulate(std::vector<double> &weights)
{
    double sum = 0;
    for (double &w : weights) {
        sum += w;
        w = sum;
    }
}

// The placeholders of CallMix::Error::message that it has (QString::arg() warns about the others).
QString errorMessage(QString text, const QString &model, const QString &provider, int number)
{
    return text.replace(QLatin1String("%1"), model)
        .replace(QLatin1String("%2"), provider)
        .replace(QLatin1String("%3"), QString::number(number));
}

} // namespace

CallGenerator::CallGenerator(const Options &options, PriceTable prices)
    : m_options(options), m_prices(std::move(prices)), m_rng(options.seed)
{
    // Keys come from an engine of their own: the same seed names the same keys whatever the
    // number of calls or days.
    std::mt19937_64 keyRng(options.seed ^ 0x9E3779B97F4A7C15ull);
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const std::vector<CallMix::Tool> &tools = CallMix::tools();
    for (int k = 0; k < qMax(1, options.keys); ++k) {
        ClientKey key;
        key.id = QString::number(keyRng(), 16).rightJustified(16, QLatin1Char('0'));
        QString last4;
        for (int i = 0; i < 4; ++i)
            last4 += QLatin1Char(alphabet[keyRng() % (sizeof(alphabet) - 1)]);
        key.hint = QStringLiteral("sk-…") + last4;
        key.tool = &tools[size_t(k) % tools.size()];
        // A second key of the same tool (a colleague, a CI job) carries less traffic.
        key.share = key.tool->share / double(1 + size_t(k) / tools.size());
        m_keys.append(key);
        m_keyWeights.push_back(key.share);
        m_modelWeightsByKey.emplace_back(key.tool->modelWeights.begin(),
                                         key.tool->modelWeights.end());
        accumulate(m_modelWeightsByKey.back());
    }
    accumulate(m_keyWeights);

    for (const CallMix::Error &error : CallMix::errors()) {
        const bool any = error.provider.isEmpty();
        m_openAiErrorWeights.push_back(
            any || error.provider == QLatin1String("openai") ? error.weight : 0);
        m_anthropicErrorWeights.push_back(
            any || error.provider == QLatin1String("anthropic") ? error.weight : 0);
    }
    accumulate(m_openAiErrorWeights);
    accumulate(m_anthropicErrorWeights);

    planHours();
}

double CallGenerator::uniform()
{
    return double(m_rng() >> 11) * 0x1.0p-53;
}

double CallGenerator::standardNormal()
{
    // Marsaglia's polar method; the second value of each pair is kept for the next call.
    if (m_spareNormal) {
        const double spare = *m_spareNormal;
        m_spareNormal.reset();
        return spare;
    }
    double u, v, s;
    do {
        u = 2 * uniform() - 1;
        v = 2 * uniform() - 1;
        s = u * u + v * v;
    } while (s >= 1 || s == 0);
    const double factor = std::sqrt(-2 * std::log(s) / s);
    m_spareNormal = v * factor;
    return u * factor;
}

int CallGenerator::pick(const std::vector<double> &cumulativeWeights)
{
    const double x = uniform() * cumulativeWeights.back();
    const auto it = std::upper_bound(cumulativeWeights.begin(), cumulativeWeights.end(), x);
    return int(std::min<ptrdiff_t>(it - cumulativeWeights.begin(),
                                   ptrdiff_t(cumulativeWeights.size()) - 1));
}

QString CallGenerator::hex(int digits)
{
    QString text;
    text.reserve(digits);
    while (text.size() < digits)
        text += QString::number(m_rng(), 16).rightJustified(16, QLatin1Char('0'));
    text.truncate(digits);
    return text;
}

// Calls per hour of the window: growth over the period x day of week x hour of day x a
// per-day jitter (and now and then a day with a batch job), apportioned so that they sum to
// exactly the number asked for.
void CallGenerator::planHours()
{
    const int days = qMax(1, m_options.days);
    const qint64 hours = qint64(days) * 24;
    m_windowStartMs = m_options.endMs - days * dayMs;
    const qint64 firstDay = floorDiv(m_windowStartMs, dayMs);
    std::vector<double> dayJitter;
    for (int d = 0; d <= days; ++d)
        dayJitter.push_back(logNormal(1.0, 0.12) * (chance(0.05) ? 1.6 : 1.0));

    std::vector<double> weights;
    weights.reserve(size_t(hours));
    for (qint64 h = 0; h < hours; ++h) {
        const qint64 startMs = m_windowStartMs + h * hourMs;
        const qint64 day = floorDiv(startMs, dayMs);
        const int weekday = int((day + 3) % 7); // 1970-01-01 was a Thursday; Monday = 0
        const int hourOfDayIndex = int((startMs - day * dayMs) / hourMs);
        const double growth = 0.55 + 0.9 * (double(h) + 0.5) / double(hours);
        weights.push_back(growth * dayOfWeek[weekday] * hourOfDay[hourOfDayIndex]
                          * dayJitter[size_t(day - firstDay)]);
    }
    accumulate(weights);
    const double total = weights.back();
    qint64 assigned = 0;
    for (double cumulative : weights) {
        const qint64 upTo = std::llround(double(m_options.calls) * cumulative / total);
        m_callsPerHour.push_back(upTo - assigned);
        assigned = upTo;
    }
    m_callsPerHour.back() += m_options.calls - assigned;
}

bool CallGenerator::refillHour()
{
    m_times.clear();
    m_nextTime = 0;
    while (m_hour < m_callsPerHour.size() && m_times.empty()) {
        const qint64 startMs = m_windowStartMs + qint64(m_hour) * hourMs;
        for (qint64 i = 0; i < m_callsPerHour[m_hour]; ++i)
            m_times.push_back(startMs + qint64(uniform() * double(hourMs)));
        ++m_hour;
    }
    std::sort(m_times.begin(), m_times.end());
    return !m_times.empty();
}

int CallGenerator::generate(std::vector<CallRecord> &batch, int max)
{
    int count = 0;
    while (count < max) {
        if (m_nextTime == m_times.size() && !refillHour())
            break;
        batch.push_back(call(m_times[m_nextTime++]));
        ++count;
    }
    m_generated += count;
    return count;
}

QByteArray CallGenerator::requestId(qint64 startedAtMs)
{
    // A UUIDv7 like the proxy's: time-ordered, so that the unique index grows at its end.
    const quint64 ms = quint64(startedAtMs) & 0xFFFFFFFFFFFFull;
    const quint64 tail = m_rng();
    const QUuid uuid(uint(ms >> 16), ushort(ms & 0xFFFF), ushort(0x7000 | (m_rng() & 0x0FFF)),
                     uchar(0x80 | (tail & 0x3F)), uchar(tail >> 8), uchar(tail >> 16),
                     uchar(tail >> 24), uchar(tail >> 32), uchar(tail >> 40), uchar(tail >> 48),
                     uchar(tail >> 56));
    return uuid.toByteArray(QUuid::WithoutBraces);
}

QString CallGenerator::providerRequestId(bool anthropic)
{
    return anthropic ? QStringLiteral("req_011C") + hex(22) : QStringLiteral("req_") + hex(32);
}

CallRecord CallGenerator::call(qint64 startedAtMs)
{
    CallRecord record;
    record.requestId = requestId(startedAtMs);
    record.startedAtMs = startedAtMs;

    const int keyIndex = pick(m_keyWeights);
    const ClientKey &key = m_keys.at(keyIndex);
    const CallMix::Model &model = CallMix::models()[size_t(pick(m_modelWeightsByKey[keyIndex]))];
    const bool anthropic = model.provider == QLatin1String("anthropic");
    record.provider = model.provider;
    record.apiFormat = model.provider;
    if (anthropic)
        record.endpoint = QStringLiteral("/v1/messages");
    else if (model.kind == CallMix::Kind::Embedding)
        record.endpoint = QStringLiteral("/v1/embeddings");
    else if (key.tool->usesResponsesApi || !chance(CallMix::chatCompletionsShare()))
        record.endpoint = QStringLiteral("/v1/responses");
    else
        record.endpoint = QStringLiteral("/v1/chat/completions");
    record.requestedModel = model.requested;
    record.streamed = model.kind != CallMix::Kind::Embedding && chance(key.tool->streamedShare);
    record.clientKeyId = key.id;
    record.clientKeyHint = key.hint;
    record.userAgent = key.tool->userAgent;
    record.clientTool = key.tool->clientTool;

    if (chance(CallMix::errorShare()))
        fillError(record, model);
    else
        fillSuccess(record, model, key);

    record.proxyOverheadUs = clampRound(logNormal(180, 0.4), 20, 5000);
    record.upstreamLatencyUs = qMax<qint64>(0, record.latencyUs - record.proxyOverheadUs);
    return record;
}

void CallGenerator::fillSuccess(CallRecord &record, const CallMix::Model &model,
                                const ClientKey &key)
{
    const bool anthropic = model.provider == QLatin1String("anthropic");
    record.httpStatus = 200;
    record.servedModel = model.served;
    record.usageSource = UsageSource::Provider;
    record.upstreamRequestId = providerRequestId(anthropic);

    TokenUsage &u = record.usage;
    if (model.kind == CallMix::Kind::Embedding) {
        u.inputTokens = clampRound(logNormal(350, 1.1), 1, 8191);
    } else {
        u.inputTokens = clampRound(logNormal(key.tool->inputMedianTokens, 0.9), 8, 190000);
        if (model.kind == CallMix::Kind::Reasoning) {
            u.reasoningTokens = clampRound(logNormal(700, 1.0), 0, 30000);
            u.outputTokens = clampRound(logNormal(280, 0.8), 1, 16000) + u.reasoningTokens;
        } else {
            u.outputTokens = clampRound(logNormal(350, 0.9), 1, 16000);
        }
        // OpenAI caches whole 128-token blocks from 1,024 tokens on; Anthropic reads and writes
        // the breakpoints the client set, and some tools ask for the one-hour TTL.
        if (chance(key.tool->cacheReadShare)) {
            if (!anthropic && u.inputTokens >= 1024)
                u.cachedInputTokens = qMax<qint64>(
                    1024, qint64(double(u.inputTokens) * (0.5 + 0.45 * uniform())) / 128 * 128);
            else if (anthropic)
                u.cachedInputTokens
                    = std::llround(double(u.inputTokens) * (0.6 + 0.37 * uniform()));
        }
        if (anthropic && chance(0.45)) {
            const double fraction = 0.3 + 0.65 * uniform();
            u.cacheWriteTokens
                = std::llround(double(u.inputTokens - u.cachedInputTokens) * fraction);
            if (key.tool->clientTool == QLatin1String("anthropic-python") && chance(0.2))
                u.cacheWrite1hTokens = u.cacheWriteTokens;
        }
    }

    double latencyS = 0;
    if (model.kind == CallMix::Kind::Embedding) {
        latencyS = std::clamp(logNormal(model.ttftMedianS, 0.4), 0.08, 5.0);
    } else {
        // Longer prompts take longer to the first token; generation runs at the model's speed.
        const double ttftS
            = logNormal(model.ttftMedianS * (1 + double(u.inputTokens) / 60000), 0.45);
        const double speed = logNormal(model.outputTokensPerS, 0.25);
        latencyS = std::clamp(ttftS + double(u.outputTokens) / speed, 0.3, 60.0);
        if (record.streamed)
            record.ttftUs = std::llround(std::min(ttftS, latencyS * 0.95) * 1e6);
    }
    record.latencyUs = std::llround(latencyS * 1e6);

    record.applyCost(
        CostCalculator::costOfCall(m_prices, record.servedModel, record.requestedModel, u));
}

void CallGenerator::fillError(CallRecord &record, const CallMix::Model &model)
{
    const bool anthropic = model.provider == QLatin1String("anthropic");
    const CallMix::Error &error = CallMix::errors()[size_t(
        pick(anthropic ? m_anthropicErrorWeights : m_openAiErrorWeights))];
    record.httpStatus = error.status;
    // Errors are answered as JSON, not as a stream, except a stream the client left.
    record.streamed = record.streamed && error.status == 499;
    record.errorType = error.type;
    record.errorMessage = errorMessage(error.message, model.requested, model.provider,
                                       int(10000 + m_rng() % 90000));
    if (!error.provider.isEmpty())
        record.upstreamRequestId = providerRequestId(anthropic);
    const double latencyS = logNormal(error.latencyMedianS, 0.5);
    record.latencyUs = std::llround(latencyS * 1e6);
    // A client that gave up on a stream had seen its first events.
    if (record.streamed && error.status == 499)
        record.ttftUs = std::llround(latencyS * 0.2 * 1e6);
    // Like ProxyService::price(): no usage known, nothing to pay.
    CostResult nothing;
    nothing.usd = 0.0;
    record.applyCost(nothing);
}
