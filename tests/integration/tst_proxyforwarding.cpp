// The recording proxy end to end, in process: client -> ProxyServer -> MockUpstream,
// checking what the client receives, what reaches the upstream and what is recorded.

#include "proxyfixture.h"
#include "proxyservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QByteArray chatBody(const QByteArray &model, bool stream, const QByteArray &extra = {})
{
    return R"({"model":")" + model + R"(","messages":[{"role":"user","content":"Say hello"}])"
        + (stream ? QByteArray(R"(,"stream":true)") : QByteArray()) + extra + '}';
}

QList<QPair<QByteArray, QByteArray>> openAiAuth(QList<QPair<QByteArray, QByteArray>> more = {})
{
    more.prepend({"Authorization", "Bearer " + ProxyFixture::OpenAiKey});
    return more;
}

QList<QPair<QByteArray, QByteArray>> anthropicAuth(QList<QPair<QByteArray, QByteArray>> more = {})
{
    more.prepend({"anthropic-version", "2023-06-01"});
    more.prepend({"x-api-key", ProxyFixture::AnthropicKey});
    return more;
}

// The "data:" payloads of an SSE body, in order.
QList<QByteArray> sseData(const QByteArray &body)
{
    QList<QByteArray> data;
    for (const QByteArray &line : body.split('\n')) {
        if (line.startsWith("data: "))
            data << line.mid(6);
    }
    return data;
}

} // namespace

class TestProxyForwarding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chatNonStreaming();
    void chatStreamingHidesInjectedUsageChunk();
    void chatStreamingKeepsUsageTheClientAskedFor();
    void injectionOffForwardsBodyUnchangedAndEstimates();
    void anthropicStreamedAndNonStreamedCostTheSame();
    void responsesStreaming();
    void embeddingsAndCountTokens();
    void modelsAreMergedAcrossProviders();
    void routesWithoutV1Prefix();
    void otherPathsPassThroughAndAreRecorded();
    void hopByHopAndControlHeadersStayHere();
    void injectedProviderKeyReplacesClientKey();
    void providerErrorsPassThrough();
    void recordsNeverHoldTheKey();
};

void TestProxyForwarding::chatNonStreaming()
{
    ProxyFixture f;
    QVERIFY(f.isReady());
    const auto r = f.postJson(QStringLiteral("/v1/chat/completions"), chatBody("gpt-4o", false),
                              openAiAuth({{"x-mock-prompt-tokens", "2000"},
                                          {"x-mock-cached-tokens", "1500"},
                                          {"x-mock-completion-tokens", "300"},
                                          {"User-Agent", "OpenAI/Python 1.54.3"}}));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("application/json"));
    QVERIFY(r.header("x-request-id").startsWith("req_"));
    QVERIFY(!r.header("x-ratelimit-remaining-requests").isEmpty());
    QVERIFY(!r.header("x-llmledger-request-id").isEmpty());
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(
        body.value(QLatin1String("usage")).toObject().value(QLatin1String("prompt_tokens")).toInt(),
        2000);

    // The request reached the upstream unchanged, with the client's own key.
    QCOMPARE(f.mock().requests().size(), 1);
    QCOMPARE(f.mock().requests().first().body, chatBody("gpt-4o", false));
    QCOMPARE(f.mock().requests().first().apiKey(), ProxyFixture::OpenAiKey);

    const CallRecord rec = f.waitForRecord();
    QCOMPARE(rec.requestId, r.header("x-llmledger-request-id"));
    QCOMPARE(rec.endpoint, QStringLiteral("/v1/chat/completions"));
    QCOMPARE(rec.provider, QStringLiteral("openai"));
    QCOMPARE(rec.requestedModel, QStringLiteral("gpt-4o"));
    QCOMPARE(rec.servedModel, QStringLiteral("gpt-4o-2024-08-06"));
    QCOMPARE(rec.httpStatus, 200);
    QVERIFY(!rec.streamed);
    QCOMPARE(rec.usageSource, UsageSource::Provider);
    QCOMPARE(rec.usage.inputTokens, 2000);
    QCOMPARE(rec.usage.cachedInputTokens, 1500);
    QCOMPARE(rec.usage.outputTokens, 300);
    // 500 uncached × $2.50 + 1500 cached × $1.25 + 300 output × $10, per million.
    QVERIFY(rec.costUsd.has_value());
    QCOMPARE(*rec.costUsd, 0.006125);
    QCOMPARE(r.header("x-llmledger-cost-usd").toDouble(), 0.006125);
    QCOMPARE(rec.priceModel, QStringLiteral("gpt-4o"));
    QCOMPARE(rec.clientTool, QStringLiteral("openai-python"));
    QCOMPARE(rec.clientKeyId.size(), 16);
    QCOMPARE(rec.clientKeyHint, QStringLiteral("sk-…WXYZ"));
    QVERIFY(rec.upstreamRequestId.startsWith(QLatin1String("req_")));
    QVERIFY(rec.latencyUs >= rec.upstreamLatencyUs);
    QVERIFY(!rec.ttftUs.has_value());
}

