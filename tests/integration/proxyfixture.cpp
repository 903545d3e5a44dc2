#include "proxyfixture.h"

#include "clientkeyidentifier.h"
#include "pricetable.h"
#include "proxyserver.h"
#include "proxyservice.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

const QByteArray ProxyFixture::OpenAiKey = "sk-proj-test-0123456789abcdefWXYZ";
const QByteArray ProxyFixture::AnthropicKey = "sk-ant-api03-test-0123456789abcdefQRST";

QByteArray ProxyFixture::Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ProxyFixture::ProxyFixture(const std::function<void(ProxyConfig &)> &tweak)
{
    if (!m_mock.listen())
        return;
    ProxyConfig config;
    QProcessEnvironment env;
    env.insert(QStringLiteral("LLMLEDGER_OPENAI_BASE_URL"), m_mock.openAiBaseUrl().toString());
    env.insert(QStringLiteral("LLMLEDGER_ANTHROPIC_BASE_URL"),
               m_mock.anthropicBaseUrl().toString());
    config.providers = ProxyConfig::defaultProviders(env);
    if (tweak)
        tweak(config);

    m_service = std::make_unique<ProxyService>(config, PriceTable::builtIn());
    m_keys = new ClientKeyIdentifier("fixture-install-secret-0123456789", m_service.get());
    m_service->setClientKeyIdentifier(m_keys);
    m_service->setCallSink([this](CallRecord record) { m_records.append(std::move(record)); });
    m_server = new ProxyServer(m_service.get(), m_service.get());
    QString error;
    m_port = m_server->start(QHostAddress::LocalHost, 0, &error);
}

ProxyFixture::~ProxyFixture() = default;

QUrl ProxyFixture::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

ProxyFixture::Response ProxyFixture::send(const QByteArray &method, const QString &path,
                                          const QByteArray &body,
                                          const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url(path));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_client.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(20000);
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    response.networkError = reply->error();
    reply->deleteLater();
    return response;
}

ProxyFixture::Response ProxyFixture::postJson(const QString &path, const QByteArray &body,
                                              const QList<QPair<QByteArray, QByteArray>> &headers)
{
    auto all = headers;
    all.prepend({"Content-Type", "application/json"});
    return send("POST", path, body, all);
}

CallRecord ProxyFixture::waitForRecord(int count)
{
    const bool arrived
        = QTest::qWaitFor([this, count] { return m_records.size() >= count; }, 10000);
    Q_UNUSED(arrived); // the caller checks the record it gets
    return m_records.size() >= count ? m_records.at(count - 1) : CallRecord();
}
