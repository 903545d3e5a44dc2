#pragma once

#include "callrecord.h"
#include "mockupstream.h"
#include "proxyconfig.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>

#include <functional>
#include <memory>

class ClientKeyIdentifier;
class ProxyServer;
class ProxyService;
class QNetworkReply;

// A proxy on port 0 in front of an in-process MockUpstream, with its records
// collected in memory: the stage for the proxy's integration tests.
class ProxyFixture : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 0;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        QByteArray header(const QByteArray &name) const;
        int networkError = 0;
    };

    // tweak edits the config after the providers point at the mock.
    explicit ProxyFixture(const std::function<void(ProxyConfig &)> &tweak = {});
    ~ProxyFixture() override;

    bool isReady() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl url(const QString &path) const;
    MockUpstream &mock() { return m_mock; }
    ProxyService &service() { return *m_service; }
    QList<CallRecord> &records() { return m_records; }

    Response send(const QByteArray &method, const QString &path, const QByteArray &body,
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Response postJson(const QString &path, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // Waits until at least count records arrived; returns the last one.
    CallRecord waitForRecord(int count = 1);

    static const QByteArray OpenAiKey;
    static const QByteArray AnthropicKey;

private:
    MockUpstream m_mock;
    std::unique_ptr<ProxyService> m_service;
    ProxyServer *m_server = nullptr;
    ClientKeyIdentifier *m_keys = nullptr;
    QNetworkAccessManager m_client;
    QList<CallRecord> m_records;
    quint16 m_port = 0;
};
