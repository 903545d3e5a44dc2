#include "apptestsupport.h"
#include "callformat.h"
#include "ledgerreader.h"
#include "qmltestsupport.h"

#include <QApplication>
#include <QImage>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

Q_IMPORT_QML_PLUGIN(Ledger_AppPlugin)
Q_IMPORT_QML_PLUGIN(Ledger_UiPlugin)

using namespace QmlTest;

namespace {

// One seeded call, at a local date and time in November 2026.
struct Seed
{
    const char *id;
    int day;
    int hour;
    int minute;
    const char *provider;
    const char *model;
    int status;
};

const Seed seeds[] = {
    {"c1", 1, 9, 0, "openai", "gpt-4o", 200},
    {"c2", 1, 15, 30, "anthropic", "claude-sonnet", 200},
    {"c3", 2, 10, 0, "openai", "gpt-4o-mini", 429},
    {"c4", 3, 8, 0, "openai", "gpt-4o", 500},
    {"c5", 4, 12, 0, "anthropic", "claude-sonnet", 200},
};

QStringList ids(const char *list)
{
    return QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts);
}

qint64 startedAt(const Seed &seed)
{
    return QDateTime(QDate(2026, 11, seed.day), QTime(seed.hour, seed.minute)).toMSecsSinceEpoch();
}

} // namespace

