#include "callinserter.h"
#include "csvexporter.h"
#include "testrecords.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace TestRecords;

namespace {

// Parses RFC 4180 text strictly (CRLF records, quoted fields), to check what a spreadsheet reads.
QList<QStringList> parseCsv(const QByteArray &csv, QString *problem)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char c = csv.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"' && field.isEmpty()) {
            quoted = true;
        } else if (c == ',') {
            row.append(QString::fromUtf8(field));
            field.clear();
        } else if (c == '\r' && i + 1 < csv.size() && csv.at(i + 1) == '\n') {
            row.append(QString::fromUtf8(field));
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else if (c == '\r' || c == '\n' || c == '"') {
            *problem = QStringLiteral("Bare CR, LF or quote at byte %1").arg(i);
            return {};
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *problem = QStringLiteral("The last record has no CRLF");
    return rows;
}

// Remembers the largest single write, to show that the export is written in pieces.
class CountingDevice : public QIODevice
{
public:
    qint64 bytes = 0;
    qint64 largestWrite = 0;
    QByteArray tail;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        bytes += size;
        largestWrite = qMax(largestWrite, size);
        tail = QByteArray(data, size).right(200);
        return size;
    }
};

} // namespace

class TstCsvExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString seeded(const QString &name, const std::vector<CallRecord> &records)
    {
        const QString path = m_dir.filePath(name);
        Database db = openForTest(path);
        CallInserter inserter(db.connection());
        const CallInserter::Result result = inserter.insert(records);
        if (!result.ok)
            qWarning() << result.error;
        return path;
    }

    static QByteArray exportAll(const QString &path, const CallFilter &filter = {})
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!CsvExporter::exportCalls(path, filter, &buffer, &error))
            qWarning() << error;
        return buffer.data();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fieldQuoting_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("plain") << QByteArray("gpt-4o") << QByteArray("gpt-4o");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("comma") << QByteArray("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QByteArray("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("lf") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("cr") << QByteArray("a\rb") << QByteArray("\"a\rb\"");
        QTest::newRow("utf-8") << QByteArray("café – ok") << QByteArray("café – ok");
    }

    void fieldQuoting()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, csv);
        QCOMPARE(CsvExporter::field(raw), csv);
    }

    void formats()
    {
        QCOMPARE(CsvExporter::timestamp(at(0, 10, 15, 30, 123)),
                 QByteArray("2026-11-23T10:15:30.123Z"));
        QCOMPARE(CsvExporter::timestamp(at(0, 10)), QByteArray("2026-11-23T10:00:00.000Z"));
        QCOMPARE(CsvExporter::decimal(0.1), QByteArray("0.1"));
        QCOMPARE(CsvExporter::decimal(0.0000001), QByteArray("0.0000001"));
        QCOMPARE(CsvExporter::decimal(0), QByteArray("0"));
        QCOMPARE(CsvExporter::decimal(12.5), QByteArray("12.5"));
        const double awkward = 0.1 + 0.2;
        QCOMPARE(CsvExporter::decimal(awkward).toDouble(), awkward); // round-trips exactly
        QCOMPARE(CsvExporter::decimal(awkward), QByteArray("0.30000000000000004"));
    }

    void headerAndRows()
    {
        CallRecord tricky = record("tricky", at(0, 10, 15, 30, 123));
        tricky.errorMessage = QStringLiteral("He said \"no\", then\r\nleft – déjà vu");
        tricky.userAgent = QStringLiteral("tool/1.0 (a, b)");
        tricky.costUsd.reset();
        tricky.httpStatus = 502;
        tricky.priceJson = "{\"input\":2.5,\"output\":10}";
        tricky.requestBody = "never exported";
        CallRecord plain = record("plain", at(0, 11));
        plain.costUsd = 0.30000000000000004;
        plain.streamed = true;
        plain.ttftUs = 250;
        const QString path = seeded(QStringLiteral("rows.sqlite"), {plain, tricky});

        const QByteArray csv = exportAll(path);
        QVERIFY(csv.endsWith("\r\n"));
        QString problem;
        const QList<QStringList> rows = parseCsv(csv, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(rows.size(), 3);
        const QStringList header = rows.at(0);
        QCOMPARE(header.join(QLatin1Char(',')),
                 QStringLiteral(
                     "id,request_id,started_at,endpoint,api_format,provider,requested_model,"
                     "served_model,streamed,status,error_type,error_message,input_tokens,"
                     "cached_tokens,cache_write_tokens,cache_write_1h_tokens,output_tokens,"
                     "reasoning_tokens,usage_source,cost_usd,price_model,price_json,latency_us,"
                     "ttft_us,upstream_latency_us,proxy_overhead_us,client_key_id,user_agent,"
                     "client_tool,upstream_request_id,cache_hit,cache_savings_usd"));
        auto column = [&header](const QStringList &row, const char *name) {
            return row.value(header.indexOf(QLatin1String(name)));
        };
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());

        const QStringList first = rows.at(1); // oldest first
        QCOMPARE(column(first, "request_id"), QStringLiteral("tricky"));
        QCOMPARE(column(first, "started_at"), QStringLiteral("2026-11-23T10:15:30.123Z"));
        QCOMPARE(column(first, "error_message"), tricky.errorMessage);
        QCOMPARE(column(first, "user_agent"), tricky.userAgent);
        QCOMPARE(column(first, "price_json"), QString::fromUtf8(tricky.priceJson));
        QCOMPARE(column(first, "cost_usd"), QString()); // unknown price
        QCOMPARE(column(first, "ttft_us"), QString());
        QCOMPARE(column(first, "status"), QStringLiteral("502"));
        QCOMPARE(column(first, "usage_source"), QStringLiteral("provider"));
        QCOMPARE(column(first, "streamed"), QStringLiteral("0"));
        QVERIFY(!csv.contains("never exported"));

        const QStringList second = rows.at(2);
        QCOMPARE(column(second, "cost_usd"), QStringLiteral("0.30000000000000004"));
        QCOMPARE(column(second, "ttft_us"), QStringLiteral("250"));
        QCOMPARE(column(second, "streamed"), QStringLiteral("1"));
        QCOMPARE(column(second, "id"), QStringLiteral("1"));

        CallFilter onlyErrors;
        onlyErrors.errorsOnly = true;
        const QList<QStringList> filtered = parseCsv(exportAll(path, onlyErrors), &problem);
        QCOMPARE(filtered.size(), 2);
        QCOMPARE(column(filtered.at(1), "request_id"), QStringLiteral("tricky"));
    }

    void streamsTenThousandRows()
    {
        std::vector<CallRecord> records;
        for (int i = 0; i < 10000; ++i) {
            CallRecord r = record("row-" + QByteArray::number(i), at(0, 0) + i * 1000LL);
            r.errorMessage = (i % 3 == 0) ? QStringLiteral("line one\nline \"two\"") : QString();
            records.push_back(r);
        }
        const QString path = seeded(QStringLiteral("big.sqlite"), records);

        CountingDevice device;
        QVERIFY(device.open(QIODevice::WriteOnly));
        QList<std::pair<qint64, qint64>> progress;
        QString error;
        QVERIFY2(CsvExporter::exportCalls(path, {}, &device, &error,
                                          [&progress](qint64 rows, qint64 total) {
                                              progress.append({rows, total});
                                              return true;
                                          }),
                 qPrintable(error));
        QCOMPARE(progress.size(), 12); // after the header, every 1000 rows, at the end
        QCOMPARE(progress.at(0), std::make_pair(qint64(0), qint64(10000)));
        QCOMPARE(progress.at(1), std::make_pair(qint64(1000), qint64(10000)));
        QCOMPARE(progress.last(), std::make_pair(qint64(10000), qint64(10000)));
        QVERIFY(device.bytes > 1000000);
        QVERIFY(device.largestWrite < 200 * 1024); // written as it goes, not in one piece
        QVERIFY(device.tail.contains("row-9999"));

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(CsvExporter::exportCalls(path, {}, &buffer, &error));
        QString problem;
        const QList<QStringList> rows = parseCsv(buffer.data(), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(rows.size(), 10001);
        QCOMPARE(rows.at(1).at(1), QStringLiteral("row-0"));
        QCOMPARE(rows.at(1).at(11), QStringLiteral("line one\nline \"two\""));
    }

    void progressCountsTheFilteredRowsAndCancels()
    {
        std::vector<CallRecord> records;
        for (int i = 0; i < 5000; ++i) {
            CallRecord r = record("c-" + QByteArray::number(i), at(0, 0) + i * 1000LL);
            r.httpStatus = i % 2 ? 200 : 500;
            records.push_back(r);
        }
        const QString path = seeded(QStringLiteral("cancel.sqlite"), records);

        CallFilter errors;
        errors.errorsOnly = true;
        QList<std::pair<qint64, qint64>> progress;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(CsvExporter::exportCalls(path, errors, &buffer, &error,
                                          [&progress](qint64 rows, qint64 total) {
                                              progress.append({rows, total});
                                              return true;
                                          }),
                 qPrintable(error));
        QCOMPARE(progress.size(), 4); // after the header, at 1000 and 2000 rows, at the end
        QCOMPARE(progress.at(0), std::make_pair(qint64(0), qint64(2500)));
        QCOMPARE(progress.at(2), std::make_pair(qint64(2000), qint64(2500)));
        QCOMPARE(progress.last(), std::make_pair(qint64(2500), qint64(2500)));
        QCOMPARE(buffer.data().count("\r\n"), 2501);

        // Returning false stops at once with cancelledError(); nothing more is written.
        QBuffer cancelled;
        cancelled.open(QIODevice::WriteOnly);
        int calls = 0;
        QVERIFY(
            !CsvExporter::exportCalls(path, {}, &cancelled, &error, [&calls](qint64 rows, qint64) {
                ++calls;
                return rows < 2000;
            }));
        QCOMPARE(error, CsvExporter::cancelledError());
        QCOMPARE(calls, 3); // 0, 1000, 2000
        QVERIFY(cancelled.data().count("\r\n") <= 2001);
        QVERIFY(!cancelled.data().contains("c-2000,"));

        QBuffer groups;
        groups.open(QIODevice::WriteOnly);
        QVERIFY(!CsvExporter::exportGroups(path, {}, GroupBy::Day, &groups, &error, {}, 0,
                                           [](qint64, qint64) { return false; }));
        QCOMPARE(error, CsvExporter::cancelledError());
    }

    void groups()
    {
        CallRecord a = record("a", at(0, 1));
        a.clientKeyId = QStringLiteral("k1");
        a.clientKeyHint = QStringLiteral("sk-…k1, old");
        a.costUsd = 0.5;
        CallRecord b = record("b", at(1, 1));
        b.servedModel = QStringLiteral("other");
        b.costUsd.reset();
        b.latencyUs = 500;
        const QString path = seeded(QStringLiteral("groups.sqlite"), {a, b});

        QString error;
        auto exportGroups = [&path, &error](GroupBy by) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            if (!CsvExporter::exportGroups(path, {}, by, &buffer, &error))
                return QByteArray();
            return buffer.data();
        };
        const QByteArray header
            = "model,requests,errors,streamed,cache_hits,input_tokens,cached_tokens,"
              "cache_write_tokens,cache_write_1h_tokens,output_tokens,reasoning_tokens,"
              "cost_usd,unpriced,avg_latency_us,avg_ttft_us\r\n";
        QCOMPARE(exportGroups(GroupBy::Model),
                 header
                     + "gpt-4o-2024-08-06,1,0,0,0,100,0,0,0,20,0,0.5,0,1500,\r\n"
                       "other,1,0,0,0,100,0,0,0,20,0,0,1,500,\r\n");

        const QByteArray byKey = exportGroups(GroupBy::Key);
        QVERIFY(byKey.startsWith("client_key_id,client_key_label,requests,"));
        QVERIFY(byKey.contains("\r\nk1,\"sk-…k1, old\",1,"));

        QList<std::pair<qint64, qint64>> progress;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(CsvExporter::exportGroups(path, {}, GroupBy::Provider, &buffer, &error, {}, 0,
                                          [&progress](qint64 rows, qint64 total) {
                                              progress.append({rows, total});
                                              return true;
                                          }));
        QCOMPARE(progress, (QList<std::pair<qint64, qint64>>{{0, 1}, {1, 1}})); // one provider

        const QList<QByteArray> lines = exportGroups(GroupBy::Day).split('\n');
        QCOMPARE(lines.size(), 4); // header, two days, and the empty rest after the last CRLF
        QVERIFY(lines.at(1).startsWith("2026-11-23,1,"));
        QVERIFY(lines.at(2).startsWith("2026-11-24,1,"));
    }

    void errors()
    {
        QBuffer closed;
        QString error;
        QVERIFY(!CsvExporter::exportCalls(m_dir.filePath(QStringLiteral("rows.sqlite")), {},
                                          &closed, &error));
        QVERIFY(!error.isEmpty());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(!CsvExporter::exportCalls(m_dir.filePath(QStringLiteral("missing.sqlite")), {},
                                          &buffer, &error));
        QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
        QVERIFY(buffer.data().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCsvExporter)
#include "tst_csvexporter.moc"
