#include "proxysettings.h"

#include "configdocument.h"

#include <QJsonObject>

ProxySettings::ProxySettings(ConfigDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    connect(m_document, &ConfigDocument::changed, this, &ProxySettings::settingsChanged);
    connect(m_document, &ConfigDocument::errorStringChanged, this,
            &ProxySettings::errorStringChanged);
}

QString ProxySettings::listenAddress() const
{
    return m_document->config().listenAddress.toString();
}

void ProxySettings::setListenAddress(const QString &address)
{
    if (address.trimmed() != listenAddress())
        write(QStringLiteral("listen"), address.trimmed());
}

int ProxySettings::port() const
{
    return m_document->config().port;
}

void ProxySettings::setPort(int port)
{
    if (port != this->port())
        write(QStringLiteral("port"), port);
}

bool ProxySettings::recordBodies() const
{
    return m_document->config().recordBodies;
}

void ProxySettings::setRecordBodies(bool record)
{
    if (record != recordBodies())
        write(QStringLiteral("record_bodies"), record);
}

bool ProxySettings::injectStreamUsage() const
{
    return m_document->config().injectStreamUsage;
}

void ProxySettings::setInjectStreamUsage(bool inject)
{
    if (inject != injectStreamUsage())
        write(QStringLiteral("inject_stream_usage"), inject);
}

int ProxySettings::retentionDays() const
{
    return m_document->config().retentionDays;
}

void ProxySettings::setRetentionDays(int days)
{
    if (days != retentionDays())
        write(QStringLiteral("retention_days"), days);
}

QString ProxySettings::configFile() const
{
    return m_document->filePath();
}

QString ProxySettings::errorString() const
{
    return m_document->errorString();
}

void ProxySettings::write(const QString &key, const QJsonValue &value)
{
    // On success the document announces the change itself.
    if (!m_document->update([&](QJsonObject &o) { o.insert(key, value); }))
        Q_EMIT settingsChanged(); // fields bound to the settings return to the saved values
}
