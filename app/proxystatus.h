#pragma once

#include "callrecord.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

class ProxyHost;

// What the window shows about the running proxy: whether it listens, where,
// and the calls recorded since it started. Fed by ProxyHost's signals.
class ProxyStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    Q_PROPERTY(QString openAiBaseUrl READ openAiBaseUrl NOTIFY stateChanged)
    Q_PROPERTY(QString anthropicBaseUrl READ anthropicBaseUrl NOTIFY stateChanged)
    Q_PROPERTY(int port READ port NOTIFY stateChanged)
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY warningsChanged)
    Q_PROPERTY(int callCount READ callCount NOTIFY callsChanged)
    Q_PROPERTY(QString costText READ costText NOTIFY callsChanged)
    Q_PROPERTY(QString lastCallText READ lastCallText NOTIFY callsChanged)
    Q_PROPERTY(bool paused READ paused NOTIFY pausedChanged)
    // One line for a status bar or tray tooltip: listening where, paused, failed.
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)

public:
    enum class State { Starting, Listening, Failed };
    Q_ENUM(State)

    explicit ProxyStatus(ProxyHost *host, QObject *parent = nullptr);

    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    QString openAiBaseUrl() const;
    QString anthropicBaseUrl() const;
    int port() const { return m_baseUrl.port(); }
    QStringList warnings() const { return m_warnings; }
    int callCount() const { return m_calls; }
    QString costText() const;
    QString lastCallText() const { return m_lastCall; }
    bool paused() const { return m_paused; }
    QString statusText() const;

    Q_INVOKABLE void copyToClipboard(const QString &text) const;
    // Asks the proxy to pause or resume; paused follows once it has.
    Q_INVOKABLE void setPaused(bool paused);

Q_SIGNALS:
    void stateChanged();
    void warningsChanged();
    void callsChanged();
    void pausedChanged();
    void statusTextChanged();

private:
    void onCall(const CallRecord &record);

    ProxyHost *m_host;
    State m_state = State::Starting;
    bool m_paused = false;
    QString m_error;
    QUrl m_baseUrl;
    QStringList m_warnings;
    int m_calls = 0;
    double m_cost = 0;
    int m_unpriced = 0;
    QString m_lastCall;
};
