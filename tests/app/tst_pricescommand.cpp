#include "apptestsupport.h"
#include "callqueries.h"
#include "ledgercommands.h"
#include "ledgerpaths.h"

#include <QTemporaryDir>
#include <QTest>

// `llmledger prices import` then `prices reprice`: a model recorded without a price
// gets its cost once the price is known, through the same code paths as the CLI.
class TestPricesCommand : public QObject
{
    Q_OBJECT

private:
    int run(const QString &command, const QStringList &arguments, QString *out = nullptr)
    {
        QString text;
        QTextStream stream(&text);
        QString errors;
        QTextStream err(&errors);
        const int code = LedgerCommands(m_paths, stream, err).run(command, arguments);
        stream.flush();
        err.flush();
        if (out)
            *out = text;
        if (code != 0)
            qWarning("%s", qPrintable(errors));
        return code;
    }

    QTemporaryDir m_dir;
    LedgerPaths m_paths;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_paths.dataDir = m_dir.path();
        m_paths.configFile = m_dir.filePath(QStringLiteral("config/config.json"));
    }

    void importThenRepriceFillsTheMissingCost()
    {
        CallRecord call = AppTest::record("r1", AppTest::at(0, 10), QStringLiteral("acme-1"), 0);
        call.costUsd.reset(); // unknown model when it was recorded
        call.usage.inputTokens = 1000;
        call.usage.outputTokens = 500;
        QString error;
        QVERIFY2(AppTest::seed(m_paths.databaseFile(), {call}, &error), qPrintable(error));

        const QString litellm = m_dir.filePath(QStringLiteral("litellm.json"));
        QVERIFY(AppTest::writeFile(litellm, R"({"acme-1": {"input_cost_per_token": 1e-06,
                                                           "output_cost_per_token": 4e-06}})"));
        QCOMPARE(run(QStringLiteral("prices"), {QStringLiteral("import"), litellm}), 0);

        QString out;
        QCOMPARE(run(QStringLiteral("prices"), {QStringLiteral("reprice")}, &out), 0);
        QVERIFY2(out.contains(QLatin1String("re-priced 1 of 1 calls")), qPrintable(out));

        auto queries = CallQueries::open(m_paths.databaseFile(), &error);
        QVERIFY2(queries, qPrintable(error));
        const LogPage page = queries->logPage(CallFilter(), {}, 10);
        QCOMPARE(page.rows.size(), 1);
        // 1000 × $1 + 500 × $4 per million
        QVERIFY(page.rows.first().record.costUsd.has_value());
        QCOMPARE(*page.rows.first().record.costUsd, 0.003);
        QCOMPARE(queries->totals({AppTest::at(0, 0), AppTest::at(1, 0)}).unpriced, 0);

        // Nothing left to change the second time.
        QCOMPARE(run(QStringLiteral("prices"), {QStringLiteral("reprice")}, &out), 0);
        QVERIFY2(out.contains(QLatin1String("re-priced 0 of 1 calls")), qPrintable(out));
    }

    void repriceRejectsBadTimes()
    {
        QCOMPARE(run(QStringLiteral("prices"),
                     {QStringLiteral("reprice"), QStringLiteral("--from"), QStringLiteral("soon")}),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestPricesCommand)
#include "tst_pricescommand.moc"
