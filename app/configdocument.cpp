#include "configdocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

ConfigDocument::ConfigDocument(const QString &filePath, QObject *parent)
    : QObject(parent), m_filePath(filePath)
{
    reload();
    // Editors save by replacing the file, which ends a watch on the file itself:
    // the directory is watched too, and the file again after each change.
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { reload(); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { reload(); });
    watch();
}

bool ConfigDocument::reload()
{
    watch();
    QFile file(m_filePath);
    QByteArray json = QByteArrayLiteral("{}");
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            setErrorString(m_filePath % QLatin1String(": ") % file.errorString());
            return false;
        }
        json = file.readAll();
    }
    ConfigResult parsed = ConfigLoader::parse(json);
    if (!parsed.config) {
        setErrorString(m_filePath % QLatin1String(": ") % parsed.error);
        return false;
    }
    setErrorString({});
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (m_loaded && object == m_object)
        return true;
    m_loaded = true;
    m_object = object;
    m_config = std::move(*parsed.config);
    Q_EMIT changed();
    return true;
}

bool ConfigDocument::update(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject object = m_object;
    edit(object);
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Indented);
    ConfigResult parsed = ConfigLoader::parse(json);
    if (!parsed.config) {
        setErrorString(parsed.error);
        return false;
    }
    if (!write(object))
        return false;
    setErrorString({});
    m_object = object;
    m_config = std::move(*parsed.config);
    Q_EMIT changed();
    return true;
}

bool ConfigDocument::write(const QJsonObject &object)
{
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        setErrorString(tr("Cannot create the folder %1").arg(info.absolutePath()));
        return false;
    }
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        setErrorString(m_filePath % QLatin1String(": ") % file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        setErrorString(m_filePath % QLatin1String(": ") % file.errorString());
        return false;
    }
    watch();
    return true;
}

void ConfigDocument::watch()
{
    const QString directory = QFileInfo(m_filePath).absolutePath();
    if (QFileInfo::exists(directory) && !m_watcher.directories().contains(directory))
        m_watcher.addPath(directory);
    if (QFileInfo::exists(m_filePath) && !m_watcher.files().contains(m_filePath))
        m_watcher.addPath(m_filePath);
}

void ConfigDocument::setErrorString(const QString &error)
{
    if (m_errorString == error)
        return;
    m_errorString = error;
    Q_EMIT errorStringChanged();
}
