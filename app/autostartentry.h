#pragma once

#include <QString>

// The XDG autostart entry that starts LLM Ledger at login: llmledger.desktop in
// $XDG_CONFIG_HOME/autostart (~/.config/autostart by default), which every freedesktop
// session (GNOME, KDE, Xfce, …) runs at login. Its Exec line starts this executable (the
// AppImage itself when run from one), with --minimized when the window should stay in the
// tray. Other platforms have no support yet (isSupported()).
class AutostartEntry
{
public:
    explicit AutostartEntry(QString filePath = defaultPath());

    static bool isSupported();
    // $XDG_CONFIG_HOME/autostart/llmledger.desktop, else ~/.config/autostart/llmledger.desktop.
    static QString defaultPath();
    // The program the entry starts: $APPIMAGE when set, else this executable.
    static QString defaultExecutable();

    QString filePath() const { return m_filePath; }
    bool exists() const;
    // Writes the entry atomically (creating the folder); false with *error otherwise.
    bool write(const QString &executable, bool minimized, QString *error) const;
    bool remove(QString *error) const;

    // The desktop file's text (public for tests).
    static QByteArray contents(const QString &executable, bool minimized);
    // A program path quoted as the Desktop Entry spec wants it in Exec.
    static QString quoteExecArgument(const QString &argument);

private:
    QString m_filePath;
};
