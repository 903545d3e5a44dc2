#include "apptestsupport.h"
#include "callqueries.h"
#include "keystatsmodel.h"
#include "ledgerformat.h"
#include "ledgerreader.h"
#include "sparkline.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

using AppTest::at;

const QString keyA = QStringLiteral("key-a");
const QString keyB = QStringLiteral("key-b");
const QString keyC = QStringLiteral("key-c");
const QString keyD = QStringLiteral("key-d"); // labelled, never used
const QString noKey;

CallRecord call(const QString &keyId, qint64 startedAtMs, double cost, int latencyMs,
                int status = 200)
{
    static int serial = 0;
    CallRecord r = AppTest::record("keys-" + QByteArray::number(++serial), startedAtMs,
                                   QStringLiteral("gpt-4o"), cost);
    r.clientKeyId = keyId;
    r.clientKeyHint
        = keyId.isEmpty() ? QString() : QStringLiteral("sk-…") + keyId.right(1).repeated(4);
    r.latencyUs = qint64(latencyMs) * 1000;
    r.httpStatus = status;
    return r;
}

// What a row must show, computed from the seeded calls alone.
struct Expected
{
    qint64 requests = 0;
    qint64 errors = 0;
    qint64 tokens = 0;
    double cost = 0;
    qint64 lastUsedMs = 0;
    QList<qint64> latenciesUs;
    QList<qreal> dailyCost;
};

// The exact nearest-rank percentile the histogram approximates.
double percentile(QList<qint64> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype rank = qMax<qsizetype>(1, qsizetype(std::ceil(p * double(values.size()))));
    return double(values.at(rank - 1));
}

} // namespace

// KeyStatsModel over a real SQLite ledger written by CallLogWriter and read through
// LedgerReader's workers, under QAbstractItemModelTester all along. Expectations are computed
// from the seeded calls (with the time zone pinned to UTC, so days are the UTC days of at()).
class TestKeyStatsModel : public QObject
{
    Q_OBJECT

private:
    QString databaseFile() const { return m_dir->path() + QLatin1String("/ledger.sqlite"); }

    bool write(const QList<CallRecord> &calls)
    {
        QString error;
        if (!AppTest::seed(databaseFile(), calls, &error)) {
            qWarning() << "seeding failed:" << error;
            return false;
        }
        m_calls += calls;
        return true;
    }

    // Waits for the next applied result.
    bool refreshed(int before)
    {
        return QTest::qWaitFor([&] { return m_refreshed->count() > before; }, 10000)
            && !m_model->loading();
    }

    void setRange(qint64 fromMs, qint64 toMs)
    {
        m_fromMs = fromMs;
        m_toMs = toMs;
        m_model->setFromMs(fromMs);
        m_model->setToMs(toMs);
    }

    Expected expected(const QString &keyId) const
    {
        Expected e;
        const int days = int((m_toMs - m_fromMs + 86400000 - 1) / 86400000);
        e.dailyCost = QList<qreal>(days);
        for (const CallRecord &r : m_calls) {
            if (r.clientKeyId != keyId)
                continue;
            if (!keyId.isEmpty()) // the key's last use, in or out of the range
                e.lastUsedMs = qMax(e.lastUsedMs, r.startedAtMs);
            if (r.startedAtMs < m_fromMs || r.startedAtMs >= m_toMs)
                continue;
            if (keyId.isEmpty())
                e.lastUsedMs = qMax(e.lastUsedMs, r.startedAtMs);
            ++e.requests;
            e.errors += r.httpStatus >= 400 ? 1 : 0;
            e.tokens += r.usage.totalTokens();
            e.cost += r.costUsd.value_or(0);
            e.latenciesUs.append(r.latencyUs);
            e.dailyCost[int((r.startedAtMs - m_fromMs) / 86400000)] += r.costUsd.value_or(0);
        }
        return e;
    }

    double expectedTotal() const
    {
        double total = 0;
        for (const CallRecord &r : m_calls) {
            if (r.startedAtMs >= m_fromMs && r.startedAtMs < m_toMs)
                total += r.costUsd.value_or(0);
        }
        return total;
    }

    QVariant value(int row, int role) const { return m_model->data(m_model->index(row, 0), role); }

