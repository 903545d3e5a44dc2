#include "proxystatus.h"

#include "proxyhost.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>

ProxyStatus::ProxyStatus(ProxyHost *host, QObject *parent) : QObject(parent), m_host(host)
{
    connect(this, &ProxyStatus::stateChanged, this, &ProxyStatus::statusTextChanged);
    connect(this, &ProxyStatus::pausedChanged, this, &ProxyStatus::statusTextChanged);
    connect(host, &ProxyHost::rebound, this, [this](const QUrl &url) {
        m_baseUrl = url;
        Q_EMIT stateChanged();
    });
    connect(host, &ProxyHost::pausedChanged, this, [this](bool paused) {
        if (paused == m_paused)
            return;
        m_paused = paused;
        Q_EMIT pausedChanged();
    });
    connect(host, &ProxyHost::started, this, [this](const QUrl &url) {
        m_baseUrl = url;
        m_state = State::Listening;
        Q_EMIT stateChanged();
    });
    connect(host, &ProxyHost::failed, this, [this](const QString &error) {
        m_error = error;
        m_state = State::Failed;
        Q_EMIT stateChanged();
    });
    connect(host, &ProxyHost::warning, this, [this](const QString &message) {
        m_warnings << message;
        Q_EMIT warningsChanged();
    });
    connect(host, &ProxyHost::callCompleted, this, &ProxyStatus::onCall);
}

QString ProxyStatus::openAiBaseUrl() const
{
    return m_state == State::Listening ? m_baseUrl.toString() + QLatin1String("/v1") : QString();
}

QString ProxyStatus::anthropicBaseUrl() const
{
    return m_state == State::Listening ? m_baseUrl.toString() : QString();
}

QString ProxyStatus::costText() const
{
    QString text = u'$' + QLocale().toString(m_cost, 'f', m_cost < 1 ? 4 : 2);
    if (m_unpriced > 0)
        text += tr(" (+%n call(s) without a known price)", nullptr, m_unpriced);
    return text;
}

void ProxyStatus::onCall(const CallRecord &record)
{
    ++m_calls;
    if (record.costUsd)
        m_cost += *record.costUsd;
    else
        ++m_unpriced;
    const QString model = record.servedModel.isEmpty() ? record.requestedModel : record.servedModel;
    const QString time
        = QDateTime::fromMSecsSinceEpoch(record.startedAtMs).toString(QStringLiteral("HH:mm:ss"));
    m_lastCall = tr("%1  %2 %3 · %4 · %5 tokens · %6 ms")
                     .arg(time, record.endpoint, model.isEmpty() ? QString() : u'(' + model + u')',
                          QString::number(record.httpStatus),
                          QLocale().toString(record.usage.totalTokens()),
                          QLocale().toString(record.latencyUs / 1000));
    Q_EMIT callsChanged();
}

QString ProxyStatus::statusText() const
{
    switch (m_state) {
    case State::Starting:
        return tr("Starting…");
    case State::Failed:
        return tr("Stopped: %1").arg(m_error);
    case State::Listening:
        break;
    }
    const QString where = m_baseUrl.host() + u':' + QString::number(m_baseUrl.port());
    return m_paused ? tr("Paused (%1 accepts no new calls)").arg(where)
                    : tr("Listening on %1").arg(where);
}

void ProxyStatus::setPaused(bool paused)
{
    m_host->setPaused(paused);
}

void ProxyStatus::copyToClipboard(const QString &text) const
{
    QGuiApplication::clipboard()->setText(text);
}
