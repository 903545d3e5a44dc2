#include "autostartentry.h"
#include "desktoppreferences.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The autostart entry and the window's start preferences under a temporary XDG_CONFIG_HOME.
class TestSettingsAutostart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_entryPath;

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QByteArray expectedEntry(const QByteArray &exec)
    {
        return "[Desktop Entry]\n"
               "Type=Application\n"
               "Name=LLM Ledger\n"
               "Comment=Records the cost of every LLM API call\n"
               "Exec="
            + exec
            + "\n"
              "Icon=llmledger\n"
              "Terminal=false\n"
              "X-GNOME-Autostart-enabled=true\n";
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.path()));
        m_entryPath = m_home.path() + QLatin1String("/autostart/llmledger.desktop");
    }

    void init()
    {
        QFile::remove(m_entryPath);
        QFile::remove(DesktopPreferences::settingsFile());
    }

    void thePathFollowsXdgConfigHome()
    {
        QCOMPARE(AutostartEntry::defaultPath(), m_entryPath);
        QVERIFY(DesktopPreferences::settingsFile().startsWith(m_home.path() + u'/'));
        qputenv("XDG_CONFIG_HOME", "relative/dir"); // ignored, as the spec says
        QCOMPARE(AutostartEntry::defaultPath(),
                 QDir::homePath() + QStringLiteral("/.config/autostart/llmledger.desktop"));
        qunsetenv("XDG_CONFIG_HOME");
        QCOMPARE(AutostartEntry::defaultPath(),
                 QDir::homePath() + QStringLiteral("/.config/autostart/llmledger.desktop"));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.path()));
    }

    void execArgumentsAreQuoted_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("/usr/bin/llmledger")
                               << QStringLiteral("/usr/bin/llmledger");
        QTest::newRow("space") << QStringLiteral("/opt/LLM Ledger/llmledger")
                               << QStringLiteral("\"/opt/LLM Ledger/llmledger\"");
        QTest::newRow("reserved") << QStringLiteral("/a b/$x\"q\\")
                                  << QStringLiteral("\"/a b/\\\\$x\\\\\"q\\\\\\\\\"");
        QTest::newRow("percent") << QStringLiteral("/apps/100%/llmledger")
                                 << QStringLiteral("/apps/100%%/llmledger");
    }

    void execArgumentsAreQuoted()
    {
        QFETCH(QString, argument);
        QFETCH(QString, quoted);
        QCOMPARE(AutostartEntry::quoteExecArgument(argument), quoted);
    }

    void startAtLoginWritesAndRemovesTheEntry()
    {
        if (!AutostartEntry::isSupported())
            QSKIP("No autostart support on this platform");
        DesktopPreferences preferences(AutostartEntry(),
                                       QStringLiteral("/opt/LLM Ledger/llmledger"));
        QSignalSpy atLogin(&preferences, &DesktopPreferences::startAtLoginChanged);
        QCOMPARE(preferences.autostartFile(), m_entryPath);
        QVERIFY(!preferences.startAtLogin());
        QVERIFY(!preferences.startMinimized());

        preferences.setStartAtLogin(true);
        QVERIFY(preferences.startAtLogin());
        QCOMPARE(atLogin.size(), 1);
        QVERIFY(preferences.errorString().isEmpty());
        QCOMPARE(read(m_entryPath), expectedEntry("\"/opt/LLM Ledger/llmledger\""));

        // "Start minimised" is saved and rewrites the existing entry.
        preferences.setStartMinimized(true);
        QVERIFY(DesktopPreferences::savedStartMinimized());
        QCOMPARE(read(m_entryPath), expectedEntry("\"/opt/LLM Ledger/llmledger\" --minimized"));
        QCOMPARE(QSettings(DesktopPreferences::settingsFile(), QSettings::IniFormat)
                     .value(QStringLiteral("window/startMinimized"))
                     .toBool(),
                 true);
        // A new instance reads both back.
        DesktopPreferences again(AutostartEntry(), QStringLiteral("/usr/bin/llmledger"));
        QVERIFY(again.startAtLogin());
        QVERIFY(again.startMinimized());

        preferences.setStartAtLogin(false);
        QVERIFY(!QFile::exists(m_entryPath));
        QVERIFY(!preferences.startAtLogin());
        QCOMPARE(atLogin.size(), 2);

        // Without an entry, "start minimised" writes none.
        preferences.setStartMinimized(false);
        QVERIFY(!QFile::exists(m_entryPath));
        QVERIFY(!DesktopPreferences::savedStartMinimized());
    }

    void aFailedWriteIsReported()
    {
        if (!AutostartEntry::isSupported())
            QSKIP("No autostart support on this platform");
        // A file where the autostart folder should be.
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("autostart")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        DesktopPreferences preferences(
            AutostartEntry(dir.filePath(QStringLiteral("autostart/llmledger.desktop"))),
            QStringLiteral("/usr/bin/llmledger"));
        QSignalSpy atLogin(&preferences, &DesktopPreferences::startAtLoginChanged);
        preferences.setStartAtLogin(true);
        QVERIFY(!preferences.startAtLogin());
        QCOMPARE(atLogin.size(), 1); // a bound switch flips back
        QCOMPARE(preferences.errorString(),
                 QStringLiteral("Cannot create the folder ")
                     + dir.filePath(QStringLiteral("autostart")));
    }
};

QTEST_GUILESS_MAIN(TestSettingsAutostart)
#include "tst_settingsautostart.moc"
