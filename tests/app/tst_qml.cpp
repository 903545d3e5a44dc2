#include "apptestsupport.h"
#include "languagemanager.h"
#include "mockupstream.h"
#include "proxyhost.h"
#include "proxystatus.h"
#include "qmltestsupport.h"
#include "windowservices.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Ledger_AppPlugin)
Q_IMPORT_QML_PLUGIN(Ledger_UiPlugin)

using namespace QmlTest;

// The window as the app shows it: Main.qml from the static QML modules, offscreen,
// with a ProxyStatus fed by a real ProxyHost in front of a MockUpstream.
class TestQml : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProxyHost> makeHost(const QByteArray &config)
    {
        AppTest::writeFile(m_paths.configFile, config);
        ProxyRuntime::Options options;
        options.paths = m_paths;
        options.port = 0;
        return std::make_unique<ProxyHost>(options);
    }

    // Loads Main.qml like app/main.cpp does; returns the window or nullptr.
    QQuickWindow *load(QQmlApplicationEngine &engine, ProxyHost *host)
    {
        m_services = std::make_unique<WindowServices>(m_paths, host, &m_languages);
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.setInitialProperties(m_services->initialProperties());
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Ledger/Ui/Main.qml")));
        if (engine.rootObjects().size() != 1)
            return nullptr;
        return qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    }

    static QList<QQuickItem *> items(QQuickWindow *window)
    {
        QList<QQuickItem *> all;
        collectItems(window->contentItem(), all);
        return all;
    }

    static QStringList visibleTexts(QQuickWindow *window)
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

    LanguageManager m_languages;
    std::unique_ptr<WindowServices> m_services;
    std::unique_ptr<QTemporaryDir> m_dir;
    LedgerPaths m_paths;
    MockUpstream m_mock;

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY2(m_mock.listen(), qPrintable(m_mock.errorString()));
        previousHandler = qInstallMessageHandler(recordQmlWarnings);
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void init()
    {
        qmlWarnings.clear();
        m_services.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_paths = AppTest::pathsIn(*m_dir);
        QVERIFY(QDir().mkpath(QFileInfo(m_paths.configFile).absolutePath()));
        QVERIFY(QDir().mkpath(m_paths.dataDir));
    }

    void cleanup()
    {
        m_services.reset();
        QVERIFY2(qmlWarnings.isEmpty(), qPrintable(qmlWarnings.join(u'\n')));
    }

    void mainWindowShowsTheListeningProxy()
    {
        auto host = makeHost(AppTest::mockConfig(m_mock));
        QQmlApplicationEngine engine;
        QQuickWindow *window = load(engine, host.get());
        const ProxyStatus &status = m_services->status();
        QVERIFY(window);
        QCOMPARE(window->title(), QStringLiteral("LLM Ledger"));
        QVERIFY(window->isVisible());
        QVERIFY(window->width() >= 1024 && window->height() >= 700);
        QVERIFY(anyContains(visibleTexts(window), QStringLiteral("● Starting…")));

        host->start(); // after loading, as the app does
        QTRY_COMPARE_WITH_TIMEOUT(status.state(), ProxyStatus::State::Listening, 20000);
        const QString port = QString::number(status.port());
        QTRY_VERIFY(
            anyContains(visibleTexts(window), QStringLiteral("● Listening on 127.0.0.1:") + port));
        const QStringList texts = visibleTexts(window);
        QVERIFY(texts.contains(status.openAiBaseUrl()));
        QVERIFY(texts.contains(status.anthropicBaseUrl()));
        QVERIFY(anyContains(texts, QStringLiteral("Waiting for the first call…")));
        // The snippets follow the real port; Claude Code's URL has no /v1.
        QVERIFY(texts.contains(
            QStringLiteral("export ANTHROPIC_BASE_URL=http://127.0.0.1:%1\nclaude").arg(port)));
        QVERIFY(anyContains(
            texts, QStringLiteral("curl http://127.0.0.1:%1/v1/chat/completions").arg(port)));
        // The no-keychain warning is on screen.
        QVERIFY(anyContains(texts, m_paths.installSecretFile()));

        // One card per snippet.
        const QList<QQuickItem *> all = items(window);
        const auto cards = std::count_if(all.cbegin(), all.cend(), [](QQuickItem *item) {
            return item->property("code").isValid() && item->property("note").isValid();
        });
        QCOMPARE(cards, 9);

        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QImage image = window->grabWindow();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= window->width() && image.height() >= window->height());
        if (const QString shot = qEnvironmentVariable("LEDGER_TEST_SCREENSHOT"); !shot.isEmpty())
            image.save(shot); // for a human look at what the test saw
        // Not blank: a real share of the pixels differ from the background colour.
        const QRgb background = image.pixel(image.width() - 1, image.height() - 1);
        qint64 differing = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                if (image.pixel(x, y) != background)
                    ++differing;
            }
        }
        const qint64 sampled = qint64(image.width() / 2) * (image.height() / 2);
        QVERIFY2(differing * 100 > sampled,
                 qPrintable(QStringLiteral("%1 of %2 pixels").arg(differing).arg(sampled)));

        QVERIFY(host->stop());
    }

    // The pages read the ledger: the dashboard's KPI cards show the seeded calls' sums, and
    // every page loads without a QML warning.
    void dashboardShowsTheLedger()
    {
        // Today (local time) so that the default "last 30 days" holds them.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<CallRecord> calls;
        for (int i = 0; i < 4; ++i) {
            CallRecord r = AppTest::record("d" + QByteArray::number(i), now - 60000 * (i + 1),
                                           QStringLiteral("gpt-4o"), 0.25 * (i + 1));
            r.httpStatus = i == 3 ? 500 : 200;
            calls << r;
        }
        QString error;
        QVERIFY2(AppTest::seed(m_paths.databaseFile(), calls, &error), qPrintable(error));

        auto host = makeHost(AppTest::mockConfig(m_mock));
        QQmlApplicationEngine engine;
        QQuickWindow *window = load(engine, host.get());
        QVERIFY(window);
        for (int page : {1, 2, 3, 4, 5, 6, 1}) {
            window->setProperty("page", page);
            QTest::qWait(50);
        }
        // 0.25 + 0.5 + 0.75 + 1.0 = $2.50 over 480 tokens; 1 error in 4.
        QTRY_VERIFY_WITH_TIMEOUT(anyContains(visibleTexts(window), QStringLiteral("$2.50")), 10000);
        const QStringList texts = visibleTexts(window);
        QVERIFY(texts.contains(QStringLiteral("Total cost")));
        QVERIFY(texts.contains(QStringLiteral("480")));
        QVERIFY(anyContains(texts, QLocale().toString(25.0, 'f', 1) + QStringLiteral(" %")));
        QVERIFY(texts.contains(QStringLiteral("gpt-4o")));
    }

    void mainWindowShowsAFailure()
    {
        auto host = makeHost(AppTest::oneProviderConfig(QStringLiteral("gpt"),
                                                        QStringLiteral("http://127.0.0.1:1")));
        QQmlApplicationEngine engine;
        QQuickWindow *window = load(engine, host.get());
        const ProxyStatus &status = m_services->status();
        QVERIFY(window);
        host->start();
        QTRY_COMPARE_WITH_TIMEOUT(status.state(), ProxyStatus::State::Failed, 20000);
        QTRY_VERIFY(anyContains(visibleTexts(window), QStringLiteral("● Stopped: ")));
        const QStringList texts = visibleTexts(window);
        QVERIFY(anyContains(texts, QStringLiteral("The proxy could not start: ")));
        QVERIFY(anyContains(texts, QStringLiteral("providers[0].kind")));
        QVERIFY(host->stop());
    }
};

int main(int argc, char *argv[])
{
    // Mesa writes its shader cache to the passwd home even with HOME overridden.
    QTemporaryDir shaderCache;
    qputenv("MESA_SHADER_CACHE_DIR", QFile::encodeName(shaderCache.path()));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // QtCharts (in later pages) needs a QApplication
    TestQml test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_qml.moc"
