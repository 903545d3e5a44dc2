// llmledger-querybench: how long each dashboard query takes on a ledger.
//
//   llmledger-querybench DBFILE [--runs R] [--now-ms T] [--migrate | --migrate-only]
//
// --migrate first upgrades DBFILE to this build's schema (as the writer does when it opens it) and
// prints "migration to schema V: S s": the way to time a migration, and to bring a cached ledger
// up to date without filling it again; --migrate-only stops there.
// Times every query the dashboards and the log view make, through CallQueries exactly as the app
// calls it: KPIs (totals) over today, 7, 30 and 90 days, the previous 30 days (the "change vs
// previous period") and one key's 30 days; the hourly 7-day and daily 90-day charts; breakdowns
// by model, provider, key and day over 30 and 90 days; and the log's first page unfiltered, by
// model, by key, errors only, by a text search, and its 50th page reached by keyset cursor; and
// the latency percentiles, the log sorted by cost and by latency, and the live view's poll.
// "Now" is the newest call in DBFILE (so that an old generated ledger looks current), or T.
//
// Each query first runs once on a connection of its own, opened just before ("cold": SQLite's page
// cache is empty, the OS's may not be), then R more times on it (default 5): the table shows the
// cold time, the median and the maximum of the R warm runs, and whether the cold run and the
// median met the 100 ms target. Exits 1 if a query failed.
#include "callqueries.h"
#include "database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

constexpr qint64 dayMs = 86400000;
constexpr double targetMs = 100;

// A query returns a short description of what it found, to show that it found something.
using Query = std::function<QString(const CallQueries &)>;

struct Measured
{
    QString label;
    QString result;
    QString error;
    double coldMs = 0;
    double medianMs = 0;
    double maxMs = 0;
};

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString describe(const UsageTotals &t)
{
    return QStringLiteral("%1 calls").arg(t.requests);
}

QString describe(const LogPage &page)
{
    return QStringLiteral("%1 rows").arg(page.rows.size());
}

// The cursor after `pages` pages of the filter's log, as a user scrolling down would reach it.
LogCursor cursorAfter(const CallQueries &queries, const CallFilter &filter, int pages)
{
    LogCursor cursor;
    for (int i = 0; i < pages; ++i)
        cursor = queries.logPage(filter, cursor).next;
    return cursor;
}

class QueryBench
{
public:
    QueryBench(QString dbFile, int runs) : m_dbFile(std::move(dbFile)), m_runs(runs) { }

    // prepare() runs before the clock starts on each connection (e.g. paging to a later page).
    void add(const QString &label, const Query &query,
             const std::function<void(const CallQueries &)> &prepare = {})
    {
        Measured m;
        m.label = label;
        QString error;
        std::optional<CallQueries> queries = CallQueries::open(m_dbFile, &error);
        if (!queries) {
            m.error = error;
            m_results.push_back(m);
            return;
        }
        if (prepare)
            prepare(*queries);
        QElapsedTimer timer;
        timer.start();
        m.result = query(*queries);
        m.coldMs = elapsedMs(timer);
        std::vector<double> warm;
        for (int i = 0; i < m_runs; ++i) {
            timer.start();
            query(*queries);
            warm.push_back(elapsedMs(timer));
        }
        std::sort(warm.begin(), warm.end());
        m.medianMs = warm.size() % 2 ? warm[warm.size() / 2]
                                     : (warm[warm.size() / 2 - 1] + warm[warm.size() / 2]) / 2;
        m.maxMs = warm.back();
        m.error = queries->lastError();
        std::fprintf(stderr, "llmledger-querybench: %-40s %9.2f ms\n", qPrintable(label), m.coldMs);
        m_results.push_back(m);
    }

