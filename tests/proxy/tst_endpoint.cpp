#include "endpoint.h"
#include "incomingrequest.h"

#include <QTest>

class TestEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalisePath_data();
    void normalisePath();
    void classify_data();
    void classify();
    void classifyAfterNormalising_data();
    void classifyAfterNormalising();
};

namespace {

IncomingRequest request(const QByteArray &method, const QString &path,
                        const HeaderList &headers = {})
{
    IncomingRequest r;
    r.method = method;
    r.path = path;
    r.originalPath = path;
    r.headers = headers;
    return r;
}

} // namespace

void TestEndpoint::normalisePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("normalised");

    const auto row = [](const char *path, const char *normalised) {
        QTest::newRow(*path ? path : "(empty)")
            << QString::fromLatin1(path) << QString::fromLatin1(normalised);
    };
    // Every route with and without /v1 and with a trailing slash.
    for (const char *route : {"/chat/completions", "/completions", "/embeddings", "/responses",
                              "/models", "/messages"}) {
        const QString r = QString::fromLatin1(route);
        const QString v1 = QStringLiteral("/v1") + r;
        QTest::addRow("%s", route) << r << v1;
        QTest::addRow("%s/", route) << QString(r + u'/') << v1;
        QTest::addRow("/v1%s", route) << v1 << v1;
        QTest::addRow("/v1%s/", route) << QString(v1 + u'/') << v1;
    }
    row("/messages/count_tokens", "/v1/messages/count_tokens");
    row("/models/gpt-4o", "/v1/models/gpt-4o");
    row("/responses/resp_123/input_items", "/v1/responses/resp_123/input_items");
    row("/messages//", "/v1/messages");
    row("/v1", "/v1");
    row("/v1/", "/v1");
    // Paths already under /v1 stay, known route or not.
    row("/v1/images/generations", "/v1/images/generations");
    row("/v1/messages/batches", "/v1/messages/batches");
    // Not API routes.
    row("", "");
    row("/", "");
    row("//", "");
    row("/favicon.ico", "");
    row("/v2/chat/completions", "");
    row("/v1x/chat/completions", "");
    row("/chat", "");
    row("/chat/completionsX", "");
    row("/modelsfoo", "");
    row("/api/v1/chat/completions", "");
    row("/images/generations", "");
}

void TestEndpoint::normalisePath()
{
    QFETCH(QString, path);
    QFETCH(QString, normalised);
    QCOMPARE(Endpoint::normalisePath(path), normalised);
}

void TestEndpoint::classify_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("anthropicVersion");
    QTest::addColumn<WireFormat>("format");
    QTest::addColumn<bool>("known");
    QTest::addColumn<bool>("needsModel");
    QTest::addColumn<bool>("billable");
    QTest::addColumn<bool>("usageInjectable");

    const auto row
        = [](const char *name, const char *method, const char *path, const char *version,
             WireFormat format, bool known, bool needsModel, bool billable, bool injectable) {
              QTest::newRow(name) << QByteArray(method) << QString::fromLatin1(path)
                                  << QByteArray(version) << format << known << needsModel
                                  << billable << injectable;
          };
    const WireFormat O = WireFormat::OpenAi;
    const WireFormat A = WireFormat::Anthropic;
    row("chat completions", "POST", "/v1/chat/completions", "", O, true, true, true, true);
    row("legacy completions", "POST", "/v1/completions", "", O, true, true, true, true);
    row("embeddings", "POST", "/v1/embeddings", "", O, true, true, true, false);
    row("responses", "POST", "/v1/responses", "", O, true, true, true, false);
    row("messages", "POST", "/v1/messages", "2023-06-01", A, true, true, true, false);
    row("messages without version header", "POST", "/v1/messages", "", A, true, true, true, false);
    row("count_tokens", "POST", "/v1/messages/count_tokens", "2023-06-01", A, true, true, false,
        false);
    row("message batches", "POST", "/v1/messages/batches", "2023-06-01", A, false, false, false,
        false);
    row("GET messages", "GET", "/v1/messages", "", A, false, false, false, false);
    row("GET models", "GET", "/v1/models", "", O, false, false, false, false);
    row("GET models anthropic", "GET", "/v1/models", "2023-06-01", A, false, false, false, false);
    row("GET one model anthropic", "GET", "/v1/models/claude-3-haiku", "2023-06-01", A, false,
        false, false, false);
    row("GET chat completions", "GET", "/v1/chat/completions", "", O, false, false, false, false);
    // The route decides the format; a stray header does not.
    row("chat with anthropic header", "POST", "/v1/chat/completions", "2023-06-01", O, true, true,
        true, true);
    // Unknown POST routes may cost money.
    row("images", "POST", "/v1/images/generations", "", O, false, false, true, false);
    row("anthropic files upload", "POST", "/v1/files", "2023-06-01", A, false, false, true, false);
    row("empty path", "GET", "", "", O, false, false, false, false);
}

void TestEndpoint::classify()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, anthropicVersion);
    QFETCH(WireFormat, format);
    QFETCH(bool, known);
    QFETCH(bool, needsModel);
    QFETCH(bool, billable);
    QFETCH(bool, usageInjectable);

    HeaderList headers{{"Content-Type", "application/json"}};
    if (!anthropicVersion.isEmpty())
        headers.append(
            {"Anthropic-Version", anthropicVersion}); // header names are case-insensitive
    const Endpoint e = Endpoint::classify(request(method, path, headers));
    QVERIFY(e.format == format);
    QCOMPARE(e.known, known);
    QCOMPARE(e.needsModel, needsModel);
    QCOMPARE(e.billable, billable);
    QCOMPARE(e.usageInjectable, usageInjectable);
}

void TestEndpoint::classifyAfterNormalising_data()
{
    QTest::addColumn<QString>("originalPath");
    QTest::addColumn<WireFormat>("format");

    QTest::newRow("chat without v1") << QStringLiteral("/chat/completions/") << WireFormat::OpenAi;
    QTest::newRow("responses without v1") << QStringLiteral("/responses") << WireFormat::OpenAi;
    QTest::newRow("messages without v1") << QStringLiteral("/messages") << WireFormat::Anthropic;
    QTest::newRow("messages trailing slash")
        << QStringLiteral("/v1/messages/") << WireFormat::Anthropic;
}

void TestEndpoint::classifyAfterNormalising()
{
    QFETCH(QString, originalPath);
    QFETCH(WireFormat, format);
    const Endpoint e = Endpoint::classify(request("POST", Endpoint::normalisePath(originalPath)));
    QVERIFY(e.format == format);
    QVERIFY(e.known);
    QVERIFY(e.needsModel);
    QVERIFY(e.billable);
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
