#include "apptestsupport.h"
#include "calllogmodel.h"
#include "callqueries.h"
#include "ledgerreader.h"
#include "timerangeselection.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// One seeded call; minutes after the base time, a negative cost for "unknown".
struct Seed
{
    const char *id;
    int minute;
    const char *provider;
    const char *model;
    const char *key;
    int status;
    bool streamed;
    bool cacheHit;
    double cost;
    qint64 latencyUs;
};

// Eleven calls over 45 minutes with ties in time (r10/r11), cost (r01/r07, r03/r04 unknown)
// and latency (r07/r10), so that every order has to break ties by id.
const Seed seeds[] = {
    {"r01", 0, "openai", "gpt-4o", "k1", 200, true, false, 0.010, 1000},
    {"r02", 5, "anthropic", "claude-sonnet", "k2", 200, false, true, 0.020, 2500},
    {"r03", 10, "openai", "gpt-4o-mini", "k1", 429, false, false, -1, 300},
    {"r04", 15, "openai", "gpt-4o", "", 0, false, false, -1, 50},
    {"r05", 20, "anthropic", "claude-haiku", "k2", 500, true, false, 0.0005, 4000},
    {"r06", 25, "openai", "gpt-4o", "k1", 200, true, true, 0.003, 800},
    {"r07", 30, "openai", "gpt-4o", "k1", 200, false, false, 0.010, 1200},
    {"r08", 35, "anthropic", "claude-sonnet", "k2", 200, true, false, 0.050, 9000},
    {"r09", 40, "openai", "gpt-4o-mini", "", 400, false, false, 0.0001, 150},
    {"r10", 45, "openai", "gpt-4o", "k1", 200, false, false, 0.007, 1200},
    {"r11", 45, "anthropic", "claude-haiku", "k2", 200, false, true, 0.001, 600},
};

QStringList list(const char *ids)
{
    return QString::fromLatin1(ids).split(u' ', Qt::SkipEmptyParts);
}

const QStringList newestFirst = list("r11 r10 r09 r08 r07 r06 r05 r04 r03 r02 r01");

} // namespace

// CallLogModel over a real ledger (seeded through CallLogWriter), read through LedgerReader,
// checked by QAbstractItemModelTester the whole time. Pages hold three rows, so that eleven
// calls take four pages.
class TestCallLogModel : public QObject
{
    Q_OBJECT

private:
    CallRecord call(const Seed &seed) const
    {
        CallRecord r = AppTest::record(seed.id, m_baseMs + seed.minute * 60 * 1000,
                                       QString::fromLatin1(seed.model), seed.cost);
        r.provider = QString::fromLatin1(seed.provider);
        r.apiFormat = r.provider == QLatin1String("anthropic") ? QStringLiteral("anthropic")
                                                               : QStringLiteral("openai");
        r.clientKeyId = QString::fromLatin1(seed.key);
        if (!r.clientKeyId.isEmpty())
            r.clientKeyHint = QStringLiteral("sk-…") + r.clientKeyId + r.clientKeyId;
        r.httpStatus = seed.status;
        r.streamed = seed.streamed;
        if (seed.streamed)
            r.ttftUs = seed.latencyUs / 3;
        r.cacheHit = seed.cacheHit;
        if (seed.cost < 0)
            r.costUsd.reset();
        r.latencyUs = seed.latencyUs;
        if (seed.status == 429)
            r.errorMessage = QStringLiteral("Rate limit reached for requests");
        if (QByteArray(seed.id) == "r08")
            r.userAgent = QStringLiteral("claude-cli/2.0");
        return r;
    }

    void seed(const QList<Seed> &calls)
    {
        QList<CallRecord> records;
        for (const Seed &s : calls)
            records << call(s);
        QString error;
        QVERIFY2(AppTest::seed(m_path, records, &error), qPrintable(error));
    }

    void open()
    {
        m_model->setLedger(m_reader.get());
        QTRY_COMPARE(ids(), newestFirst);
        QTRY_VERIFY(!m_model->isLoading());
    }

    QStringList ids() const
    {
        QStringList result;
        for (int row = 0; row < m_model->rowCount(); ++row)
            result << m_model->index(row, 0).data(CallLogModel::RequestIdRole).toString();
        return result;
    }

    int rowOf(const char *requestId) const { return int(ids().indexOf(QLatin1String(requestId))); }

