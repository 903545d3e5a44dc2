#include "apptestsupport.h"
#include "priceeditor.h"
#include "qmltestsupport.h"

#include <QApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Ledger_AppPlugin)
Q_IMPORT_QML_PLUGIN(Ledger_UiPlugin)

using namespace QmlTest;

// PricingPage.qml on its own, offscreen, at the size the window gives a page at its minimum
// (1024x700 less the sidebar and tool bar), with a PriceEditor over temporary files.
class TestPricingPage : public QObject
{
    Q_OBJECT

private:
    bool load()
    {
        m_view = std::make_unique<QQuickView>();
        m_view->engine()->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_view->setInitialProperties(
            {{QStringLiteral("editor"), QVariant::fromValue(m_editor.get())}});
        m_view->setResizeMode(QQuickView::SizeRootObjectToView);
        m_view->resize(844, 640);
        m_view->setSource(QUrl(QStringLiteral("qrc:/qt/qml/Ledger/Ui/PricingPage.qml")));
        if (m_view->status() != QQuickView::Ready || !m_view->rootObject())
            return false;
        m_view->show();
        return QTest::qWaitForWindowExposed(m_view.get());
    }

    QList<QQuickItem *> items() const
    {
        QList<QQuickItem *> all;
        collectItems(m_view->contentItem(), all);
        return all;
    }

    QStringList visibleTexts() const
    {
        QStringList texts;
        for (QQuickItem *item : items()) {
            const QVariant text = item->property("text");
            if (item->isVisible() && text.metaType() == QMetaType::fromType<QString>())
                texts << text.toString();
        }
        return texts;
    }

