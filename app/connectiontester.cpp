#include "connectiontester.h"

#include "secretstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

ConnectionTester::ConnectionTester(SecretStore *secrets, QObject *parent)
    : QObject(parent), m_secrets(secrets)
{
    // The proxy's own rules: no redirects followed, no cookies kept.
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam.setCookieJar(nullptr);
}

void ConnectionTester::test(const QString &kind, const QString &baseUrl, const QString &keySource,
                            const QString &keyName, const QString &apiKey)
{
    clear();
    const QUrl base(baseUrl.trimmed(), QUrl::StrictMode);
    if (!base.isValid() || base.host().isEmpty()
        || (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https")))
        return setResult(false, tr("base_url: must be an absolute http:// or https:// URL."));
    QUrl url = base;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path
                + (kind == QLatin1String("anthropic") ? QLatin1String("/v1/models")
                                                      : QLatin1String("/models")));

    const QByteArray typed = apiKey.trimmed().toUtf8();
    if (!typed.isEmpty() || keySource == QLatin1String("client")
        || keySource == QLatin1String("none"))
        return send(kind, url, typed);
    if (keySource == QLatin1String("env")) {
        const QByteArray key = qgetenv(keyName.toLocal8Bit().constData());
        if (key.isEmpty())
            return setResult(false, tr("The environment variable %1 is not set.").arg(keyName));
        return send(kind, url, key);
    }
    if (!m_secrets)
        return setResult(false, tr("No OS keychain is available here."));
    const quint64 serial = ++m_serial;
    QPointer<ConnectionTester> self(this);
    m_secrets->read(QLatin1String("provider/") + keyName,
                    [self, serial, kind, url](const SecretStore::ReadResult &read) {
                        if (!self || serial != self->m_serial)
                            return;
                        if (read.status != SecretStore::Status::Ok)
                            return self->setResult(
                                false,
                                tr("No key is stored in the OS keychain for this provider."));
                        self->send(kind, url, read.secret);
                    });
}

void ConnectionTester::send(const QString &kind, const QUrl &url, const QByteArray &key)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    if (kind == QLatin1String("anthropic")) {
        request.setRawHeader("anthropic-version", "2023-06-01");
        if (!key.isEmpty())
            request.setRawHeader("x-api-key", key);
    } else if (!key.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + key);
    }
    m_clock.start();
    m_reply = m_nam.get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    Q_EMIT runningChanged();
}

void ConnectionTester::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    const qint64 ms = m_clock.elapsed();
    m_reply = nullptr;
    Q_EMIT runningChanged();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        const QString why = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("no answer within %1 s").arg(m_timeoutMs / 1000.0)
            : reply->errorString();
        return setResult(false,
                         tr("Could not reach %1: %2.")
                             .arg(reply->url().toDisplayString(QUrl::RemoveUserInfo), why));
    }
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (status >= 200 && status < 300) {
        const QJsonValue data = root.value(QLatin1String("data"));
        if (!data.isArray())
            return setResult(
                false,
                tr("HTTP %1 in %2 ms, but the answer is not a model list.").arg(status).arg(ms));
        return setResult(true,
                         tr("Connected: HTTP %1 in %2 ms, %n model(s) listed.", nullptr,
                            int(data.toArray().size()))
                             .arg(status)
                             .arg(ms));
    }
    QString message
        = root.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(body.left(200)).simplified();
    QString meaning;
    if (status == 401 || status == 403)
        meaning = tr("the key was refused");
    else if (status == 404)
        meaning = tr("nothing at this URL; check the base URL");
    else if (status == 429)
        meaning = tr("rate limited");
    else if (status >= 500)
        meaning = tr("the provider has a problem");
    else
        meaning = tr("the request was refused");
    setResult(false,
              tr("HTTP %1 in %2 ms: %3. %4").arg(status).arg(ms).arg(meaning, message).trimmed());
}

void ConnectionTester::clear()
{
    ++m_serial;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->abort();
        Q_EMIT runningChanged();
    }
    setResult(false, QString());
}

void ConnectionTester::setResult(bool ok, const QString &text)
{
    if (m_succeeded == ok && m_resultText == text)
        return;
    m_succeeded = ok;
    m_resultText = text;
    Q_EMIT resultChanged();
}
