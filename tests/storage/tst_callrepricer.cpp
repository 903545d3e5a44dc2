#include "callinserter.h"
#include "callqueries.h"
#include "callrepricer.h"
#include "modelprice.h"
#include "pricetable.h"
#include "testrecords.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestRecords;

class TestCallRepricer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void repricesChangedCallsAndTheirRollups();
    void leavesFreeCallsAlone();
    void respectsTheRange();

private:
    void seed(const QList<CallRecord> &records);
    static PriceTable table(double input, double output);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCallRepricer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("ledger.sqlite"));
}

void TestCallRepricer::seed(const QList<CallRecord> &records)
{
    Database db = openForTest(m_path);
    CallInserter inserter(db.connection());
    const auto result = inserter.insert(std::vector<CallRecord>(records.cbegin(), records.cend()));
    QVERIFY2(result.ok, qPrintable(result.error));
}

PriceTable TestCallRepricer::table(double input, double output)
{
    PriceTable prices;
    ModelPrice price;
    price.model = QStringLiteral("my-finetune");
    price.inputPerM = input;
    price.outputPerM = output;
    prices.insert(price);
    return prices;
}

void TestCallRepricer::repricesChangedCallsAndTheirRollups()
{
    CallRecord unknown = record("a", at(0, 10));
    unknown.requestedModel = unknown.servedModel = QStringLiteral("my-finetune");
    unknown.costUsd.reset(); // recorded before the model had a price
    unknown.usage.inputTokens = 1000;
    unknown.usage.outputTokens = 500;
    CallRecord other = record("b", at(0, 10, 30)); // gpt-4o, not in the new table
    other.costUsd = 0.25;
    seed({unknown, other});

    QString error;
    const auto result = CallRepricer::reprice(m_path, table(2.0, 6.0), {}, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->examined, 2);
    QCOMPARE(result->changed, 2); // gpt-4o loses its price in this table: honest, not kept
    QCOMPARE(result->unpricedBefore, 1);
    QCOMPARE(result->unpricedAfter, 1);

    auto queries = CallQueries::open(m_path, &error);
    QVERIFY(queries);
    const auto page = queries->logPage(CallFilter(), {}, 10);
    QCOMPARE(page.rows.size(), 2);
    const CallRecord repriced = page.rows.at(1).record; // oldest last
    QCOMPARE(repriced.requestId, QByteArray("a"));
    // 1000 × $2 + 500 × $6 per million = $0.005
    QVERIFY(repriced.costUsd.has_value());
    QCOMPARE(*repriced.costUsd, 0.005);
    QCOMPARE(repriced.priceModel, QStringLiteral("my-finetune"));
    QVERIFY(!page.rows.at(0).record.costUsd.has_value());

    // The rollups the dashboards read moved by the same amounts.
    const UsageTotals totals = queries->totals({at(0, 0), at(1, 0)});
    QCOMPARE(totals.costUsd, 0.005);
    QCOMPARE(totals.unpriced, 1);
    // Whole days come from usage_daily, hours from usage_hourly, series from usage_key_hourly.
    const UsageTotals hours = queries->totals({at(0, 0), at(0, 23)});
    QCOMPARE(hours.costUsd, 0.005);
    QCOMPARE(hours.unpriced, 1);
    const QList<UsageBucket> days = queries->timeSeries({at(0, 0), at(1, 0)}, Bucket::Day);
    QCOMPARE(days.size(), 1);
    QCOMPARE(days.at(0).totals.costUsd, 0.005);
    QCOMPARE(days.at(0).totals.unpriced, 1);
}

void TestCallRepricer::leavesFreeCallsAlone()
{
    CallRecord refused = record("refused", at(0, 1));
    refused.httpStatus = 400;
    refused.usageSource = UsageSource::None;
    refused.usage = TokenUsage();
    refused.costUsd = 0.0;
    CallRecord local = record("local", at(0, 2));
    local.priceModel = QStringLiteral("local");
    local.costUsd = 0.0;
    seed({refused, local});

    QString error;
    const auto result = CallRepricer::reprice(m_path, table(2.0, 6.0), {}, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->examined, 0);
    QCOMPARE(result->changed, 0);
}

void TestCallRepricer::respectsTheRange()
{
    CallRecord early = record("early", at(0, 1));
    CallRecord late = record("late", at(2, 1));
    for (CallRecord *r : {&early, &late}) {
        r->requestedModel = r->servedModel = QStringLiteral("my-finetune");
        r->costUsd.reset();
    }
    seed({early, late});
    QString error;
    const auto result
        = CallRepricer::reprice(m_path, table(1.0, 1.0), {at(1, 0), at(3, 0)}, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->examined, 1);
    QCOMPARE(result->changed, 1);
    auto queries = CallQueries::open(m_path, &error);
    QCOMPARE(queries->totals({at(0, 0), at(1, 0)}).unpriced, 1);
    QCOMPARE(queries->totals({at(2, 0), at(3, 0)}).unpriced, 0);
}

QTEST_GUILESS_MAIN(TestCallRepricer)
#include "tst_callrepricer.moc"