void TestProxyForwarding::chatStreamingHidesInjectedUsageChunk()
{
    ProxyFixture f;
    const auto r = f.postJson(
        QStringLiteral("/v1/chat/completions"), chatBody("gpt-4o-mini", true),
        openAiAuth({{"x-mock-prompt-tokens", "1000"}, {"x-mock-completion-tokens", "40"}}));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("text/event-stream"));
    const QList<QByteArray> events = sseData(r.body);
    QVERIFY(events.size() >= 3);
    QCOMPARE(events.last(), QByteArray("[DONE]"));
    for (const QByteArray &event : events)
        QVERIFY2(!event.contains(R"("choices":[])"), event.constData()); // the usage-only chunk

    // Upstream was asked for usage...
    const QJsonObject sent = f.mock().requests().first().json();
    QVERIFY(sent.value(QLatin1String("stream_options"))
                .toObject()
                .value(QLatin1String("include_usage"))
                .toBool());
    // ...and the record has it, exactly as reported.
    const CallRecord rec = f.waitForRecord();
    QVERIFY(rec.streamed);
    QCOMPARE(rec.usageSource, UsageSource::Provider);
    QCOMPARE(rec.usage.inputTokens, 1000);
    QCOMPARE(rec.usage.outputTokens, 40);
    // 1000 × $0.15 + 40 × $0.60 per million.
    QCOMPARE(*rec.costUsd, 0.000174);
    QVERIFY(rec.ttftUs.has_value());
    QVERIFY(*rec.ttftUs <= rec.latencyUs);
}

void TestProxyForwarding::chatStreamingKeepsUsageTheClientAskedFor()
{
    ProxyFixture f;
    const QByteArray body
        = chatBody("gpt-4o-mini", true, R"(,"stream_options":{"include_usage":true})");
    const auto r = f.postJson(
        QStringLiteral("/v1/chat/completions"), body,
        openAiAuth({{"x-mock-prompt-tokens", "1000"}, {"x-mock-completion-tokens", "40"}}));
    QCOMPARE(r.status, 200);
    int usageChunks = 0;
    for (const QByteArray &event : sseData(r.body))
        usageChunks += event.contains(R"("choices":[])") ? 1 : 0;
    QCOMPARE(usageChunks, 1);
    QCOMPARE(f.mock().requests().first().body, body); // nothing to add: forwarded as sent
    const CallRecord rec = f.waitForRecord();
    QCOMPARE(rec.usage.outputTokens, 40);
    QCOMPARE(*rec.costUsd, 0.000174);
}

void TestProxyForwarding::injectionOffForwardsBodyUnchangedAndEstimates()
{
    ProxyFixture f([](ProxyConfig &c) { c.injectStreamUsage = false; });
    const QByteArray body = chatBody("gpt-4o-mini", true);
    const auto r = f.postJson(QStringLiteral("/v1/chat/completions"), body, openAiAuth());
    QCOMPARE(r.status, 200);
    QCOMPARE(f.mock().requests().first().body, body);
    const CallRecord rec = f.waitForRecord();
    QCOMPARE(rec.usageSource, UsageSource::Estimated);
    // "Say hello" = 9 characters -> ceil(9 / 4) = 3 tokens.
    QCOMPARE(rec.usage.inputTokens, 3);
    QVERIFY(rec.usage.outputTokens > 0);
    QVERIFY(rec.costUsd.has_value());
}

