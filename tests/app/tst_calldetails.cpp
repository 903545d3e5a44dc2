#include "apptestsupport.h"
#include "calldetails.h"
#include "callqueries.h"
#include "ledgerreader.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QVariantMap entry(const QVariantList &list, const QString &key)
{
    for (const QVariant &item : list) {
        const QVariantMap map = item.toMap();
        if (map.value(QStringLiteral("key")).toString() == key)
            return map;
    }
    return {};
}

} // namespace

// CallDetails over a real ledger: every field of a known call, its cost split by token class
// from the prices stored with it, and its bodies.
class TestCallDetails : public QObject
{
    Q_OBJECT

private:
    // gpt-4o at $2.50 input, $1.25 cached input, $10 output per million tokens: 2,000 prompt
    // tokens of which 1,500 cached, and 300 output tokens.
    static CallRecord pricedCall()
    {
        CallRecord r = AppTest::record("req-priced", AppTest::at(0, 10, 15),
                                       QStringLiteral("gpt-4o"), 0.006125);
        r.requestedModel = QStringLiteral("gpt-4o");
        r.servedModel = QStringLiteral("gpt-4o-2024-08-06");
        r.usage = {};
        r.usage.inputTokens = 2000;
        r.usage.cachedInputTokens = 1500;
        r.usage.outputTokens = 300;
        r.priceModel = QStringLiteral("gpt-4o");
        r.priceJson = R"({"input":2.5,"cached_input":1.25,"output":10})";
        r.cacheSavingsUsd = 0.001875;
        r.streamed = true;
        r.latencyUs = 2000000;
        r.ttftUs = 500000;
        r.upstreamLatencyUs = 1900000;
        r.proxyOverheadUs = 1500;
        r.clientKeyId = QStringLiteral("key-1");
        r.clientKeyHint = QStringLiteral("sk-…a1b2");
        r.clientTool = QStringLiteral("openai-python");
        r.upstreamRequestId = QStringLiteral("chatcmpl-123");
        r.cacheHit = true;
        r.requestBody = R"({"model":"gpt-4o","messages":[{"role":"user","content":"Hi"}]})";
        r.responseBody = "data: {\"id\":\"chatcmpl-123\",\"choices\":[]}\n\ndata: [DONE]\n\n";
        return r;
    }

    // A failed call: no answer from the upstream, no price, no bodies.
    static CallRecord failedCall()
    {
        CallRecord r = AppTest::record("req-failed", AppTest::at(0, 11), QStringLiteral("o3"), 0);
        r.servedModel.clear();
        r.httpStatus = 0;
        r.errorType = QStringLiteral("upstream_unreachable");
        r.errorMessage = QStringLiteral("Connection refused");
        r.usage = {};
        r.usageSource = UsageSource::None;
        r.costUsd.reset();
        return r;
    }

    qint64 idOf(const QByteArray &requestId)
    {
        QString error;
        auto queries = CallQueries::open(m_path, &error);
        if (!queries)
            return -1;
        const QList<CallRow> rows = queries->logPage({}, {}, 100).rows;
        for (const CallRow &row : rows) {
            if (row.record.requestId == requestId)
                return row.id;
        }
        return -1;
    }

