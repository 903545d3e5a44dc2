#include "latencyhistogram.h"

#include <cmath>

namespace {

constexpr double bucketsPerDoubling = 8.0;
constexpr int maxBucket = 8 * 62; // durations up to 2^62 us

} // namespace

int LatencyHistogram::bucketOf(qint64 us)
{
    if (us <= 1)
        return 0;
    const int bucket = 1 + int(std::floor(std::log2(double(us)) * bucketsPerDoubling));
    return qMin(bucket, maxBucket);
}

double LatencyHistogram::lowerBoundUs(int bucket)
{
    return bucket <= 0 ? 0.0 : std::exp2(double(bucket - 1) / bucketsPerDoubling);
}

double LatencyHistogram::upperBoundUs(int bucket)
{
    return bucket <= 0 ? 1.0 : std::exp2(double(bucket) / bucketsPerDoubling);
}

void LatencyHistogram::add(int bucket, qint64 count)
{
    if (count <= 0)
        return;
    m_buckets[qBound(0, bucket, maxBucket)] += count;
    m_count += count;
}

LatencyHistogram &LatencyHistogram::operator+=(const LatencyHistogram &other)
{
    for (const auto &[bucket, count] : other.m_buckets)
        add(bucket, count);
    return *this;
}

std::optional<double> LatencyHistogram::percentileUs(double p) const
{
    if (m_count == 0)
        return std::nullopt;
    const double rank
        = qBound(1.0, std::ceil(qBound(0.0, p, 1.0) * double(m_count)), double(m_count));
    qint64 below = 0;
    for (const auto &[bucket, count] : m_buckets) {
        if (double(below + count) >= rank) {
            const double lower = lowerBoundUs(bucket);
            const double upper = upperBoundUs(bucket);
            // The rank's position among the bucket's values, each taken at the middle of its
            // share of the bucket.
            const double fraction = (rank - double(below) - 0.5) / double(count);
            if (bucket == 0)
                return lower + (upper - lower) * fraction;
            return lower * std::pow(upper / lower, fraction);
        }
        below += count;
    }
    return upperBoundUs(m_buckets.rbegin()->first);
}