    QQuickItem *itemWith(const char *property, const QString &value) const
    {
        for (QQuickItem *item : items()) {
            if (item->property(property).toString() == value)
                return item;
        }
        return nullptr;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    LedgerPaths m_paths;
    std::unique_ptr<PriceEditor> m_editor;
    std::unique_ptr<QQuickView> m_view;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        previousHandler = qInstallMessageHandler(recordQmlWarnings);
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void init()
    {
        qmlWarnings.clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_paths = AppTest::pathsIn(*m_dir);
        m_editor = std::make_unique<PriceEditor>(m_paths);
    }

    void cleanup()
    {
        m_view.reset();
        m_editor.reset();
        QVERIFY2(qmlWarnings.isEmpty(), qPrintable(qmlWarnings.join(u'\n')));
    }

    void showsAndSearchesTheTable()
    {
        QVERIFY(load());
        // Sorted by name: the first rows are on screen.
        QTRY_VERIFY(visibleTexts().contains(QStringLiteral("babbage-002")));
        QStringList texts = visibleTexts();
        QVERIFY(texts.contains(QStringLiteral("$0.40"))); // babbage-002's input price
        const QImage image = m_view->grabWindow();
        QVERIFY(!image.isNull());
        if (const QString shot = qEnvironmentVariable("LEDGER_TEST_SCREENSHOT"); !shot.isEmpty())
            image.save(shot); // for a human look at the page
        QVERIFY(texts.contains(QStringLiteral("Prices")));
        QVERIFY(texts.contains(QStringLiteral("Import LiteLLM JSON…")));
        QVERIFY(texts.contains(QStringLiteral("%1 model(s)").arg(m_editor->model()->rowCount())));

        QQuickItem *search
            = itemWith("placeholderText", QStringLiteral("Search models or providers"));
        QVERIFY(search);
        search->setProperty("text", QStringLiteral("claude-3-5"));
        QTRY_VERIFY(visibleTexts().contains(QStringLiteral("2 model(s)")));
        texts = visibleTexts();
        QVERIFY(texts.contains(QStringLiteral("claude-3-5-haiku")));
        QVERIFY(texts.contains(QStringLiteral("claude-3-5-sonnet")));
        QTRY_VERIFY(!visibleTexts().contains(QStringLiteral("babbage-002")));
        // The provider matches too.
        search->setProperty("text", QStringLiteral("anthropic"));
        QTRY_VERIFY(visibleTexts().contains(QStringLiteral("claude-3-5-sonnet")));

        search->setProperty("text", QStringLiteral("no-such-model"));
        QTRY_VERIFY(visibleTexts().contains(QStringLiteral("No model matches “no-such-model”")));
    }

    void editsAPriceThroughTheDialog()
    {
        QVERIFY(load());
        QObject *dialog = m_view->rootObject()->findChild<QObject *>(QStringLiteral("editDialog"));
        QVERIFY(dialog);
        QVERIFY(QMetaObject::invokeMethod(dialog, "openFor",
                                          Q_ARG(QVariant, QStringLiteral("gpt-4o"))));
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(dialog->property("title").toString(), QStringLiteral("Edit the price of gpt-4o"));
        QQuickItem *inputField = nullptr;
        QQuickItem *outputField = nullptr;
        for (QQuickItem *item : items()) {
            const QString name = item->property("label").toString();
            if (name == QLatin1String("Input price"))
                inputField = item;
            else if (name == QLatin1String("Output price"))
                outputField = item;
        }
        QVERIFY(inputField && outputField);
        QCOMPARE(inputField->property("text").toString(), QStringLiteral("2.5"));
        QCOMPARE(outputField->property("text").toString(), QStringLiteral("10"));

        // A bad value keeps the dialog open with the reason.
        inputField->setProperty("text", QStringLiteral("-3"));
        QVERIFY(QMetaObject::invokeMethod(dialog, "save"));
        QVERIFY(dialog->property("opened").toBool());
        QTRY_VERIFY(visibleTexts().contains(QStringLiteral("Input: a price cannot be negative")));
        QVERIFY(!QFile::exists(m_paths.priceOverridesFile()));

        inputField->setProperty("text", QStringLiteral("3"));
        QVERIFY(QMetaObject::invokeMethod(dialog, "save"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QVERIFY(QFile::exists(m_paths.priceOverridesFile()));
        QQuickItem *search
            = itemWith("placeholderText", QStringLiteral("Search models or providers"));
        QVERIFY(search);
        search->setProperty("text", QStringLiteral("gpt-4o"));
        QTRY_VERIFY(visibleTexts().contains(QStringLiteral("4 model(s)")));
        // The row of gpt-4o shows the new price, as an override that can be removed.
        QTRY_VERIFY(itemWith("name", QStringLiteral("gpt-4o")));
        QQuickItem *row = itemWith("name", QStringLiteral("gpt-4o"));
        QCOMPARE(row->property("inputText").toString(), QStringLiteral("$3.00"));
        QCOMPARE(row->property("sourceText").toString(), QStringLiteral("Override"));
        QVERIFY(row->property("removable").toBool());
        QList<QQuickItem *> rowItems;
        collectItems(row, rowItems);
        const auto shows = [&rowItems](const QString &text) {
            return std::any_of(rowItems.cbegin(), rowItems.cend(), [&text](QQuickItem *item) {
                return item->isVisible() && item->property("text").toString() == text;
            });
        };
        QVERIFY(shows(QStringLiteral("$3.00")));
        QVERIFY(shows(QStringLiteral("Override")));
        QVERIFY(shows(QStringLiteral("↺"))); // "Remove override"
        QVERIFY(visibleTexts().contains(QStringLiteral("Saved the price of gpt-4o")));
    }

    void opensTheImportAndRepriceDialogs()
    {
        QVERIFY(load());
        for (const char *name : {"importDialog", "repriceDialog"}) {
            QObject *dialog = m_view->rootObject()->findChild<QObject *>(QLatin1String(name));
            QVERIFY2(dialog, name);
            QVERIFY(QMetaObject::invokeMethod(dialog, "open"));
            QTest::qWait(100);
            QVERIFY(QMetaObject::invokeMethod(dialog, "close"));
        }
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir shaderCache;
    qputenv("MESA_SHADER_CACHE_DIR", QFile::encodeName(shaderCache.path()));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestPricingPage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pricingpage.moc"
