#include "apptestsupport.h"
#include "costtrendmodel.h"
#include "ledgerformat.h"
#include "ledgerreader.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QTest>

// The cost trend against a ledger seeded with known calls; TZ=UTC so that the local
// calendar is the UTC one of AppTest::at().
class TestCostTrendModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LedgerReader> m_reader;

    static qint64 utc(int year, int month, int day, int hour = 0)
    {
        return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch();
    }

    void waitFor(CostTrendModel &model)
    {
        QSignalSpy refreshed(&model, &LedgerQueryModel::refreshed);
        QVERIFY(refreshed.wait(5000));
        QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));
    }

    static QVariant at(const CostTrendModel &model, int row, CostTrendModel::Role role)
    {
        return model.data(model.index(row, 0), role);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("ledger.sqlite"));
        const QList<CallRecord> calls = {
            // October: 1.00 + 0.50; the last second of October and the first of November.
            AppTest::record("oct-1", utc(2026, 10, 2, 9), QStringLiteral("gpt-4o"), 1.0),
            AppTest::record("oct-2", utc(2026, 11, 1) - 1000, QStringLiteral("gpt-4o"), 0.5),
            AppTest::record("nov-1", utc(2026, 11, 1), QStringLiteral("gpt-4o"), 2.0),
            AppTest::record("nov-2", utc(2026, 11, 20, 12), QStringLiteral("gpt-4o"), 0.25),
            // After the anchor (the range's end): not counted.
            AppTest::record("nov-3", utc(2026, 11, 23, 18), QStringLiteral("gpt-4o"), 9.0),
            // July (Q3), and a year earlier than the 12 months shown.
            AppTest::record("jul-1", utc(2026, 7, 15), QStringLiteral("gpt-4o"), 3.0),
            AppTest::record("old-1", utc(2025, 11, 30), QStringLiteral("gpt-4o"), 7.0),
        };
        QString error;
        QVERIFY2(AppTest::seed(m_path, calls, &error), qPrintable(error));
        m_reader = std::make_unique<LedgerReader>(m_path);
    }

    void spansCoverWholeLocalPeriods()
    {
        const qint64 anchor = utc(2026, 11, 23, 12); // a Monday
        const auto weeks = CostTrendModel::spans(CostTrendModel::Week, anchor, 13, Qt::Monday);
        QCOMPARE(weeks.size(), 13);
        QCOMPARE(weeks.constLast().startMs, utc(2026, 11, 23));
        QCOMPARE(weeks.constLast().endMs, anchor);
        QCOMPARE(weeks.constFirst().startMs, utc(2026, 8, 31));
        QCOMPARE(weeks.at(0).endMs, weeks.at(1).startMs);

        const auto sundayWeeks = CostTrendModel::spans(CostTrendModel::Week, anchor, 2, Qt::Sunday);
        QCOMPARE(sundayWeeks.constLast().startMs, utc(2026, 11, 22));
        QCOMPARE(sundayWeeks.constFirst().startMs, utc(2026, 11, 15));

        const auto months = CostTrendModel::spans(CostTrendModel::Month, anchor, 12);
        QCOMPARE(months.constFirst().startMs, utc(2025, 12, 1));
        QCOMPARE(months.at(2).startMs, utc(2026, 2, 1));
        QCOMPARE(months.at(2).endMs, utc(2026, 3, 1));

        const auto quarters = CostTrendModel::spans(CostTrendModel::Quarter, anchor, 8);
        QCOMPARE(quarters.constFirst().startMs, utc(2025, 1, 1));
        QCOMPARE(quarters.constLast().startMs, utc(2026, 10, 1));

        // A range ending exactly at midnight belongs to the day before.
        const auto endOfOctober = CostTrendModel::spans(CostTrendModel::Month, utc(2026, 11, 1), 1);
        QCOMPARE(endOfOctober.constFirst().startMs, utc(2026, 10, 1));
        QCOMPARE(endOfOctober.constFirst().endMs, utc(2026, 11, 1));
    }

    void monthsSumTheirCalls()
    {
        CostTrendModel model;
        QAbstractItemModelTester tester(&model);
        model.setPeriod(CostTrendModel::Month);
        model.setToMs(utc(2026, 11, 23, 12));
        model.setLedger(m_reader.get());
        waitFor(model);

        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(at(model, 11, CostTrendModel::CostRole).toDouble(), 2.25);
        QCOMPARE(at(model, 11, CostTrendModel::PartialRole).toBool(), true);
        QCOMPARE(at(model, 10, CostTrendModel::CostRole).toDouble(), 1.5);
        QCOMPARE(at(model, 10, CostTrendModel::PartialRole).toBool(), false);
        QCOMPARE(at(model, 7, CostTrendModel::CostRole).toDouble(), 3.0); // July
        QCOMPARE(at(model, 0, CostTrendModel::CostRole).toDouble(), 0.0); // Dec 2025
        QCOMPARE(model.maxCost(), 3.0);
        QCOMPARE(at(model, 7, CostTrendModel::ShareRole).toDouble(), 1.0);
        QCOMPARE(at(model, 11, CostTrendModel::ShareRole).toDouble(), 0.75);
        QCOMPARE(at(model, 11, CostTrendModel::ChangeTextRole).toString(),
                 LedgerFormat::change(2.25, 1.5));
        QCOMPARE(at(model, 11, CostTrendModel::ChangeGoodRole).toBool(), false);
        QCOMPARE(at(model, 10, CostTrendModel::ChangeGoodRole).toBool(), false); // from 0
        QCOMPARE(at(model, 8, CostTrendModel::ChangeGoodRole).toBool(), true); // August < July
        QCOMPARE(at(model, 0, CostTrendModel::ChangeTextRole).toString(), QString());
        QCOMPARE(at(model, 11, CostTrendModel::RequestsTextRole).toString(),
                 LedgerFormat::count(2));
        QCOMPARE(at(model, 11, CostTrendModel::CostTextRole).toString(), LedgerFormat::usd(2.25));
        QCOMPARE(at(model, 11, CostTrendModel::NameRole).toString(),
                 QLocale().toString(QDate(2026, 11, 1), QStringLiteral("MMM yyyy")));
    }

    void quartersAndWeeks()
    {
        CostTrendModel model;
        QAbstractItemModelTester tester(&model);
        model.setPeriod(CostTrendModel::Quarter);
        model.setToMs(utc(2026, 11, 23, 12));
        model.setLedger(m_reader.get());
        waitFor(model);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(at(model, 7, CostTrendModel::CostRole).toDouble(), 3.75); // Q4 2026 so far
        QCOMPARE(at(model, 6, CostTrendModel::CostRole).toDouble(), 3.0); // Q3
        QCOMPARE(at(model, 3, CostTrendModel::CostRole).toDouble(), 7.0); // Q4 2025
        QCOMPARE(at(model, 7, CostTrendModel::NameRole).toString(), QStringLiteral("Q4 2026"));

        model.setPeriod(CostTrendModel::Week);
        waitFor(model);
        QCOMPARE(model.rowCount(), 13);
        // 2026-11-20 is in the week before the anchor's, whatever the first day of the week.
        QCOMPARE(at(model, 11, CostTrendModel::CostRole).toDouble(), 0.25);
        QCOMPARE(at(model, 12, CostTrendModel::CostRole).toDouble(), 0.0);
    }

    void oneKeyOnly()
    {
        CostTrendModel model;
        model.setPeriod(CostTrendModel::Month);
        model.setToMs(utc(2026, 11, 23, 12));
        model.setClientKeyId(QStringLiteral("no-such-key"));
        model.setLedger(m_reader.get());
        waitFor(model);
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.maxCost(), 0.0);
        QCOMPARE(at(model, 11, CostTrendModel::ShareRole).toDouble(), 0.0);
    }
};

int main(int argc, char **argv)
{
    qputenv("TZ", "UTC");
    QCoreApplication app(argc, argv);
    TestCostTrendModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_costtrendmodel.moc"
