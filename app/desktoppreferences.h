#pragma once

#include "autostartentry.h"

#include <QObject>
#include <QQmlEngine>

// How the window starts, as the Settings page edits it: at login (the XDG autostart entry,
// AutostartEntry) and minimised to the tray. "Start minimised" is kept in the window's
// preferences file (settingsFile()) and applies to starts at login, whose entry then runs
// the program with --minimized; changing it rewrites an existing entry. The proxy's own
// settings are in the config file instead (ProxySettings).
class DesktopPreferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(bool startAtLoginSupported READ startAtLoginSupported CONSTANT)
    Q_PROPERTY(bool startAtLogin READ startAtLogin WRITE setStartAtLogin NOTIFY startAtLoginChanged)
    Q_PROPERTY(bool startMinimized READ startMinimized WRITE setStartMinimized NOTIFY
                   startMinimizedChanged)
    Q_PROPERTY(QString autostartFile READ autostartFile CONSTANT)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit DesktopPreferences(QObject *parent = nullptr);
    // For tests: another entry file and program.
    DesktopPreferences(AutostartEntry entry, QString executable, QObject *parent = nullptr);

    // The window's preferences (language, start minimised): window.conf in the user's
    // config folder for LLM Ledger, beside the default config.json.
    static QString settingsFile();
    // The saved "start minimised" choice, for main() (false when never set).
    static bool savedStartMinimized();

    bool startAtLoginSupported() const { return AutostartEntry::isSupported(); }
    bool startAtLogin() const { return m_entry.exists(); }
    void setStartAtLogin(bool enabled);
    bool startMinimized() const { return m_startMinimized; }
    void setStartMinimized(bool minimized);
    QString autostartFile() const { return m_entry.filePath(); }
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void startAtLoginChanged();
    void startMinimizedChanged();
    void errorStringChanged();

private:
    void setErrorString(const QString &error);

    AutostartEntry m_entry;
    QString m_executable;
    bool m_startMinimized = false;
    QString m_errorString;
};
