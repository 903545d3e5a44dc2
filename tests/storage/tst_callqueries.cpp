#include "callinserter.h"
#include "callqueries.h"
#include "testrecords.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestRecords;

// Six calls over three UTC days (see seed()), with exactly known sums.
class TstCallQueries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::optional<CallQueries> m_queries;

    static QStringList names(const char *spaceSeparated)
    {
        return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '));
    }

    static QStringList ids(const QList<CallRow> &rows)
    {
        QStringList result;
        for (const CallRow &row : rows)
            result.append(QString::fromUtf8(row.record.requestId));
        return result;
    }

    QStringList matching(const CallFilter &filter) const
    {
        return ids(m_queries->logPage(filter, {}, 100).rows);
    }

    static std::vector<CallRecord> seed()
    {
        CallRecord r1 = record("r1", at(0, 10, 15));
        r1.servedModel = QStringLiteral("gpt-4o");
        r1.clientKeyId = QStringLiteral("k1");
        r1.clientKeyHint = QStringLiteral("sk-…k1k1");
        r1.usage = {1000, 200, 0, 0, 500, 100};
        r1.costUsd = 0.01;
        r1.cacheSavingsUsd = 0.004;
        r1.latencyUs = 1000;
        r1.streamed = true;
        r1.ttftUs = 300;

        CallRecord r2 = record("r2", at(0, 10, 45));
        r2.apiFormat = QStringLiteral("anthropic");
        r2.provider = QStringLiteral("anthropic");
        r2.requestedModel = QStringLiteral("claude-sonnet");
        r2.servedModel = QStringLiteral("claude-sonnet");
        r2.clientKeyId = QStringLiteral("k2");
        r2.usage = {2000, 0, 500, 100, 300, 0};
        r2.costUsd = 0.02;
        r2.cacheSavingsUsd = -0.001; // cache writes without reads
        r2.latencyUs = 2000;
        r2.userAgent = QStringLiteral("claude-cli/2.0");

        CallRecord r3 = record("r3", at(0, 11, 30));
        r3.requestedModel = QStringLiteral("gpt-4o-mini");
        r3.servedModel.clear();
        r3.clientKeyId = QStringLiteral("k1");
        r3.httpStatus = 429;
        r3.errorType = QStringLiteral("rate_limit_error");
        r3.errorMessage = QStringLiteral("Rate limit reached (100% used)");
        r3.usage = {};
        r3.usageSource = UsageSource::None;
        r3.costUsd.reset();
        r3.latencyUs = 500;

        CallRecord r4 = record("r4", at(0, 11, 30)); // same time as r3: ordered by id
        r4.servedModel = QStringLiteral("gpt-4o");
        r4.httpStatus = 0;
        r4.usage = {10, 0, 0, 0, 0, 0};
        r4.costUsd = 0.005;
        r4.latencyUs = 100;

        CallRecord r5 = record("r5", at(1, 2));
        r5.apiFormat = QStringLiteral("anthropic");
        r5.provider = QStringLiteral("anthropic");
        r5.requestedModel = QStringLiteral("claude-sonnet");
        r5.servedModel = QStringLiteral("claude-sonnet");
        r5.clientKeyId = QStringLiteral("k2");
        r5.httpStatus = 500;
        r5.usage = {40, 0, 0, 0, 0, 0};
        r5.costUsd = 0.03;
        r5.latencyUs = 4000;
        r5.streamed = true;
        r5.ttftUs = 700;
        r5.cacheHit = true;
        r5.requestBody = "{\"messages\":[]}";
        r5.responseBody = "data: {}\n\n";

        CallRecord r6 = record("r6", at(-1, 23));
        r6.servedModel = QStringLiteral("gpt-4o");
        r6.clientKeyId = QStringLiteral("k1");
        r6.usage = {1, 0, 0, 0, 1, 0};
        r6.costUsd = 0.001;
        r6.latencyUs = 10;
        return {r1, r2, r3, r4, r5, r6};
    }

    // Calls over five UTC days at scattered times, three keys, three models: the data of the
    // tests that compare the rollup paths (whole days, whole hours, partial hours) with sums
    // over the calls themselves. Inserted out of time order in batches of 37, so that the
    // writer merges into daily rows many times.
    static std::vector<CallRecord> spreadCalls()
    {
        std::vector<CallRecord> calls;
        quint32 state = 12345;
        auto next = [&state](quint32 bound) {
            state = state * 1103515245u + 12345u;
            return (state >> 8) % bound;
        };
        const QString models[]
            = {QStringLiteral("m-a"), QStringLiteral("m-b"), QStringLiteral("m-c")};
        const QString keys[] = {QString(), QStringLiteral("ka"), QStringLiteral("kb")};
        for (int i = 0; i < 600; ++i) {
            const qint64 time = at(-2, 0) + qint64(next(5 * 24 * 3600)) * 1000 + next(1000);
            CallRecord r = record("s" + QByteArray::number(i), time);
            r.servedModel = models[next(3)];
            r.provider = r.servedModel == QLatin1String("m-c") ? QStringLiteral("p2")
                                                               : QStringLiteral("p1");
            r.clientKeyId = keys[next(3)];
            r.httpStatus = next(10) == 0 ? 500 : 200;
            r.usage = {qint64(next(5000)), qint64(next(100)), 0, 0, qint64(next(900)), 0};
            if (next(7) == 0)
                r.costUsd.reset();
            else
                r.costUsd = double(next(1000)) / 1024; // exact in binary: sums in any order agree
            r.latencyUs = 1000 + next(5000000);
            r.streamed = next(2) == 0;
            if (r.streamed)
                r.ttftUs = 100 + next(200000);
            calls.push_back(r);
        }
        return calls;
    }

    static CallQueries openSpread(QTemporaryDir &dir, std::vector<CallRecord> *calls)
    {
        *calls = spreadCalls();
        const QString path = dir.filePath(QStringLiteral("spread.sqlite"));
        {
            Database writer = openForTest(path);
            CallInserter inserter(writer.connection());
            for (size_t i = 0; i < calls->size(); i += 37) {
                const std::vector<CallRecord> batch(calls->begin() + qint64(i),
                                                    calls->begin()
                                                        + qint64(std::min(calls->size(), i + 37)));
                if (!inserter.insert(batch).ok)
                    qFatal("Cannot insert the spread calls");
            }
        }
        QString error;
        auto queries = CallQueries::open(path, &error);
        if (!queries)
            qFatal("%s", qPrintable(error));
        return std::move(*queries);
    }

    static UsageTotals sumOf(const std::vector<const CallRecord *> &calls)
    {
        UsageTotals t;
        for (const CallRecord *r : calls) {
            ++t.requests;
            t.errors += r->httpStatus >= 400 || r->httpStatus == 0 ? 1 : 0;
            t.streamed += r->streamed ? 1 : 0;
            t.tokens.inputTokens += r->usage.inputTokens;
            t.tokens.cachedInputTokens += r->usage.cachedInputTokens;
            t.tokens.outputTokens += r->usage.outputTokens;
            t.costUsd += r->costUsd.value_or(0);
            t.unpriced += r->costUsd ? 0 : 1;
            t.latencyUsSum += r->latencyUs;
            t.ttftUsSum += r->ttftUs.value_or(0);
            t.ttftCount += r->ttftUs ? 1 : 0;
        }
        return t;
    }

    static bool sameTotals(const UsageTotals &a, const UsageTotals &b)
    {
        return a.requests == b.requests && a.errors == b.errors && a.streamed == b.streamed
            && a.tokens.inputTokens == b.tokens.inputTokens
            && a.tokens.cachedInputTokens == b.tokens.cachedInputTokens
            && a.tokens.outputTokens == b.tokens.outputTokens && a.costUsd == b.costUsd
            && a.unpriced == b.unpriced && a.latencyUsSum == b.latencyUsSum
            && a.ttftUsSum == b.ttftUsSum && a.ttftCount == b.ttftCount;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("queries.sqlite"));
        {
            Database writer = openForTest(m_path);
            CallInserter inserter(writer.connection());
            const CallInserter::Result result = inserter.insert(seed());
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(result.inserted, 6);
        }
        QString error;
        m_queries = CallQueries::open(m_path, &error);
        QVERIFY2(m_queries, qPrintable(error));
    }

    void totalsOfAllTime()
    {
        const UsageTotals t = m_queries->totals({});
        QVERIFY2(m_queries->lastError().isEmpty(), qPrintable(m_queries->lastError()));
        QCOMPARE(t.requests, 6);
        QCOMPARE(t.errors, 3); // 429, 0 and 500
        QCOMPARE(t.streamed, 2);
        QCOMPARE(t.cacheHits, 1);
        QCOMPARE(t.tokens.inputTokens, 3051);
        QCOMPARE(t.tokens.cachedInputTokens, 200);
        QCOMPARE(t.tokens.cacheWriteTokens, 500);
        QCOMPARE(t.tokens.cacheWrite1hTokens, 100);
        QCOMPARE(t.tokens.outputTokens, 801);
        QCOMPARE(t.tokens.reasoningTokens, 100);
        QCOMPARE(t.costUsd, 0.066);
        QCOMPARE(t.unpriced, 1);
        QCOMPARE(t.latencyUsSum, 7610);
        QCOMPARE(t.ttftUsSum, 1000);
        QCOMPARE(t.ttftCount, 2);
        QVERIFY(qFuzzyCompare(t.cacheSavingsUsd, 0.003));
        // 801 output tokens over 7610 - 1000 us of generation.
        QVERIFY(qFuzzyCompare(t.outputTokensPerSecond(), 801 * 1e6 / 6610));
        QCOMPARE(t.avgTtftUs(), 500.0);
    }

    void totalsOfRanges_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<QString>("key");
        QTest::addColumn<qint64>("requests");
        QTest::addColumn<double>("cost");

        QTest::newRow("whole hours only") << at(0, 10) << at(0, 12) << QString() << 4LL << 0.035;
        QTest::newRow("within one hour")
            << at(0, 10, 30) << at(0, 10, 50) << QString() << 1LL << 0.02;
        QTest::newRow("partial edges")
            << at(0, 10, 30) << at(1, 2, 0, 0, 1) << QString() << 4LL << 0.055;
        QTest::newRow("half-open end") << at(0, 10, 30) << at(1, 2) << QString() << 3LL << 0.025;
        QTest::newRow("exact instant")
            << at(0, 11, 30) << at(0, 11, 30, 0, 1) << QString() << 2LL << 0.005;
        QTest::newRow("day zero") << at(0, 0) << at(1, 0) << QString() << 4LL << 0.035;
        QTest::newRow("key k1") << qint64(0) << std::numeric_limits<qint64>::max()
                                << QStringLiteral("k1") << 3LL << 0.011;
        QTest::newRow("key k1, partial")
            << at(0, 10, 20) << at(1, 0) << QStringLiteral("k1") << 1LL << 0.0;
        QTest::newRow("empty") << at(5, 0) << at(6, 0) << QString() << 0LL << 0.0;
    }

    void totalsOfRanges()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(QString, key);
        QFETCH(qint64, requests);
        QFETCH(double, cost);
        const UsageTotals t = m_queries->totals({from, to}, key);
        QVERIFY2(m_queries->lastError().isEmpty(), qPrintable(m_queries->lastError()));
        QCOMPARE(t.requests, requests);
        QVERIFY2(qAbs(t.costUsd - cost) < 1e-12, qPrintable(QString::number(t.costUsd, 'g', 17)));
    }

    void hourlySeries()
    {
        const QList<UsageBucket> series
            = m_queries->timeSeries({at(0, 9, 30), at(0, 12)}, Bucket::Hour);
        QCOMPARE(series.size(), 3); // dense: 9:00, 10:00, 11:00
        QCOMPARE(series.at(0).startMs, at(0, 9));
        QCOMPARE(series.at(0).totals.requests, 0);
        QCOMPARE(series.at(1).startMs, at(0, 10));
        QCOMPARE(series.at(1).totals.requests, 2);
        QCOMPARE(series.at(1).totals.latencyUsSum, 3000);
        QCOMPARE(series.at(2).startMs, at(0, 11));
        QCOMPARE(series.at(2).totals.requests, 2);
        QCOMPARE(series.at(2).totals.errors, 2);
        QCOMPARE(series.at(2).totals.unpriced, 1);
    }

    void dailySeriesUtc()
    {
        const QList<UsageBucket> series = m_queries->timeSeries({at(-1, 0), at(2, 0)}, Bucket::Day);
        QCOMPARE(series.size(), 3);
        QCOMPARE(series.at(0).startMs, at(-1, 0));
        QCOMPARE(series.at(0).totals.requests, 1);
        QCOMPARE(series.at(1).startMs, at(0, 0));
        QCOMPARE(series.at(1).totals.requests, 4);
        QCOMPARE(series.at(2).startMs, at(1, 0));
        QCOMPARE(series.at(2).totals.requests, 1);
    }

    void dailySeriesWithOffset()
    {
        // UTC+1: r6 (23:00 UTC) falls on the local day of r1..r4.
        const QList<UsageBucket> series
            = m_queries->timeSeries({at(-1, 0), at(2, 0)}, Bucket::Day, {}, 3600);
        QCOMPARE(series.size(), 4);
        QCOMPARE(series.at(0).startMs, at(-2, 23));
        QCOMPARE(series.at(0).totals.requests, 0);
        QCOMPARE(series.at(1).startMs, at(-1, 23));
        QCOMPARE(series.at(1).totals.requests, 5);
        QCOMPARE(series.at(2).startMs, at(0, 23));
        QCOMPARE(series.at(2).totals.requests, 1);
        QCOMPARE(series.at(3).startMs, at(1, 23));
        QCOMPARE(series.at(3).totals.requests, 0);
    }

    void allTimeSeriesIsSparse()
    {
        const QList<UsageBucket> series = m_queries->timeSeries({}, Bucket::Hour);
        QCOMPARE(series.size(), 4); // 23:00, 10:00, 11:00, 02:00
        QCOMPARE(series.first().startMs, at(-1, 23));
        QCOMPARE(series.last().startMs, at(1, 2));
    }

    void groupByModelProviderKey()
    {
        QList<UsageGroup> groups = m_queries->groupBy({}, GroupBy::Model);
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.at(0).key, QStringLiteral("claude-sonnet"));
        QCOMPARE(groups.at(0).totals.costUsd, 0.05);
        QCOMPARE(groups.at(0).totals.requests, 2);
        QCOMPARE(groups.at(1).key, QStringLiteral("gpt-4o"));
        QCOMPARE(groups.at(1).totals.requests, 3);
        QCOMPARE(groups.at(2).key, QStringLiteral("gpt-4o-mini")); // served unknown: requested
        QCOMPARE(groups.at(2).totals.unpriced, 1);

        groups = m_queries->groupBy({}, GroupBy::Provider);
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).key, QStringLiteral("anthropic"));
        QCOMPARE(groups.at(1).key, QStringLiteral("openai"));
        QCOMPARE(groups.at(1).totals.requests, 4);

        QVERIFY(m_queries->setKeyLabel(QStringLiteral("k2"), QStringLiteral("Laptop")));
        groups = m_queries->groupBy({}, GroupBy::Key);
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.at(0).key, QStringLiteral("k2"));
        QCOMPARE(groups.at(0).label, QStringLiteral("Laptop"));
        QCOMPARE(groups.at(1).key, QStringLiteral("k1"));
        QCOMPARE(groups.at(1).label, QStringLiteral("sk-…k1k1")); // no label: the hint
        QCOMPARE(groups.at(1).totals.requests, 3);
        QCOMPARE(groups.at(2).key, QString()); // calls without a key
        QCOMPARE(groups.at(2).totals.costUsd, 0.005);

        groups = m_queries->groupBy({at(0, 11), at(0, 12)}, GroupBy::Model, QStringLiteral("k1"));
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.at(0).key, QStringLiteral("gpt-4o-mini"));
    }

    void groupByDay()
    {
        const QList<UsageGroup> days = m_queries->groupBy({at(-3, 0), at(3, 0)}, GroupBy::Day);
        QCOMPARE(days.size(), 3); // empty days left out
        QCOMPARE(days.at(0).key, QStringLiteral("2026-11-22"));
        QCOMPARE(days.at(0).dayStartMs, at(-1, 0));
        QCOMPARE(days.at(1).key, QStringLiteral("2026-11-23"));
        QCOMPARE(days.at(1).totals.requests, 4);
        QCOMPARE(days.at(2).key, QStringLiteral("2026-11-24"));

        // UTC-5: r6 is on the evening of the 22nd, r5 (02:00 UTC) on the evening of the 23rd.
        const QList<UsageGroup> local
            = m_queries->groupBy({at(-3, 0), at(3, 0)}, GroupBy::Day, {}, -5 * 3600);
        QCOMPARE(local.size(), 2);
        QCOMPARE(local.at(0).key, QStringLiteral("2026-11-22"));
        QCOMPARE(local.at(0).totals.requests, 1);
        QCOMPARE(local.at(0).dayStartMs, at(-1, 5));
        QCOMPARE(local.at(1).key, QStringLiteral("2026-11-23"));
        QCOMPARE(local.at(1).totals.requests, 5);
    }

    void logPagesWithKeyset()
    {
        CallFilter all;
        LogPage page = m_queries->logPage(all, {}, 2);
        QCOMPARE(ids(page.rows), QStringList({QStringLiteral("r5"), QStringLiteral("r4")}));
        QVERIFY(page.hasMore);
        page = m_queries->logPage(all, page.next, 2);
        QCOMPARE(ids(page.rows), QStringList({QStringLiteral("r3"), QStringLiteral("r2")}));
        QVERIFY(page.hasMore);
        page = m_queries->logPage(all, page.next, 2);
        QCOMPARE(ids(page.rows), QStringList({QStringLiteral("r1"), QStringLiteral("r6")}));
        QVERIFY(!page.hasMore);
        const LogCursor end = page.next;
        page = m_queries->logPage(all, end, 2);
        QVERIFY(page.rows.isEmpty());
        QCOMPARE(page.next.id, end.id);

        page = m_queries->logPage(all, {}, 1);
        const CallRow &first = page.rows.first();
        QCOMPARE(first.id, 5);
        QCOMPARE(first.record.clientKeyHint, QString());
        QVERIFY(first.record.requestBody.isEmpty()); // bodies only via call()
        QCOMPARE(first.record.ttftUs, std::optional<qint64>(700));
        QVERIFY(first.record.cacheHit);
    }

    void logSortedByCostAndLatency_data()
    {
        QTest::addColumn<int>("by");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QStringList>("expected");
        // Costs r1 .01, r2 .02, r3 none (sorts as -1), r4 .005, r5 .03, r6 .001.
        QTest::newRow("cost desc") << int(LogSort::Cost) << true << names("r5 r2 r1 r4 r6 r3");
        QTest::newRow("cost asc") << int(LogSort::Cost) << false << names("r3 r6 r4 r1 r2 r5");
        // Latencies r1 1000, r2 2000, r3 500, r4 100, r5 4000, r6 10.
        QTest::newRow("latency asc")
            << int(LogSort::Latency) << false << names("r6 r4 r3 r1 r2 r5");
        QTest::newRow("latency desc")
            << int(LogSort::Latency) << true << names("r5 r2 r1 r3 r4 r6");
        // r3 and r4 started together: ties by id in the same direction.
        QTest::newRow("time asc") << int(LogSort::Time) << false << names("r6 r1 r2 r3 r4 r5");
    }

    void logSortedByCostAndLatency()
    {
        QFETCH(int, by);
        QFETCH(bool, descending);
        QFETCH(QStringList, expected);
        const LogOrder order{LogSort(by), descending};
        QStringList seen;
        LogCursor cursor;
        for (int page = 0; page < 10; ++page) { // pages of two, across every boundary
            const LogPage result = m_queries->logPage({}, cursor, 2, order);
            QVERIFY2(m_queries->lastError().isEmpty(), qPrintable(m_queries->lastError()));
            seen += ids(result.rows);
            cursor = result.next;
            if (!result.hasMore)
                break;
        }
        QCOMPARE(seen, expected);
    }

    void rollupsEqualCallsOverAnyRange_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::newRow("partial days and hours at both ends") << at(-2, 5, 17, 3) << at(2, 7, 3, 9);
        QTest::newRow("whole days") << at(-1, 0) << at(2, 0);
        QTest::newRow("whole hours around one day") << at(-1, 5) << at(1, 19);
        QTest::newRow("partial hours around one day") << at(-1, 23, 30) << at(1, 0, 30);
        QTest::newRow("one ms short of two days") << at(0, 0, 0, 0, 1) << at(1, 23, 59, 59, 999);
        QTest::newRow("inside one day") << at(0, 3, 10) << at(0, 20, 50);
        QTest::newRow("all time") << qint64(0) << std::numeric_limits<qint64>::max();
    }

    void rollupsEqualCallsOverAnyRange()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QTemporaryDir dir;
        std::vector<CallRecord> calls;
        const CallQueries queries = openSpread(dir, &calls);
        const TimeRange range{from, to};

        for (const QString &key : {QString(), QStringLiteral("ka")}) {
            std::vector<const CallRecord *> inRange;
            for (const CallRecord &r : calls) {
                if (range.contains(r.startedAtMs) && (key.isEmpty() || r.clientKeyId == key))
                    inRange.push_back(&r);
            }
            QVERIFY(inRange.size() > 20);
            QVERIFY(sameTotals(queries.totals(range, key), sumOf(inRange)));
            QVERIFY2(queries.lastError().isEmpty(), qPrintable(queries.lastError()));

            const QList<UsageGroup> models = queries.groupBy(range, GroupBy::Model, key);
            QCOMPARE(models.size(), 3);
            for (const UsageGroup &group : models) {
                std::vector<const CallRecord *> ofModel;
                for (const CallRecord *r : inRange) {
                    if (r->servedModel == group.key)
                        ofModel.push_back(r);
                }
                QVERIFY2(sameTotals(group.totals, sumOf(ofModel)), qPrintable(group.key));
            }

            // Days of UTC+2 fold from hours; each bucket equals its calls.
            for (int offset : {0, 7200}) {
                const QList<UsageBucket> days = queries.timeSeries(range, Bucket::Day, key, offset);
                qint64 requests = 0;
                for (const UsageBucket &day : days) {
                    std::vector<const CallRecord *> ofDay;
                    for (const CallRecord *r : inRange) {
                        if (r->startedAtMs >= day.startMs
                            && r->startedAtMs < day.startMs + 86400000)
                            ofDay.push_back(r);
                    }
                    QVERIFY(sameTotals(day.totals, sumOf(ofDay)));
                    requests += day.totals.requests;
                }
                QCOMPARE(requests, qint64(inRange.size()));
            }

            // Histograms bucket for bucket, from latency_daily, latency_hourly and calls.
            LatencyHistogram latency, ttft;
            for (const CallRecord *r : inRange) {
                latency.addValue(r->latencyUs);
                if (r->ttftUs)
                    ttft.addValue(*r->ttftUs);
            }
            const LatencyStats stats = queries.latency(range, key);
            QVERIFY2(queries.lastError().isEmpty(), qPrintable(queries.lastError()));
            QCOMPARE(stats.latency.buckets(), latency.buckets());
            QCOMPARE(stats.ttft.buckets(), ttft.buckets());
        }
    }

    void logSortedAcrossDays_data()
    {
        QTest::addColumn<int>("by");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<QString>("model");
        const qint64 all = std::numeric_limits<qint64>::max();
        QTest::newRow("cost desc, all time")
            << int(LogSort::Cost) << true << qint64(0) << all << QString();
        QTest::newRow("cost asc, partial days")
            << int(LogSort::Cost) << false << at(-1, 13, 7) << at(1, 2, 30) << QString();
        QTest::newRow("latency desc, one model")
            << int(LogSort::Latency) << true << qint64(0) << all << QStringLiteral("m-b");
        QTest::newRow("latency asc, partial days")
            << int(LogSort::Latency) << false << at(-2, 23) << at(0, 1) << QString();
    }

    void logSortedAcrossDays()
    {
        QFETCH(int, by);
        QFETCH(bool, descending);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(QString, model);
        QTemporaryDir dir;
        std::vector<CallRecord> calls;
        const CallQueries queries = openSpread(dir, &calls);

        // The expected order: every matching call sorted by value, ties by id (insert order).
        struct Expected
        {
            double value;
            qint64 id;
            QString requestId;
        };
        std::vector<Expected> expected;
        for (size_t i = 0; i < calls.size(); ++i) {
            const CallRecord &r = calls[i];
            if (r.startedAtMs < from || r.startedAtMs >= to
                || (!model.isEmpty() && r.servedModel != model))
                continue;
            const double value
                = LogSort(by) == LogSort::Cost ? r.costUsd.value_or(-1) : double(r.latencyUs);
            expected.push_back({value, qint64(i) + 1, QString::fromUtf8(r.requestId)});
        }
        std::sort(expected.begin(), expected.end(), [descending](const auto &a, const auto &b) {
            if (a.value != b.value)
                return descending ? a.value > b.value : a.value < b.value;
            return descending ? a.id > b.id : a.id < b.id;
        });
        QStringList want;
        for (const Expected &e : expected)
            want.append(e.requestId);
        QVERIFY(want.size() > 50);

        CallFilter filter;
        filter.range = {from, to};
        filter.model = model;
        QStringList seen;
        LogCursor cursor;
        for (int page = 0; page < 1000; ++page) { // pages of 7
            const LogPage result = queries.logPage(filter, cursor, 7, {LogSort(by), descending});
            QVERIFY2(queries.lastError().isEmpty(), qPrintable(queries.lastError()));
            seen += ids(result.rows);
            cursor = result.next;
            if (!result.hasMore)
                break;
        }
        QCOMPARE(seen, want);
    }

    void callsWrittenAfterAnId()
    {
        QCOMPARE(m_queries->lastCallId(), 6);
        QCOMPARE(ids(m_queries->callsAfter({}, 4)), names("r5 r6"));
        CallFilter k1;
        k1.clientKeyId = QStringLiteral("k1");
        QCOMPARE(ids(m_queries->callsAfter(k1, 0)), names("r1 r3 r6"));
        QVERIFY(m_queries->callsAfter({}, 6).isEmpty());
    }

    void latencyPercentiles()
    {
        // All time: 10, 100, 500, 1000, 2000, 4000 us; p50 = 3rd = 500, p95 = 6th = 4000.
        LatencyStats all = m_queries->latency({});
        QVERIFY2(m_queries->lastError().isEmpty(), qPrintable(m_queries->lastError()));
        QCOMPARE(all.latency.count(), 6);
        QVERIFY(qAbs(*all.latency.percentileUs(0.5) - 500) < 500 * 0.045);
        QVERIFY(qAbs(*all.latency.percentileUs(0.95) - 4000) < 4000 * 0.045);
        QCOMPARE(all.ttft.count(), 2); // r1 300, r5 700
        QVERIFY(qAbs(*all.ttft.percentileUs(0.5) - 300) < 300 * 0.045);

        // A range cut inside hours 10 and 11 of day 0: r2 (10:45), r3 and r4 (11:30) come
        // from calls, not from the rollup's whole hours.
        const LatencyStats cut = m_queries->latency({at(0, 10, 30), at(0, 11, 45)});
        QCOMPARE(cut.latency.count(), 3);
        QVERIFY(qAbs(*cut.latency.percentileUs(1.0) - 2000) < 2000 * 0.045);
        QCOMPARE(cut.ttft.count(), 0);

        // Whole days: from the rollup.
        QCOMPARE(m_queries->latency({at(0, 0), at(1, 0)}).latency.count(), 4);
        QCOMPARE(m_queries->latency({}, QStringLiteral("k2")).latency.count(), 2);

        const QHash<QString, LatencyStats> byKey = m_queries->latencyByKey({});
        QCOMPARE(byKey.value(QStringLiteral("k1")).latency.count(), 3);
        QCOMPARE(byKey.value(QStringLiteral("k2")).latency.count(), 2);
        QCOMPARE(byKey.value(QString()).latency.count(), 1); // r4 has no key
        QVERIFY(qAbs(*byKey.value(QStringLiteral("k2")).latency.percentileUs(0.5) - 2000)
                < 2000 * 0.045);
    }

    void logFilters_data()
    {
        QTest::addColumn<CallFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        auto f = [](auto change) {
            CallFilter filter;
            change(filter);
            return filter;
        };
        const QStringList none;
        QTest::newRow("provider") << f([](CallFilter &c) { c.provider = QStringLiteral("openai"); })
                                  << QStringList{u"r4"_qs, u"r3"_qs, u"r1"_qs, u"r6"_qs};
        QTest::newRow("served model")
            << f([](CallFilter &c) { c.model = QStringLiteral("gpt-4o"); })
            << QStringList{u"r4"_qs, u"r1"_qs, u"r6"_qs};
        QTest::newRow("requested model")
            << f([](CallFilter &c) { c.model = QStringLiteral("gpt-4o-mini"); })
            << QStringList{u"r3"_qs};
        QTest::newRow("key") << f([](CallFilter &c) { c.clientKeyId = QStringLiteral("k2"); })
                             << QStringList{u"r5"_qs, u"r2"_qs};
        QTest::newRow("2xx") << f([](CallFilter &c) { c.statusClass = 2; })
                             << QStringList{u"r2"_qs, u"r1"_qs, u"r6"_qs};
        QTest::newRow("4xx") << f([](CallFilter &c) { c.statusClass = 4; })
                             << QStringList{u"r3"_qs};
        QTest::newRow("5xx") << f([](CallFilter &c) { c.statusClass = 5; })
                             << QStringList{u"r5"_qs};
        QTest::newRow("errors") << f([](CallFilter &c) { c.errorsOnly = true; })
                                << QStringList{u"r5"_qs, u"r4"_qs, u"r3"_qs};
        QTest::newRow("no errors") << f([](CallFilter &c) { c.errorsOnly = false; })
                                   << QStringList{u"r2"_qs, u"r1"_qs, u"r6"_qs};
        QTest::newRow("streamed") << f([](CallFilter &c) { c.streamed = true; })
                                  << QStringList{u"r5"_qs, u"r1"_qs};
        QTest::newRow("cache hit")
            << f([](CallFilter &c) { c.cacheHit = true; }) << QStringList{u"r5"_qs};
        QTest::newRow("text, any case")
            << f([](CallFilter &c) { c.text = QStringLiteral("SONNET"); })
            << QStringList{u"r5"_qs, u"r2"_qs};
        QTest::newRow("text in error")
            << f([](CallFilter &c) { c.text = QStringLiteral("limit reached"); })
            << QStringList{u"r3"_qs};
        QTest::newRow("text with %")
            << f([](CallFilter &c) { c.text = QStringLiteral("100%"); }) << QStringList{u"r3"_qs};
        QTest::newRow("% is literal")
            << f([](CallFilter &c) { c.text = QStringLiteral("0%u"); }) << none;
        QTest::newRow("_ is literal")
            << f([](CallFilter &c) { c.text = QStringLiteral("r_"); }) << none;
        QTest::newRow("user agent")
            << f([](CallFilter &c) { c.text = QStringLiteral("claude-cli"); })
            << QStringList{u"r2"_qs};
        QTest::newRow("range") << f([](CallFilter &c) {
            c.range = {at(0, 10, 45), at(0, 11, 31)};
        }) << QStringList{u"r4"_qs, u"r3"_qs, u"r2"_qs};
        QTest::newRow("combined") << f([](CallFilter &c) {
            c.provider = QStringLiteral("openai");
            c.errorsOnly = true;
            c.clientKeyId = QStringLiteral("k1");
        }) << QStringList{u"r3"_qs};
    }

    void logFilters()
    {
        QFETCH(CallFilter, filter);
        QFETCH(QStringList, expected);
        QCOMPARE(matching(filter), expected);
        QVERIFY2(m_queries->lastError().isEmpty(), qPrintable(m_queries->lastError()));
    }

    void callWithBodies()
    {
        const std::optional<CallRecord> r5 = m_queries->call(5);
        QVERIFY(r5);
        QCOMPARE(r5->requestId, QByteArray("r5"));
        QCOMPARE(r5->requestBody, QByteArray("{\"messages\":[]}"));
        QCOMPARE(r5->responseBody, QByteArray("data: {}\n\n"));
        QCOMPARE(r5->httpStatus, 500);
        QCOMPARE(r5->costUsd, std::optional<double>(0.03));

        const std::optional<CallRecord> r1 = m_queries->call(1);
        QVERIFY(r1);
        QVERIFY(r1->requestBody.isNull());
        QCOMPARE(r1->clientKeyHint, QStringLiteral("sk-…k1k1"));
        QCOMPARE(r1->usage, (TokenUsage{1000, 200, 0, 0, 500, 100}));
        QCOMPARE(r1->usageSource, UsageSource::Provider);
        QCOMPARE(r1->endpoint, QStringLiteral("/v1/chat/completions"));
        QCOMPARE(r1->upstreamLatencyUs, 1400);
        QCOMPARE(r1->proxyOverheadUs, 100);

        const std::optional<CallRecord> r3 = m_queries->call(3);
        QVERIFY(r3);
        QVERIFY(!r3->costUsd);
        QCOMPARE(r3->errorType, QStringLiteral("rate_limit_error"));
        QCOMPARE(r3->usageSource, UsageSource::None);

        QVERIFY(!m_queries->call(999));
        QVERIFY(m_queries->lastError().isEmpty());
    }

    void keyLabels()
    {
        QVERIFY(m_queries->setKeyLabel(QStringLiteral("k1"), QStringLiteral("CI runner")));
        QVERIFY(m_queries->setKeyLabel(QStringLiteral("k-new"), QStringLiteral("Not seen yet")));
        QVERIFY(m_queries->setKeyLabel(QStringLiteral("k2"), QString())); // cleared
        QVERIFY(!m_queries->setKeyLabel(QString(), QStringLiteral("x")));

        const QList<ClientKey> keys = m_queries->clientKeys();
        QCOMPARE(keys.size(), 3);
        QCOMPARE(keys.at(0).keyId, QStringLiteral("k2")); // last seen on day 1
        QCOMPARE(keys.at(0).label, QString());
        QCOMPARE(keys.at(0).firstSeenMs, at(0, 10, 45));
        QCOMPARE(keys.at(0).lastSeenMs, at(1, 2));
        QCOMPARE(keys.at(1).keyId, QStringLiteral("k1"));
        QCOMPARE(keys.at(1).label, QStringLiteral("CI runner"));
        QCOMPARE(keys.at(1).hint, QStringLiteral("sk-…k1k1"));
        QCOMPARE(keys.at(1).firstSeenMs, at(-1, 23));
        QCOMPARE(keys.at(1).displayName(), QStringLiteral("CI runner"));
        QCOMPARE(keys.at(2).keyId, QStringLiteral("k-new"));
        QCOMPARE(keys.at(2).lastSeenMs, 0);
    }

    void keySettings()
    {
        // Keys are enabled without a budget until told otherwise (k-new: see keyLabels).
        QList<ClientKey> keys = m_queries->clientKeys();
        QVERIFY(!keys.isEmpty());
        for (const ClientKey &key : keys) {
            QVERIFY(!key.disabled);
            QVERIFY(!key.hasBudget());
        }
        QCOMPARE(m_queries->disabledKeyIds(), QSet<QString>());

        QVERIFY(m_queries->setKeyDisabled(QStringLiteral("k1"), true));
        QVERIFY(m_queries->setKeyDisabled(QStringLiteral("k-new"), true)); // not seen yet
        QVERIFY(m_queries->setKeyBudget(QStringLiteral("k2"), 20.5));
        QVERIFY(m_queries->setKeyBudget(QStringLiteral("k1"), 0.0));
        QVERIFY(m_queries->setKeyLabel(QStringLiteral("k1"), QStringLiteral("CI runner")));
        QCOMPARE(m_queries->disabledKeyIds(),
                 (QSet<QString>{QStringLiteral("k1"), QStringLiteral("k-new")}));

        keys = m_queries->clientKeys();
        QCOMPARE(keys.size(), 3);
        QCOMPARE(keys.at(0).keyId, QStringLiteral("k2"));
        QVERIFY(!keys.at(0).disabled);
        QCOMPARE(keys.at(0).budgetUsdMonth, 20.5);
        QCOMPARE(keys.at(1).keyId, QStringLiteral("k1"));
        QVERIFY(keys.at(1).disabled);
        QVERIFY(keys.at(1).hasBudget());
        QCOMPARE(keys.at(1).budgetUsdMonth, 0.0);
        QCOMPARE(keys.at(1).label, QStringLiteral("CI runner")); // settings leave the label
        QCOMPARE(keys.at(1).hint, QStringLiteral("sk-…k1k1"));
        QCOMPARE(keys.at(2).keyId, QStringLiteral("k-new"));
        QVERIFY(keys.at(2).disabled);

        // Enabled again, budget cleared; bad values and missing ids are refused and change nothing.
        QVERIFY(m_queries->setKeyDisabled(QStringLiteral("k1"), false));
        QVERIFY(m_queries->setKeyBudget(QStringLiteral("k2"), std::nullopt));
        QVERIFY(!m_queries->setKeyBudget(QStringLiteral("k1"), -1.0));
        QVERIFY(!m_queries->lastError().isEmpty());
        QVERIFY(!m_queries->setKeyBudget(QStringLiteral("k1"), qInf()));
        QVERIFY(!m_queries->setKeyBudget(QString(), 1.0));
        QVERIFY(!m_queries->setKeyDisabled(QString(), true));
        QCOMPARE(m_queries->disabledKeyIds(), QSet<QString>{QStringLiteral("k-new")});
        keys = m_queries->clientKeys();
        QVERIFY(!keys.at(0).hasBudget());
        QVERIFY(!keys.at(1).disabled);
        QCOMPARE(keys.at(1).budgetUsdMonth, 0.0);
    }
};

QTEST_GUILESS_MAIN(TstCallQueries)
#include "tst_callqueries.moc"
