#pragma once

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

class QNetworkReply;
class SecretStore;

// "Test connection" on the Providers page: lists the provider's models (GET
// <base_url>/models, or <base_url>/v1/models for Anthropic-style providers) with the key
// the proxy would send, and says in words what came back: the status, the latency and the
// number of models, or why it failed. The key is the one typed on the page if any, else the
// stored one (keychain or environment); it is never shown.
class ConnectionTester : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY resultChanged)
    Q_PROPERTY(QString resultText READ resultText NOTIFY resultChanged)

public:
    explicit ConnectionTester(SecretStore *secrets, QObject *parent = nullptr);

    bool running() const { return !m_reply.isNull(); }
    bool succeeded() const { return m_succeeded; }
    QString resultText() const { return m_resultText; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // keySource as on ProviderEditor: "client"/"none" send no key, "keychain" and "env"
    // read keyName unless apiKey is given.
    Q_INVOKABLE void test(const QString &kind, const QString &baseUrl, const QString &keySource,
                          const QString &keyName, const QString &apiKey);
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void runningChanged();
    void resultChanged();
    void finished();

private:
    void send(const QString &kind, const QUrl &url, const QByteArray &key);
    void onFinished(QNetworkReply *reply);
    void setResult(bool ok, const QString &text);

    QPointer<SecretStore> m_secrets;
    QNetworkAccessManager m_nam;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_clock;
    int m_timeoutMs = 10000;
    quint64 m_serial = 0;
    bool m_succeeded = false;
    QString m_resultText;
};
