// A disabled client key through the real proxy in front of MockUpstream: its calls are refused
// with 403 in the error format of the API the client speaks, never reach the upstream, and are
// recorded; other keys and calls without a key pass; enabled again, the key's calls pass.

#include "clientkeyidentifier.h"
#include "proxyfixture.h"
#include "proxyservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

namespace {

// The fixture's ClientKeyIdentifier salts with this secret (proxyfixture.cpp).
const QByteArray fixtureSecret = "fixture-install-secret-0123456789";

const QByteArray chatBody = R"({"model":"gpt-4o","messages":[{"role":"user","content":"Hi"}]})";
const QByteArray messagesBody = R"({"model":"claude-sonnet-4-5","max_tokens":50,)"
                                R"("messages":[{"role":"user","content":"Hi"}]})";

QList<QPair<QByteArray, QByteArray>> openAiAuth(const QByteArray &key = ProxyFixture::OpenAiKey)
{
    return {{"Authorization", "Bearer " + key}};
}

QList<QPair<QByteArray, QByteArray>> anthropicAuth()
{
    return {{"x-api-key", ProxyFixture::AnthropicKey}, {"anthropic-version", "2023-06-01"}};
}

QString idOf(const QByteArray &key)
{
    return ClientKeyIdentifier::computeId(key, fixtureSecret);
}

} // namespace

class TestProxyDisabledKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The key is new to the proxy: its call waits for the key's id, then is refused.
    void refusedInOpenAiFormat()
    {
        ProxyFixture f;
        QVERIFY(f.isReady());
        const QString keyId = idOf(ProxyFixture::OpenAiKey);
        f.service().setDisabledKeys({keyId});

        const auto r = f.postJson(QStringLiteral("/v1/chat/completions"), chatBody, openAiAuth());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        const QJsonObject error
            = QJsonDocument::fromJson(r.body).object().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("type")).toString(),
                 QStringLiteral("permission_denied"));
        QCOMPARE(error.value(QLatin1String("code")).toString(),
                 QStringLiteral("client_key_disabled"));
        QVERIFY(error.contains(QLatin1String("param")));
        const QString message = error.value(QLatin1String("message")).toString();
        QVERIFY2(message.startsWith(QStringLiteral("This client key is disabled in LLM Ledger "
                                                   "(key sk-…WXYZ).")),
                 qPrintable(message));
        QVERIFY(!r.body.contains(ProxyFixture::OpenAiKey));
        QCOMPARE(f.mock().requestCount(), 0);

        const CallRecord rec = f.waitForRecord();
        QCOMPARE(rec.httpStatus, 403);
        QCOMPARE(rec.errorType, QStringLiteral("client_key_disabled"));
        QCOMPARE(rec.errorMessage, message);
        QCOMPARE(rec.clientKeyId, keyId);
        QCOMPARE(rec.clientKeyHint, QStringLiteral("sk-…WXYZ"));
        QCOMPARE(rec.requestedModel, QString()); // refused before the body was read
        QCOMPARE(rec.apiFormat, QStringLiteral("openai"));
        QCOMPARE(rec.costUsd.value_or(-1), 0.0);
        QCOMPARE(r.header("x-llmledger-request-id"), rec.requestId);
    }

    void refusedInAnthropicFormat()
    {
        ProxyFixture f;
        QVERIFY(f.isReady());
        f.service().setDisabledKeys({idOf(ProxyFixture::AnthropicKey)});

        const auto r = f.postJson(QStringLiteral("/v1/messages"), messagesBody, anthropicAuth());
        QCOMPARE(r.status, 403);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("error"));
        const QJsonObject error = body.value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("permission_error"));
        QVERIFY(error.value(QLatin1String("message"))
                    .toString()
                    .startsWith(QStringLiteral("This client key is disabled in LLM Ledger (key "
                                               "sk-…QRST).")));
        QCOMPARE(error.keys(), (QStringList{QStringLiteral("message"), QStringLiteral("type")}));
        QCOMPARE(f.mock().requestCount(), 0);

        const CallRecord rec = f.waitForRecord();
        QCOMPARE(rec.httpStatus, 403);
        QCOMPARE(rec.errorType, QStringLiteral("client_key_disabled"));
        QCOMPARE(rec.apiFormat, QStringLiteral("anthropic"));
        QCOMPARE(rec.clientKeyId, idOf(ProxyFixture::AnthropicKey));
    }

    // A key the proxy already knows is refused at once, also on later calls; other keys and
    // calls without a key still pass; enabled again, the key's calls reach the upstream.
    void otherKeysPassAndEnablingAgainLetsCallsThrough()
    {
        ProxyFixture f;
        QVERIFY(f.isReady());
        auto r = f.postJson(QStringLiteral("/v1/chat/completions"), chatBody, openAiAuth());
        QCOMPARE(r.status, 200);
        QCOMPARE(f.waitForRecord(1).clientKeyId, idOf(ProxyFixture::OpenAiKey));
        QCOMPARE(f.mock().requestCount(), 1);

        f.service().setDisabledKeys({idOf(ProxyFixture::OpenAiKey)});
        for (int i = 0; i < 2; ++i) {
            r = f.postJson(QStringLiteral("/v1/chat/completions"), chatBody, openAiAuth());
            QCOMPARE(r.status, 403);
        }
        QCOMPARE(f.waitForRecord(3).httpStatus, 403);
        QCOMPARE(f.mock().requestCount(), 1);

        // Another key (new to the proxy: it waits for its id) and no key at all.
        const QByteArray other = "sk-proj-other-0123456789abcdefOTHR";
        r = f.postJson(QStringLiteral("/v1/chat/completions"), chatBody, openAiAuth(other));
        QCOMPARE(r.status, 200);
        QCOMPARE(f.waitForRecord(4).clientKeyId, idOf(other));
        r = f.postJson(QStringLiteral("/v1/chat/completions"), chatBody);
        QCOMPARE(r.status, 200);
        QCOMPARE(f.mock().requestCount(), 3);

        f.service().setDisabledKeys({});
        r = f.postJson(QStringLiteral("/v1/chat/completions"), chatBody, openAiAuth());
        QCOMPARE(r.status, 200);
        QCOMPARE(f.mock().requestCount(), 4);
        const CallRecord rec = f.waitForRecord(6);
        QCOMPARE(rec.httpStatus, 200);
        QCOMPARE(rec.clientKeyId, idOf(ProxyFixture::OpenAiKey));
        QCOMPARE(f.records().size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestProxyDisabledKeys)
#include "tst_proxydisabledkeys.moc"
