#include "apptestsupport.h"
#include "configdocument.h"
#include "connectiontester.h"
#include "ledgerreader.h"
#include "providereditor.h"
#include "providerlistmodel.h"
#include "qmltestsupport.h"
#include "secretstore.h"

#include <QApplication>
#include <QDir>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Ledger_AppPlugin)
Q_IMPORT_QML_PLUGIN(Ledger_UiPlugin)

using namespace QmlTest;

// ProvidersPage.qml alone, offscreen at 1024×700, on real models over a temporary config.
class TestProvidersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { previousHandler = qInstallMessageHandler(recordQmlWarnings); }
    void cleanup() { QVERIFY2(qmlWarnings.isEmpty(), qPrintable(qmlWarnings.join(u'\n'))); }

    void loadsAndEdits()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const LedgerPaths paths = AppTest::pathsIn(dir);
        QVERIFY(QDir().mkpath(paths.dataDir));
        ConfigDocument document(paths.configFile);
        LedgerReader ledger(paths.databaseFile());
        InMemorySecretStore secrets;
        ProviderListModel providers(&document, &secrets, &ledger);
        ProviderEditor editor(&document, &secrets);
        ConnectionTester tester(&secrets);

        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent component(&engine,
                                QUrl(QStringLiteral("qrc:/qt/qml/Ledger/Ui/ProvidersPage.qml")));
        QVERIFY2(component.isReady(), qPrintable(component.errorString()));
        QQuickWindow window;
        window.resize(1024, 700);
        std::unique_ptr<QObject> object(component.createWithInitialProperties(
            {{QStringLiteral("providers"), QVariant::fromValue(&providers)},
             {QStringLiteral("editor"), QVariant::fromValue(&editor)},
             {QStringLiteral("tester"), QVariant::fromValue(&tester)}}));
        QVERIFY2(object, qPrintable(component.errorString()));
        auto *page = qobject_cast<QQuickItem *>(object.get());
        QVERIFY(page);
        page->setParentItem(window.contentItem());
        page->setSize(QSizeF(1024, 700));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *list = page->findChild<QQuickItem *>(QStringLiteral("providerList"));
        auto *form = page->findChild<QQuickItem *>(QStringLiteral("providerForm"));
        QVERIFY(list && form);
        QTRY_COMPARE(list->property("count").toInt(), 2);

        // Selecting a row fills the form; saving from the form writes the file.
        list->setProperty("currentIndex", 1);
        QCOMPARE(form->property("row").toInt(), 1);
        QVERIFY(QMetaObject::invokeMethod(form, "editNew"));
        QCOMPARE(form->property("row").toInt(), -1);
        QVERIFY(editor.save(-1, QStringLiteral("local"), QStringLiteral("openai"),
                            QStringLiteral("http://127.0.0.1:11434/v1"), QStringLiteral("*"),
                            ProviderEditor::KeySource::None, {}, true, {}));
        QTRY_COMPARE(list->property("count").toInt(), 3);
        list->setProperty("currentIndex", 2);
        QCOMPARE(form->property("row").toInt(), 2);
        QTest::qWait(50); // let bindings of the new row settle
        const QString shot = qEnvironmentVariable("LEDGER_PROVIDERS_SHOT");
        if (!shot.isEmpty())
            window.grabWindow().save(shot);
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestProvidersPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_providerspage.moc"