// LogsPage.qml on its own, offscreen, at the size the window gives a page at its minimum
// (1024x700 less the sidebar and tool bar), over a ledger of five known calls. The filters
// are set through the page's own controls; the table's rows are read from its cells.
class TestLogsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LedgerReader> m_reader;
    std::unique_ptr<QQuickView> m_view;

    QList<QQuickItem *> items() const
    {
        QList<QQuickItem *> all;
        collectItems(m_view->contentItem(), all);
        return all;
    }

    QQuickItem *find(const char *objectName) const
    {
        const QList<QQuickItem *> all = items();
        for (QQuickItem *item : all) {
            if (item->objectName() == QLatin1String(objectName))
                return item;
        }
        return nullptr;
    }

    // The ids of the calls whose time cells are on screen, newest first as the table sorts.
    QStringList shownCalls() const
    {
        QStringList ids;
        QQuickItem *table = find("logTable");
        if (!table)
            return ids;
        const QList<QQuickItem *> all = items();
        for (const Seed &seed : seeds) {
            const QString time = CallFormat::localTime(startedAt(seed));
            const bool shown = std::any_of(all.cbegin(), all.cend(), [&](QQuickItem *item) {
                return item->isVisible() && item->property("isError").isValid()
                    && item->property("text").toString() == time && table->isAncestorOf(item);
            });
            if (shown)
                ids.prepend(QString::fromLatin1(seed.id));
        }
        return ids;
    }

    int tableRows() const
    {
        QQuickItem *table = find("logTable");
        return table ? table->property("rows").toInt() : -1;
    }

    // Picks a choice of a filter box as a user does: the box emits activated(index).
    bool choose(const char *box, const QString &text) const
    {
        QQuickItem *combo = find(box);
        if (!combo)
            return false;
        int index = -1;
        QMetaObject::invokeMethod(combo, "find", Q_RETURN_ARG(int, index), Q_ARG(QString, text));
        if (index < 0)
            return false;
        return QMetaObject::invokeMethod(combo, "activated", Q_ARG(int, index));
    }

    // Focuses a text field and types into it, replacing what it held.
    void type(const char *field, const QString &text) const
    {
        QQuickItem *item = find(field);
        QVERIFY2(item, field);
        item->forceActiveFocus();
        QVERIFY(item->hasActiveFocus());
        QTest::keyClick(m_view.get(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(m_view.get(), Qt::Key_Backspace);
        for (const QChar c : text)
            QTest::keyClick(m_view.get(), c.toLatin1()); // QTest has no keyClicks(QWindow *)
        QCOMPARE(item->property("text").toString(), text);
    }

    void clearFilters() const
    {
        QQuickItem *clear = find("clearFilters");
        QVERIFY(clear);
        QVERIFY(clear->isEnabled());
        QVERIFY(QMetaObject::invokeMethod(clear, "clicked"));
        QTRY_COMPARE(shownCalls(), ids("c5 c4 c3 c2 c1"));
        QCOMPARE(tableRows(), 5);
        QVERIFY(!clear->isEnabled());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        previousHandler = qInstallMessageHandler(recordQmlWarnings);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const QString path = m_dir->filePath(QStringLiteral("ledger.sqlite"));
        QList<CallRecord> records;
        for (const Seed &seed : seeds) {
            CallRecord r
                = AppTest::record(seed.id, startedAt(seed), QString::fromLatin1(seed.model), 0.01);
            r.provider = QString::fromLatin1(seed.provider);
            r.httpStatus = seed.status;
            if (QByteArray(seed.id) == "c5")
                r.userAgent = QStringLiteral("claude-cli/2.0");
            records << r;
        }
        QString error;
        QVERIFY2(AppTest::seed(path, records, &error), qPrintable(error));
        m_reader = std::make_unique<LedgerReader>(path);
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void init()
    {
        qmlWarnings.clear();
        m_view = std::make_unique<QQuickView>();
        m_view->engine()->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_view->setInitialProperties(
            {{QStringLiteral("ledger"), QVariant::fromValue(m_reader.get())}});
        m_view->setResizeMode(QQuickView::SizeRootObjectToView);
        m_view->resize(844, 640);
        m_view->setSource(QUrl(QStringLiteral("qrc:/qt/qml/Ledger/Ui/LogsPage.qml")));
        QCOMPARE(m_view->status(), QQuickView::Ready);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTRY_COMPARE(shownCalls(), ids("c5 c4 c3 c2 c1"));
        QCOMPARE(tableRows(), 5);
    }

    void cleanup()
    {
        m_view.reset();
        QVERIFY2(qmlWarnings.isEmpty(), qPrintable(qmlWarnings.join(u'\n')));
    }

    void showsTitleAndEveryCall()
    {
        const QImage image = m_view->grabWindow();
        QVERIFY(!image.isNull());
        if (const QString shot = qEnvironmentVariable("LEDGER_TEST_SCREENSHOT"); !shot.isEmpty())
            image.save(shot); // for a human look at the page
        QQuickItem *title = find("pageTitle");
        QVERIFY(title);
        QCOMPARE(title->property("text").toString(), QStringLiteral("Request log"));
        QVERIFY(title->isVisible());
        QCOMPARE(find("callCount")->property("text").toString(), QStringLiteral("5 call(s)"));
    }

    void modelAndStatusNarrowTheTable()
    {
        QTRY_VERIFY(choose("modelFilter", QStringLiteral("gpt-4o")));
        QTRY_COMPARE(shownCalls(), ids("c4 c1"));
        QCOMPARE(tableRows(), 2);
        QCOMPARE(find("callCount")->property("text").toString(), QStringLiteral("2 call(s)"));
        QVERIFY(choose("statusFilter", QStringLiteral("5xx server error")));
        QTRY_COMPARE(shownCalls(), ids("c4"));
        QCOMPARE(tableRows(), 1);
        QVERIFY(choose("statusFilter", QStringLiteral("4xx client error")));
        QTRY_COMPARE(tableRows(), 0);
        QCOMPARE(shownCalls(), QStringList());
        clearFilters();
        QCOMPARE(find("modelFilter")->property("displayText").toString(),
                 QStringLiteral("All models"));
    }

    void searchNarrowsTheTable()
    {
        type("searchField", QStringLiteral("claude-cli"));
        QTRY_COMPARE(shownCalls(), ids("c5"));
        QCOMPARE(tableRows(), 1);
        clearFilters();
        QCOMPARE(find("searchField")->property("text").toString(), QString());
    }

    void customRangeNarrowsTheTable()
    {
        QQuickItem *range = find("rangeFilter");
        QVERIFY(range);
        QCOMPARE(range->property("displayText").toString(), QStringLiteral("All time"));
        QObject *popup = range->findChild<QObject *>(QStringLiteral("customRangePopup"));
        QVERIFY(popup);
        QVERIFY(choose("rangeFilter", QStringLiteral("Custom…")));
        QTRY_VERIFY(popup->property("opened").toBool());

        // A date the locale cannot read: an error, and the table as it was.
        type("customFromDate", QStringLiteral("11/31/2026"));
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QQuickItem *error = find("customRangeError");
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->property("text").toString().startsWith(
            QStringLiteral("“11/31/2026” is not a date: enter it as M/d/yyyy")));
        QVERIFY(popup->property("opened").toBool());
        QCOMPARE(tableRows(), 5);
        if (const QString shot = qEnvironmentVariable("LEDGER_TEST_SCREENSHOT"); !shot.isEmpty())
            m_view->grabWindow().save(
                QString(shot).replace(QLatin1String(".png"), QLatin1String("-range.png")));

        // Whole days, typed then applied with Enter: November 2 and 3.
        type("customFromDate", QStringLiteral("11/2/2026"));
        type("customToDate", QStringLiteral("11/3/2026"));
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QTRY_VERIFY(!popup->property("visible").toBool());
        QTRY_COMPARE(shownCalls(), ids("c4 c3"));
        QCOMPARE(tableRows(), 2);
        QCOMPARE(range->property("displayText").toString(),
                 QStringLiteral("11/2/2026 – 11/3/2026"));

        // Reopened, it shows the range in force; a start time narrows to the minute.
        QVERIFY(choose("rangeFilter", QStringLiteral("Custom…")));
        QTRY_VERIFY(popup->property("opened").toBool());
        QCOMPARE(find("customFromDate")->property("text").toString(), QStringLiteral("11/2/2026"));
        QCOMPARE(find("customToDate")->property("text").toString(), QStringLiteral("11/3/2026"));
        // The calendar opens at the start's month.
        QCOMPARE(find("customRangeCalendar")->property("year").toInt(), 2026);
        QCOMPARE(find("customRangeCalendar")->property("month").toInt(), 10);
        type("customFromDate", QStringLiteral("11/1/2026"));
        type("customFromTime", QStringLiteral("12:00"));
        type("customToDate", QStringLiteral("11/2/2026"));
        QQuickItem *apply = find("customRangeApply");
        QVERIFY(apply);
        QVERIFY(QMetaObject::invokeMethod(apply, "clicked"));
        QTRY_VERIFY(!popup->property("visible").toBool());
        QTRY_COMPARE(shownCalls(), ids("c3 c2"));
        QCOMPARE(range->property("displayText").toString(),
                 QStringLiteral("11/1/2026 12:00 PM – 11/2/2026"));
        if (const QString shot = qEnvironmentVariable("LEDGER_TEST_SCREENSHOT"); !shot.isEmpty())
            m_view->grabWindow().save(
                QString(shot).replace(QLatin1String(".png"), QLatin1String("-custom.png")));

        // Cancelling keeps the range in force.
        QVERIFY(choose("rangeFilter", QStringLiteral("Custom…")));
        QTRY_VERIFY(popup->property("opened").toBool());
        QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QTRY_VERIFY(!popup->property("visible").toBool());
        QCOMPARE(shownCalls(), ids("c3 c2"));

        clearFilters();
        QCOMPARE(range->property("displayText").toString(), QStringLiteral("All time"));
    }

    void calendarFillsTheDates()
    {
        QVERIFY(choose("rangeFilter", QStringLiteral("Custom…")));
        QObject *popup
            = find("rangeFilter")->findChild<QObject *>(QStringLiteral("customRangePopup"));
        QVERIFY(popup);
        QTRY_VERIFY(popup->property("opened").toBool());
        QQuickItem *calendar = find("customRangeCalendar");
        QVERIFY(calendar);
        calendar->setProperty("year", 2026);
        calendar->setProperty("month", 10); // November, counted from 0 as in JavaScript
        const auto dayCell = [&](const QString &day) -> QQuickItem * {
            const QList<QQuickItem *> all = items();
            for (QQuickItem *item : all) {
                if (calendar->isAncestorOf(item) && item->property("text").toString() == day
                    && item->opacity() == 1.0)
                    return item;
            }
            return nullptr;
        };
        const auto clickDay = [&](const QString &text) {
            m_view->grabWindow(); // lays the popup out before its cells are measured
            QQuickItem *day = dayCell(text);
            QVERIFY(day);
            QTest::mouseClick(m_view.get(), Qt::LeftButton, {},
                              day->mapToScene(day->boundingRect().center()).toPoint());
        };
        // The first click fills From, the next To.
        clickDay(QStringLiteral("4"));
        QCOMPARE(find("customFromDate")->property("text").toString(), QStringLiteral("11/4/2026"));
        QCOMPARE(find("customToDate")->property("text").toString(), QString());
        clickDay(QStringLiteral("4"));
        QCOMPARE(find("customToDate")->property("text").toString(), QStringLiteral("11/4/2026"));
        QVERIFY(QMetaObject::invokeMethod(find("customRangeApply"), "clicked"));
        QTRY_COMPARE(shownCalls(), ids("c5"));
        QCOMPARE(find("rangeFilter")->property("displayText").toString(),
                 QStringLiteral("11/4/2026"));
        clearFilters();
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir shaderCache;
    qputenv("MESA_SHADER_CACHE_DIR", QFile::encodeName(shaderCache.path()));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestLogsPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_logspage.moc"