    // Shows the call and waits for it.
    bool show(CallDetails &details, qint64 id)
    {
        QSignalSpy changed(&details, &CallDetails::detailsChanged);
        details.setCallId(id);
        return (changed.count() > 0 || changed.wait(10000)) && !details.isLoading();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<LedgerReader> m_reader;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("ledger.sqlite"));
        QString error;
        QVERIFY2(AppTest::seed(m_path, {pricedCall(), failedCall()}, &error), qPrintable(error));
        m_reader = std::make_unique<LedgerReader>(m_path);
    }

    void cleanupTestCase() { m_reader.reset(); }

    void everyField()
    {
        CallDetails details;
        details.setLedger(m_reader.get());
        const qint64 id = idOf("req-priced");
        QVERIFY(id > 0);
        QVERIFY(show(details, id));
        QVERIFY(details.isValid());
        QCOMPARE(details.errorString(), QString());
        QCOMPARE(details.callId(), id);

        QCOMPARE(details.fieldValue(QStringLiteral("requestId")), QStringLiteral("req-priced"));
        QCOMPARE(details.fieldValue(QStringLiteral("endpoint")),
                 QStringLiteral("/v1/chat/completions"));
        QCOMPARE(details.fieldValue(QStringLiteral("apiFormat")), QStringLiteral("openai"));
        QCOMPARE(details.fieldValue(QStringLiteral("provider")), QStringLiteral("openai"));
        QCOMPARE(details.fieldValue(QStringLiteral("requestedModel")), QStringLiteral("gpt-4o"));
        QCOMPARE(details.fieldValue(QStringLiteral("servedModel")),
                 QStringLiteral("gpt-4o-2024-08-06"));
        QCOMPARE(details.fieldValue(QStringLiteral("streamed")), QStringLiteral("yes"));
        QCOMPARE(details.fieldValue(QStringLiteral("httpStatus")), QStringLiteral("200"));
        QCOMPARE(details.fieldValue(QStringLiteral("errorType")), QStringLiteral("—"));
        QCOMPARE(details.fieldValue(QStringLiteral("upstreamRequestId")),
                 QStringLiteral("chatcmpl-123"));
        QCOMPARE(details.fieldValue(QStringLiteral("cacheHit")), QStringLiteral("yes"));
        QCOMPARE(details.fieldValue(QStringLiteral("inputTokens")), QStringLiteral("2000"));
        QCOMPARE(details.fieldValue(QStringLiteral("uncachedInputTokens")), QStringLiteral("500"));
        QCOMPARE(details.fieldValue(QStringLiteral("cachedInputTokens")), QStringLiteral("1500"));
        QCOMPARE(details.fieldValue(QStringLiteral("outputTokens")), QStringLiteral("300"));
        QCOMPARE(details.fieldValue(QStringLiteral("reasoningTokens")), QStringLiteral("0"));
        QCOMPARE(details.fieldValue(QStringLiteral("usageSource")),
                 QStringLiteral("reported by the provider"));
        QCOMPARE(details.fieldValue(QStringLiteral("latency")), QStringLiteral("2.00 s"));
        QCOMPARE(details.fieldValue(QStringLiteral("ttft")), QStringLiteral("500 ms"));
        QCOMPARE(details.fieldValue(QStringLiteral("upstreamLatency")), QStringLiteral("1.90 s"));
        QCOMPARE(details.fieldValue(QStringLiteral("proxyOverhead")), QStringLiteral("1.5 ms"));
        QCOMPARE(details.fieldValue(QStringLiteral("cost")), QStringLiteral("$0.006125"));
        QCOMPARE(details.fieldValue(QStringLiteral("cacheSavings")), QStringLiteral("$0.001875"));
        QCOMPARE(details.fieldValue(QStringLiteral("priceModel")), QStringLiteral("gpt-4o"));
        QCOMPARE(details.fieldValue(QStringLiteral("prices")),
                 QStringLiteral(R"({"input":2.5,"cached_input":1.25,"output":10})"));
        QCOMPARE(details.fieldValue(QStringLiteral("key")), QStringLiteral("sk-…a1b2"));
        QCOMPARE(details.fieldValue(QStringLiteral("keyId")), QStringLiteral("key-1"));
        QCOMPARE(details.fieldValue(QStringLiteral("userAgent")),
                 QStringLiteral("openai-python/1.0"));
        QCOMPARE(details.fieldValue(QStringLiteral("clientTool")), QStringLiteral("openai-python"));
        QVERIFY(details.fieldValue(QStringLiteral("startedAt"))
                    .endsWith(QStringLiteral("(2026-11-23T10:15:00.000Z)")));
        QVERIFY(details.title().startsWith(QStringLiteral("gpt-4o-2024-08-06 · 200 · ")));

        // Sections in order, each field once, the first of each marked.
        QStringList sections;
        for (const QVariant &field : details.fields()) {
            const QVariantMap map = field.toMap();
            if (map.value(QStringLiteral("firstInSection")).toBool())
                sections << map.value(QStringLiteral("section")).toString();
            QVERIFY(!map.value(QStringLiteral("name")).toString().isEmpty());
        }
        QCOMPARE(sections,
                 (QStringList{QStringLiteral("Request"), QStringLiteral("Response"),
                              QStringLiteral("Tokens"), QStringLiteral("Timing"),
                              QStringLiteral("Cost"), QStringLiteral("Client")}));
    }

    void costByTokenClass()
    {
        CallDetails details;
        details.setLedger(m_reader.get());
        QVERIFY(show(details, idOf("req-priced")));
        const QVariantList lines = details.costBreakdown();
        QCOMPARE(lines.size(), 6);
        struct Expected
        {
            const char *key;
            qint64 tokens;
            double perMillion;
            double usd;
            const char *usdText;
        };
        // Unpriced classes fall back as CostCalculator bills them: writes at the input price,
        // reasoning at the output price.
        const Expected expected[] = {
            {"uncachedInput", 500, 2.5, 500 * 2.5e-6, "$0.00125"},
            {"cacheRead", 1500, 1.25, 1500 * 1.25e-6, "$0.001875"},
            {"cacheWrite5m", 0, 2.5, 0, "$0.00"},
            {"cacheWrite1h", 0, 2.5, 0, "$0.00"},
            {"output", 300, 10, 300 * 1e-5, "$0.003"},
            {"reasoning", 0, 10, 0, "$0.00"},
        };
        for (const Expected &e : expected) {
            const QVariantMap line = entry(lines, QLatin1String(e.key));
            QVERIFY2(!line.isEmpty(), e.key);
            QCOMPARE(line.value(QStringLiteral("tokens")).toLongLong(), e.tokens);
            QCOMPARE(line.value(QStringLiteral("pricePerMillion")).toDouble(), e.perMillion);
            QCOMPARE(line.value(QStringLiteral("usd")).toDouble(), e.usd);
            QCOMPARE(line.value(QStringLiteral("usdText")).toString(), QLatin1String(e.usdText));
            QVERIFY(!line.value(QStringLiteral("tokenClass")).toString().isEmpty());
        }
        QCOMPARE(entry(lines, QStringLiteral("uncachedInput")).value(QStringLiteral("priceText")),
                 QVariant(QStringLiteral("$2.50")));
        QCOMPARE(details.costTotalUsd(), 0.006125);
        QCOMPARE(details.costTotalText(), QStringLiteral("$0.006125"));
        QCOMPARE(details.costNote(), QString());
    }

    void bodies()
    {
        CallDetails details;
        details.setLedger(m_reader.get());
        QVERIFY(show(details, idOf("req-priced")));
        QVERIFY(details.hasBodies());
        QCOMPARE(details.requestBody(),
                 QStringLiteral("{\n"
                                "    \"messages\": [\n"
                                "        {\n"
                                "            \"content\": \"Hi\",\n"
                                "            \"role\": \"user\"\n"
                                "        }\n"
                                "    ],\n"
                                "    \"model\": \"gpt-4o\"\n"
                                "}\n"));
        // A stream is shown as it went over the wire.
        QCOMPARE(
            details.responseBody(),
            QStringLiteral("data: {\"id\":\"chatcmpl-123\",\"choices\":[]}\n\ndata: [DONE]\n\n"));
        QCOMPARE(details.requestBodyNote(), QString());
        QCOMPARE(details.responseBodyNote(), QString());
    }

    void bodyCutAtOneMegabyte()
    {
        // 1 MiB minus one byte of ASCII, then "é" (two bytes) across the limit, then more.
        QByteArray body(CallDetails::maxBodyBytes - 1, 'a');
        body += "\xc3\xa9" + QByteArray(1000, 'b');
        QString note;
        const QString text = CallDetails::bodyText(body, &note);
        QCOMPARE(text.size(), CallDetails::maxBodyBytes - 1); // not half a character
        QVERIFY(!text.contains(QChar::ReplacementCharacter));
        QVERIFY(!note.isEmpty());

        QCOMPARE(CallDetails::bodyText("not json {", &note), QStringLiteral("not json {"));
        QCOMPARE(note, QString());
        QCOMPARE(CallDetails::bodyText({}, &note), QString());
    }

    void failedCallWithoutPrice()
    {
        CallDetails details;
        details.setLedger(m_reader.get());
        QVERIFY(show(details, idOf("req-failed")));
        QVERIFY(details.isValid());
        QCOMPARE(details.fieldValue(QStringLiteral("httpStatus")), QStringLiteral("no answer"));
        QCOMPARE(details.fieldValue(QStringLiteral("errorType")),
                 QStringLiteral("upstream_unreachable"));
        QCOMPARE(details.fieldValue(QStringLiteral("errorMessage")),
                 QStringLiteral("Connection refused"));
        QCOMPARE(details.fieldValue(QStringLiteral("servedModel")), QStringLiteral("—"));
        QCOMPARE(details.fieldValue(QStringLiteral("ttft")), QStringLiteral("—"));
        QCOMPARE(details.fieldValue(QStringLiteral("cost")), QStringLiteral("—"));
        QCOMPARE(details.fieldValue(QStringLiteral("key")), QStringLiteral("—"));
        QVERIFY(details.costBreakdown().isEmpty());
        QVERIFY(!details.costNote().isEmpty());
        QVERIFY(!details.hasBodies());
        QCOMPARE(details.requestBody(), QString());
    }

    void keyLabel()
    {
        QString error;
        auto queries = CallQueries::open(m_path, &error);
        QVERIFY2(queries, qPrintable(error));
        QVERIFY(queries->setKeyLabel(QStringLiteral("key-1"), QStringLiteral("CI runner")));
        CallDetails details;
        details.setLedger(m_reader.get());
        QVERIFY(show(details, idOf("req-priced")));
        QCOMPARE(details.fieldValue(QStringLiteral("key")), QStringLiteral("CI runner"));
        QVERIFY(queries->setKeyLabel(QStringLiteral("key-1"), QString()));
        Q_EMIT m_reader->ledgerChanged(); // relabelled: shown again
        QTRY_COMPARE(details.fieldValue(QStringLiteral("key")), QStringLiteral("sk-…a1b2"));
    }

    void missingCall()
    {
        CallDetails details;
        details.setLedger(m_reader.get());
        QVERIFY(show(details, idOf("req-priced")));
        QVERIFY(details.isValid());
        QSignalSpy errorChanged(&details, &CallDetails::errorStringChanged);
        QVERIFY(show(details, 987654));
        QVERIFY(!details.isValid());
        QCOMPARE(details.errorString(), QStringLiteral("There is no call with id 987654."));
        QCOMPARE(errorChanged.count(), 1);
        QVERIFY(details.fields().isEmpty());
        QVERIFY(!details.hasBodies());

        // None: nothing shown, no error.
        QVERIFY(show(details, 0));
        QVERIFY(!details.isValid());
        QCOMPARE(details.errorString(), QString());
    }

    void brokenDatabase()
    {
        const QString file = m_dir->filePath(QStringLiteral("not-a-dir"));
        QVERIFY(AppTest::writeFile(file, "x"));
        LedgerReader broken(file + QLatin1String("/ledger.sqlite"));
        CallDetails details;
        details.setLedger(&broken);
        QVERIFY(show(details, 1));
        QVERIFY(!details.isValid());
        QVERIFY(!details.errorString().isEmpty());
    }

    void loadingWhileReading()
    {
        CallDetails details;
        QSignalSpy loading(&details, &CallDetails::loadingChanged);
        details.setCallId(idOf("req-priced")); // no ledger yet: nothing to read
        QVERIFY(!details.isLoading());
        details.setLedger(m_reader.get());
        QVERIFY(details.isLoading());
        QTRY_VERIFY(!details.isLoading());
        QCOMPARE(loading.count(), 2);
        QVERIFY(details.isValid());
    }
};

QTEST_MAIN(TestCallDetails)
#include "tst_calldetails.moc"
