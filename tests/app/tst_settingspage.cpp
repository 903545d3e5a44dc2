#include "apptestsupport.h"
#include "colorscheme.h"
#include "configdocument.h"
#include "databasefileinfo.h"
#include "desktoppreferences.h"
#include "languagemanager.h"
#include "proxysettings.h"
#include "qmltestsupport.h"
#include "retentionscheduler.h"

#include <QApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Ledger_AppPlugin)
Q_IMPORT_QML_PLUGIN(Ledger_UiPlugin)

using namespace QmlTest;

// SettingsPage.qml offscreen at the window's minimum size, over real objects: a config file,
// a seeded ledger, an autostart entry and preferences under a temporary XDG_CONFIG_HOME.
class TestSettingsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    LedgerPaths m_paths;

    static QList<QQuickItem *> items(QQuickWindow &window)
    {
        QList<QQuickItem *> all;
        collectItems(window.contentItem(), all);
        return all;
    }

    static QQuickItem *find(QQuickWindow &window, const char *objectName)
    {
        const QList<QQuickItem *> all = items(window);
        for (QQuickItem *item : all) {
            if (item->objectName() == QLatin1String(objectName))
                return item;
        }
        return nullptr;
    }

    static QStringList visibleTexts(QQuickWindow &window)
    {
        QStringList texts;
        for (QQuickItem *item : items(window)) {
            const QVariant text = item->property("text");
            if (item->isVisible() && text.metaType() == QMetaType::fromType<QString>())
                texts << text.toString();
        }
        return texts;
    }

    static bool anyContains(const QStringList &texts, const QString &needle)
    {
        return std::any_of(texts.cbegin(), texts.cend(),
                           [&needle](const QString &t) { return t.contains(needle); });
    }