    QString text(const char *requestId, int column, int role = Qt::DisplayRole) const
    {
        return m_model->index(rowOf(requestId), column).data(role).toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    qint64 m_baseMs = 0;
    std::unique_ptr<LedgerReader> m_reader;
    std::unique_ptr<CallLogModel> m_model;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c()); // the texts are locale-formatted
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("ledger.sqlite"));
        // Relative to now, for the range presets: r08 (35 min) is the first of the last hour.
        m_baseMs = QDateTime::currentMSecsSinceEpoch() - 92 * 60 * 1000;
        seed(QList<Seed>(std::begin(seeds), std::end(seeds)));
        m_reader = std::make_unique<LedgerReader>(m_path);
        m_reader->setChangeDelayMs(10);
        m_model = std::make_unique<CallLogModel>();
        new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal, m_model.get());
        m_model->setPageSize(3);
    }

    void cleanup()
    {
        m_model.reset();
        m_reader.reset();
        m_dir.reset();
    }

    void pagesComeInOrder()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QList<int> rowsAtReset;
        connect(m_model.get(), &QAbstractItemModel::modelReset, this,
                [&] { rowsAtReset << m_model->rowCount(); });
        QVERIFY(m_model->canFetchMore({}) == false); // nothing before a ledger
        open();
        QCOMPARE(rowsAtReset, QList<int>{3}); // the first page replaced the empty table
        QCOMPARE(reset.count(), 1);
        QList<QPair<int, int>> ranges;
        for (const QList<QVariant> &args : std::as_const(inserted))
            ranges.append({args.at(1).toInt(), args.at(2).toInt()});
        const QList<QPair<int, int>> pages{{3, 5}, {6, 8}, {9, 10}};
        QCOMPARE(ranges, pages);
        QCOMPARE(m_model->count(), 11);
        QVERIFY(!m_model->hasMore());
        QVERIFY(!m_model->canFetchMore({}));
        QCOMPARE(m_model->errorString(), QString());
        QCOMPARE(m_model->columnCount(), int(CallLogModel::ColumnCount));
    }

    void headersAndRoles()
    {
        QCOMPARE(m_model->headerData(CallLogModel::TimeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Time"));
        QCOMPARE(m_model->headerData(CallLogModel::CostColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Cost"));
        QCOMPARE(m_model->headerData(CallLogModel::TtftColumn, Qt::Horizontal).toString(),
                 QStringLiteral("TTFT"));
        QStringList sortable;
        for (int column = 0; column < CallLogModel::ColumnCount; ++column) {
            QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
            if (m_model->headerData(column, Qt::Horizontal, CallLogModel::SortableRole).toBool())
                sortable << m_model->headerData(column, Qt::Horizontal).toString();
            QCOMPARE(
                CallLogModel::isSortable(column),
                m_model->headerData(column, Qt::Horizontal, CallLogModel::SortableRole).toBool());
        }
        QCOMPARE(sortable, list("Time Cost Latency"));
        QVERIFY(!m_model->headerData(0, Qt::Vertical).isValid());

        const QHash<int, QByteArray> roles = m_model->roleNames();
        QCOMPARE(roles.value(Qt::DisplayRole), QByteArray("display"));
        QCOMPARE(roles.value(CallLogModel::CallIdRole), QByteArray("callId"));
        QCOMPARE(roles.value(CallLogModel::IsErrorRole), QByteArray("isError"));
        QCOMPARE(roles.value(Qt::TextAlignmentRole), QByteArray("textAlignment"));
        QVERIFY(int(CallLogModel::CallIdRole) >= Qt::UserRole);

        auto indicator = [this](int column) {
            return m_model->headerData(column, Qt::Horizontal, Qt::DecorationRole).toString();
        };
        QCOMPARE(indicator(CallLogModel::TimeColumn), QStringLiteral("▼"));
        QCOMPARE(indicator(CallLogModel::CostColumn), QString());
        QVERIFY(m_model->headerData(CallLogModel::ModelColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .isEmpty());
        QVERIFY(!m_model->headerData(CallLogModel::CostColumn, Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());

        QSignalSpy sortChanged(m_model.get(), &CallLogModel::sortChanged);
        QSignalSpy headerChanged(m_model.get(), &QAbstractItemModel::headerDataChanged);
        m_model->sort(CallLogModel::ModelColumn, Qt::AscendingOrder); // not sortable
        QCOMPARE(sortChanged.count(), 0);
        QCOMPARE(m_model->sortColumn(), int(CallLogModel::TimeColumn));
        QCOMPARE(m_model->sortOrder(), Qt::DescendingOrder);
        m_model->toggleSort(CallLogModel::TimeColumn);
        QCOMPARE(m_model->sortOrder(), Qt::AscendingOrder);
        QCOMPARE(indicator(CallLogModel::TimeColumn), QStringLiteral("▲"));
        QCOMPARE(headerChanged.count(), 1);
        m_model->toggleSort(CallLogModel::CostColumn); // another column: highest first
        QCOMPARE(m_model->sortColumn(), int(CallLogModel::CostColumn));
        QCOMPARE(m_model->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(indicator(CallLogModel::TimeColumn), QString());
        QCOMPARE(indicator(CallLogModel::CostColumn), QStringLiteral("▼"));
        QCOMPARE(sortChanged.count(), 2);
    }

    void cellTexts()
    {
        open();
        QCOMPARE(text("r01", CallLogModel::ProviderColumn), QStringLiteral("openai"));
        QCOMPARE(text("r01", CallLogModel::ModelColumn), QStringLiteral("gpt-4o"));
        QCOMPARE(text("r01", CallLogModel::KeyColumn), QStringLiteral("sk-…k1k1"));
        QCOMPARE(text("r01", CallLogModel::KeyColumn, Qt::ToolTipRole), QStringLiteral("k1"));
        QCOMPARE(text("r04", CallLogModel::KeyColumn), QString());
        QCOMPARE(text("r01", CallLogModel::StatusColumn), QStringLiteral("200"));
        QCOMPARE(text("r01", CallLogModel::StreamedColumn), QStringLiteral("✓"));
        QCOMPARE(text("r02", CallLogModel::StreamedColumn), QString());
        QCOMPARE(text("r02", CallLogModel::CacheHitColumn), QStringLiteral("✓"));
        QCOMPARE(text("r01", CallLogModel::InputTokensColumn), QStringLiteral("100"));
        QCOMPARE(text("r01", CallLogModel::OutputTokensColumn), QStringLiteral("20"));
        QCOMPARE(text("r01", CallLogModel::CostColumn), QStringLiteral("$0.010"));
        QCOMPARE(text("r09", CallLogModel::CostColumn), QStringLiteral("$0.0001"));
        QCOMPARE(text("r05", CallLogModel::CostColumn), QStringLiteral("$0.0005"));
        QCOMPARE(text("r03", CallLogModel::CostColumn), QStringLiteral("—"));
        QCOMPARE(text("r08", CallLogModel::LatencyColumn), QStringLiteral("9.0 ms"));
        QCOMPARE(text("r04", CallLogModel::LatencyColumn), QStringLiteral("50 µs"));
        QCOMPARE(text("r08", CallLogModel::TtftColumn), QStringLiteral("3.0 ms"));
        QCOMPARE(text("r02", CallLogModel::TtftColumn), QStringLiteral("—"));
        QCOMPARE(text("r04", CallLogModel::StatusColumn), QStringLiteral("no answer"));
        QCOMPARE(text("r03", CallLogModel::StatusColumn, Qt::ToolTipRole),
                 QStringLiteral("Rate limit reached for requests"));
        QCOMPARE(text("r01", CallLogModel::TimeColumn, Qt::ToolTipRole),
                 QDateTime::fromMSecsSinceEpoch(m_baseMs, Qt::UTC).toString(Qt::ISODateWithMs));
        QVERIFY(!text("r01", CallLogModel::TimeColumn).isEmpty());

        const QModelIndex r03 = m_model->index(rowOf("r03"), 0);
        QVERIFY(r03.data(CallLogModel::IsErrorRole).toBool());
        QVERIFY(m_model->index(rowOf("r04"), 0).data(CallLogModel::IsErrorRole).toBool());
        QVERIFY(!m_model->index(rowOf("r01"), 0).data(CallLogModel::IsErrorRole).toBool());
        QCOMPARE(r03.data(CallLogModel::HttpStatusRole).toInt(), 429);
        QVERIFY(r03.data(CallLogModel::CostUsdRole).isNull());
        QCOMPARE(m_model->index(rowOf("r08"), 0).data(CallLogModel::CostUsdRole).toDouble(), 0.05);
        QCOMPARE(m_model->index(rowOf("r08"), 0).data(CallLogModel::LatencyUsRole).toLongLong(),
                 9000);
        QCOMPARE(m_model->index(0, CallLogModel::CostColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight));
        QCOMPARE(m_model->index(0, CallLogModel::ModelColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignLeft));

        const qint64 id = r03.data(CallLogModel::CallIdRole).toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(m_model->callIdAt(r03.row()), id);
        QCOMPARE(m_model->rowOfCall(id), r03.row());
        QCOMPARE(m_model->rowOfCall(123456), -1);
        QCOMPARE(m_model->callIdAt(-1), 0);
        QCOMPARE(m_model->callIdAt(11), 0);
    }

    void filters_data()
    {
        QTest::addColumn<QByteArray>("property");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("provider") << QByteArray("provider") << QVariant(QStringLiteral("anthropic"))
                                  << list("r11 r08 r05 r02");
        QTest::newRow("model") << QByteArray("model") << QVariant(QStringLiteral("gpt-4o"))
                               << list("r10 r07 r06 r04 r01");
        QTest::newRow("key") << QByteArray("clientKeyId") << QVariant(QStringLiteral("k1"))
                             << list("r10 r07 r06 r03 r01");
        QTest::newRow("2xx") << QByteArray("status") << QVariant(QStringLiteral("2xx"))
                             << list("r11 r10 r08 r07 r06 r02 r01");
        QTest::newRow("4xx") << QByteArray("status") << QVariant(QStringLiteral("4xx"))
                             << list("r09 r03");
        QTest::newRow("5xx") << QByteArray("status") << QVariant(QStringLiteral("5xx"))
                             << list("r05");
        QTest::newRow("errors") << QByteArray("status") << QVariant(QStringLiteral("errors"))
                                << list("r09 r05 r04 r03");
        QTest::newRow("streamed") << QByteArray("streamed") << QVariant(int(CallLogFilter::Yes))
                                  << list("r08 r06 r05 r01");
        QTest::newRow("not streamed") << QByteArray("streamed") << QVariant(int(CallLogFilter::No))
                                      << list("r11 r10 r09 r07 r04 r03 r02");
        QTest::newRow("cache hit")
            << QByteArray("cacheHit") << QVariant(int(CallLogFilter::Yes)) << list("r11 r06 r02");
        QTest::newRow("error text")
            << QByteArray("searchText") << QVariant(QStringLiteral("RATE limit")) << list("r03");
        QTest::newRow("user agent")
            << QByteArray("searchText") << QVariant(QStringLiteral("claude-cli")) << list("r08");
        QTest::newRow("request id")
            << QByteArray("searchText") << QVariant(QStringLiteral("r1")) << list("r11 r10");
        QTest::newRow("last hour")
            << QByteArray("rangePreset") << QVariant(int(CallLogFilter::LastHour))
            << list("r11 r10 r09 r08");
        QTest::newRow("last 24 hours") << QByteArray("rangePreset")
                                       << QVariant(int(CallLogFilter::Last24Hours)) << newestFirst;
        QTest::newRow("nothing") << QByteArray("provider") << QVariant(QStringLiteral("mistral"))
                                 << QStringList();
    }

    void filters()
    {
        QFETCH(QByteArray, property);
        QFETCH(QVariant, value);
        QFETCH(QStringList, expected);
        open();
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(m_model->filter()->setProperty(property.constData(), value));
        QVERIFY(m_model->filter()->isActive());
        QTRY_COMPARE(reset.count(), 1);
        QTRY_VERIFY(!m_model->isLoading() && !m_model->hasMore());
        QCOMPARE(ids(), expected);

        m_model->filter()->clear();
        QVERIFY(!m_model->filter()->isActive());
        QTRY_COMPARE(ids(), newestFirst);
    }

    void customRange()
    {
        open();
        CallLogFilter *filter = m_model->filter();
        filter->setFromMs(m_baseMs + 10 * 60 * 1000);
        filter->setToMs(m_baseMs + 30 * 60 * 1000); // exclusive: r07 is out
        QCOMPARE(filter->rangePreset(), CallLogFilter::CustomRange);
        QTRY_COMPARE(ids(), list("r06 r05 r04 r03"));
        filter->setToMs(0); // open end
        QTRY_COMPARE(ids(), list("r11 r10 r09 r08 r07 r06 r05 r04 r03"));
        filter->setRangePreset(CallLogFilter::AllTime);
        QTRY_COMPARE(ids(), newestFirst);
    }

    void customRangeFromTypedText()
    {
        open();
        CallLogFilter *filter = m_model->filter();
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(m_baseMs + 10 * 60 * 1000);
        const QDateTime end = QDateTime::fromMSecsSinceEpoch(m_baseMs + 30 * 60 * 1000);
        const auto date = [](const QDateTime &at) {
            return TimeRangeSelection::formatDate(at.date());
        };
        const auto time = [](const QDateTime &at) {
            return at.toString(QStringLiteral("HH:mm"));
        };
        QSignalSpy changed(filter, &CallLogFilter::changed);

        // Times to the minute; the end's minute is included: r03 up to r07.
        QCOMPARE(filter->setCustomRangeText(date(start), time(start), date(end), time(end)),
                 QString());
        QCOMPARE(changed.count(), 1); // one query for both ends
        QCOMPARE(filter->rangePreset(), CallLogFilter::CustomRange);
        QTRY_COMPARE(ids(), list("r07 r06 r05 r04 r03"));
        QCOMPARE(filter->customDateText(false), date(start));
        QCOMPARE(filter->customTimeText(false), time(start));
        QCOMPARE(filter->customDateText(true), date(end));
        QCOMPARE(filter->customTimeText(true), time(end));
        QCOMPARE(filter->calendarMonth(), start.date().year() * 12 + start.date().month() - 1);
        const QLocale locale;
        QCOMPARE(filter->rangeLabel(),
                 QStringLiteral("%1 %2 – %3 %4")
                     .arg(date(start),
                          locale.toString(QTime(start.time().hour(), start.time().minute()),
                                          QLocale::ShortFormat),
                          date(end),
                          locale.toString(QTime(end.time().hour(), end.time().minute()),
                                          QLocale::ShortFormat)));

        // Refused input changes nothing and says why.
        const QString format = filter->dateFormatHint();
        QVERIFY(
            filter->setCustomRangeText(QStringLiteral("soon"), {}, {}, {})
                .startsWith(QStringLiteral("“soon” is not a date: enter it as %1").arg(format)));
        QCOMPARE(filter->setCustomRangeText(date(start), QStringLiteral("25:00"), {}, {}),
                 QStringLiteral("“25:00” is not a time: enter it as 14:30."));
        QCOMPARE(filter->setCustomRangeText({}, {}, {}, {}),
                 QStringLiteral("Enter a start date, an end date or both."));
        QCOMPARE(filter->setCustomRangeText({}, QStringLiteral("10:00"), {}, {}),
                 QStringLiteral("Enter the start date of the start time."));
        QCOMPARE(filter->setCustomRangeText(date(end), time(end), date(start), time(start)),
                 QStringLiteral("The start must come before the end."));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(filter->customTimeText(false), time(start));

        // Whole days, open end: the day before the first call to forever is every call.
        const QDate dayBefore = QDateTime::fromMSecsSinceEpoch(m_baseMs).date().addDays(-1);
        QCOMPARE(filter->setCustomRangeText(TimeRangeSelection::formatDate(dayBefore), {}, {}, {}),
                 QString());
        QTRY_COMPARE(ids(), newestFirst);
        QCOMPARE(filter->fromMs(), dayBefore.startOfDay().toMSecsSinceEpoch());
        QCOMPARE(filter->toMs(), 0);
        QCOMPARE(filter->customTimeText(false), QString());
        QCOMPARE(filter->rangeLabel(),
                 QStringLiteral("Since %1").arg(TimeRangeSelection::formatDate(dayBefore)));
        // Up to that whole day: nothing; ISO dates are taken too.
        QCOMPARE(filter->setCustomRangeText({}, {}, dayBefore.toString(Qt::ISODate), {}),
                 QString());
        QCOMPARE(filter->toMs(), dayBefore.addDays(1).startOfDay().toMSecsSinceEpoch());
        QCOMPARE(filter->customDateText(true), TimeRangeSelection::formatDate(dayBefore));
        QCOMPARE(filter->fromMs(), 0); // open start
        QCOMPARE(filter->rangeLabel(),
                 QStringLiteral("Until %1").arg(TimeRangeSelection::formatDate(dayBefore)));
        QTRY_COMPARE(ids(), QStringList());
        filter->clear();
        QCOMPARE(filter->rangeLabel(), QString());
        QTRY_COMPARE(ids(), newestFirst);
    }

    void sortOrders_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("expected");
        const QStringList costDown = list("r08 r02 r07 r01 r10 r06 r11 r05 r09 r04 r03");
        const QStringList latencyDown = list("r08 r05 r02 r10 r07 r01 r06 r11 r03 r09 r04");
        auto reversed = [](QStringList ids) {
            std::reverse(ids.begin(), ids.end());
            return ids;
        };
        QTest::newRow("time ascending")
            << int(CallLogModel::TimeColumn) << Qt::AscendingOrder << reversed(newestFirst);
        QTest::newRow("cost descending")
            << int(CallLogModel::CostColumn) << Qt::DescendingOrder << costDown;
        QTest::newRow("cost ascending")
            << int(CallLogModel::CostColumn) << Qt::AscendingOrder << reversed(costDown);
        QTest::newRow("latency descending")
            << int(CallLogModel::LatencyColumn) << Qt::DescendingOrder << latencyDown;
        QTest::newRow("latency ascending")
            << int(CallLogModel::LatencyColumn) << Qt::AscendingOrder << reversed(latencyDown);
    }

    void sortOrders()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, expected);
        open();
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->sort(column, order);
        QTRY_COMPARE(ids(), expected);
        QTRY_VERIFY(!m_model->isLoading());
        QCOMPARE(inserted.count(), 3); // still paged: three more pages after the first
    }

    void liveCallsAreInsertedInPlace()
    {
        open();
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        // r12 is the newest; r13 started between r03 and r04, written after both.
        seed({{"r12", 50, "openai", "gpt-4o", "k1", 200, false, false, 0.004, 700},
              {"r13", 12, "anthropic", "claude-sonnet", "k3", 200, false, false, 0.002, 500}});
        QCOMPARE(m_model->count(), 11); // nothing without being told
        m_reader->notifyCallsWritten();
        QTRY_COMPARE(m_model->count(), 13);
        QCOMPARE(ids(), list("r12 r11 r10 r09 r08 r07 r06 r05 r04 r13 r03 r02 r01"));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 0);
        QCOMPARE(inserted.at(1).at(1).toInt(), 9);
        QCOMPARE(inserted.at(1).at(2).toInt(), 9);
        // A key not seen before reloads the key choices.
        QTRY_COMPARE(m_model->filter()->keyChoices().size(), 4);
        QCOMPARE(text("r13", CallLogModel::KeyColumn), QStringLiteral("sk-…k3k3"));

        // Told again with nothing new: no change.
        m_reader->notifyCallsWritten();
        QTest::qWait(100);
        QCOMPARE(m_model->count(), 13);
        QCOMPARE(reset.count(), 0);
    }

    void liveCallsFollowTheSortAndFilter()
    {
        open();
        m_model->sort(CallLogModel::CostColumn, Qt::AscendingOrder);
        m_model->filter()->setProvider(QStringLiteral("openai"));
        QTRY_COMPARE(ids(), list("r03 r04 r09 r06 r10 r01 r07"));
        QTRY_VERIFY(!m_model->isLoading());
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        // The dearest sorts last, an unknown cost after the other unknown ones (by id), and a
        // call of another provider not at all.
        seed({{"r14", 50, "openai", "gpt-4o", "k1", 200, false, false, 1.5, 700},
              {"r15", 51, "openai", "gpt-4o", "k1", 502, false, false, -1, 700},
              {"r16", 52, "anthropic", "claude-sonnet", "k2", 200, false, false, 0.004, 500}});
        m_reader->notifyCallsWritten();
        QTRY_COMPARE(ids(), list("r03 r04 r15 r09 r06 r10 r01 r07 r14"));
        QTest::qWait(50);
        QCOMPARE(ids(), list("r03 r04 r15 r09 r06 r10 r01 r07 r14"));
        QCOMPARE(reset.count(), 0);
    }

    void callWrittenWhilePagingShowsOnce()
    {
        m_model->sort(CallLogModel::CostColumn, Qt::AscendingOrder);
        // Written as the first page arrives: the last page (read later) has it, and so has the
        // live update that follows.
        bool written = false;
        connect(m_model.get(), &QAbstractItemModel::modelReset, this, [&] {
            if (written)
                return;
            written = true;
            seed({{"r12", 50, "openai", "gpt-4o", "k1", 200, false, false, 1.5, 700}});
            m_reader->notifyCallsWritten();
        });
        m_model->setLedger(m_reader.get());
        QTRY_VERIFY(written);
        QTRY_COMPARE(m_model->count(), 12);
        QTest::qWait(300); // the live update has run
        QCOMPARE(ids(), list("r03 r04 r09 r05 r11 r06 r10 r01 r07 r02 r08 r12"));
    }

    void choicesAndKeyLabels()
    {
        open();
        CallLogFilter *filter = m_model->filter();
        auto values = [](const QVariantList &choices) {
            QStringList result;
            for (const QVariant &choice : choices)
                result << choice.toMap().value(QStringLiteral("value")).toString();
            return result;
        };
        auto texts = [](const QVariantList &choices) {
            QStringList result;
            for (const QVariant &choice : choices)
                result << choice.toMap().value(QStringLiteral("text")).toString();
            return result;
        };
        QTRY_COMPARE(
            values(filter->providerChoices()),
            (QStringList{QString(), QStringLiteral("anthropic"), QStringLiteral("openai")}));
        QCOMPARE(texts(filter->providerChoices()).first(), QStringLiteral("All providers"));
        QCOMPARE(
            values(filter->modelChoices()),
            (QStringList{QString(), QStringLiteral("claude-haiku"), QStringLiteral("claude-sonnet"),
                         QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")}));
        QCOMPARE(values(filter->keyChoices()).size(), 3);
        QVERIFY(texts(filter->keyChoices()).contains(QStringLiteral("sk-…k1k1")));

        QString error;
        auto queries = CallQueries::open(m_path, &error);
        QVERIFY2(queries, qPrintable(error));
        QVERIFY(queries->setKeyLabel(QStringLiteral("k1"), QStringLiteral("Laptop")));
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        Q_EMIT m_reader->ledgerChanged();
        QTRY_VERIFY(texts(filter->keyChoices()).contains(QStringLiteral("Laptop")));
        QTRY_COMPARE(text("r01", CallLogModel::KeyColumn), QStringLiteral("Laptop"));
        QCOMPARE(text("r02", CallLogModel::KeyColumn), QStringLiteral("sk-…k2k2"));
        QTRY_COMPARE(reset.count(), 1); // "refresh everything"
        QTRY_COMPARE(ids(), newestFirst);
    }

    void searchWaitsForTypingToPause()
    {
        open();
        QSignalSpy changed(m_model->filter(), &CallLogFilter::changed);
        QSignalSpy edited(m_model->filter(), &CallLogFilter::edited);
        m_model->filter()->setSearchText(QStringLiteral("r"));
        m_model->filter()->setSearchText(QStringLiteral("ra"));
        m_model->filter()->setSearchText(QStringLiteral("rate"));
        QCOMPARE(edited.count(), 3);
        QCOMPARE(changed.count(), 0);
        QTRY_COMPARE(ids(), list("r03"));
        QCOMPARE(changed.count(), 1);
    }

    void brokenDatabase()
    {
        // A database path below a regular file can be neither opened nor created.
        const QString file = m_dir->filePath(QStringLiteral("not-a-dir"));
        QVERIFY(AppTest::writeFile(file, "x"));
        LedgerReader broken(file + QLatin1String("/ledger.sqlite"));
        CallLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy errorChanged(&model, &CallLogModel::errorStringChanged);
        model.setLedger(&broken);
        QTRY_VERIFY(!model.errorString().isEmpty());
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(errorChanged.count() >= 1);
    }

    void noLedgerNoRows()
    {
        open();
        m_model->setLedger(nullptr);
        QTRY_COMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->isLoading());
        QVERIFY(!m_model->canFetchMore({}));
        m_model->setLedger(m_reader.get());
        QTRY_COMPARE(ids(), newestFirst);
    }
};

QTEST_MAIN(TestCallLogModel)
#include "tst_calllogmodel.moc"