void TestProxyForwarding::anthropicStreamedAndNonStreamedCostTheSame()
{
    ProxyFixture f;
    const QList<QPair<QByteArray, QByteArray>> tokens = {{"x-mock-prompt-tokens", "100"},
                                                         {"x-mock-cached-tokens", "2000"},
                                                         {"x-mock-cache-write-tokens", "1000"},
                                                         {"x-mock-cache-write-1h-tokens", "400"},
                                                         {"x-mock-completion-tokens", "500"}};
    const QByteArray plain
        = R"({"model":"claude-sonnet-4-5","max_tokens":1024,"messages":[{"role":"user","content":"Hi"}]})";
    const QByteArray streamed
        = R"({"model":"claude-sonnet-4-5","max_tokens":1024,"stream":true,"messages":[{"role":"user","content":"Hi"}]})";

    const auto a = f.postJson(QStringLiteral("/v1/messages"), plain, anthropicAuth(tokens));
    const auto b = f.postJson(QStringLiteral("/v1/messages"), streamed, anthropicAuth(tokens));
    QCOMPARE(a.status, 200);
    QCOMPARE(b.status, 200);
    QVERIFY(b.body.contains("event: message_delta"));
    QVERIFY(!b.header("request-id").isEmpty());

    const CallRecord ra = f.waitForRecord(1);
    const CallRecord rb = f.waitForRecord(2);
    QCOMPARE(ra.provider, QStringLiteral("anthropic"));
    QCOMPARE(ra.apiFormat, QStringLiteral("anthropic"));
    QCOMPARE(ra.usage.inputTokens, 3100); // 100 uncached + 2000 read + 1000 written
    QCOMPARE(ra.usage.cachedInputTokens, 2000);
    QCOMPARE(ra.usage.cacheWriteTokens, 1000);
    QCOMPARE(ra.usage.cacheWrite1hTokens, 400);
    QCOMPARE(ra.usage.outputTokens, 500);
    QVERIFY(ra.usage == rb.usage);
    // 100 × $3 + 2000 × $0.30 + 600 × $3.75 + 400 × $6 + 500 × $15, per million.
    QCOMPARE(*ra.costUsd, 0.01305);
    QCOMPARE(*rb.costUsd, 0.01305);
    QVERIFY(rb.streamed && !ra.streamed);
    QCOMPARE(rb.servedModel, QStringLiteral("claude-sonnet-4-5-20250929"));
    QCOMPARE(f.mock().requests().at(1).apiKey(), ProxyFixture::AnthropicKey);
}

void TestProxyForwarding::responsesStreaming()
{
    ProxyFixture f;
    const QByteArray body = R"({"model":"gpt-4.1","input":"Write a haiku","stream":true})";
    const auto r = f.postJson(QStringLiteral("/v1/responses"), body,
                              openAiAuth({{"x-mock-prompt-tokens", "1000"},
                                          {"x-mock-cached-tokens", "200"},
                                          {"x-mock-completion-tokens", "100"}}));
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("event: response.completed"));
    QCOMPARE(f.mock().requests().first().body, body); // no injection on the Responses API
    const CallRecord rec = f.waitForRecord();
    QCOMPARE(rec.usageSource, UsageSource::Provider);
    QCOMPARE(rec.usage.inputTokens, 1000);
    QCOMPARE(rec.usage.cachedInputTokens, 200);
    // 800 × $2 + 200 × $0.50 + 100 × $8, per million.
    QCOMPARE(*rec.costUsd, 0.0025);
}

