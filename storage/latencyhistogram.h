#pragma once

#include <QtGlobal>

#include <map>
#include <optional>

// A distribution of durations in logarithmic buckets, 8 per doubling (each about 9 % wide, so
// a percentile read from it is within about 4.5 % of the exact one). Histograms of different
// hours or keys add up exactly, which is what lets the dashboards show p50/p95 over any range
// from the latency_hourly rollup.
class LatencyHistogram
{
public:
    static int bucketOf(qint64 us);
    static double lowerBoundUs(int bucket);
    static double upperBoundUs(int bucket);

    void add(int bucket, qint64 count);
    void addValue(qint64 us) { add(bucketOf(us), 1); }
    LatencyHistogram &operator+=(const LatencyHistogram &other);

    qint64 count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    // The p-quantile (0 < p <= 1) by nearest rank, interpolated geometrically inside its bucket;
    // empty for an empty histogram.
    std::optional<double> percentileUs(double p) const;
    const std::map<int, qint64> &buckets() const { return m_buckets; }

private:
    std::map<int, qint64> m_buckets;
    qint64 m_count = 0;
};

// Latency and time-to-first-token distributions of a set of calls.
struct LatencyStats
{
    LatencyHistogram latency;
    LatencyHistogram ttft; // streamed calls only
};