    QStringList keyOrder() const
    {
        QStringList keys;
        for (int row = 0; row < m_model->rowCount(); ++row)
            keys << value(row, KeyStatsModel::KeyIdRole).toString();
        return keys;
    }

    // Every role of the key's row against what the seeded calls say.
    void verifyRow(const QString &keyId)
    {
        const int row = m_model->rowOf(keyId);
        QVERIFY2(row >= 0, qPrintable(keyId));
        const Expected e = expected(keyId);
        const double total = expectedTotal();
        const double share = total > 0 ? e.cost / total : 0.0;
        QCOMPARE(value(row, KeyStatsModel::HasKeyRole).toBool(), !keyId.isEmpty());
        QCOMPARE(value(row, KeyStatsModel::RequestsRole).toLongLong(), e.requests);
        QCOMPARE(value(row, KeyStatsModel::RequestsTextRole).toString(),
                 LedgerFormat::count(e.requests));
        QCOMPARE(value(row, KeyStatsModel::TokensTextRole).toString(),
                 LedgerFormat::count(e.tokens));
        QVERIFY(qAbs(value(row, KeyStatsModel::CostRole).toDouble() - e.cost) < 1e-9);
        QCOMPARE(value(row, KeyStatsModel::CostTextRole).toString(), LedgerFormat::usd(e.cost));
        QVERIFY(qAbs(value(row, KeyStatsModel::ShareRole).toDouble() - share) < 1e-9);
        QCOMPARE(value(row, KeyStatsModel::ShareTextRole).toString(), LedgerFormat::percent(share));
        QCOMPARE(value(row, KeyStatsModel::SuccessRateTextRole).toString(),
                 e.requests
                     ? LedgerFormat::percent(double(e.requests - e.errors) / double(e.requests))
                     : QStringLiteral("—"));
        QCOMPARE(value(row, KeyStatsModel::LastUsedMsRole).toLongLong(), e.lastUsedMs);
        if (e.latenciesUs.isEmpty()) {
            QVERIFY(!value(row, KeyStatsModel::P50UsRole).isValid());
            QCOMPARE(value(row, KeyStatsModel::P95TextRole).toString(), QStringLiteral("—"));
        } else {
            for (const auto &[role, p] : {std::pair{KeyStatsModel::P50UsRole, 0.5},
                                          std::pair{KeyStatsModel::P95UsRole, 0.95}}) {
                const double exact = percentile(e.latenciesUs, p);
                const double shown = value(row, role).toDouble();
                QVERIFY2(qAbs(shown - exact) <= 0.045 * exact,
                         qPrintable(QStringLiteral("%1 p%2: %3 vs %4")
                                        .arg(keyId, QString::number(p * 100),
                                             QString::number(shown), QString::number(exact))));
            }
            QCOMPARE(value(row, KeyStatsModel::P50TextRole).toString(),
                     LedgerFormat::duration(value(row, KeyStatsModel::P50UsRole).toDouble()));
        }
        const auto daily = value(row, KeyStatsModel::SparklineRole).value<QList<qreal>>();
        QCOMPARE(daily.size(), e.dailyCost.size());
        for (int day = 0; day < daily.size(); ++day)
            QVERIFY2(
                qAbs(daily.at(day) - e.dailyCost.at(day)) < 1e-9,
                qPrintable(QStringLiteral("%1 day %2: %3 vs %4")
                               .arg(keyId, QString::number(day), QString::number(daily.at(day)),
                                    QString::number(e.dailyCost.at(day)))));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LedgerReader> m_reader;
    std::unique_ptr<KeyStatsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_refreshed;
    QList<CallRecord> m_calls;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;

private Q_SLOTS:
    // Five UTC days from at(0, 0); key C also spent before them; key D was labelled, never used.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_calls.clear();
        QVERIFY(write({
            call(keyA, at(0, 9), 0.50, 100),
            call(keyA, at(0, 10), 0.25, 200),
            call(keyA, at(2, 11), 1.00, 300, 500),
            call(keyA, at(4, 8), 0.25, 400),
            call(keyB, at(1, 12), 0.10, 1000),
            call(keyB, at(3, 12), 0.20, 1200, 429),
            call(keyB, at(3, 13), 0.30, 1100),
            call(keyC, at(-2, 10), 5.00, 80),
            call(keyC, at(4, 15, 30), 0.05, 50), // inside an hour not yet rolled up whole
            call(noKey, at(2, 14), 0.45, 500),
            call(noKey, at(2, 14, 45), 0.20, 600),
        }));
        {
            QString error;
            auto queries = CallQueries::open(databaseFile(), &error);
            QVERIFY2(queries, qPrintable(error));
            QVERIFY(queries->setKeyLabel(keyD, QStringLiteral("Spare key")));
        }

        m_reader = std::make_unique<LedgerReader>(databaseFile());
        m_reader->setChangeDelayMs(10);
        m_model = std::make_unique<KeyStatsModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_refreshed = std::make_unique<QSignalSpy>(m_model.get(), &KeyStatsModel::refreshed);
        m_model->setBudgetMonth(at(0, 0)); // November 2026: every seeded call
        m_model->setLedger(m_reader.get());
        setRange(at(0, 0), at(5, 0));
        QVERIFY(refreshed(0));
        QCOMPARE(m_model->errorString(), QString());
    }

