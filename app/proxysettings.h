#pragma once

#include <QObject>
#include <QQmlEngine>

class ConfigDocument;

// The proxy's settings on the Settings page: listen address, port, body logging, usage
// injection and retention, read from and written to the config file through ConfigDocument
// (validated by the proxy's own ConfigLoader, written atomically, other settings kept). The
// running proxy watches the file and applies a change without a restart; edits made to the
// file by hand show up here. A value the config does not accept is not written: errorString
// says why, and the properties keep (and re-announce) the saved values.
class ProxySettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(
        QString listenAddress READ listenAddress WRITE setListenAddress NOTIFY settingsChanged)
    Q_PROPERTY(int port READ port WRITE setPort NOTIFY settingsChanged)
    Q_PROPERTY(bool recordBodies READ recordBodies WRITE setRecordBodies NOTIFY settingsChanged)
    Q_PROPERTY(bool injectStreamUsage READ injectStreamUsage WRITE setInjectStreamUsage NOTIFY
                   settingsChanged)
    // Days of calls kept; 0 keeps everything.
    Q_PROPERTY(int retentionDays READ retentionDays WRITE setRetentionDays NOTIFY settingsChanged)
    Q_PROPERTY(QString configFile READ configFile CONSTANT)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit ProxySettings(ConfigDocument *document, QObject *parent = nullptr);

    QString listenAddress() const;
    void setListenAddress(const QString &address);
    int port() const;
    void setPort(int port);
    bool recordBodies() const;
    void setRecordBodies(bool record);
    bool injectStreamUsage() const;
    void setInjectStreamUsage(bool inject);
    int retentionDays() const;
    void setRetentionDays(int days);

    QString configFile() const;
    QString errorString() const;

Q_SIGNALS:
    void settingsChanged();
    void errorStringChanged();

private:
    void write(const QString &key, const QJsonValue &value);

    ConfigDocument *m_document;
};
