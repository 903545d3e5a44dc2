#include "latencyhistogram.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

class TstLatencyHistogram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketsHoldTheirValues()
    {
        for (qint64 us : {2LL, 3LL, 17LL, 999LL, 1000LL, 1024LL, 65'000'000LL, 4'000'000'000LL}) {
            const int bucket = LatencyHistogram::bucketOf(us);
            QVERIFY2(LatencyHistogram::lowerBoundUs(bucket) <= double(us),
                     qPrintable(QString::number(us)));
            QVERIFY2(double(us) < LatencyHistogram::upperBoundUs(bucket),
                     qPrintable(QString::number(us)));
            // 8 buckets per doubling: each is 2^(1/8) ~ 1.09 wide.
            QCOMPARE(LatencyHistogram::upperBoundUs(bucket)
                         / LatencyHistogram::lowerBoundUs(bucket),
                     std::exp2(1.0 / 8));
        }
        QCOMPARE(LatencyHistogram::bucketOf(0), 0);
        QCOMPARE(LatencyHistogram::bucketOf(-5), 0);
        QCOMPARE(LatencyHistogram::bucketOf(1024), 81); // 1 + 8 * 10
    }

    void emptyHasNoPercentile()
    {
        LatencyHistogram histogram;
        QVERIFY(!histogram.percentileUs(0.5));
        QCOMPARE(histogram.count(), 0);
    }

    void percentilesWithinBucketError_data()
    {
        QTest::addColumn<double>("p");
        QTest::newRow("p50") << 0.5;
        QTest::newRow("p95") << 0.95;
        QTest::newRow("p99") << 0.99;
        QTest::newRow("max") << 1.0;
    }

    void percentilesWithinBucketError()
    {
        QFETCH(double, p);
        // Log-normal latencies around 2 s, like LLM calls.
        std::mt19937_64 random(42);
        std::lognormal_distribution<double> distribution(std::log(2e6), 0.8);
        std::vector<qint64> values;
        LatencyHistogram histogram;
        for (int i = 0; i < 20000; ++i) {
            values.push_back(qint64(distribution(random)));
            histogram.addValue(values.back());
        }
        std::sort(values.begin(), values.end());
        const size_t rank = size_t(std::ceil(p * double(values.size())));
        const double exact = double(values.at(rank - 1));
        const double estimate = *histogram.percentileUs(p);
        QVERIFY2(std::abs(estimate - exact) / exact < 0.045,
                 qPrintable(QStringLiteral("%1 vs exact %2").arg(estimate).arg(exact)));
    }

    void mergingEqualsAddingAll()
    {
        LatencyHistogram a, b, all;
        for (qint64 us = 1; us < 5000; us += 7) {
            (us % 2 ? a : b).addValue(us);
            all.addValue(us);
        }
        a += b;
        QCOMPARE(a.count(), all.count());
        QCOMPARE(a.buckets(), all.buckets());
        QCOMPARE(*a.percentileUs(0.95), *all.percentileUs(0.95));
    }

    void singleValueIsItsOwnPercentile()
    {
        LatencyHistogram histogram;
        histogram.addValue(1500);
        const double p50 = *histogram.percentileUs(0.5);
        QVERIFY2(std::abs(p50 - 1500) / 1500 < 0.045, qPrintable(QString::number(p50)));
    }
};

QTEST_GUILESS_MAIN(TstLatencyHistogram)
#include "tst_latencyhistogram.moc"