    void cleanup()
    {
        m_refreshed.reset();
        m_tester.reset();
        m_model.reset();
        m_reader.reset();
        m_dir.reset();
    }

    void rowsMatchTheLedger()
    {
        // By cost; key D (nothing spent) is listed too, so that it can be labelled.
        QCOMPARE(keyOrder(), (QStringList{keyA, noKey, keyB, keyC, keyD}));
        QCOMPARE(m_model->count(), 5);
        for (const QString &key : {keyA, keyB, keyC, keyD, noKey})
            verifyRow(key);
        QVERIFY(qAbs(m_model->totalCost() - 3.30) < 1e-9);
        QCOMPARE(m_model->totalCostText(), LedgerFormat::usd(3.30));
        // Spot checks that do not go through the oracle.
        QCOMPARE(value(0, KeyStatsModel::RequestsRole).toLongLong(), 4);
        QCOMPARE(value(0, KeyStatsModel::SuccessRateTextRole).toString(),
                 LedgerFormat::percent(0.75));
        QCOMPARE(value(0, KeyStatsModel::CostTextRole).toString(), LedgerFormat::usd(2.0));
        QVERIFY(qAbs(value(0, KeyStatsModel::P50UsRole).toDouble() - 200000) <= 9000);
        QVERIFY(qAbs(value(0, KeyStatsModel::P95UsRole).toDouble() - 400000) <= 18000);
    }

    void namesFallBackFromLabelToHint()
    {
        const int a = m_model->rowOf(keyA);
        QCOMPARE(value(a, KeyStatsModel::LabelRole).toString(), QString());
        QCOMPARE(value(a, KeyStatsModel::HintRole).toString(), QStringLiteral("sk-…aaaa"));
        QCOMPARE(value(a, KeyStatsModel::DisplayNameRole).toString(), QStringLiteral("sk-…aaaa"));
        const int d = m_model->rowOf(keyD);
        QCOMPARE(value(d, KeyStatsModel::DisplayNameRole).toString(), QStringLiteral("Spare key"));
        const int none = m_model->rowOf(noKey);
        QCOMPARE(value(none, KeyStatsModel::DisplayNameRole).toString(),
                 QStringLiteral("(no key)"));
        QCOMPARE(value(none, KeyStatsModel::HasKeyRole).toBool(), false);
        QVERIFY(!m_model->setLabel(noKey, QStringLiteral("nothing to label")));
    }

    void sparklineHoldsTheCostOfEachDay()
    {
        auto daily = [this](const QString &key) {
            return value(m_model->rowOf(key), KeyStatsModel::SparklineRole).value<QList<qreal>>();
        };
        QCOMPARE(daily(keyA), (QList<qreal>{0.75, 0, 1.00, 0, 0.25}));
        QCOMPARE(daily(keyB), (QList<qreal>{0, 0.10, 0, 0.50, 0}));
        QCOMPARE(daily(keyD), (QList<qreal>{0, 0, 0, 0, 0}));
        // Calls without a key: what all calls spent beyond the keys.
        const QList<qreal> none = daily(noKey);
        QCOMPARE(none.size(), 5);
        QVERIFY(qAbs(none.at(2) - 0.65) < 1e-9);
        QCOMPARE(none.at(0) + none.at(1) + none.at(3) + none.at(4), 0.0);
    }

