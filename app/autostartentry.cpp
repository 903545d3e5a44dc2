#include "autostartentry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

AutostartEntry::AutostartEntry(QString filePath) : m_filePath(std::move(filePath)) { }

bool AutostartEntry::isSupported()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID) && !defined(Q_OS_IOS)
    return true;
#else
    return false;
#endif
}

QString AutostartEntry::defaultPath()
{
    // The XDG base directory spec ignores a relative XDG_CONFIG_HOME.
    QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (configHome.isEmpty() || QDir::isRelativePath(configHome))
        configHome = QDir::homePath() + QLatin1String("/.config");
    return configHome + QLatin1String("/autostart/llmledger.desktop");
}

QString AutostartEntry::defaultExecutable()
{
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    return appImage.isEmpty() ? QCoreApplication::applicationFilePath() : appImage;
}

bool AutostartEntry::exists() const
{
    return QFileInfo::exists(m_filePath);
}

QString AutostartEntry::quoteExecArgument(const QString &argument)
{
    // Reserved characters force quoting; inside quotes ", `, $ and \ are backslash-escaped,
    // and as a desktop-file string value every backslash is doubled once more. A literal %
    // is written %% (field codes).
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    QString escaped = argument;
    escaped.replace(u'%', QLatin1String("%%"));
    const bool needsQuotes = std::any_of(escaped.cbegin(), escaped.cend(),
                                         [](QChar c) { return reserved.contains(c); });
    if (!needsQuotes)
        return escaped;
    QString quoted;
    for (const QChar c : std::as_const(escaped)) {
        if (c == u'"' || c == u'`' || c == u'$')
            quoted += QLatin1String("\\\\") + c;
        else if (c == u'\\')
            quoted += QLatin1String("\\\\\\\\");
        else
            quoted += c;
    }
    return u'"' + quoted + u'"';
}

QByteArray AutostartEntry::contents(const QString &executable, bool minimized)
{
    QString exec = quoteExecArgument(executable);
    if (minimized)
        exec += QLatin1String(" --minimized");
    const QString text = QLatin1String("[Desktop Entry]\n"
                                       "Type=Application\n"
                                       "Name=LLM Ledger\n"
                                       "Comment=Records the cost of every LLM API call\n"
                                       "Exec=")
        + exec
        + QLatin1String("\n"
                        "Icon=llmledger\n"
                        "Terminal=false\n"
                        "X-GNOME-Autostart-enabled=true\n");
    return text.toUtf8();
}

bool AutostartEntry::write(const QString &executable, bool minimized, QString *error) const
{
    const QString folder = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("AutostartEntry", "Cannot create the folder %1")
                     .arg(folder);
        return false;
    }
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents(executable, minimized)) < 0
        || !file.commit()) {
        *error = m_filePath + QLatin1String(": ") + file.errorString();
        return false;
    }
    return true;
}

bool AutostartEntry::remove(QString *error) const
{
    QFile file(m_filePath);
    if (!file.exists() || file.remove())
        return true;
    *error = m_filePath + QLatin1String(": ") + file.errorString();
    return false;
}
