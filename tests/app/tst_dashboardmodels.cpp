#include "apptestsupport.h"
#include "kpimodel.h"
#include "ledgerformat.h"
#include "ledgerreader.h"
#include "usagegroupmodel.h"
#include "usageseriesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The dashboard's models against a real ledger seeded with known calls: exact sums, changes
// against the previous period, series buckets and groups, and live refreshes in place.
class TstDashboardModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LedgerReader> m_reader;

    // Day 0 (the current period: [day 0, day 2)): three calls; day -1 (previous): one.
    static QList<CallRecord> seedCalls()
    {
        CallRecord a = AppTest::record("a", AppTest::at(0, 10), QStringLiteral("gpt-4o"), 0.5);
        a.usage = {1000, 400, 0, 0, 200, 0};
        a.cacheSavingsUsd = 0.1;
        a.cacheHit = true; // the flag alone is what the hit rate counts
        a.latencyUs = 1000000;
        CallRecord b
            = AppTest::record("b", AppTest::at(0, 11), QStringLiteral("gpt-4o-mini"), 0.25);
        b.usage = {600, 0, 0, 0, 200, 0};
        b.latencyUs = 2000000;
        b.streamed = true;
        b.ttftUs = 500000;
        CallRecord c = AppTest::record("c", AppTest::at(1, 9), QStringLiteral("gpt-4o"), 0.25);
        c.usage = {0, 0, 0, 0, 0, 0};
        c.httpStatus = 500;
        c.latencyUs = 4000000;
        CallRecord old = AppTest::record("old", AppTest::at(-1, 10), QStringLiteral("gpt-4o"), 2.0);
        old.usage = {100, 0, 0, 0, 100, 0};
        old.latencyUs = 1000000;
        return {a, b, c, old};
    }

    template<typename Model>
    void bind(Model &model, int fromDay = 0, int toDay = 2)
    {
        model.setLedger(m_reader.get());
        model.setFromMs(AppTest::at(fromDay, 0));
        model.setToMs(AppTest::at(toDay, 0));
    }

    static QVariant kpi(const KpiModel &model, KpiModel::Kpi row, KpiModel::Role role)
    {
        return model.data(model.index(row, 0), role);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("ledger.sqlite"));
        QString error;
        QVERIFY2(AppTest::seed(m_path, seedCalls(), &error), qPrintable(error));
        m_reader = std::make_unique<LedgerReader>(m_path);
        m_reader->setChangeDelayMs(0);
    }

    void kpisOfThePeriodAndTheirChange()
    {
        KpiModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy refreshed(&model, &KpiModel::refreshed);
        bind(model);
        QTRY_COMPARE(refreshed.count(), 1);
        QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));
        QCOMPARE(model.rowCount(), int(KpiModel::KpiCount));

        QCOMPARE(kpi(model, KpiModel::TotalCost, KpiModel::ValueRole).toDouble(), 1.0);
        QCOMPARE(kpi(model, KpiModel::TotalCost, KpiModel::ValueTextRole).toString(),
                 LedgerFormat::usd(1.0));
        // Previous period [day -2, day 0): $2.00 → −50 %; spending less is good news.
        QCOMPARE(kpi(model, KpiModel::TotalCost, KpiModel::ChangeTextRole).toString(),
                 LedgerFormat::change(1.0, 2.0));
        QCOMPARE(kpi(model, KpiModel::TotalCost, KpiModel::ChangeGoodRole).toInt(), 1);
        QCOMPARE(kpi(model, KpiModel::TotalTokens, KpiModel::ValueRole).toDouble(), 2000.0);
        QCOMPARE(kpi(model, KpiModel::Requests, KpiModel::ValueRole).toDouble(), 3.0);
        QCOMPARE(kpi(model, KpiModel::Requests, KpiModel::ChangeGoodRole).toInt(), 0);
        QCOMPARE(kpi(model, KpiModel::CostPer1kTokens, KpiModel::ValueRole).toDouble(), 0.5);
        QCOMPARE(kpi(model, KpiModel::AverageDailyCost, KpiModel::ValueRole).toDouble(), 0.5);
        QCOMPARE(kpi(model, KpiModel::CacheSavings, KpiModel::ValueRole).toDouble(), 0.1);
        QCOMPARE(kpi(model, KpiModel::ErrorRate, KpiModel::ValueRole).toDouble(), 1.0 / 3);
        // Latencies 1 s, 2 s, 4 s: p50 = 2 s, p95 = 4 s, within the histogram's 4.5 %.
        const double p50 = kpi(model, KpiModel::LatencyP50, KpiModel::ValueRole).toDouble();
        QVERIFY2(qAbs(p50 - 2e6) < 2e6 * 0.045, qPrintable(QString::number(p50)));
        const double p95 = kpi(model, KpiModel::LatencyP95, KpiModel::ValueRole).toDouble();
        QVERIFY2(qAbs(p95 - 4e6) < 4e6 * 0.045, qPrintable(QString::number(p95)));
        const double ttft = kpi(model, KpiModel::TimeToFirstToken, KpiModel::ValueRole).toDouble();
        QVERIFY2(qAbs(ttft - 5e5) < 5e5 * 0.045, qPrintable(QString::number(ttft)));
        // 400 output tokens over 7 s - 0.5 s of generation.
        QVERIFY(qFuzzyCompare(
            kpi(model, KpiModel::OutputTokensPerSecond, KpiModel::ValueRole).toDouble(),
            400 / 6.5));
        // One of three calls answered from the response cache, none in the previous period.
        QCOMPARE(kpi(model, KpiModel::CacheHitRate, KpiModel::ValueRole).toDouble(), 1.0 / 3);
        QCOMPARE(kpi(model, KpiModel::CacheHitRate, KpiModel::ValueTextRole).toString(),
                 LedgerFormat::percent(1.0 / 3));
        QCOMPARE(kpi(model, KpiModel::CacheHitRate, KpiModel::ChangeGoodRole).toInt(), 1);
        // Only streamed calls have a TTFT: none in the previous period, so no change shown.
        QCOMPARE(kpi(model, KpiModel::TimeToFirstToken, KpiModel::ChangeTextRole).toString(),
                 QString());
    }

    void kpisOfOneKey()
    {
        KpiModel model;
        QSignalSpy refreshed(&model, &KpiModel::refreshed);
        bind(model);
        model.setClientKeyId(QStringLiteral("no-such-key"));
        QTRY_COMPARE(refreshed.count(), 1);
        QCOMPARE(kpi(model, KpiModel::Requests, KpiModel::ValueRole).toDouble(), 0.0);
        QVERIFY(!kpi(model, KpiModel::LatencyP50, KpiModel::ValueRole).isValid());
    }

    void seriesPerHourAndDay()
    {
        UsageSeriesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy refreshed(&model, &UsageSeriesModel::refreshed);
        model.setHourly(true);
        bind(model);
        QTRY_COMPARE(refreshed.count(), 1);
        QCOMPARE(model.rowCount(), 48); // dense: every hour of two days
        auto at = [&model](int row, int column) {
            return model.data(model.index(row, column)).toDouble();
        };
        QCOMPARE(at(10, UsageSeriesModel::TimeColumn), double(AppTest::at(0, 10)));
        QCOMPARE(at(10, UsageSeriesModel::CostColumn), 0.5);
        QCOMPARE(at(10, UsageSeriesModel::TokensColumn), 1200.0);
        QCOMPARE(at(11, UsageSeriesModel::CostColumn), 0.25);
        QCOMPARE(at(12, UsageSeriesModel::CostColumn), 0.0);
        QCOMPARE(model.maxCost(), 0.5);
        QCOMPARE(model.maxTokens(), 1200.0);
        QCOMPARE(model.tokenScale(), 1.0);
        QCOMPARE(model.tokenAxisTitle(), QStringLiteral("Tokens"));
    }

    void tokenAxisScale()
    {
        QCOMPARE(UsageSeriesModel::tokenScaleFor(9999), 1.0);
        QCOMPARE(UsageSeriesModel::tokenScaleFor(10000), 1e3);
        QCOMPARE(UsageSeriesModel::tokenScaleFor(22189715), 1e6);
        QCOMPARE(UsageSeriesModel::tokenScaleFor(3.5e10), 1e9);
    }

    void groupsByModelAndDay()
    {
        UsageGroupModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy refreshed(&model, &UsageGroupModel::refreshed);
        bind(model, -1, 2);
        QTRY_COMPARE(refreshed.count(), 1);
        // gpt-4o: 0.5 + 0.25 + 2.0 = 2.75; gpt-4o-mini 0.25.
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, 0), UsageGroupModel::NameRole).toString(),
                 QStringLiteral("gpt-4o"));
        QCOMPARE(model.data(model.index(0, 1)).toDouble(), 2.75);
        QCOMPARE(model.data(model.index(1, 0), UsageGroupModel::ShareRole).toDouble(), 0.25 / 3);
        QCOMPARE(model.totalCost(), 3.0);

        // Folding: with one group allowed everything is "Other".
        model.setMaxGroups(1);
        QTRY_COMPARE(refreshed.count(), 2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Other"));
        QCOMPARE(model.data(model.index(0, 1)).toDouble(), 3.0);
    }

    void liveRefreshUpdatesInPlace()
    {
        UsageGroupModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy refreshed(&model, &UsageGroupModel::refreshed);
        bind(model);
        QTRY_COMPARE(refreshed.count(), 1);
        const double before = model.data(model.index(0, 1)).toDouble();

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QString error;
        QVERIFY(AppTest::seed(
            m_path, {AppTest::record("live", AppTest::at(0, 12), QStringLiteral("gpt-4o"), 1.0)},
            &error));
        m_reader->notifyCallsWritten();
        QTRY_COMPARE(refreshed.count(), 2);
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.data(model.index(0, 1)).toDouble(), before + 1.0);
    }
};

QTEST_MAIN(TstDashboardModels)
#include "tst_dashboardmodels.moc"
