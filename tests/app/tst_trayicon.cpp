#include "apptestsupport.h"
#include "ledgerformat.h"
#include "ledgerreader.h"
#include "trayicon.h"

#include <QSignalSpy>
#include <QTest>

#include <ctime>

// The tray icon against a real ledger: today's spend and requests in the tooltip and menu,
// refreshed when the proxy writes calls; its actions' signals; the pause action's state.
class TstTrayIcon : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LedgerReader> m_reader;

    static QDate day0() { return QDate(2026, 11, 23); }

    static QAction *action(TrayIcon &tray, const QString &text)
    {
        const QList<QAction *> actions = tray.menu()->actions();
        for (QAction *a : actions) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "UTC"); // "today" is a local day: make it a UTC day
        tzset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("ledger.sqlite"));
        // Day 0: three calls (one without a price, one failed), the day before and after: one each.
        CallRecord a = AppTest::record("a", AppTest::at(0, 0, 1), QStringLiteral("gpt-4o"), 1.25);
        CallRecord b = AppTest::record("b", AppTest::at(0, 12), QStringLiteral("gpt-4o"), 0.004);
        b.httpStatus = 500;
        CallRecord c = AppTest::record("c", AppTest::at(0, 23, 59), QStringLiteral("gpt-4o"), 0);
        c.costUsd.reset();
        CallRecord before = AppTest::record("y", AppTest::at(-1, 23, 59), QStringLiteral("x"), 7);
        CallRecord after = AppTest::record("t", AppTest::at(1, 0), QStringLiteral("x"), 9);
        QString error;
        QVERIFY2(AppTest::seed(m_path, {a, b, c, before, after}, &error), qPrintable(error));
        m_reader = std::make_unique<LedgerReader>(m_path);
        m_reader->setChangeDelayMs(0);
    }

    void todaysSpendInTooltipAndMenu()
    {
        TrayIcon tray(m_reader.get());
        QSignalSpy refreshed(&tray, &TrayIcon::refreshed);
        tray.setToday(day0());
        QTRY_VERIFY(!refreshed.isEmpty() && tray.today().requests == 3);
        QCOMPARE(tray.today().costUsd, 1.254); // the unpriced call adds nothing
        // No translator is installed here, so plurals read as in the source ("request(s)");
        // the application's English translation turns them into "3 requests".
        const QString summary = QStringLiteral("Today: $1.25 · 3 request(s)");
        QCOMPARE(LedgerFormat::usd(1.254), QStringLiteral("$1.25"));
        QCOMPARE(tray.summary(), summary);
        QCOMPARE(tray.toolTip(), QLatin1String("LLM Ledger\n") + summary);

        const QList<QAction *> actions = tray.menu()->actions();
        QCOMPARE(actions.first()->text(), summary);
        QVERIFY(!actions.first()->isEnabled());
        QStringList texts;
        for (const QAction *a : actions) {
            if (!a->isSeparator())
                texts << a->text();
        }
        QCOMPARE(texts,
                 (QStringList{summary, QStringLiteral("Open window"), QStringLiteral("Pause proxy"),
                              QStringLiteral("Quit")}));

        // The next day has one call of its own.
        refreshed.clear();
        tray.setToday(day0().addDays(1));
        QTRY_VERIFY(!refreshed.isEmpty());
        QCOMPARE(tray.summary(), QStringLiteral("Today: $9.00 · 1 request(s)"));
    }

    void refreshesWhenCallsAreWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("live.sqlite"));
        QString error;
        QVERIFY2(AppTest::seed(path, {}, &error), qPrintable(error));
        LedgerReader reader(path);
        reader.setChangeDelayMs(0);
        TrayIcon tray(&reader);
        QSignalSpy refreshed(&tray, &TrayIcon::refreshed);
        tray.setToday(day0());
        QTRY_VERIFY(!refreshed.isEmpty());
        QCOMPARE(tray.summary(), QStringLiteral("Today: $0.00 · 0 request(s)"));

        QVERIFY2(AppTest::seed(path,
                               {AppTest::record("n", AppTest::at(0, 9), QStringLiteral("m"), 2.5)},
                               &error),
                 qPrintable(error));
        refreshed.clear();
        reader.notifyCallsWritten();
        QTRY_VERIFY(!refreshed.isEmpty());
        QCOMPARE(tray.summary(), QStringLiteral("Today: $2.50 · 1 request(s)"));
    }

    void actionsEmitTheirSignals()
    {
        TrayIcon tray(m_reader.get());
        QSignalSpy open(&tray, &TrayIcon::openWindowRequested);
        QSignalSpy pause(&tray, &TrayIcon::pauseRequested);
        QSignalSpy quit(&tray, &TrayIcon::quitRequested);

        QAction *openAction = action(tray, QStringLiteral("Open window"));
        QVERIFY(openAction);
        openAction->trigger();
        QCOMPARE(open.count(), 1);

        QAction *pauseAction = action(tray, QStringLiteral("Pause proxy"));
        QVERIFY(pauseAction);
        QVERIFY(pauseAction->isCheckable());
        pauseAction->trigger();
        QCOMPARE(pause.count(), 1);
        QCOMPARE(pause.first().at(0).toBool(), true);
        QVERIFY(tray.isPaused());
        QCOMPARE(pauseAction->text(), QStringLiteral("Resume proxy"));
        pauseAction->trigger();
        QCOMPARE(pause.count(), 2);
        QCOMPARE(pause.last().at(0).toBool(), false);
        QCOMPARE(pauseAction->text(), QStringLiteral("Pause proxy"));

        QAction *quitAction = action(tray, QStringLiteral("Quit"));
        QVERIFY(quitAction);
        quitAction->trigger();
        QCOMPARE(quit.count(), 1);
        QCOMPARE(open.count(), 1);
    }

    void setPausedReflectsTheProxy()
    {
        TrayIcon tray(m_reader.get());
        QSignalSpy pause(&tray, &TrayIcon::pauseRequested);
        QAction *pauseAction = action(tray, QStringLiteral("Pause proxy"));
        QVERIFY(pauseAction);
        tray.setPaused(true);
        QVERIFY(tray.isPaused());
        QVERIFY(pauseAction->isChecked());
        QCOMPARE(pauseAction->text(), QStringLiteral("Resume proxy"));
        QVERIFY(tray.toolTip().endsWith(QLatin1String("\nProxy paused")));
        tray.setPaused(false);
        QVERIFY(!pauseAction->isChecked());
        QCOMPARE(pauseAction->text(), QStringLiteral("Pause proxy"));
        QVERIFY(!tray.toolTip().contains(QLatin1String("paused")));
        QCOMPARE(pause.count(), 0); // told, not asked
    }

    void noTrayNoNotification()
    {
        // Offscreen there is no system tray: the tray is not shown and notify() says so.
        QVERIFY(!TrayIcon::isAvailable());
        TrayIcon tray(nullptr);
        QVERIFY(!tray.isVisible());
        QVERIFY(!tray.notify(QStringLiteral("Budget"), QStringLiteral("80 % of the month used")));
        QCOMPARE(tray.summary(), QStringLiteral("Today: —"));
    }
};

QTEST_MAIN(TstTrayIcon)
#include "tst_trayicon.moc"
