#include "callinserter.h"
#include "callsql.h"
#include "latencyhistogram.h"
#include "latencysql.h"
#include "testrecords.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <tuple>

using namespace TestRecords;

// CallInserter writes calls in chunks of many rows per statement and the rollups from sums kept
// in memory per batch: these tests hold both against what the calls table itself says.
class TstCallInserter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
    QString newPath()
    {
        return m_dir.filePath(QStringLiteral("inserter-%1.sqlite").arg(++m_serial));
    }

    // Every row of a query, its values joined by '|'.
    static QStringList rows(const Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(sql)) {
            qWarning() << sql << query.lastError().text();
            return {QStringLiteral("query failed")};
        }
        QStringList result;
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i).toString());
            result.append(values.join(QLatin1Char('|')));
        }
        return result;
    }

    // usage_* columns from calls, grouped by the given time expression and key columns.
    static QString sumsOverCalls(const QString &time, const QString &keys)
    {
        return QLatin1String("SELECT ") + time + QLatin1String(", ") + keys
            + QLatin1String(
                   ", COUNT(*), SUM(status >= 400 OR status = 0), SUM(streamed), SUM(cache_hit), "
                   "SUM(input_tokens), SUM(cached_tokens), SUM(cache_write_tokens), "
                   "SUM(cache_write_1h_tokens), SUM(output_tokens), SUM(reasoning_tokens), "
                   "TOTAL(cost_usd), SUM(cost_usd IS NULL), SUM(latency_us), "
                   "CAST(TOTAL(ttft_us) AS INTEGER), COUNT(ttft_us), TOTAL(cache_savings_usd) "
                   "FROM calls GROUP BY ")
            + time + QLatin1String(", ") + keys + QLatin1String(" ORDER BY 1, 2, 3, 4");
    }

    static QString rollupRows(const QString &table, const QString &keys)
    {
        return QLatin1String("SELECT ") + keys
            + QLatin1String(", requests, errors, streamed, cache_hits, input_tokens, "
                            "cached_tokens, cache_write_tokens, cache_write_1h_tokens, "
                            "output_tokens, reasoning_tokens, cost_usd, unpriced, latency_us_sum, "
                            "ttft_us_sum, ttft_count, cache_savings_usd FROM ")
            + table + QLatin1String(" ORDER BY 1, 2, 3, 4");
    }

    // Calls from 22:00 on day 0 to 02:00 on day 1 (an hour and a day boundary), over several
    // keys, providers and models, so that consecutive records share rollup groups and don't. Costs
    // are multiples of 1/64, whose sums are exact in any order.
    static std::vector<CallRecord> mixedCalls(const QByteArray &prefix, int count)
    {
        const QString keys[]
            = {QStringLiteral("k1"), QStringLiteral("k2"), QString(), QStringLiteral("k3")};
        const QString providers[]
            = {QStringLiteral("openai"), QStringLiteral("anthropic"), QString()};
        const int statuses[] = {200, 200, 429, 200, 0, 500, 200};
        std::vector<CallRecord> calls;
        for (int i = 0; i < count; ++i) {
            // Mostly in time order, as the proxy sends them, with some stragglers.
            const qint64 offsetMs = qint64(i) * 4 * 3600 * 1000 / count - (i % 9 == 0 ? 600000 : 0);
            CallRecord r = record(prefix + QByteArray::number(i), at(0, 22) + offsetMs);
            r.clientKeyId = keys[(i / 3) % 4]; // runs of three calls share a key
            r.clientKeyHint
                = r.clientKeyId.isEmpty() ? QString() : QStringLiteral("sk-…") + r.clientKeyId;
            r.provider = providers[(i / 5) % 3];
            if (i % 4 == 0)
                r.servedModel.clear(); // grouped under the requested model
            if (i % 11 == 0)
                r.requestedModel = QStringLiteral("other-model");
            r.httpStatus = statuses[i % 7];
            r.streamed = i % 2 == 0;
            if (r.streamed)
                r.ttftUs = 200 + i * 37;
            r.latencyUs = 1000 + (i * 7919) % 900000;
            r.usage = {100 + i, i % 50, i % 7, i % 3, 20 + i % 13, i % 5};
            r.costUsd = i % 6 == 5 ? std::nullopt : std::optional<double>((i % 40) / 64.0);
            if (i % 3 == 0)
                r.cacheSavingsUsd = (i % 8) / 64.0;
            r.cacheHit = i % 13 == 0;
            calls.push_back(r);
        }
        return calls;
    }

    static void compareRollupsWithCalls(const Database &db)
    {
        const QString keys4
            = QStringLiteral("COALESCE(provider, ''), COALESCE(served_model, requested_model, ''), "
                             "COALESCE(client_key_id, '')");
        QCOMPARE(rows(db,
                      rollupRows(QStringLiteral("usage_hourly"),
                                 QStringLiteral("hour, provider, model, client_key_id"))),
                 rows(db, sumsOverCalls(QStringLiteral("started_at / 3600000 * 3600"), keys4)));
        QCOMPARE(rows(db,
                      rollupRows(QStringLiteral("usage_daily"),
                                 QStringLiteral("day, provider, model, client_key_id"))),
                 rows(db, sumsOverCalls(QStringLiteral("started_at / 86400000 * 86400"), keys4)));
        QCOMPARE(rows(db,
                      rollupRows(QStringLiteral("usage_key_hourly"),
                                 QStringLiteral("hour, client_key_id, 'x', 'y'"))),
                 rows(db,
                      sumsOverCalls(QStringLiteral("started_at / 3600000 * 3600"),
                                    QStringLiteral("COALESCE(client_key_id, ''), 'x', 'y'"))));

        // The latency histograms, bucketed here from the stored calls.
        std::map<std::tuple<qint64, QString, int, int>, qint64> hourly;
        std::map<std::tuple<qint64, QString, int>, std::map<int, qint64>> daily;
        QSqlQuery calls(db.connection());
        QVERIFY(calls.exec(QStringLiteral(
            "SELECT started_at, COALESCE(client_key_id, ''), latency_us, ttft_us FROM calls")));
        while (calls.next()) {
            const qint64 hour = calls.value(0).toLongLong() / 3600000 * 3600;
            const QString key = calls.value(1).toString();
            auto add = [&](int metric, qint64 us) {
                const int bucket = LatencyHistogram::bucketOf(us);
                ++hourly[{hour, key, metric, bucket}];
                ++daily[{hour / 86400 * 86400, key, metric}][bucket];
            };
            add(LatencySql::Latency, calls.value(2).toLongLong());
            if (!calls.value(3).isNull())
                add(LatencySql::Ttft, calls.value(3).toLongLong());
        }
        QStringList expectedHourly, expectedDaily;
        for (const auto &[key, count] : hourly)
            expectedHourly.append(QStringLiteral("%1|%2|%3|%4|%5")
                                      .arg(std::get<0>(key))
                                      .arg(std::get<1>(key))
                                      .arg(std::get<2>(key))
                                      .arg(std::get<3>(key))
                                      .arg(count));
        for (const auto &[key, buckets] : daily)
            expectedDaily.append(QStringLiteral("%1|%2|%3|%4")
                                     .arg(std::get<0>(key))
                                     .arg(std::get<1>(key))
                                     .arg(std::get<2>(key))
                                     .arg(LatencySql::pack(buckets)));
        QCOMPARE(rows(db,
                      QStringLiteral("SELECT hour, client_key_id, metric, bucket, count FROM "
                                     "latency_hourly ORDER BY 1, 2, 3, 4")),
                 expectedHourly);
        QCOMPARE(rows(db,
                      QStringLiteral("SELECT day, client_key_id, metric, counts FROM "
                                     "latency_daily ORDER BY 1, 2, 3")),
                 expectedDaily);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void rollupsEqualSumsOverCalls()
    {
        Database db = openForTest(newPath());
        std::vector<CallRecord> batch = mixedCalls("a-", 500);
        // Duplicates inside the batch: in the same chunk of rows as their original and in later
        // ones; bodies, which break the run of chunks.
        batch[40].requestId = batch[10].requestId;
        batch[300].requestId = batch[20].requestId;
        batch[150].requestBody = "{\"q\":150}";
        batch[151].responseBody = QByteArray("\x00\x01", 2);
        {
            CallInserter inserter(db.connection());
            const CallInserter::Result result = inserter.insert(batch);
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(result.inserted, 498);
            QCOMPARE(result.duplicates, 2);
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM calls")), 498);
        compareRollupsWithCalls(db);

        // A second batch: new calls mixed with calls stored by the first, which are skipped
        // (never summed twice), and a duplicate of one of its own new calls.
        std::vector<CallRecord> second = mixedCalls("b-", 200);
        for (const int i : {0, 63, 64, 65, 130, 199})
            second[size_t(i)] = batch[size_t(i * 2)];
        second[100].requestId = second[99].requestId;
        {
            CallInserter inserter(db.connection());
            const CallInserter::Result result = inserter.insert(second);
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(result.inserted, 193);
            QCOMPARE(result.duplicates, 7);
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM calls")), 498 + 193);
        compareRollupsWithCalls(db);

        // The rows in the order they came, each with its own body.
        QStringList expectedOrder;
        for (const CallRecord &r : batch)
            if (!expectedOrder.contains(QString::fromUtf8(r.requestId)))
                expectedOrder.append(QString::fromUtf8(r.requestId));
        for (const CallRecord &r : second)
            if (!expectedOrder.contains(QString::fromUtf8(r.requestId)))
                expectedOrder.append(QString::fromUtf8(r.requestId));
        QCOMPARE(rows(db, QStringLiteral("SELECT request_id FROM calls ORDER BY id")),
                 expectedOrder);
        QCOMPARE(rows(db,
                      QStringLiteral("SELECT c.request_id, b.request_body IS NULL, "
                                     "hex(b.response_body) FROM call_bodies b JOIN calls c "
                                     "ON c.id = b.call_id ORDER BY c.id")),
                 QStringList({QStringLiteral("a-150|0|"), QStringLiteral("a-151|1|0001")}));
        QCOMPARE(rows(db,
                      QStringLiteral("SELECT request_body FROM call_bodies WHERE "
                                     "request_body IS NOT NULL")),
                 QStringList{QStringLiteral("{\"q\":150}")});
    }

    void valuesAreStoredAsBound()
    {
        Database db = openForTest(newPath());
        std::vector<CallRecord> batch = mixedCalls("v-", 70); // one chunk and six single rows
        CallRecord &r = batch[5];
        r.errorType = QStringLiteral("rate_limit_error");
        r.errorMessage = QStringLiteral("Ünïcödé ✓ — 速率限制");
        r.endpoint.clear(); // NOT NULL: stored as ""
        r.priceJson = "{\"input\":2.5}";
        r.priceModel = QStringLiteral("gpt-4o");
        r.costUsd = 0.125;
        r.ttftUs = 0;
        CallInserter inserter(db.connection());
        QVERIFY(inserter.insert(batch).ok);
        QCOMPARE(
            rows(db,
                 QStringLiteral("SELECT endpoint, typeof(endpoint), error_type, error_message, "
                                "price_json, price_model, cost_usd, typeof(cost_usd), ttft_us, "
                                "typeof(request_id), typeof(price_json), user_agent, client_tool "
                                "IS NULL, upstream_request_id IS NULL FROM calls "
                                "WHERE request_id = 'v-5'")),
            QStringList{QStringLiteral("|text|rate_limit_error|Ünïcödé ✓ — 速率限制|"
                                       "{\"input\":2.5}|gpt-4o|0.125|real|0|text|text|"
                                       "openai-python/1.0|1|1")});
        // Empty texts and unknown values are NULL, in chunks and single rows alike.
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM calls WHERE error_type IS NULL "
                                       "AND price_json IS NULL")),
                 69);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM calls WHERE provider IS NULL")),
                 scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM calls WHERE provider IS NULL OR "
                                       "provider = ''")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM calls WHERE cost_usd IS NULL")),
                 10); // i % 6 == 5, but for v-5
    }

    void rejectedRowInAChunkIsReported()
    {
        Database db = openForTest(newPath());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER reject_poison BEFORE INSERT ON calls "
                                          "WHEN NEW.request_id = 'p-70' "
                                          "BEGIN SELECT RAISE(ABORT, 'poisoned'); END")));
        std::vector<CallRecord> batch = mixedCalls("p-", 200);
        CallInserter inserter(db.connection());
        CallInserter::Result result = inserter.insert(batch);
        QVERIFY(!result.ok);
        QCOMPARE(result.failedIndex, 70);
        QVERIFY(result.recordSpecific);
        QVERIFY2(result.error.contains(QLatin1String("poisoned")), qPrintable(result.error));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM calls")), 0); // rolled back

        batch.erase(batch.begin() + 70); // what CallLogWriter does with such a record
        result = inserter.insert(batch);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.inserted, 199);
        compareRollupsWithCalls(db);
    }

    void rollbackOfTheTransactionIsRetriedRowByRow()
    {
        Database db = openForTest(newPath());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER reject_poison BEFORE INSERT ON calls "
                                          "WHEN NEW.request_id = 'r-3' "
                                          "BEGIN SELECT RAISE(ROLLBACK, 'rolled back'); END")));
        std::vector<CallRecord> batch = mixedCalls("r-", 100);
        CallInserter inserter(db.connection());
        CallInserter::Result result = inserter.insert(batch);
        QVERIFY(!result.ok);
        QVERIFY(!result.recordSpecific); // the chunk cannot say which row
        result = inserter.insert(batch); // the retry can
        QVERIFY(!result.ok);
        QCOMPARE(result.failedIndex, 3);
        QVERIFY(result.recordSpecific);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM calls")), 0);
    }
};

QTEST_GUILESS_MAIN(TstCallInserter)
#include "tst_callinserter.moc"
