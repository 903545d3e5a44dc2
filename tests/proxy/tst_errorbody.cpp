#include "errorbody.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestErrorBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openAiShape();
    void openAiAbsentParamAndCodeAreNull();
    void anthropicShape();
    void messageIsEscaped();
};

namespace {

QJsonObject parsed(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not a JSON object: %s", json.constData());
    return doc.object();
}

ProxyError modelNotFound()
{
    ProxyError e;
    e.status = 404;
    e.type = QStringLiteral("invalid_request_error");
    e.code = QStringLiteral("model_not_found");
    e.message
        = QStringLiteral("The model \"gpt-5-ultra\" is not served by any configured provider");
    e.param = QStringLiteral("model");
    return e;
}

} // namespace

void TestErrorBody::openAiShape()
{
    const QByteArray json = modelNotFound().toJson(WireFormat::OpenAi);
    const QJsonObject expected{
        {QStringLiteral("error"),
         QJsonObject{
             {QStringLiteral("message"),
              QStringLiteral("The model \"gpt-5-ultra\" is not served by any configured provider")},
             {QStringLiteral("type"), QStringLiteral("invalid_request_error")},
             {QStringLiteral("param"), QStringLiteral("model")},
             {QStringLiteral("code"), QStringLiteral("model_not_found")},
         }},
    };
    QCOMPARE(parsed(json), expected);
    // Compact: one line, as the providers send theirs.
    QVERIFY(!json.contains('\n'));
}

void TestErrorBody::openAiAbsentParamAndCodeAreNull()
{
    ProxyError e;
    e.status = 502;
    e.type = QStringLiteral("upstream_error");
    e.message = QStringLiteral("unreachable");
    const QJsonObject error
        = parsed(e.toJson(WireFormat::OpenAi)).value(QLatin1String("error")).toObject();
    // The SDKs read these keys; they are present and null, as OpenAI sends them.
    QCOMPARE(error.size(), 4);
    QVERIFY(error.contains(QLatin1String("param")));
    QVERIFY(error.value(QLatin1String("param")).isNull());
    QVERIFY(error.contains(QLatin1String("code")));
    QVERIFY(error.value(QLatin1String("code")).isNull());
    QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("upstream_error"));
    QCOMPARE(error.value(QLatin1String("message")).toString(), QStringLiteral("unreachable"));
}

void TestErrorBody::anthropicShape()
{
    const QByteArray json = modelNotFound().toJson(WireFormat::Anthropic);
    // Anthropic has no code or param: they must not leak into its shape.
    const QJsonObject expected{
        {QStringLiteral("type"), QStringLiteral("error")},
        {QStringLiteral("error"),
         QJsonObject{
             {QStringLiteral("type"), QStringLiteral("invalid_request_error")},
             {QStringLiteral("message"),
              QStringLiteral("The model \"gpt-5-ultra\" is not served by any configured provider")},
         }},
    };
    QCOMPARE(parsed(json), expected);
    QVERIFY(!json.contains('\n'));
}

void TestErrorBody::messageIsEscaped()
{
    ProxyError e;
    e.type = QStringLiteral("api_error");
    e.message = QStringLiteral("line one\nquote \" backslash \\ caf") + QChar(0xe9);
    for (WireFormat format : {WireFormat::OpenAi, WireFormat::Anthropic}) {
        const QJsonObject error = parsed(e.toJson(format)).value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("message")).toString(), e.message);
    }
}

QTEST_GUILESS_MAIN(TestErrorBody)
#include "tst_errorbody.moc"
