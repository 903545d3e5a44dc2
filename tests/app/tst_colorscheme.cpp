#include "colorscheme.h"
#include "desktoppreferences.h"
#include "portalcolorscheme.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusVariant>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

bool paletteIsDark()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

const auto PortalService = QStringLiteral("org.freedesktop.portal.Desktop");

} // namespace

// The desktop portal's Settings interface as xdg-desktop-portal serves it: Read answers the
// value wrapped in a second variant, SettingChanged announces changes.
class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    uint scheme = 1;

public Q_SLOTS:
    QDBusVariant Read(const QString &group, const QString &key)
    {
        if (group != QLatin1String("org.freedesktop.appearance")
            || key != QLatin1String("color-scheme"))
            return QDBusVariant(QVariant());
        return QDBusVariant(QVariant::fromValue(QDBusVariant(scheme)));
    }
    void announce(uint value)
    {
        scheme = value;
        Q_EMIT SettingChanged(QStringLiteral("org.freedesktop.appearance"),
                              QStringLiteral("color-scheme"), QDBusVariant(value));
    }

Q_SIGNALS:
    void SettingChanged(const QString &group, const QString &key, const QDBusVariant &value);
};

class TestColorScheme : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.path()));
    }

    void init() { QFile::remove(DesktopPreferences::settingsFile()); }

    void choicesApplyAndAreSaved()
    {
        const QPalette platform = QGuiApplication::palette();
        ColorScheme colors;
        colors.applySaved();
        QCOMPARE(colors.choice(), ColorScheme::System);
        QVERIFY(!colors.isDark()); // offscreen: a light platform palette, no portal

        QSignalSpy dark(&colors, &ColorScheme::darkChanged);
        colors.setChoice(ColorScheme::Dark);
        QVERIFY(colors.isDark());
        QVERIFY(paletteIsDark());
        QCOMPARE(dark.count(), 1);
        QCOMPARE(QGuiApplication::palette().color(QPalette::Window),
                 ColorScheme::darkPalette().color(QPalette::Window));

        ColorScheme reopened;
        reopened.applySaved();
        QCOMPARE(reopened.choice(), ColorScheme::Dark);

        colors.setChoice(ColorScheme::Light);
        QVERIFY(!colors.isDark());
        QVERIFY(!paletteIsDark());
        QCOMPARE(dark.count(), 2);
        // The platform's own palette comes back, not an imitation of it.
        QCOMPARE(QGuiApplication::palette().color(QPalette::Highlight),
                 platform.color(QPalette::Highlight));
    }

    void anOverrideIsNotSaved()
    {
        ColorScheme colors;
        colors.applySaved(ColorScheme::Dark);
        QVERIFY(colors.isDark());
        QVERIFY(!QSettings(DesktopPreferences::settingsFile(), QSettings::IniFormat)
                     .contains(QStringLiteral("appearance/theme")));
        colors.setChoice(ColorScheme::System);
        QVERIFY(!paletteIsDark());
    }

    void systemFollowsThePreference()
    {
        ColorScheme colors;
        colors.applySaved();
        colors.setSystemPreference(ColorScheme::Preference::Dark);
        QVERIFY(colors.isDark());
        QVERIFY(paletteIsDark());
        colors.setSystemPreference(ColorScheme::Preference::Light);
        QVERIFY(!colors.isDark());
        // A user's explicit choice wins over the system.
        colors.setChoice(ColorScheme::Dark);
        colors.setSystemPreference(ColorScheme::Preference::Light);
        QVERIFY(colors.isDark());
        colors.setChoice(ColorScheme::System);
        QVERIFY(!colors.isDark());
    }

    void namesParse()
    {
        QCOMPARE(ColorScheme::choiceFromName(u"dark"), ColorScheme::Dark);
        QCOMPARE(ColorScheme::choiceFromName(u"Light"), ColorScheme::Light);
        QCOMPARE(ColorScheme::choiceFromName(u"system"), ColorScheme::System);
        QVERIFY(!ColorScheme::choiceFromName(u"blue"));
    }

    void portalValuesParse()
    {
        using P = ColorScheme::Preference;
        QCOMPARE(PortalColorScheme::fromValue(QVariant::fromValue(QDBusVariant(uint(1)))), P::Dark);
        QCOMPARE(PortalColorScheme::fromValue(
                     QVariant::fromValue(QDBusVariant(QVariant::fromValue(QDBusVariant(2u))))),
                 P::Light);
        QCOMPARE(PortalColorScheme::fromValue(QVariant(0u)), P::None);
        QCOMPARE(PortalColorScheme::fromValue(QVariant(7u)), P::None);
        QCOMPARE(PortalColorScheme::fromValue(QVariant(QStringLiteral("dark"))), P::None);
        QCOMPARE(PortalColorScheme::fromValue(QVariant()), P::None);
    }

    void noPortalMeansNoPreference()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no session bus");
        if (QDBusConnection::sessionBus().interface()->isServiceRegistered(PortalService))
            QSKIP("a real desktop portal runs here");
        PortalColorScheme portal;
        QCOMPARE(portal.read(), ColorScheme::Preference::None);
    }

    // Through a real session bus: a portal served from another thread and connection.
    void thePortalIsReadAndFollowed()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no session bus (run inside dbus-run-session)");
        if (QDBusConnection::sessionBus().interface()->isServiceRegistered(PortalService))
            QSKIP("a real desktop portal runs here");
        QThread thread;
        auto *fake = new FakePortal;
        fake->moveToThread(&thread);
        connect(&thread, &QThread::finished, fake, &QObject::deleteLater);
        thread.start();
        // Registered from the portal's own thread, which answers while this one waits.
        bool registered = false;
        QMetaObject::invokeMethod(
            fake,
            [fake, &registered] {
                QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                                    QStringLiteral("portal"));
                registered
                    = bus.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), fake,
                                         QDBusConnection::ExportAllSlots
                                             | QDBusConnection::ExportAllSignals)
                    && bus.registerService(PortalService);
            },
            Qt::BlockingQueuedConnection);
        QVERIFY(registered);

        PortalColorScheme portal;
        QCOMPARE(portal.read(), ColorScheme::Preference::Dark);

        ColorScheme colors;
        colors.applySaved();
        connect(&portal, &PortalColorScheme::preferenceChanged, &colors,
                &ColorScheme::setSystemPreference);
        colors.setSystemPreference(ColorScheme::Preference::Dark);
        QVERIFY(colors.isDark());
        QVERIFY(QMetaObject::invokeMethod(fake, "announce", Q_ARG(uint, 2)));
        QTRY_VERIFY(!colors.isDark());
        QVERIFY(QMetaObject::invokeMethod(fake, "announce", Q_ARG(uint, 1)));
        QTRY_VERIFY(colors.isDark());

        QMetaObject::invokeMethod(
            fake,
            [fake] {
                QDBusConnection bus(QStringLiteral("portal"));
                bus.unregisterService(PortalService);
                bus.unregisterObject(QStringLiteral("/org/freedesktop/portal/desktop"));
                QDBusConnection::disconnectFromBus(QStringLiteral("portal"));
            },
            Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestColorScheme test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_colorscheme.moc"
