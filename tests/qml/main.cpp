#include <QApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(Ledger_AppPlugin)
Q_IMPORT_QML_PLUGIN(Ledger_UiPlugin)

// The runner of the Qt Quick Test suites of the window's pages (tst_*.qml beside this file;
// one file per ctest test through -input). Each file gets a new QML engine and with it a new
// Fixture (ledgerfixture.h), the seeded ledger and services its pages are created over.
class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        // The expected texts are American English ("$4.75", "40.0 %").
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // The static modules Ledger.App and Ledger.Ui live in the resources (Qt 6.4 does not
        // search there by default).
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
};

int main(int argc, char *argv[])
{
    // Nothing of the machine's own: config, autostart entries and Mesa's shader cache go to a
    // temporary home, and no keychain is reached.
    QTemporaryDir home;
    for (const char *variable :
         {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "MESA_SHADER_CACHE_DIR"})
        qputenv(variable, QFile::encodeName(home.path()));
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // QtCharts (the dashboard) needs a QApplication, which quick_test_main would not create.
    QApplication app(argc, argv);
    Setup setup;
    QTEST_SET_MAIN_SOURCE_PATH
    return quick_test_main_with_setup(argc, argv, "qmlpages", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "main.moc"
