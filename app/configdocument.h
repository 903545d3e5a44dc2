#pragma once

#include "proxyconfig.h"

#include <QFileSystemWatcher>
#include <QJsonObject>
#include <QObject>

#include <functional>

// The config file (docs/config.md) as a document the window edits. Every change
// is validated by the same ConfigLoader the proxy uses and written atomically, or
// not at all; settings the window does not know keep their values. Edits made by
// hand while the window is open are picked up (changed()). The running proxy
// watches the file itself.
class ConfigDocument : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString filePath READ filePath CONSTANT)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
public:
    explicit ConfigDocument(const QString &filePath, QObject *parent = nullptr);

    QString filePath() const { return m_filePath; }
    // The file's JSON object; empty when there is no file (all defaults apply).
    QJsonObject object() const { return m_object; }
    // What the proxy makes of it: the defaults where the file is silent.
    const ProxyConfig &config() const { return m_config; }

    // Applies edit to a copy of the object; writes it when the result is a valid
    // config. Returns false with errorString() naming the field otherwise, and
    // the file and the document stay as they were.
    bool update(const std::function<void(QJsonObject &)> &edit);

    // Re-reads the file; false (and errorString()) when it does not parse, in
    // which case the document keeps its last valid state.
    bool reload();

    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void changed();
    void errorStringChanged();

private:
    void setErrorString(const QString &error);
    void watch();
    bool write(const QJsonObject &object);

    QString m_filePath;
    QJsonObject m_object;
    ProxyConfig m_config;
    QString m_errorString;
    bool m_loaded = false;
    QFileSystemWatcher m_watcher;
};
