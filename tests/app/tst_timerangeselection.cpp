#include "timerangeselection.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

class TstTimeRangeSelection : public QObject
{
    Q_OBJECT

private:
    static qint64 startOf(const QDate &date) { return date.startOfDay().toMSecsSinceEpoch(); }

private Q_SLOTS:
    void presetsEndTomorrowAtMidnight_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<int>("days");
        QTest::newRow("today") << int(TimeRangeSelection::Today) << 1;
        QTest::newRow("7 days") << int(TimeRangeSelection::Last7Days) << 7;
        QTest::newRow("30 days") << int(TimeRangeSelection::Last30Days) << 30;
        QTest::newRow("90 days") << int(TimeRangeSelection::Last90Days) << 90;
    }

    void presetsEndTomorrowAtMidnight()
    {
        QFETCH(int, preset);
        QFETCH(int, days);
        const QDate today(2026, 11, 23);
        TimeRangeSelection selection;
        selection.setToday(today);
        selection.setPreset(TimeRangeSelection::Preset(preset));
        QCOMPARE(selection.days(), days);
        QCOMPARE(selection.toMs(), startOf(today.addDays(1)));
        QCOMPARE(selection.fromMs(), startOf(today.addDays(1 - days)));
        // The previous period has the same length and ends where this one starts.
        QCOMPARE(selection.previousToMs(), selection.fromMs());
        QCOMPARE(selection.previousToMs() - selection.previousFromMs(),
                 selection.toMs() - selection.fromMs());
        QCOMPARE(selection.hourly(), days == 1);
    }

    void customDatesStayOrdered()
    {
        TimeRangeSelection selection;
        selection.setToday(QDate(2026, 11, 23));
        QSignalSpy changed(&selection, &TimeRangeSelection::changed);
        selection.setPreset(TimeRangeSelection::Custom);
        QVERIFY(selection.setCustomFromText(QStringLiteral("2026-10-01")));
        QVERIFY(selection.setCustomToText(QStringLiteral("2026-10-03")));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(selection.days(), 3);
        QCOMPARE(selection.fromMs(), startOf(QDate(2026, 10, 1)));
        QCOMPARE(selection.toMs(), startOf(QDate(2026, 10, 4)));
        QVERIFY(!selection.setCustomFromText(QStringLiteral("2026-13-40")));
        QCOMPARE(changed.count(), 3);
        // A start after the end moves the end along.
        QVERIFY(selection.setCustomFromText(QStringLiteral("2026-10-10")));
        QCOMPARE(selection.customTo(), QDate(2026, 10, 10));
        QCOMPARE(selection.days(), 1);
        QCOMPARE(selection.presetNames().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TstTimeRangeSelection)
#include "tst_timerangeselection.moc"
