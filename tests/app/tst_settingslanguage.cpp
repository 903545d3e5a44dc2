#include "desktoppreferences.h"
#include "languagemanager.h"

#include <QCoreApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// LanguageManager with a German test translation compiled by lrelease (i18n/llmledger_de.ts):
// the C++ and QML strings, the locale of numbers, the saved choice.
class TestSettingsLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    static QString hello() { return QCoreApplication::translate("TestLanguage", "Hello"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QVERIFY(QFile::exists(QStringLiteral(TEST_I18N_DIR "/llmledger_de.qm")));
    }

    void offersTheCompiledLanguagesByTheirNativeNames()
    {
        LanguageManager languages(QStringLiteral(TEST_I18N_DIR));
        QCOMPARE(languages.languageCodes(), QStringList{QStringLiteral("de")});
        const QStringList names = languages.languageNames();
        QCOMPARE(names.size(), 2);
        QVERIFY2(names.at(0).startsWith(QLatin1String("System default")), qPrintable(names.at(0)));
        QCOMPARE(names.at(1), QStringLiteral("Deutsch"));
        QCOMPARE(LanguageManager::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(LanguageManager::nativeName(QStringLiteral("ja")), QStringLiteral("日本語"));
        QCOMPARE(LanguageManager::nativeName(QStringLiteral("zh_CN")),
                 QStringLiteral("简体中文 (中国)"));
        QCOMPARE(LanguageManager::nativeName(QStringLiteral("es")),
                 QStringLiteral("Español de España"));
    }

    void choosingALanguageTranslatesAndRetranslates()
    {
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData("import QtQml\nQtObject { property string text: qsTr(\"Good morning\") }",
                          QUrl(QStringLiteral("file:///test/Greeting.qml")));
        std::unique_ptr<QObject> greeting(component.create());
        QVERIFY2(greeting, qPrintable(component.errorString()));

        auto languages = std::make_unique<LanguageManager>(QStringLiteral(TEST_I18N_DIR));
        languages->setEngine(&engine);
        languages->applySavedLanguage();
        QCOMPARE(languages->language(), QString());
        QCOMPARE(languages->currentIndex(), 0);
        QCOMPARE(hello(), QStringLiteral("Hello"));
        QCOMPARE(greeting->property("text").toString(), QStringLiteral("Good morning"));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1,234.5"));

        QSignalSpy changed(languages.get(), &LanguageManager::languageChanged);
        languages->setCurrentIndex(1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(languages->language(), QStringLiteral("de"));
        QCOMPARE(hello(), QStringLiteral("Hallo"));
        QCOMPARE(greeting->property("text").toString(), QStringLiteral("Guten Morgen"));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        QCOMPARE(QSettings(DesktopPreferences::settingsFile(), QSettings::IniFormat)
                     .value(QStringLiteral("window/language"))
                     .toString(),
                 QStringLiteral("de"));

        // Unknown languages and the current one change nothing.
        languages->setLanguage(QStringLiteral("xx"));
        languages->setLanguage(QStringLiteral("de"));
        languages->setCurrentIndex(7);
        QCOMPARE(changed.size(), 1);

        // The choice is there at the next start.
        languages.reset();
        QCOMPARE(hello(), QStringLiteral("Hello")); // its translators went with it
        languages = std::make_unique<LanguageManager>(QStringLiteral(TEST_I18N_DIR));
        languages->setEngine(&engine);
        QCOMPARE(languages->language(), QStringLiteral("de"));
        QCOMPARE(languages->currentIndex(), 1);
        languages->applySavedLanguage();
        QCOMPARE(hello(), QStringLiteral("Hallo"));

        // Back to the system's language (English here).
        languages->setLanguage(QString());
        QCOMPARE(hello(), QStringLiteral("Hello"));
        QCOMPARE(greeting->property("text").toString(), QStringLiteral("Good morning"));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1,234.5"));
        QVERIFY(!QSettings(DesktopPreferences::settingsFile(), QSettings::IniFormat)
                     .contains(QStringLiteral("window/language")));
    }
};

int main(int argc, char *argv[])
{
    // The system language the test expects: English.
    qputenv("LC_ALL", "en_US.UTF-8");
    qputenv("LANG", "en_US.UTF-8");
    qunsetenv("LANGUAGE");
    QCoreApplication app(argc, argv);
    TestSettingsLanguage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settingslanguage.moc"
