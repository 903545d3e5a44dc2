#include "desktoppreferences.h"

#include <QSettings>
#include <QStandardPaths>

namespace {

const QLatin1String startMinimizedKey("window/startMinimized");

} // namespace

DesktopPreferences::DesktopPreferences(QObject *parent)
    : DesktopPreferences(AutostartEntry(), AutostartEntry::defaultExecutable(), parent)
{ }

DesktopPreferences::DesktopPreferences(AutostartEntry entry, QString executable, QObject *parent)
    : QObject(parent), m_entry(std::move(entry)), m_executable(std::move(executable)),
      m_startMinimized(savedStartMinimized())
{ }

QString DesktopPreferences::settingsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QLatin1String("/window.conf");
}

bool DesktopPreferences::savedStartMinimized()
{
    return QSettings(settingsFile(), QSettings::IniFormat).value(startMinimizedKey, false).toBool();
}

void DesktopPreferences::setStartAtLogin(bool enabled)
{
    if (enabled == startAtLogin())
        return;
    QString error;
    if (enabled && !startAtLoginSupported())
        error = tr("Starting at login is not supported on this system yet.");
    else if (enabled)
        m_entry.write(m_executable, m_startMinimized, &error);
    else
        m_entry.remove(&error);
    setErrorString(error);
    // Also on failure, so that a switch bound to it flips back.
    Q_EMIT startAtLoginChanged();
}

void DesktopPreferences::setStartMinimized(bool minimized)
{
    if (minimized == m_startMinimized)
        return;
    QSettings settings(settingsFile(), QSettings::IniFormat);
    settings.setValue(startMinimizedKey, minimized);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        setErrorString(tr("Cannot save the preference in %1").arg(settingsFile()));
        Q_EMIT startMinimizedChanged();
        return;
    }
    m_startMinimized = minimized;
    QString error;
    if (startAtLogin())
        m_entry.write(m_executable, m_startMinimized, &error);
    setErrorString(error);
    Q_EMIT startMinimizedChanged();
}

void DesktopPreferences::setErrorString(const QString &error)
{
    if (error == m_errorString)
        return;
    m_errorString = error;
    Q_EMIT errorStringChanged();
}
