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

    void datesInTheLocaleFormat_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("typed");
        QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("M/d/yyyy")
                               << QStringLiteral("11/3/2026");
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("dd.MM.yyyy")
                               << QStringLiteral("03.11.2026");
    }

    void datesInTheLocaleFormat()
    {
        QFETCH(QString, locale);
        QFETCH(QString, format);
        QFETCH(QString, typed);
        const QLocale previous;
        QLocale::setDefault(QLocale(locale));
        // A four-digit year, so that "26" is never taken for 1926.
        QCOMPARE(TimeRangeSelection::dateFormat(), format);
        QCOMPARE(TimeRangeSelection::formatDate(QDate(2026, 11, 3)), typed);
        QCOMPARE(TimeRangeSelection::parseDate(typed), QDate(2026, 11, 3));
        QCOMPARE(TimeRangeSelection::parseDate(QStringLiteral(" 2026-11-03 ")), QDate(2026, 11, 3));
        QVERIFY(!TimeRangeSelection::parseDate(QStringLiteral("31/31/2026")).isValid());
        QVERIFY(!TimeRangeSelection::parseDate(QStringLiteral("tomorrow")).isValid());
        QVERIFY(!TimeRangeSelection::parseDate(QString()).isValid());
        QCOMPARE(TimeRangeSelection::parseTime(QStringLiteral("9:05")), QTime(9, 5));
        QCOMPARE(TimeRangeSelection::parseTime(QStringLiteral("14:30")), QTime(14, 30));
        QVERIFY(!TimeRangeSelection::parseTime(QStringLiteral("25:00")).isValid());
        QVERIFY(!TimeRangeSelection::parseTime(QStringLiteral("noon")).isValid());

        TimeRangeSelection selection;
        QVERIFY(selection.setCustomFromText(typed));
        QCOMPARE(selection.customFrom(), QDate(2026, 11, 3));
        QLocale::setDefault(previous);
    }
};

QTEST_GUILESS_MAIN(TstTimeRangeSelection)
#include "tst_timerangeselection.moc"
