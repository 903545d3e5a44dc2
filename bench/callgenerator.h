#pragma once

#include "callmix.h"
#include "callrecord.h"
#include "pricetable.h"

#include <QList>
#include <QString>

#include <cmath>
#include <optional>
#include <random>
#include <vector>

// Deterministic, realistic ledger contents for benchmarks and screenshots. A fixed number of calls
// is spread over the days before an end time with a daily volume that grows over the period, drops
// at weekends and follows working hours, and drawn from CallMix: models, tools (one per client
// key), token counts and latencies from log-normal distributions, prompt caching, reasoning tokens,
// about 3 % errors. Costs come from CostCalculator like the proxy's. Calls come out oldest first,
// as the proxy's writer stores them, so the ledger's indexes grow the same way. The same options
// and seed always give the same calls (std::mt19937_64 and the distributions here are fully
// specified, unlike those of <random>).
class CallGenerator
{
public:
    struct Options
    {
        qint64 calls = 0;
        int days = 90;
        quint64 seed = 1;
        int keys = 6;
        qint64 endMs = 0; // the calls start in [endMs - days, endMs)
    };

    struct ClientKey
    {
        QString id; // like ClientKeyIdentifier's: 16 hex digits
        QString hint; // like ClientKeyIdentifier::hint(): "sk-…abcd"
        const CallMix::Tool *tool = nullptr;
        double share = 0;
    };

    // Changes whenever the same options start giving other calls (cached ledgers are refilled).
    static constexpr int Version = 1;

    CallGenerator(const Options &options, PriceTable prices);

    // Appends up to max calls to batch, oldest first; returns how many (0: all generated).
    int generate(std::vector<CallRecord> &batch, int max);

    qint64 generatedCount() const { return m_generated; }
    const QList<ClientKey> &clientKeys() const { return m_keys; }

private:
    // Uniform in [0, 1) from 53 bits of the engine.
    double uniform();
    double standardNormal();
    double logNormal(double median, double sigma)
    {
        return median * std::exp(sigma * standardNormal());
    }
    bool chance(double p) { return uniform() < p; }
    int pick(const std::vector<double> &cumulativeWeights);
    QString hex(int digits);

    void planHours();
    bool refillHour();
    CallRecord call(qint64 startedAtMs);
    void fillSuccess(CallRecord &record, const CallMix::Model &model, const ClientKey &key);
    void fillError(CallRecord &record, const CallMix::Model &model);
    QByteArray requestId(qint64 startedAtMs);
    QString providerRequestId(bool anthropic); // as the provider's request-id header has it

    Options m_options;
    PriceTable m_prices;
    std::mt19937_64 m_rng;
    std::optional<double> m_spareNormal;

    QList<ClientKey> m_keys;
    std::vector<double> m_keyWeights; // cumulative
    std::vector<std::vector<double>> m_modelWeightsByKey; // cumulative, per key
    std::vector<double> m_openAiErrorWeights; // cumulative, over CallMix::errors()
    std::vector<double> m_anthropicErrorWeights;

    qint64 m_windowStartMs = 0;
    std::vector<qint64> m_callsPerHour; // hour i starts at m_windowStartMs + i hours
    size_t m_hour = 0; // next hour to expand
    std::vector<qint64> m_times; // start times of the current hour's calls, sorted
    size_t m_nextTime = 0;
    qint64 m_generated = 0;
};