void TestProxyForwarding::embeddingsAndCountTokens()
{
    ProxyFixture f;
    const auto e = f.postJson(QStringLiteral("/v1/embeddings"),
                              R"({"model":"text-embedding-3-small","input":"hello"})",
                              openAiAuth({{"x-mock-prompt-tokens", "1000"}}));
    QCOMPARE(e.status, 200);
    const CallRecord re = f.waitForRecord(1);
    QCOMPARE(re.usage.inputTokens, 1000);
    QCOMPARE(*re.costUsd, 0.00002);

    const auto c
        = f.postJson(QStringLiteral("/v1/messages/count_tokens"),
                     R"({"model":"claude-sonnet-4-5","messages":[{"role":"user","content":"Hi"}]})",
                     anthropicAuth());
    QCOMPARE(c.status, 200);
    QVERIFY(QJsonDocument::fromJson(c.body).object().contains(QLatin1String("input_tokens")));
    const CallRecord rc = f.waitForRecord(2);
    QCOMPARE(rc.endpoint, QStringLiteral("/v1/messages/count_tokens"));
    QCOMPARE(*rc.costUsd, 0.0); // counting tokens is free
}

void TestProxyForwarding::modelsAreMergedAcrossProviders()
{
    ProxyFixture single;
    const auto one = single.send("GET", QStringLiteral("/v1/models"), {}, openAiAuth());
    QCOMPARE(one.status, 200);
    const int perProvider = int(
        QJsonDocument::fromJson(one.body).object().value(QLatin1String("data")).toArray().size());
    QVERIFY(perProvider > 0);

    ProxyFixture twice([](ProxyConfig &c) {
        ProviderConfig second = c.providers.first();
        second.id = QStringLiteral("second");
        c.providers.append(second);
    });
    const auto merged = twice.send("GET", QStringLiteral("/v1/models"), {}, openAiAuth());
    QCOMPARE(merged.status, 200);
    const QJsonObject list = QJsonDocument::fromJson(merged.body).object();
    QCOMPARE(list.value(QLatin1String("object")).toString(), QStringLiteral("list"));
    QCOMPARE(list.value(QLatin1String("data")).toArray().size(), 2 * perProvider);
    const CallRecord rec = twice.waitForRecord();
    QCOMPARE(rec.endpoint, QStringLiteral("/v1/models"));
    QCOMPARE(*rec.costUsd, 0.0);
}

void TestProxyForwarding::routesWithoutV1Prefix()
{
    ProxyFixture f;
    const auto r
        = f.postJson(QStringLiteral("/chat/completions"), chatBody("gpt-4o", false), openAiAuth());
    QCOMPARE(r.status, 200);
    QCOMPARE(f.mock().requests().first().path, QByteArray("/v1/chat/completions"));
    QCOMPARE(f.waitForRecord().endpoint, QStringLiteral("/v1/chat/completions"));
}

void TestProxyForwarding::otherPathsPassThroughAndAreRecorded()
{
    ProxyFixture f;
    const auto r = f.send("GET", QStringLiteral("/v1/files?purpose=batch"), {}, openAiAuth());
    // The mock has no such route: its own 404, in OpenAI's format, reaches the client.
    QCOMPARE(r.status, 404);
    QVERIFY(QJsonDocument::fromJson(r.body).object().contains(QLatin1String("error")));
    QCOMPARE(f.mock().requests().first().path, QByteArray("/v1/files?purpose=batch"));
    const CallRecord rec = f.waitForRecord();
    QCOMPARE(rec.endpoint, QStringLiteral("/v1/files"));
    QCOMPARE(rec.provider, QStringLiteral("openai"));
    QCOMPARE(rec.httpStatus, 404);
}

