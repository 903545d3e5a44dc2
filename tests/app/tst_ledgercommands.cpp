#include "apptestsupport.h"
#include "callqueries.h"
#include "ledgercommands.h"
#include "ledgerpaths.h"
#include "pricetable.h"
#include "proxyconfig.h"
#include "proxyruntime.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <time.h>

// The one-shot subcommands (export, prices import, keys) on a database seeded
// through CallLogWriter, with stdout and stderr captured in strings.
class TestLedgerCommands : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run run(const QString &command, const QStringList &arguments)
    {
        Run result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.code = LedgerCommands(m_paths, out, err).run(command, arguments);
        out.flush();
        err.flush();
        return result;
    }

    QList<QStringList> exportRows(const QStringList &arguments)
    {
        const QString file = m_dir->filePath(QStringLiteral("export.csv"));
        QFile::remove(file);
        const Run r = run(QStringLiteral("export"),
                          QStringList{QStringLiteral("--output"), file} + arguments);
        if (r.code != 0) {
            qWarning("export failed (%d): %s", r.code, qPrintable(r.err));
            return {};
        }
        QString error;
        const QList<QStringList> rows = AppTest::parseCsv(AppTest::readFile(file), &error);
        if (!error.isEmpty())
            qWarning("not RFC 4180: %s", qPrintable(error));
        return rows;
    }

    static QStringList column(const QList<QStringList> &rows, const QString &name)
    {
        QStringList values;
        if (rows.isEmpty())
            return values;
        const int index = int(rows.first().indexOf(name));
        for (qsizetype i = 1; i < rows.size(); ++i)
            values << rows.at(i).value(index);
        return values;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    LedgerPaths m_paths;

private Q_SLOTS:
    void initTestCase()
    {
        // A zone far from UTC, so that a time read as local instead of UTC shows.
        qputenv("TZ", "XST-05:30");
        tzset();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_paths = AppTest::pathsIn(*m_dir);
        QVERIFY(QDir().mkpath(m_paths.dataDir));
        QVERIFY(QDir().mkpath(QFileInfo(m_paths.configFile).absolutePath()));

        using AppTest::at;
        using AppTest::record;
        CallRecord tricky = record("req-2", at(1, 9), QStringLiteral("gpt-4o-mini"), 0.25);
        tricky.httpStatus = 400;
        tricky.errorType = QStringLiteral("invalid_request_error");
        tricky.errorMessage = QStringLiteral("bad \"temperature\", line 1\r\nsee docs, ünïcode");
        tricky.clientKeyId = QStringLiteral("k-alpha");
        tricky.clientKeyHint = QStringLiteral("sk-…abcd");
        CallRecord keyed = record("req-3", at(2, 12), QStringLiteral("gpt-4o"), 1.5);
        keyed.clientKeyId = QStringLiteral("k-beta");
        keyed.clientKeyHint = QStringLiteral("sk-…wxyz");
        QString error;
        QVERIFY2(AppTest::seed(
                     m_paths.databaseFile(),
                     {record("req-1", at(0, 10), QStringLiteral("gpt-4o"), 0.5), tricky, keyed},
                     &error),
                 qPrintable(error));
    }

    void isCommand()
    {
        for (const char *name : {"export", "prices", "keys"})
            QVERIFY(LedgerCommands::isCommand(QLatin1String(name)));
        QVERIFY(!LedgerCommands::isCommand(QStringLiteral("serve")));
        const Run r = run(QStringLiteral("serve"), {});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("unknown command \"serve\"")), qPrintable(r.err));
    }

    void exportWritesRfc4180Csv()
    {
        const QString file = m_dir->filePath(QStringLiteral("all.csv"));
        const Run r = run(QStringLiteral("export"), {QStringLiteral("--output"), file});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));

        const QByteArray csv = AppTest::readFile(file);
        QString error;
        const QList<QStringList> rows = AppTest::parseCsv(csv, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 4); // header + one row per call
        const QStringList header = rows.first();
        QCOMPARE(header.value(0), QStringLiteral("id"));
        for (const char *name :
             {"request_id", "started_at", "requested_model", "served_model", "status",
              "error_message", "input_tokens", "output_tokens", "cost_usd", "client_key_id"})
            QVERIFY2(header.contains(QLatin1String(name)), name);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());

        // Oldest first; times in UTC with milliseconds; costs as plain decimals.
        QCOMPARE(column(rows, QStringLiteral("request_id")),
                 (QStringList{QStringLiteral("req-1"), QStringLiteral("req-2"),
                              QStringLiteral("req-3")}));
        QCOMPARE(column(rows, QStringLiteral("started_at")),
                 (QStringList{QStringLiteral("2026-11-23T10:00:00.000Z"),
                              QStringLiteral("2026-11-24T09:00:00.000Z"),
                              QStringLiteral("2026-11-25T12:00:00.000Z")}));
        QCOMPARE(
            column(rows, QStringLiteral("cost_usd")),
            (QStringList{QStringLiteral("0.5"), QStringLiteral("0.25"), QStringLiteral("1.5")}));
        // A field with quotes, commas, a line break and non-ASCII survives the round trip.
        QCOMPARE(column(rows, QStringLiteral("error_message")).value(1),
                 QStringLiteral("bad \"temperature\", line 1\r\nsee docs, ünïcode"));
        QVERIFY(csv.contains(
            QStringLiteral("\"bad \"\"temperature\"\", line 1\r\nsee docs, ünïcode\"").toUtf8()));
        QCOMPARE(column(rows, QStringLiteral("error_type")).value(0), QString()); // NULL: empty
    }

    void exportFiltersByIsoDates_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        const QString r1 = QStringLiteral("req-1"), r2 = QStringLiteral("req-2"),
                      r3 = QStringLiteral("req-3");
        auto args = [](const char *from, const char *to) {
            QStringList a;
            if (from)
                a << QStringLiteral("--from") << QLatin1String(from);
            if (to)
                a << QStringLiteral("--to") << QLatin1String(to);
            return a;
        };
        QTest::newRow("none") << args(nullptr, nullptr) << QStringList{r1, r2, r3};
        QTest::newRow("from day") << args("2026-11-24", nullptr) << QStringList{r2, r3};
        QTest::newRow("to day, exclusive") << args(nullptr, "2026-11-24") << QStringList{r1};
        QTest::newRow("one UTC day") << args("2026-11-24", "2026-11-25") << QStringList{r2};
        QTest::newRow("Z instant, inclusive from")
            << args("2026-11-24T09:00:00Z", nullptr) << QStringList{r2, r3};
        QTest::newRow("Z instant, exclusive to")
            << args(nullptr, "2026-11-24T09:00:00Z") << QStringList{r1};
        QTest::newRow("milliseconds")
            << args("2026-11-24T09:00:00.001Z", nullptr) << QStringList{r3};
        QTest::newRow("offset") << args("2026-11-24T10:00:00+01:00", "2026-11-24T10:00:01+01:00")
                                << QStringList{r2};
        QTest::newRow("empty range") << args("2026-11-25", "2026-11-24") << QStringList{};
    }

    void exportFiltersByIsoDates()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        const QList<QStringList> rows = exportRows(arguments);
        QVERIFY(!rows.isEmpty()); // the header is always there
        QCOMPARE(column(rows, QStringLiteral("request_id")), expected);
    }

    void exportReadsTimesWithoutOffsetAsUtc()
    {
        // --help: "ISO 8601 (UTC unless an offset is given)". The test runs in UTC+05:30.
        const QList<QStringList> rows
            = exportRows({QStringLiteral("--from"), QStringLiteral("2026-11-24T08:30:00"),
                          QStringLiteral("--to"), QStringLiteral("2026-11-24T09:30:00")});
        QCOMPARE(column(rows, QStringLiteral("request_id")), QStringList{QStringLiteral("req-2")});
    }

    void exportRejectsBadTimes_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::newRow("from words") << QStringLiteral("from") << QStringLiteral("yesterday");
        QTest::newRow("from US date") << QStringLiteral("from") << QStringLiteral("11/24/2026");
        QTest::newRow("to month 13") << QStringLiteral("to") << QStringLiteral("2026-13-01");
    }

    void exportRejectsBadTimes()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        const QString file = m_dir->filePath(QStringLiteral("bad.csv"));
        const Run r = run(QStringLiteral("export"),
                          {QStringLiteral("--output"), file, QLatin1String("--") + option, value});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("--") + option) && r.err.contains(value),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("ISO 8601")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(file));
    }

    void exportRejectsUnknownOption()
    {
        const Run r
            = run(QStringLiteral("export"), {QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("format")), qPrintable(r.err));
    }

    void exportGroupsByModel()
    {
        CallRecord extra
            = AppTest::record("req-4", AppTest::at(3, 1), QStringLiteral("gpt-4o"), 0.125);
        extra.servedModel = QStringLiteral("gpt-4o-2024-08-06"); // groups by the served model
        CallRecord unpriced
            = AppTest::record("req-5", AppTest::at(3, 2), QStringLiteral("gpt-4o"), 0);
        unpriced.costUsd.reset();
        QString error;
        QVERIFY2(AppTest::seed(m_paths.databaseFile(), {extra, unpriced}, &error),
                 qPrintable(error));

        const QList<QStringList> rows
            = exportRows({QStringLiteral("--group-by"), QStringLiteral("model")});
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.first().mid(0, 2),
                 (QStringList{QStringLiteral("model"), QStringLiteral("requests")}));
        QVERIFY(rows.first().contains(QLatin1String("cost_usd")));
        QVERIFY(rows.first().contains(QLatin1String("unpriced")));
        // By cost, descending: gpt-4o = 0.5 + 1.5 (+ one unpriced call).
        QCOMPARE(column(rows, QStringLiteral("model")),
                 (QStringList{QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"),
                              QStringLiteral("gpt-4o-2024-08-06")}));
        QCOMPARE(column(rows, QStringLiteral("requests")),
                 (QStringList{QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("1")}));
        QCOMPARE(column(rows, QStringLiteral("errors")),
                 (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("0")}));
        QCOMPARE(
            column(rows, QStringLiteral("cost_usd")),
            (QStringList{QStringLiteral("2"), QStringLiteral("0.25"), QStringLiteral("0.125")}));
        QCOMPARE(column(rows, QStringLiteral("unpriced")),
                 (QStringList{QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0")}));
        QCOMPARE(
            column(rows, QStringLiteral("input_tokens")),
            (QStringList{QStringLiteral("300"), QStringLiteral("100"), QStringLiteral("100")}));

        // With a range, only its calls count.
        const QList<QStringList> ranged
            = exportRows({QStringLiteral("--group-by"), QStringLiteral("model"),
                          QStringLiteral("--from"), QStringLiteral("2026-11-25")});
        QCOMPARE(column(ranged, QStringLiteral("model")),
                 (QStringList{QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-2024-08-06")}));
        QCOMPARE(column(ranged, QStringLiteral("requests")),
                 (QStringList{QStringLiteral("2"), QStringLiteral("1")}));
    }

    void exportRejectsBadGroupBy()
    {
        const QString file = m_dir->filePath(QStringLiteral("grouped.csv"));
        const Run r = run(QStringLiteral("export"),
                          {QStringLiteral("--output"), file, QStringLiteral("--group-by"),
                           QStringLiteral("week")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("--group-by")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("day, model, provider or key")), qPrintable(r.err));
        QVERIFY(!QFile::exists(file)); // nothing half-written is left behind
    }

    void exportFailsOnUnwritableOutput()
    {
        const Run r = run(
            QStringLiteral("export"),
            {QStringLiteral("--output"), m_dir->filePath(QStringLiteral("no/such/dir/x.csv"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(QLatin1String("llmledger: ")), qPrintable(r.err));
    }

    void pricesImportMergesIntoOverrides()
    {
        // An earlier hand edit that must survive the import.
        QVERIFY(AppTest::writeFile(m_paths.priceOverridesFile(),
                                   R"({"models": {"my-finetune": {"input": 1, "output": 2}}})"));
        const QString litellm = m_dir->filePath(QStringLiteral("litellm.json"));
        QVERIFY(AppTest::writeFile(litellm, R"({
            "sample_spec": {"input_cost_per_token": 0, "output_cost_per_token": 0},
            "acme/acme-large-1": {"input_cost_per_token": 2e-06, "output_cost_per_token": 8e-06,
                                  "cache_read_input_token_cost": 5e-07,
                                  "litellm_provider": "acme", "mode": "chat"},
            "my-finetune": {"input_cost_per_token": 3e-06, "output_cost_per_token": 4e-06},
            "dall-e-9": {"output_cost_per_image": 0.04, "mode": "image_generation"}
        })"));

        const Run r = run(QStringLiteral("prices"), {QStringLiteral("import"), litellm});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("imported 2 model prices (1 entries")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(m_paths.priceOverridesFile()), qPrintable(r.out));

        // Beside the config, our format, both models present.
        QCOMPARE(m_paths.priceOverridesFile(),
                 QFileInfo(m_paths.configFile).absolutePath() + QLatin1String("/prices.json"));
        const QJsonObject document
            = QJsonDocument::fromJson(AppTest::readFile(m_paths.priceOverridesFile())).object();
        QVERIFY(document.value(QLatin1String("updated")).isString());
        const QJsonObject models = document.value(QLatin1String("models")).toObject();
        QCOMPARE(models.keys(),
                 (QStringList{QStringLiteral("acme/acme-large-1"), QStringLiteral("my-finetune")}));

        // The imported model now resolves through the runtime's price loading.
        QString error;
        const auto prices = ProxyRuntime::loadPrices(m_paths, ProxyConfig{}, &error);
        QVERIFY2(prices, qPrintable(error));
        const auto acme = prices->find(QStringLiteral("acme-large-1"));
        QVERIFY(acme);
        QCOMPARE(acme->inputPerM, 2.0);
        QCOMPARE(acme->outputPerM, 8.0);
        QCOMPARE(acme->cachedInputPerM, std::optional<double>(0.5));
        QVERIFY(prices->find(QStringLiteral("acme/acme-large-1-20250101")));
        // The imported price replaced the hand-written one of the same name.
        QCOMPARE(prices->find(QStringLiteral("my-finetune"))->inputPerM, 3.0);
        // Built-in models are still there.
        QVERIFY(prices->find(QStringLiteral("gpt-4o")));

        // A second import of another file keeps the first one's models.
        const QString second = m_dir->filePath(QStringLiteral("second.json"));
        QVERIFY(AppTest::writeFile(second, R"({"zeta-1": {"input_cost_per_token": 1e-06,
                                                          "output_cost_per_token": 1e-06}})"));
        QCOMPARE(run(QStringLiteral("prices"), {QStringLiteral("import"), second}).code, 0);
        const auto merged = ProxyRuntime::loadPrices(m_paths, ProxyConfig{}, &error);
        QVERIFY2(merged, qPrintable(error));
        QVERIFY(merged->find(QStringLiteral("zeta-1")));
        QVERIFY(merged->find(QStringLiteral("acme-large-1")));
    }

    void pricesImportCreatesTheConfigDirectory()
    {
        // A fresh install: no config.json has been written, so its folder does not exist yet.
        m_paths.configFile = m_dir->filePath(QStringLiteral("fresh/llmledger/config.json"));
        const QString litellm = m_dir->filePath(QStringLiteral("litellm.json"));
        QVERIFY(AppTest::writeFile(litellm, R"({"acme-1": {"input_cost_per_token": 1e-06,
                                                           "output_cost_per_token": 2e-06}})"));
        const Run r = run(QStringLiteral("prices"), {QStringLiteral("import"), litellm});
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(m_paths.priceOverridesFile()));
    }

    void pricesImportRejectsInvalidFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"gpt\": ") << QStringLiteral("invalid JSON");
        QTest::newRow("an array") << QByteArray("[1, 2]")
                                  << QStringLiteral("expected a JSON object");
        QTest::newRow("missing file") << QByteArray() << QString();
    }

    void pricesImportRejectsInvalidFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QByteArray before = R"({"models": {"my-finetune": {"input": 1, "output": 2}}})";
        QVERIFY(AppTest::writeFile(m_paths.priceOverridesFile(), before));
        const QString file = m_dir->filePath(QStringLiteral("input.json"));
        if (!content.isNull())
            QVERIFY(AppTest::writeFile(file, content));

        const Run r = run(QStringLiteral("prices"), {QStringLiteral("import"), file});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QLatin1String("llmledger: ") + file), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(AppTest::readFile(m_paths.priceOverridesFile()), before); // untouched
    }

    void pricesImportKeepsUnreadableOverrides()
    {
        // A hand edit with a syntax error: importing must not silently throw the edits away.
        const QByteArray broken = R"({"models": {"my-finetune": {"input": 1, "output": 2},}})";
        QVERIFY(AppTest::writeFile(m_paths.priceOverridesFile(), broken));
        const QString litellm = m_dir->filePath(QStringLiteral("litellm.json"));
        QVERIFY(AppTest::writeFile(litellm, R"({"acme-1": {"input_cost_per_token": 1e-06,
                                                           "output_cost_per_token": 2e-06}})"));
        const Run r = run(QStringLiteral("prices"), {QStringLiteral("import"), litellm});
        QCOMPARE(r.code, 1);
        QCOMPARE(AppTest::readFile(m_paths.priceOverridesFile()), broken);
    }

    void pricesUsage()
    {
        for (const QStringList &arguments :
             {QStringList{}, QStringList{QStringLiteral("import")},
              QStringList{QStringLiteral("export"), QStringLiteral("x")}}) {
            const Run r = run(QStringLiteral("prices"), arguments);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QLatin1String("usage: llmledger prices import FILE")),
                     qPrintable(r.err));
        }
    }

    void keysListAndLabel()
    {
        Run r = run(QStringLiteral("keys"), {QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(
            lines.at(0),
            QStringLiteral("key id\tlabel\thint\tlast used (UTC)\tstatus\tbudget per month (USD)"));
        // Most recently seen first.
        QCOMPARE(lines.at(1),
                 QStringLiteral("k-beta\t\tsk-…wxyz\t2026-11-25T12:00:00Z\tenabled\t"));
        QCOMPARE(lines.at(2),
                 QStringLiteral("k-alpha\t\tsk-…abcd\t2026-11-24T09:00:00Z\tenabled\t"));

        r = run(QStringLiteral("keys"),
                {QStringLiteral("label"), QStringLiteral("k-alpha"),
                 QStringLiteral("CI bot, staging")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));

        r = run(QStringLiteral("keys"), {QStringLiteral("list")});
        lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(
            lines.value(2),
            QStringLiteral("k-alpha\tCI bot, staging\tsk-…abcd\t2026-11-24T09:00:00Z\tenabled\t"));

        // An empty label clears it.
        QCOMPARE(run(QStringLiteral("keys"),
                     {QStringLiteral("label"), QStringLiteral("k-alpha"), QString()})
                     .code,
                 0);
        r = run(QStringLiteral("keys"), {QStringLiteral("list")});
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).value(2),
                 QStringLiteral("k-alpha\t\tsk-…abcd\t2026-11-24T09:00:00Z\tenabled\t"));
    }

    void keysDisableEnableAndBudget()
    {
        Run r = run(QStringLiteral("keys"), {QStringLiteral("disable"), QStringLiteral("k-beta")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QLatin1String("key k-beta disabled")), qPrintable(r.out));
        r = run(QStringLiteral("keys"),
                {QStringLiteral("budget"), QStringLiteral("k-alpha"), QStringLiteral("12.5")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));

        r = run(QStringLiteral("keys"), {QStringLiteral("list")});
        QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.value(1),
                 QStringLiteral("k-beta\t\tsk-…wxyz\t2026-11-25T12:00:00Z\tdisabled\t"));
        QCOMPARE(lines.value(2),
                 QStringLiteral("k-alpha\t\tsk-…abcd\t2026-11-24T09:00:00Z\tenabled\t12.50"));
        {
            QString error;
            auto queries = CallQueries::open(m_paths.databaseFile(), &error);
            QVERIFY2(queries, qPrintable(error));
            QCOMPARE(queries->disabledKeyIds(), QSet<QString>{QStringLiteral("k-beta")});
        }

        QCOMPARE(
            run(QStringLiteral("keys"), {QStringLiteral("enable"), QStringLiteral("k-beta")}).code,
            0);
        QCOMPARE(run(QStringLiteral("keys"),
                     {QStringLiteral("budget"), QStringLiteral("k-alpha"), QStringLiteral("none")})
                     .code,
                 0);
        r = run(QStringLiteral("keys"), {QStringLiteral("list")});
        lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.value(1),
                 QStringLiteral("k-beta\t\tsk-…wxyz\t2026-11-25T12:00:00Z\tenabled\t"));
        QCOMPARE(lines.value(2),
                 QStringLiteral("k-alpha\t\tsk-…abcd\t2026-11-24T09:00:00Z\tenabled\t"));

        // An id the ledger does not know is an error, not a new key.
        r = run(QStringLiteral("keys"), {QStringLiteral("disable"), QStringLiteral("k-typo")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("no client key \"k-typo\"")), qPrintable(r.err));
        r = run(QStringLiteral("keys"), {QStringLiteral("list")});
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 3);
    }

    void keysUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown") << QStringList{QStringLiteral("rotate")};
        QTest::newRow("list with extra")
            << QStringList{QStringLiteral("list"), QStringLiteral("x")};
        QTest::newRow("label without label")
            << QStringList{QStringLiteral("label"), QStringLiteral("k-alpha")};
        QTest::newRow("disable without key") << QStringList{QStringLiteral("disable")};
        QTest::newRow("enable with extra") << QStringList{
            QStringLiteral("enable"), QStringLiteral("k-alpha"), QStringLiteral("x")};
        QTest::newRow("budget without amount")
            << QStringList{QStringLiteral("budget"), QStringLiteral("k-alpha")};
        QTest::newRow("negative budget") << QStringList{
            QStringLiteral("budget"), QStringLiteral("k-alpha"), QStringLiteral("-1")};
        QTest::newRow("budget not a number") << QStringList{
            QStringLiteral("budget"), QStringLiteral("k-alpha"), QStringLiteral("lots")};
    }

    void keysUsage()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(QStringLiteral("keys"), arguments);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("usage: llmledger keys list")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLedgerCommands)
#include "tst_ledgercommands.moc"