private Q_SLOTS:
    void databaseFileInfoMeasuresTheFileAndItsLog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        DatabaseFileInfo info;
        QSignalSpy changed(&info, &DatabaseFileInfo::changed);
        info.setFilePath(path);
        QCOMPARE(info.sizeBytes(), -1);
        QCOMPARE(info.sizeText(), QStringLiteral("No calls recorded yet"));
        QCOMPARE(info.folderUrl(), QUrl::fromLocalFile(dir.path()));
        QVERIFY(AppTest::writeFile(path, QByteArray(3000, 'x')));
        QVERIFY(AppTest::writeFile(path + QLatin1String("-wal"), QByteArray(100, 'x')));
        const int before = changed.size();
        info.refresh();
        QCOMPARE(changed.size(), before + 1);
        QCOMPARE(info.sizeBytes(), 3100);
        QCOMPARE(info.sizeText(), QLocale().formattedDataSize(3100));
        info.refresh(); // unchanged: no signal
        QCOMPARE(changed.size(), before + 1);
    }

    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("xdg"))));
        m_paths = AppTest::pathsIn(*m_dir);
        previousHandler = qInstallMessageHandler(recordQmlWarnings);
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void thePageEditsTheSettings()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<CallRecord> calls;
        for (int i = 0; i < 3; ++i)
            calls << AppTest::record("p" + QByteArray::number(i), now - qint64(i) * 20 * 86400000,
                                     QStringLiteral("gpt-4o"), 0.1);
        QString error;
        QVERIFY2(AppTest::seed(m_paths.databaseFile(), calls, &error), qPrintable(error));
        QVERIFY(QDir().mkpath(QFileInfo(m_paths.configFile).absolutePath()));
        QVERIFY(AppTest::writeFile(m_paths.configFile, R"({"port": 9300})"));

        ConfigDocument document(m_paths.configFile);
        ProxySettings settings(&document);
        LanguageManager languages;
        DesktopPreferences desktop;
        ColorScheme colors;
        colors.applySaved(ColorScheme::Light);
        RetentionScheduler retention(m_paths.databaseFile(), m_paths.configFile);

        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        languages.setEngine(&engine);
        QQmlComponent component(&engine,
                                QUrl(QStringLiteral("qrc:/qt/qml/Ledger/Ui/SettingsPage.qml")));
        QQuickWindow window;
        window.resize(1024 - 180, 700 - 48); // the page's share of the smallest window
        std::unique_ptr<QObject> object(component.createWithInitialProperties(
            {{QStringLiteral("settings"), QVariant::fromValue(&settings)},
             {QStringLiteral("languages"), QVariant::fromValue(&languages)},
             {QStringLiteral("desktop"), QVariant::fromValue(&desktop)},
             {QStringLiteral("colors"), QVariant::fromValue(&colors)},
             {QStringLiteral("retention"), QVariant::fromValue(&retention)}}));
        QVERIFY2(object, qPrintable(component.errorString()));
        auto *page = qobject_cast<QQuickItem *>(object.get());
        QVERIFY(page);
        page->setParentItem(window.contentItem());
        page->setSize(window.size());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList texts = visibleTexts(window);
        QVERIFY(anyContains(texts, m_paths.configFile));
        QVERIFY(texts.contains(m_paths.databaseFile()));
        QVERIFY(texts.contains(QLocale().formattedDataSize(
            QFileInfo(m_paths.databaseFile()).size()
            + QFileInfo(m_paths.databaseFile() + QLatin1String("-wal")).size())));

        // An invalid port typed into the field is refused with the reason and snaps back.
        QQuickItem *port = find(window, "portField");
        QVERIFY(port);
        QCOMPARE(port->property("text").toString(), QStringLiteral("9300"));
        port->setProperty("text", QStringLiteral("70000"));
        QVERIFY(QMetaObject::invokeMethod(port, "editingFinished"));
        QCOMPARE(port->property("text").toString(), QStringLiteral("9300"));
        QVERIFY(anyContains(visibleTexts(window),
                            QStringLiteral("Not saved: port: must be an integer from 0 to 65535")));
        // A valid one is written.
        port->setProperty("text", QStringLiteral("9301"));
        QVERIFY(QMetaObject::invokeMethod(port, "editingFinished"));
        QCOMPARE(settings.port(), 9301);
        QVERIFY(!anyContains(visibleTexts(window), QStringLiteral("Not saved")));

        // Retention: "Delete now" is off until a retention is set, then deletes and says so.
        QQuickItem *deleteNow = find(window, "deleteNowButton");
        QVERIFY(deleteNow);
        QVERIFY(!deleteNow->isEnabled());
        settings.setRetentionDays(30);
        QVERIFY(deleteNow->isEnabled());
        QVERIFY(QMetaObject::invokeMethod(deleteNow, "clicked"));
        QTRY_VERIFY_WITH_TIMEOUT(anyContains(visibleTexts(window), QStringLiteral(": deleted 1 ")),
                                 20000);
        QCOMPARE(retention.lastDeletedCalls(), 1); // the 40-day-old call

        // Hand edits of the file show up on the page.
        QVERIFY(AppTest::writeFile(m_paths.configFile, R"({"port": 9400, "record_bodies": true})"));
        QTRY_COMPARE(port->property("text").toString(), QStringLiteral("9400"));
        QQuickItem *bodies = find(window, "recordBodiesSwitch");
        QVERIFY(bodies);
        QTRY_COMPARE(bodies->property("checked").toBool(), true);

        // The theme box switches the window to dark at once, and the choice is kept.
        QQuickItem *theme = find(window, "themeBox");
        QVERIFY(theme);
        QCOMPARE(theme->property("currentIndex").toInt(), int(ColorScheme::Light));
        QVERIFY(page->property("palette").value<QPalette>().color(QPalette::Window).lightness()
                > 128);
        QVERIFY(QMetaObject::invokeMethod(theme, "activated", Q_ARG(int, ColorScheme::Dark)));
        QVERIFY(colors.isDark());
        QTRY_VERIFY(page->property("palette").value<QPalette>().color(QPalette::Window).lightness()
                    < 128);
        QCOMPARE(QSettings(DesktopPreferences::settingsFile(), QSettings::IniFormat)
                     .value(QStringLiteral("appearance/theme"))
                     .toString(),
                 QStringLiteral("dark"));

        // For a human look at what the test saw: the visible part, then the whole page.
        if (const QString shot = qEnvironmentVariable("LEDGER_TEST_SCREENSHOT"); !shot.isEmpty()) {
            window.grabWindow().save(shot);
            window.resize(window.width(), int(page->property("contentHeight").toReal()) + 16);
            page->setSize(window.size());
            QTest::qWait(100);
            window.grabWindow().save(shot + QLatin1String("-full.png"));
        }
        QVERIFY2(qmlWarnings.isEmpty(), qPrintable(qmlWarnings.join(u'\n')));
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir shaderCache;
    qputenv("MESA_SHADER_CACHE_DIR", QFile::encodeName(shaderCache.path()));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestSettingsPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settingspage.moc"