    void keyWithoutCallsShowsZeros()
    {
        const int d = m_model->rowOf(keyD);
        QCOMPARE(d, m_model->rowCount() - 1);
        QCOMPARE(value(d, KeyStatsModel::RequestsRole).toLongLong(), 0);
        QCOMPARE(value(d, KeyStatsModel::CostTextRole).toString(), LedgerFormat::usd(0.0));
        QCOMPARE(value(d, KeyStatsModel::P50TextRole).toString(), QStringLiteral("—"));
        QCOMPARE(value(d, KeyStatsModel::SuccessRateTextRole).toString(), QStringLiteral("—"));
        QCOMPARE(value(d, KeyStatsModel::LastUsedTextRole).toString(), QStringLiteral("never"));
        QCOMPARE(value(d, KeyStatsModel::ShareRole).toDouble(), 0.0);
    }

    void rangeChangeQueriesAgain()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        const int before = int(m_refreshed->count());
        setRange(at(-3, 0), at(1, 0)); // C's big day, A's first day; no call without a key
        QVERIFY(refreshed(before));
        QCOMPARE(m_refreshed->count(), before + 1); // both bounds in one query
        QCOMPARE(keyOrder(), (QStringList{keyC, keyA, keyB, keyD}));
        for (const QString &key : {keyA, keyB, keyC, keyD})
            verifyRow(key);
        QCOMPARE(value(0, KeyStatsModel::SparklineRole).value<QList<qreal>>(),
                 (QList<qreal>{0, 5.00, 0, 0}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reset.count(), 0);
    }

