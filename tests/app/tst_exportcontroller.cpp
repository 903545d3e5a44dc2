#include "apptestsupport.h"
#include "calllogfilter.h"
#include "exportcontroller.h"
#include "ledgerreader.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include <ctime>

// The window's CSV export against a real ledger with known calls: the exact file for a filtered
// log and for each report grouping, progress to the end, and no file left by a cancelled or
// failed export.
class TstExportController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LedgerReader> m_reader;

    static QList<CallRecord> seedCalls()
    {
        using AppTest::at;
        CallRecord a = AppTest::record("req-a", at(0, 1), QStringLiteral("gpt-4o"), 0.5);
        a.clientTool = QStringLiteral("openai-python");
        CallRecord b = AppTest::record("req-b", at(0, 2, 30), QStringLiteral("gpt-4o-mini"), 0.25);
        b.httpStatus = 500;
        b.errorType = QStringLiteral("server_error");
        b.errorMessage = QStringLiteral("Upstream said \"busy\", try again");
        b.clientKeyId = QStringLiteral("k1");
        b.clientKeyHint = QStringLiteral("sk-…k1");
        CallRecord c = AppTest::record("req-c", at(1, 3), QStringLiteral("claude-sonnet-4"), 1.5);
        c.provider = QStringLiteral("anthropic");
        c.apiFormat = QStringLiteral("anthropic");
        c.endpoint = QStringLiteral("/v1/messages");
        c.streamed = true;
        c.ttftUs = 300;
        c.clientKeyId = QStringLiteral("k1");
        c.clientKeyHint = QStringLiteral("sk-…k1");
        CallRecord d = AppTest::record("req-d", at(2, 4), QStringLiteral("gpt-4o"), 0);
        d.costUsd.reset(); // no known price
        CallRecord outside = AppTest::record("req-x", at(5, 0), QStringLiteral("gpt-4o"), 9);
        return {a, b, c, d, outside};
    }

    QString target(const QString &name) const { return m_dir.filePath(name); }

    // Runs an export to completion and returns the file's content.
    static QByteArray exportTo(ExportController &exporter, const QString &file)
    {
        QSignalSpy finished(&exporter, &ExportController::finished);
        if (!exporter.start(QUrl::fromLocalFile(file))) {
            qWarning() << exporter.errorString();
            return {};
        }
        if (!finished.wait(20000) || !finished.first().at(0).toBool()) {
            qWarning() << exporter.errorString();
            return {};
        }
        return AppTest::readFile(file);
    }

    ExportController &report(ExportController &exporter, ExportController::Grouping grouping)
    {
        exporter.setLedger(m_reader.get());
        exporter.setKind(ExportController::Report);
        exporter.setGroupBy(grouping);
        exporter.setFromMs(AppTest::at(0, 0));
        exporter.setToMs(AppTest::at(3, 0));
        return exporter;
    }

    static QStringList tempFiles(const QString &dir)
    {
        return QDir(dir).entryList(QDir::Files).filter(QStringLiteral(".csv."));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Report days are local days, as on the dashboard: make them UTC days here.
        qputenv("TZ", "UTC");
        tzset();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("ledger.sqlite"));
        QString error;
        QVERIFY2(AppTest::seed(m_path, seedCalls(), &error), qPrintable(error));
        m_reader = std::make_unique<LedgerReader>(m_path);
    }

    void filteredLog()
    {
        CallLogFilter filter;
        filter.setFromMs(AppTest::at(0, 0));
        filter.setToMs(AppTest::at(3, 0));
        filter.setProvider(QStringLiteral("openai"));
        ExportController exporter;
        exporter.setLedger(m_reader.get());
        exporter.setLogFilter(&filter);
        QCOMPARE(exporter.kind(), ExportController::Log);
        QSignalSpy progress(&exporter, &ExportController::progressChanged);

        const QString file = target(QStringLiteral("log.csv"));
        const QByteArray csv = exportTo(exporter, file);
        const QByteArray expected
            = "id,request_id,started_at,endpoint,api_format,provider,requested_model,"
              "served_model,streamed,status,error_type,error_message,input_tokens,cached_tokens,"
              "cache_write_tokens,cache_write_1h_tokens,output_tokens,reasoning_tokens,"
              "usage_source,cost_usd,price_model,price_json,latency_us,ttft_us,"
              "upstream_latency_us,proxy_overhead_us,client_key_id,user_agent,client_tool,"
              "upstream_request_id,cache_hit,cache_savings_usd\r\n"
              "1,req-a,2026-11-23T01:00:00.000Z,/v1/chat/completions,openai,openai,gpt-4o,"
              "gpt-4o,0,200,,,100,0,0,0,20,0,provider,0.5,,,1500,,1400,100,,openai-python/1.0,"
              "openai-python,,0,\r\n"
              "2,req-b,2026-11-23T02:30:00.000Z,/v1/chat/completions,openai,openai,gpt-4o-mini,"
              "gpt-4o-mini,0,500,server_error,\"Upstream said \"\"busy\"\", try again\",100,0,0,"
              "0,20,0,provider,0.25,,,1500,,1400,100,k1,openai-python/1.0,,,0,\r\n"
              "4,req-d,2026-11-25T04:00:00.000Z,/v1/chat/completions,openai,openai,gpt-4o,"
              "gpt-4o,0,200,,,100,0,0,0,20,0,provider,,,,1500,,1400,100,,openai-python/1.0,,,0,"
              "\r\n"; // no cache savings recorded: an empty last field
        QCOMPARE(csv, expected);
        QCOMPARE(exporter.rowsWritten(), 3);
        QCOMPARE(exporter.rowsTotal(), 3);
        QCOMPARE(exporter.progress(), 1.0);
        QVERIFY(!progress.isEmpty());
        QVERIFY(!exporter.isRunning());
        QVERIFY(exporter.errorString().isEmpty());
        QCOMPARE(exporter.lastFile(), QUrl::fromLocalFile(file));
        QCOMPARE(exporter.suggestedFile().adjusted(QUrl::RemoveFilename),
                 QUrl::fromLocalFile(m_dir.path() + QLatin1Char('/')));

        // The filter is read when the export starts: narrowing it changes the next file.
        filter.setStatus(QStringLiteral("errors"));
        const QByteArray errorsOnly = exportTo(exporter, file);
        QCOMPARE(errorsOnly.count("\r\n"), 2);
        QVERIFY(errorsOnly.contains("\r\n2,req-b,"));
        QCOMPARE(exporter.rowsTotal(), 1);
    }

    void reports_data()
    {
        QTest::addColumn<ExportController::Grouping>("grouping");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray sums = "requests,errors,streamed,cache_hits,input_tokens,cached_tokens,"
                                "cache_write_tokens,cache_write_1h_tokens,output_tokens,"
                                "reasoning_tokens,cost_usd,unpriced,avg_latency_us,avg_ttft_us\r\n";
        QTest::newRow("day") << ExportController::ByDay
                             << "day," + sums
                + "2026-11-23,2,1,0,0,200,0,0,0,40,0,0.75,0,1500,\r\n"
                  "2026-11-24,1,0,1,0,100,0,0,0,20,0,1.5,0,1500,300\r\n"
                  "2026-11-25,1,0,0,0,100,0,0,0,20,0,0,1,1500,\r\n";
        QTest::newRow("model") << ExportController::ByModel
                               << "model," + sums
                + "claude-sonnet-4,1,0,1,0,100,0,0,0,20,0,1.5,0,1500,300\r\n"
                  "gpt-4o,2,0,0,0,200,0,0,0,40,0,0.5,1,1500,\r\n"
                  "gpt-4o-mini,1,1,0,0,100,0,0,0,20,0,0.25,0,1500,\r\n";
        QTest::newRow("provider") << ExportController::ByProvider
                                  << "provider," + sums
                + "anthropic,1,0,1,0,100,0,0,0,20,0,1.5,0,1500,300\r\n"
                  "openai,3,1,0,0,300,0,0,0,60,0,0.75,1,1500,\r\n";
        QTest::newRow("key") << ExportController::ByKey
                             << "client_key_id,client_key_label," + sums
                + "k1,sk-…k1,2,1,1,0,200,0,0,0,40,0,1.75,0,1500,300\r\n"
                  ",,2,0,0,0,200,0,0,0,40,0,0.5,1,1500,\r\n";
    }

    void reports()
    {
        QFETCH(ExportController::Grouping, grouping);
        QFETCH(QByteArray, expected);
        ExportController exporter;
        report(exporter, grouping);
        const QString file = target(QStringLiteral("report.csv"));
        QCOMPARE(exportTo(exporter, file), expected);
        QCOMPARE(exporter.progress(), 1.0);
        QCOMPARE(exporter.rowsWritten(), expected.count("\r\n") - 1);
        QVERIFY(
            exporter.suggestedFile().fileName().startsWith(QLatin1String("llmledger-cost-by-")));
    }

    void reportOfOneKey()
    {
        ExportController exporter;
        report(exporter, ExportController::ByModel).setClientKeyId(QStringLiteral("k1"));
        const QByteArray csv = exportTo(exporter, target(QStringLiteral("key.csv")));
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 4); // header, two models, the empty rest after the last CRLF
        QVERIFY(lines.at(1).startsWith("claude-sonnet-4,1,"));
        QVERIFY(lines.at(2).startsWith("gpt-4o-mini,1,1,"));
    }

    void cancelLeavesTheTargetAsItWas()
    {
        // Enough rows that the export is still running when cancel() follows start().
        QList<CallRecord> many;
        for (int i = 0; i < 20000; ++i)
            many.append(AppTest::record("bulk-" + QByteArray::number(i),
                                        AppTest::at(10, 0) + i * 1000LL, QStringLiteral("gpt-4o"),
                                        0.001));
        const QString bigPath = m_dir.filePath(QStringLiteral("big/ledger.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(bigPath).absolutePath()));
        QString error;
        QVERIFY2(AppTest::seed(bigPath, many, &error), qPrintable(error));
        LedgerReader reader(bigPath);
        CallLogFilter filter;
        ExportController exporter;
        exporter.setLedger(&reader);
        exporter.setLogFilter(&filter);

        const QString outDir = m_dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(outDir));
        const QString fresh = outDir + QLatin1String("/fresh.csv");
        QSignalSpy finished(&exporter, &ExportController::finished);
        QVERIFY(exporter.start(QUrl::fromLocalFile(fresh)));
        QVERIFY(exporter.isRunning());
        QVERIFY(!exporter.start(QUrl::fromLocalFile(fresh))); // one at a time
        exporter.cancel();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toBool(), true); // cancelled
        QVERIFY(!exporter.isRunning());
        QVERIFY(exporter.errorString().isEmpty()); // a cancel is not an error
        QVERIFY(!QFile::exists(fresh));
        QCOMPARE(tempFiles(outDir), QStringList());
        QVERIFY(exporter.lastFile().isEmpty());

        // An existing file is not touched by a cancelled export...
        const QString existing = outDir + QLatin1String("/existing.csv");
        QVERIFY(AppTest::writeFile(existing, "old content\r\n"));
        finished.clear();
        QVERIFY(exporter.start(QUrl::fromLocalFile(existing)));
        exporter.cancel();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(AppTest::readFile(existing), QByteArray("old content\r\n"));
        QCOMPARE(tempFiles(outDir), QStringList());

        // ...and replaced whole by one that finishes, with progress reaching its end.
        QList<double> seen;
        connect(&exporter, &ExportController::progressChanged, this,
                [&seen, &exporter] { seen.append(exporter.progress()); });
        const QByteArray csv = exportTo(exporter, existing);
        QCOMPARE(csv.count("\r\n"), 20001);
        QVERIFY(csv.endsWith(",bulk-19999,2026-12-03T05:33:19.000Z,/v1/chat/completions,openai,"
                             "openai,gpt-4o,gpt-4o,0,200,,,100,0,0,0,20,0,provider,0.001,,,1500,,"
                             "1400,100,,openai-python/1.0,,,0,\r\n"));
        QCOMPARE(exporter.rowsTotal(), 20000);
        QCOMPARE(exporter.rowsWritten(), 20000);
        QVERIFY(seen.size() >= 2);
        QCOMPARE(seen.last(), 1.0);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QCOMPARE(tempFiles(outDir), QStringList());
    }

    void failures()
    {
        ExportController exporter;
        CallLogFilter filter;
        exporter.setLogFilter(&filter);
        QVERIFY(!exporter.start(QUrl::fromLocalFile(target(QStringLiteral("x.csv")))));
        QVERIFY(!exporter.errorString().isEmpty()); // no ledger

        exporter.setLedger(m_reader.get());
        QVERIFY(!exporter.start(QUrl(QStringLiteral("https://example.com/x.csv"))));
        QVERIFY(exporter.errorString().contains(QLatin1String("file")));

        exporter.setKind(ExportController::Report); // an empty period
        QVERIFY(!exporter.start(QUrl::fromLocalFile(target(QStringLiteral("x.csv")))));
        QVERIFY(!exporter.isRunning());

        exporter.setKind(ExportController::Log);
        const QString nowhere = target(QStringLiteral("no/such/dir/x.csv"));
        QSignalSpy finished(&exporter, &ExportController::finished);
        QVERIFY(exporter.start(QUrl::fromLocalFile(nowhere)));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QVERIFY(!exporter.errorString().isEmpty());
        QVERIFY(!QFile::exists(nowhere));
        QVERIFY(!exporter.isRunning());
    }
};

QTEST_MAIN(TstExportController)
#include "tst_exportcontroller.moc"