    // Returns the number of queries that failed.
    int print() const
    {
        std::printf("%-44s %10s %10s %10s  %-16s %s\n", "query", "cold ms", "median ms", "max ms",
                    "result", "<=100 ms target");
        std::printf("%s\n", QByteArray(112, '-').constData());
        int failed = 0, missed = 0;
        for (const Measured &m : m_results) {
            if (!m.error.isEmpty()) {
                ++failed;
                std::printf("%-44s FAILED: %s\n", qPrintable(m.label), qPrintable(m.error));
                continue;
            }
            const char *verdict = m.medianMs > targetMs ? "MISSED"
                : m.coldMs > targetMs                   ? "MISSED (cold only)"
                                                        : "ok";
            if (m.medianMs > targetMs || m.coldMs > targetMs)
                ++missed;
            std::printf("%-44s %10.2f %10.2f %10.2f  %-16s %s\n", qPrintable(m.label), m.coldMs,
                        m.medianMs, m.maxMs, qPrintable(m.result), verdict);
        }
        std::printf("%s\n", QByteArray(112, '-').constData());
        std::printf("queries=%d missed=%d failed=%d\n", int(m_results.size()), missed, failed);
        return failed;
    }

private:
    QString m_dbFile;
    int m_runs;
    std::vector<Measured> m_results;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the LLM Ledger dashboard queries on a ledger (bench/README.md)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Warm runs per query."),
                      QStringLiteral("R"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("now-ms"),
                      QStringLiteral("Now, unix ms (default: the newest call's time)."),
                      QStringLiteral("T")});
    parser.addOption(
        {QStringLiteral("migrate"), QStringLiteral("Upgrade DBFILE's schema first, and time it.")});
    parser.addOption({QStringLiteral("migrate-only"),
                      QStringLiteral("Upgrade DBFILE's schema, time it, and run no query.")});
    parser.addPositionalArgument(QStringLiteral("DBFILE"), QStringLiteral("The SQLite ledger."));
    parser.process(app);
    bool runsOk = false;
    const int runs = parser.value(QStringLiteral("runs")).toInt(&runsOk);
    if (!runsOk || runs < 1 || parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "%s", qPrintable(parser.helpText()));
        return 2;
    }
    const QString dbFile = parser.positionalArguments().first();

    const bool migrateOnly = parser.isSet(QStringLiteral("migrate-only"));
    if (migrateOnly || parser.isSet(QStringLiteral("migrate"))) {
        Database::Options options;
        options.migrations = Database::MigrationPolicy::Migrate;
        options.purpose = QStringLiteral("migrate");
        options.cacheSizeKiB = 256 * 1024;
        QElapsedTimer timer;
        timer.start();
        QString error;
        const auto db = Database::open(dbFile, options, &error);
        if (!db) {
            std::fprintf(stderr, "llmledger-querybench: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("migration to schema %d: %.1f s\n", db->schemaVersion(),
                    double(timer.nsecsElapsed()) / 1e9);
        if (migrateOnly)
            return 0;
    }

    // What the queries are about, found before any is timed: now, all-time totals, and the
    // model and key a user would click first (the most expensive ones).
    QString error;
    std::optional<CallQueries> setup = CallQueries::open(dbFile, &error);
    if (!setup) {
        std::fprintf(stderr, "llmledger-querybench: %s\n", qPrintable(error));
        return 1;
    }
    const LogPage newest = setup->logPage({}, {}, 1);
    if (newest.rows.isEmpty()) {
        std::fprintf(stderr, "llmledger-querybench: %s has no calls %s\n", qPrintable(dbFile),
                     qPrintable(setup->lastError()));
        return 1;
    }
    const qint64 now = parser.isSet(QStringLiteral("now-ms"))
        ? parser.value(QStringLiteral("now-ms")).toLongLong()
        : newest.rows.first().record.startedAtMs + 1;
    auto lastDays = [now](int days) {
        return TimeRange{now - days * dayMs, now};
    };
    const TimeRange today{now / dayMs * dayMs, now};
    const TimeRange previous30{now - 60 * dayMs, now - 30 * dayMs};
    const UsageTotals all = setup->totals({});
    const qint64 newestId = setup->lastCallId();
    const QList<UsageGroup> models = setup->groupBy(lastDays(30), GroupBy::Model);
    const QList<UsageGroup> keys = setup->groupBy(lastDays(30), GroupBy::Key);
    if (models.isEmpty() || keys.isEmpty()) {
        std::fprintf(stderr, "llmledger-querybench: no calls in the last 30 days %s\n",
                     qPrintable(setup->lastError()));
        return 1;
    }
    // The cheapest model that answered calls, and a name that only failed calls carry (the
    // requested model: no provider answered), as the by-model chart shows them.
    QString rareModel, failedOnlyModel;
    for (const UsageGroup &group : models) {
        if (group.totals.errors < group.totals.requests)
            rareModel = group.key;
        else if (failedOnlyModel.isEmpty())
            failedOnlyModel = group.key;
    }
    const QString topModel = models.first().key;
    const QString topKey = keys.first().key;
    // A search that matches one call only, so it reads the whole log: a piece of a request id,
    // as a user would paste from a client's output.
    const LogPage page50 = setup->logPage({}, cursorAfter(*setup, {}, 49));
    const QString rareText
        = QString::fromUtf8(page50.rows.value(0).record.requestId.right(12)).toUpper();
    setup.reset();

    std::printf("LLM Ledger query benchmark: %s, %lld calls, now = %s, %d warm run(s)\n",
                qPrintable(dbFile), all.requests,
                qPrintable(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate)),
                runs);

    QueryBench bench(dbFile, runs);
    auto totals = [](TimeRange range, QString key = {}) -> Query {
        return [range, key](const CallQueries &q) {
            return describe(q.totals(range, key));
        };
    };
    bench.add(QStringLiteral("KPIs: today"), totals(today));
    bench.add(QStringLiteral("KPIs: 7 days"), totals(lastDays(7)));
    bench.add(QStringLiteral("KPIs: 30 days"), totals(lastDays(30)));
    bench.add(QStringLiteral("KPIs: 90 days"), totals(lastDays(90)));
    bench.add(QStringLiteral("KPIs: previous 30 days"), totals(previous30));
    bench.add(QStringLiteral("KPIs: 30 days, one key"), totals(lastDays(30), topKey));

    auto series = [](TimeRange range, Bucket bucket) -> Query {
        return [range, bucket](const CallQueries &q) {
            return QStringLiteral("%1 buckets").arg(q.timeSeries(range, bucket).size());
        };
    };
    bench.add(QStringLiteral("time series: hourly, 7 days"), series(lastDays(7), Bucket::Hour));
    bench.add(QStringLiteral("time series: daily, 90 days"), series(lastDays(90), Bucket::Day));

    auto groups = [](TimeRange range, GroupBy by) -> Query {
        return [range, by](const CallQueries &q) {
            return QStringLiteral("%1 groups").arg(q.groupBy(range, by).size());
        };
    };
    const std::pair<const char *, GroupBy> breakdowns[] = {{"model", GroupBy::Model},
                                                           {"provider", GroupBy::Provider},
                                                           {"key", GroupBy::Key},
                                                           {"day", GroupBy::Day}};
    for (const auto &[name, by] : breakdowns) {
        for (int days : {30, 90})
            bench.add(QStringLiteral("by %1: %2 days").arg(QLatin1String(name)).arg(days),
                      groups(lastDays(days), by));
    }

    bench.add(QStringLiteral("latency p50/p95: 30 days"), [&lastDays](const CallQueries &q) {
        return QStringLiteral("%1 calls").arg(q.latency(lastDays(30)).latency.count());
    });
    bench.add(QStringLiteral("latency p50/p95: 90 days"), [&lastDays](const CallQueries &q) {
        return QStringLiteral("%1 calls").arg(q.latency(lastDays(90)).latency.count());
    });
    bench.add(QStringLiteral("latency p50/p95 by key: 30 days"), [&lastDays](const CallQueries &q) {
        return QStringLiteral("%1 keys").arg(q.latencyByKey(lastDays(30)).size());
    });

    auto log = [](CallFilter filter, std::shared_ptr<LogCursor> after = {},
                  LogOrder order = {}) -> Query {
        return [filter, after, order](const CallQueries &q) {
            return describe(q.logPage(filter, after ? *after : LogCursor(), 100, order));
        };
    };
    CallFilter byModel, byRareModel, byFailedModel, byKey, errors, byTool, byRareText;
    byModel.model = topModel;
    byRareModel.model = rareModel;
    byFailedModel.model = failedOnlyModel;
    byKey.clientKeyId = topKey;
    errors.errorsOnly = true;
    byTool.text = QStringLiteral("aider");
    byRareText.text = rareText;
    bench.add(QStringLiteral("log: first page"), log({}));
    bench.add(QStringLiteral("log: model ") + topModel, log(byModel));
    bench.add(QStringLiteral("log: model ") + rareModel, log(byRareModel));
    if (!failedOnlyModel.isEmpty())
        bench.add(QStringLiteral("log: model %1 (failed calls)").arg(failedOnlyModel),
                  log(byFailedModel));
    bench.add(QStringLiteral("log: one key"), log(byKey));
    bench.add(QStringLiteral("log: errors only"), log(errors));
    bench.add(QStringLiteral("log: text \"aider\" (common)"), log(byTool));
    bench.add(QStringLiteral("log: text \"%1\" (1 call)").arg(rareText), log(byRareText));
    auto cursor = std::make_shared<LogCursor>();
    bench.add(QStringLiteral("log: page 50 by keyset cursor"), log({}, cursor),
              [cursor](const CallQueries &q) { *cursor = cursorAfter(q, {}, 49); });

    bench.add(QStringLiteral("log: sorted by cost"), log({}, {}, {LogSort::Cost, true}));
    bench.add(QStringLiteral("log: sorted by latency"), log({}, {}, {LogSort::Latency, true}));
    const qint64 lastId = newestId;
    bench.add(QStringLiteral("live view: calls after the last 100"),
              [lastId](const CallQueries &q) {
                  return QStringLiteral("%1 rows").arg(q.callsAfter({}, lastId - 100).size());
              });

    return bench.print() == 0 ? 0 : 1;
}