    void labelIsSavedAndShown()
    {
        QSignalSpy saved(m_model.get(), &KeyStatsModel::labelSaved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy ledgerChanged(m_reader.get(), &LedgerReader::ledgerChanged);
        const int before = int(m_refreshed->count());
        QVERIFY(m_model->setLabel(keyB, QStringLiteral("  CI bot ")));
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).toString(), keyB);
        const int b = m_model->rowOf(keyB);
        QCOMPARE(value(b, KeyStatsModel::LabelRole).toString(), QStringLiteral("CI bot"));
        QCOMPARE(value(b, KeyStatsModel::DisplayNameRole).toString(), QStringLiteral("CI bot"));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), b);
        QCOMPARE(ledgerChanged.count(), 1);

        // Stored: another connection reads it back.
        QString error;
        auto queries = CallQueries::open(databaseFile(), &error);
        QVERIFY2(queries, qPrintable(error));
        const QList<ClientKey> keys = queries->clientKeys();
        const auto found = std::find_if(keys.cbegin(), keys.cend(),
                                        [](const ClientKey &key) { return key.keyId == keyB; });
        QVERIFY(found != keys.cend());
        QCOMPARE(found->label, QStringLiteral("CI bot"));

        // The refresh ledgerChanged() caused keeps it; an empty label falls back to the hint.
        QVERIFY(refreshed(before));
        QCOMPARE(value(m_model->rowOf(keyB), KeyStatsModel::DisplayNameRole).toString(),
                 QStringLiteral("CI bot"));
        QVERIFY(m_model->setLabel(keyB, QString()));
        QTRY_COMPARE(saved.count(), 2);
        QCOMPARE(value(m_model->rowOf(keyB), KeyStatsModel::DisplayNameRole).toString(),
                 QStringLiteral("sk-…bbbb"));
    }

    // Keys start enabled without a budget; the month's spend counts calls outside the range too.
    void settingsRolesDefault()
    {
        for (const auto &[key, spend] : {std::pair{keyA, 2.00}, std::pair{keyB, 0.60},
                                         std::pair{keyC, 5.05}, std::pair{keyD, 0.0}}) {
            const int row = m_model->rowOf(key);
            QCOMPARE(value(row, KeyStatsModel::DisabledRole).toBool(), false);
            QVERIFY(!value(row, KeyStatsModel::BudgetUsdRole).isValid());
            QCOMPARE(value(row, KeyStatsModel::BudgetTextRole).toString(), QString());
            QVERIFY2(qAbs(value(row, KeyStatsModel::MonthSpendRole).toDouble() - spend) < 1e-9,
                     qPrintable(key));
            QCOMPARE(value(row, KeyStatsModel::MonthSpendTextRole).toString(),
                     LedgerFormat::usd(spend));
            QCOMPARE(value(row, KeyStatsModel::BudgetShareRole).toDouble(), 0.0);
        }
        // Another month: nothing spent in it.
        const int before = int(m_refreshed->count());
        m_model->setBudgetMonth(at(40, 0));
        QVERIFY(refreshed(before));
        QCOMPARE(value(m_model->rowOf(keyC), KeyStatsModel::MonthSpendRole).toDouble(), 0.0);
        QVERIFY(qAbs(value(m_model->rowOf(keyC), KeyStatsModel::CostRole).toDouble() - 0.05)
                < 1e-9);
    }

    void budgetIsValidatedSavedAndShown()
    {
        QSignalSpy saved(m_model.get(), &KeyStatsModel::settingsSaved);
        QSignalSpy errorChanged(m_model.get(), &KeyStatsModel::budgetErrorChanged);
        const int a = m_model->rowOf(keyA);
        QVERIFY(m_model->setBudget(a, QStringLiteral(" $ 2.50 ")));
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).toString(), keyA);
        QCOMPARE(value(a, KeyStatsModel::BudgetUsdRole).toDouble(), 2.5);
        QCOMPARE(value(a, KeyStatsModel::BudgetTextRole).toString(), LedgerFormat::usd(2.5));
        QVERIFY(qAbs(value(a, KeyStatsModel::BudgetShareRole).toDouble() - 0.8) < 1e-9);
        QCOMPARE(m_model->budgetError(), QString());

        // Over budget: the share passes 1.
        QVERIFY(m_model->setBudget(a, QStringLiteral("1")));
        QTRY_COMPARE(saved.count(), 2);
        QVERIFY(qAbs(value(a, KeyStatsModel::BudgetShareRole).toDouble() - 2.0) < 1e-9);

        // Refused: no number, negative; nothing is saved and the budget stays.
        for (const char *bad : {"twenty", "-3", "12 dollars", "$"}) {
            QVERIFY2(!m_model->setBudget(a, QLatin1String(bad)), bad);
            QVERIFY(!m_model->budgetError().isEmpty());
        }
        QCOMPARE(errorChanged.count(), 1);
        QVERIFY(!m_model->setBudget(m_model->rowOf(noKey), QStringLiteral("5")));
        QVERIFY(!m_model->setBudget(-1, QStringLiteral("5")));
        QVERIFY(!m_model->setBudget(m_model->rowCount(), QStringLiteral("5")));

        // Stored: another connection reads it back.
        QString error;
        auto queries = CallQueries::open(databaseFile(), &error);
        QVERIFY2(queries, qPrintable(error));
        auto stored = [&queries](const QString &keyId) {
            const QList<ClientKey> keys = queries->clientKeys();
            return *std::find_if(keys.cbegin(), keys.cend(),
                                 [&keyId](const ClientKey &key) { return key.keyId == keyId; });
        };
        QCOMPARE(stored(keyA).budgetUsdMonth, 1.0);

        // A zero budget is a budget; empty clears it (and the error).
        const int d = m_model->rowOf(keyD);
        QVERIFY(m_model->setBudget(d, QStringLiteral("0")));
        QTRY_COMPARE(saved.count(), 3);
        QCOMPARE(m_model->budgetError(), QString());
        QCOMPARE(value(d, KeyStatsModel::BudgetUsdRole).toDouble(), 0.0);
        QCOMPARE(value(d, KeyStatsModel::BudgetShareRole).toDouble(), 0.0); // nothing spent
        QVERIFY(m_model->setBudget(a, QStringLiteral("  ")));
        QTRY_COMPARE(saved.count(), 4);
        QVERIFY(!value(a, KeyStatsModel::BudgetUsdRole).isValid());
        QVERIFY(!stored(keyA).hasBudget());
        QCOMPARE(stored(keyD).budgetUsdMonth, 0.0);
        // A refresh keeps what was saved.
        const int before = int(m_refreshed->count());
        m_model->reload();
        QVERIFY(refreshed(before));
        QCOMPARE(value(m_model->rowOf(keyD), KeyStatsModel::BudgetTextRole).toString(),
                 LedgerFormat::usd(0.0));
    }

    void disablingIsSavedAndAnnounced()
    {
        QSignalSpy saved(m_model.get(), &KeyStatsModel::settingsSaved);
        QSignalSpy ledgerChanged(m_reader.get(), &LedgerReader::ledgerChanged);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        const int before = int(m_refreshed->count());
        const int b = m_model->rowOf(keyB);
        QVERIFY(m_model->setDisabled(b, true));
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(value(b, KeyStatsModel::DisabledRole).toBool(), true);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), b);
        QCOMPARE(ledgerChanged.count(), 1); // what makes the app's proxy read the set again
        {
            QString error;
            auto queries = CallQueries::open(databaseFile(), &error);
            QVERIFY2(queries, qPrintable(error));
            QCOMPARE(queries->disabledKeyIds(), QSet<QString>{keyB});
        }
        QVERIFY(!m_model->setDisabled(m_model->rowOf(noKey), true));

        QVERIFY(refreshed(before)); // the refresh ledgerChanged() caused keeps it
        QCOMPARE(value(m_model->rowOf(keyB), KeyStatsModel::DisabledRole).toBool(), true);
        QVERIFY(m_model->setDisabled(m_model->rowOf(keyB), false));
        QTRY_COMPARE(saved.count(), 2);
        QCOMPARE(value(m_model->rowOf(keyB), KeyStatsModel::DisabledRole).toBool(), false);
        QString error;
        auto queries = CallQueries::open(databaseFile(), &error);
        QVERIFY2(queries, qPrintable(error));
        QCOMPARE(queries->disabledKeyIds(), QSet<QString>());
    }

    void budgetTextIsParsed()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        bool ok = false;
        QCOMPARE(KeyStatsModel::parseBudget(QStringLiteral("12,50"), &ok, german),
                 std::optional<double>(12.5));
        QVERIFY(ok);
        QCOMPARE(KeyStatsModel::parseBudget(QStringLiteral("12.5"), &ok, german),
                 std::optional<double>(12.5)); // a plain decimal point works everywhere
        QVERIFY(ok);
        QCOMPARE(KeyStatsModel::parseBudget(QString(), &ok), std::nullopt);
        QVERIFY(ok);
        for (const char *bad : {"abc", "-0.01", "1e999", "nan", "$-2"}) {
            QCOMPARE(KeyStatsModel::parseBudget(QLatin1String(bad), &ok, QLocale::c()),
                     std::nullopt);
            QVERIFY2(!ok, bad);
        }
    }

    void monthIsTheLocalCalendarMonth()
    {
        const TimeRange november = KeyStatsModel::monthOf(at(3, 12));
        QCOMPARE(november.fromMs,
                 QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(november.toMs,
                 QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        const TimeRange december = KeyStatsModel::monthOf(november.toMs);
        QCOMPARE(december.fromMs, november.toMs);
        QCOMPARE(december.toMs,
                 QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    }

    void newCallsPatchRowsInPlace()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        const int before = int(m_refreshed->count());
        QVERIFY(write({call(keyB, at(4, 9), 0.01, 900)}));
        m_reader->notifyCallsWritten();
        QVERIFY(refreshed(before));

        QCOMPARE(keyOrder(), (QStringList{keyA, noKey, keyB, keyC, keyD}));
        for (const QString &key : {keyA, keyB, keyC, keyD, noKey})
            verifyRow(key);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(moved.count(), 0);
        // B's numbers and everyone's share changed.
        QSet<int> rows;
        for (const QList<QVariant> &signal : std::as_const(changed))
            rows.insert(signal.at(0).toModelIndex().row());
        QVERIFY(rows.contains(m_model->rowOf(keyB)));
        QVERIFY(rows.contains(m_model->rowOf(keyA)));
        QVERIFY(!rows.contains(m_model->rowOf(keyD))); // nothing of D's changed
    }

    void newKeyInsertsARow()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        const QString keyE = QStringLiteral("key-e");
        const int before = int(m_refreshed->count());
        QVERIFY(write({call(keyE, at(3, 8), 0.30, 700)}));
        m_reader->notifyCallsWritten();
        QVERIFY(refreshed(before));

        QCOMPARE(keyOrder(), (QStringList{keyA, noKey, keyB, keyE, keyC, keyD}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 3);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_model->count(), 6);
        verifyRow(keyE);
        verifyRow(keyA);
    }

    void keyThatOvertakesMovesUp()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        const int before = int(m_refreshed->count());
        QVERIFY(write({call(keyC, at(4, 16), 3.00, 60)}));
        m_reader->notifyCallsWritten();
        QVERIFY(refreshed(before));

        QCOMPARE(keyOrder(), (QStringList{keyC, keyA, noKey, keyB, keyD}));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(reset.count(), 0);
        verifyRow(keyC);
    }

    void unreadableLedgerSetsErrorString()
    {
        const QString garbage = m_dir->path() + QLatin1String("/garbage.sqlite");
        QVERIFY(AppTest::writeFile(garbage, QByteArray(4096, 'x')));
        LedgerReader broken(garbage);
        KeyStatsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy refreshed(&model, &KeyStatsModel::refreshed);
        model.setLedger(&broken);
        model.setFromMs(at(0, 0));
        model.setToMs(at(1, 0));
        QTRY_COMPARE(refreshed.count(), 1);
        QVERIFY(!model.errorString().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.loading());
    }

    void lastUsedTextIsRelative()
    {
        const QLocale c(QLocale::C);
        const qint64 now = at(3, 12);
        QCOMPARE(KeyStatsModel::lastUsedText(0, now, c), QStringLiteral("never"));
        QCOMPARE(KeyStatsModel::lastUsedText(now - 20 * 1000, now, c), QStringLiteral("just now"));
        QCOMPARE(KeyStatsModel::lastUsedText(at(3, 11, 55), now, c), QStringLiteral("5 min ago"));
        QCOMPARE(KeyStatsModel::lastUsedText(at(3, 9, 10), now, c), QStringLiteral("2 h ago"));
        QCOMPARE(KeyStatsModel::lastUsedText(at(2, 1), now, c), QStringLiteral("yesterday"));
        QCOMPARE(KeyStatsModel::lastUsedText(at(0, 1), now, c),
                 c.toString(QDate(2026, 11, 23), QLocale::ShortFormat));
    }

    void sparklinePaintsItsValues()
    {
        Sparkline line;
        line.setSize(QSizeF(100, 20));
        line.setColor(Qt::red);
        line.setLineWidth(2);
        auto render = [&line] {
            QImage image(100, 20, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            line.paint(&painter);
            return image;
        };
        auto isLine = [](const QImage &image, int x, int y) {
            const QColor pixel = image.pixelColor(x, y);
            return pixel.alpha() > 128 && pixel.red() > 128 && pixel.green() < 100;
        };

        QImage empty = render();
        QCOMPARE(empty.pixelColor(50, 10).alpha(), 0);
        QCOMPARE(empty.pixelColor(1, 18).alpha(), 0);

        line.setValues({0, 1}); // bottom left to top right
        QImage rising = render();
        QVERIFY(isLine(rising, 2, 18));
        QVERIFY(isLine(rising, 50, 10));
        QVERIFY(isLine(rising, 97, 1));
        QCOMPARE(rising.pixelColor(2, 2).alpha(), 0);
        QCOMPARE(rising.pixelColor(97, 17).alpha(), 0); // no fill colour, no area

        line.setFillColor(QColor(0, 0, 255, 255));
        QImage filled = render();
        QVERIFY(filled.pixelColor(90, 17).blue() > 200);
        QCOMPARE(filled.pixelColor(10, 2).alpha(), 0); // above the line stays clear
    }
};

int main(int argc, char **argv)
{
    // Days of the ledger and of the model are local days: make them the UTC days of at().
    qputenv("TZ", "UTC");
    QGuiApplication app(argc, argv);
    TestKeyStatsModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keystatsmodel.moc"