void TestProxyForwarding::hopByHopAndControlHeadersStayHere()
{
    ProxyFixture f;
    const auto r = f.postJson(QStringLiteral("/v1/chat/completions?api-version=2024-10-21"),
                              chatBody("gpt-4o", false),
                              openAiAuth({{"Connection", "keep-alive, X-Hop-Secret"},
                                          {"X-Hop-Secret", "1"},
                                          {"Proxy-Authorization", "Basic abc"},
                                          {"x-llmledger-provider", "openai"},
                                          {"OpenAI-Organization", "org-123"}}));
    QCOMPARE(r.status, 200);
    const auto &sent = f.mock().requests().first();
    QVERIFY(sent.header("x-hop-secret").isEmpty());
    QVERIFY(sent.header("proxy-authorization").isEmpty());
    QVERIFY(sent.header("x-llmledger-provider").isEmpty());
    QCOMPARE(sent.header("openai-organization"), QByteArray("org-123"));
    QCOMPARE(sent.path, QByteArray("/v1/chat/completions?api-version=2024-10-21"));
}

void TestProxyForwarding::injectedProviderKeyReplacesClientKey()
{
    ProxyFixture f([](ProxyConfig &c) {
        c.providers[0].keySource = ProviderConfig::KeySource::Environment;
        c.providers[0].keyName = QStringLiteral("TEST_OPENAI_KEY");
    });
    f.service().setProviderKey(QStringLiteral("openai"), "sk-injected-by-ledger-0000");
    const auto r = f.postJson(QStringLiteral("/v1/chat/completions"), chatBody("gpt-4o", false),
                              {{"Authorization", "Bearer ledger-local-key-for-cursor"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(f.mock().requests().first().apiKey(), QByteArray("sk-injected-by-ledger-0000"));
    QCOMPARE(f.mock().requests().first().header("authorization"),
             QByteArray("Bearer sk-injected-by-ledger-0000"));
    // The record identifies the key the client used, not the injected one.
    QCOMPARE(f.waitForRecord().clientKeyHint, QStringLiteral("ledger-…rsor"));
}

void TestProxyForwarding::providerErrorsPassThrough()
{
    ProxyFixture f;
    const auto r = f.postJson(QStringLiteral("/v1/chat/completions"), chatBody("gpt-4o", false),
                              openAiAuth({{"x-mock-scenario", "error-429"}}));
    QCOMPARE(r.status, 429);
    QVERIFY(!r.header("retry-after").isEmpty());
    const QJsonObject error
        = QJsonDocument::fromJson(r.body).object().value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("rate_limit_exceeded"));
    const CallRecord rec = f.waitForRecord();
    QCOMPARE(rec.httpStatus, 429);
    QCOMPARE(rec.errorType, QStringLiteral("rate_limit_exceeded"));
    QCOMPARE(*rec.costUsd, 0.0);

    const auto o = f.postJson(QStringLiteral("/v1/messages"),
                              R"({"model":"claude-sonnet-4-5","max_tokens":10,"messages":[]})",
                              anthropicAuth({{"x-mock-scenario", "error-529-overloaded"}}));
    QCOMPARE(o.status, 529);
    QCOMPARE(QJsonDocument::fromJson(o.body).object().value(QLatin1String("type")).toString(),
             QStringLiteral("error"));
    QCOMPARE(f.waitForRecord(2).errorType, QStringLiteral("overloaded_error"));
}

void TestProxyForwarding::recordsNeverHoldTheKey()
{
    ProxyFixture f([](ProxyConfig &c) { c.recordBodies = true; });
    f.postJson(QStringLiteral("/v1/chat/completions"), chatBody("gpt-4o", false), openAiAuth());
    const CallRecord rec = f.waitForRecord();
    const QString key = QString::fromLatin1(ProxyFixture::OpenAiKey);
    for (const QString &field :
         {rec.endpoint, rec.provider, rec.requestedModel, rec.servedModel, rec.errorMessage,
          rec.clientKeyId, rec.clientKeyHint, rec.userAgent, rec.clientTool, rec.upstreamRequestId})
        QVERIFY(!field.contains(key.mid(8, 12)));
    QVERIFY(!rec.requestBody.contains(ProxyFixture::OpenAiKey));
    QVERIFY(!rec.responseBody.contains(ProxyFixture::OpenAiKey));
    QVERIFY(!rec.requestBody.isEmpty()); // bodies are kept when asked for
}

QTEST_GUILESS_MAIN(TestProxyForwarding)
#include "tst_proxyforwarding.moc"
