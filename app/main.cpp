#include "colorscheme.h"
#include "languagemanager.h"
#include "ledgercommands.h"
#include "ledgerpaths.h"
#include "portalcolorscheme.h"
#include "proxyhost.h"
#include "proxyruntime.h"
#include "proxystatus.h"
#include "retentionscheduler.h"
#include "trayicon.h"
#include "unixsignalwatcher.h"
#include "windowprobe.h"
#include "windowservices.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QTextStream>

Q_IMPORT_QML_PLUGIN(Ledger_AppPlugin)
Q_IMPORT_QML_PLUGIN(Ledger_UiPlugin)

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

struct Launch
{
    bool headless = false;
    bool minimized = false; // start in the tray, without the window
    bool probeWindow = false; // print the window's timings, then quit
    QString screenshotDirectory; // save a PNG of each page, then quit
    std::optional<ColorScheme::Choice> theme; // this run's, over the saved one
    QString command;
    QStringList commandArguments;
    ProxyRuntime::Options runtime;
};

// Global options come before any subcommand; the subcommand parses the rest.
std::optional<Launch> parseArguments(const QStringList &arguments, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "LLM Ledger: a local proxy that records the tokens, cost and timing of every "
        "LLM API call.\n\nCommands: export, prices import FILE, keys list|label."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      QStringLiteral("Run only the proxy, without a window."));
    const QCommandLineOption port(
        QStringLiteral("port"),
        QStringLiteral("Port to listen on (default %1; 0 = any free port).")
            .arg(ProxyConfig::DefaultPort),
        QStringLiteral("port"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                    QStringLiteral("address"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Directory of the database."),
                                     QStringLiteral("dir"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QStringLiteral("Config file (default: config.json in the "
                                                   "user's config directory)."),
                                    QStringLiteral("file"));
    const QCommandLineOption minimized(
        QStringLiteral("minimized"),
        QStringLiteral("Start in the system tray without opening the window."));
    QCommandLineOption probeWindow(
        QStringLiteral("probe-window"),
        QStringLiteral("Print the time to the first frame and of each page, then quit."));
    QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                   QStringLiteral("Save a PNG of each page into dir, then quit."),
                                   QStringLiteral("dir"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QStringLiteral("Colours of the window for this run: system, light or dark."),
        QStringLiteral("theme"));
    probeWindow.setFlags(QCommandLineOption::HiddenFromHelp);
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {headless, port, listen, dataDir, config, minimized, theme, probeWindow, screenshots});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("export | prices | keys (optional)"),
                                 QStringLiteral("[command [args...]]"));
    parser.process(arguments); // exits for --help, --version and unknown options

    Launch launch;
    launch.headless = parser.isSet(headless);
    launch.minimized = parser.isSet(minimized);
    launch.probeWindow = parser.isSet(probeWindow) || parser.isSet(screenshots);
    launch.screenshotDirectory = parser.value(screenshots);
    launch.runtime.paths = LedgerPaths::resolve(parser.value(dataDir), parser.value(config));
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value > 65535) {
            err << "llmledger: --port takes a number from 0 to 65535" << Qt::endl;
            return std::nullopt;
        }
        launch.runtime.port = quint16(value);
    }
    if (parser.isSet(theme)) {
        launch.theme = ColorScheme::choiceFromName(parser.value(theme));
        if (!launch.theme) {
            err << "llmledger: --theme takes system, light or dark" << Qt::endl;
            return std::nullopt;
        }
    }
    if (parser.isSet(listen)) {
        QHostAddress address;
        if (!address.setAddress(parser.value(listen))) {
            err << "llmledger: --listen takes an IP address such as 127.0.0.1" << Qt::endl;
            return std::nullopt;
        }
        launch.runtime.listenAddress = address;
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (!LedgerCommands::isCommand(positional.first())) {
            err << "llmledger: unknown command \"" << positional.first() << "\" (see --help)"
                << Qt::endl;
            return std::nullopt;
        }
        launch.command = positional.first();
        launch.commandArguments = positional.mid(1);
    }
    return launch;
}

// `llmledger export --data-dir D` reads as naturally as `llmledger --data-dir D export`:
// move the global path options given after a subcommand in front of it.
QStringList globalOptionsFirst(const QStringList &arguments)
{
    const auto command
        = std::find_if(arguments.cbegin() + 1, arguments.cend(),
                       [](const QString &a) { return LedgerCommands::isCommand(a); });
    if (command == arguments.cend())
        return arguments;
    QStringList global = arguments.mid(0, command - arguments.cbegin());
    QStringList rest;
    for (auto it = command; it != arguments.cend(); ++it) {
        const bool takesValue
            = *it == QLatin1String("--data-dir") || *it == QLatin1String("--config");
        const bool withValue = it->startsWith(QLatin1String("--data-dir="))
            || it->startsWith(QLatin1String("--config="));
        if (takesValue && it + 1 != arguments.cend()) {
            global << *it << *(it + 1);
            ++it;
        } else if (withValue) {
            global << *it;
        } else {
            rest << *it;
        }
    }
    return global + rest;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

int runHeadless(const Launch &launch, QTextStream &out, QTextStream &err)
{
    ProxyRuntime runtime(launch.runtime);
    UnixSignalWatcher signals;
    QObject::connect(&signals, &UnixSignalWatcher::terminationRequested, qApp,
                     [] { QCoreApplication::exit(0); });
    QObject::connect(&runtime, &ProxyRuntime::warning, &runtime, [&err](const QString &message) {
        err << "llmledger: warning: " << message << Qt::endl;
    });
    QObject::connect(&runtime, &ProxyRuntime::failed, &runtime, [&err](const QString &message) {
        err << "llmledger: " << message << Qt::endl;
        QCoreApplication::exit(1);
    });
    QObject::connect(&runtime, &ProxyRuntime::started, &runtime, [&out](const QUrl &url) {
        out << "LLM Ledger proxy listening on " << url.toString() << Qt::endl;
        out << "  OpenAI-style base URL:    " << url.toString() << "/v1" << Qt::endl;
        out << "  Anthropic-style base URL: " << url.toString() << Qt::endl;
    });
    RetentionScheduler retention(launch.runtime.paths.databaseFile(),
                                 launch.runtime.paths.configFile);
    QObject::connect(
        &retention, &RetentionScheduler::failed, &runtime,
        [&err](const QString &message) { err << "llmledger: warning: " << message << Qt::endl; });
    QMetaObject::invokeMethod(&runtime, &ProxyRuntime::start, Qt::QueuedConnection);
    retention.start();
    const int code = QCoreApplication::exec();
    QString error;
    if (!runtime.stop(&error)) {
        err << "llmledger: " << error << Qt::endl;
        return code == 0 ? 1 : code;
    }
    return code;
}

int runGui(const Launch &launch, LanguageManager &languages, QElapsedTimer sinceStart,
           QTextStream &out, QTextStream &err)
{
    ProxyHost host(launch.runtime);
    UnixSignalWatcher signals;
    QObject::connect(&signals, &UnixSignalWatcher::terminationRequested, qApp,
                     [] { QCoreApplication::exit(0); });
    QObject::connect(&host, &ProxyHost::warning, &host, [&err](const QString &message) {
        err << "llmledger: warning: " << message << Qt::endl;
    });
    QObject::connect(&host, &ProxyHost::failed, &host, [&err](const QString &message) {
        err << "llmledger: " << message << Qt::endl;
    });

    // The window reads the ledger itself (offline, also when the proxy could not start).
    QString dataDirError;
    if (!launch.runtime.paths.ensureDataDir(&dataDirError))
        err << "llmledger: " << dataDirError << Qt::endl;
    WindowServices services(launch.runtime.paths, &host, &languages);
    ProxyStatus &status = services.status();

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/llmledger.svg")));
    QApplication::setDesktopFileName(QStringLiteral("llmledger"));
    // With a tray icon the app lives on when the window closes, and can start without it.
    const bool useTray = TrayIcon::isAvailable() && !launch.probeWindow;
    QQmlApplicationEngine engine;
    languages.setEngine(&engine);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QVariantMap properties = services.initialProperties();
    properties.insert(QStringLiteral("hideOnClose"), useTray);
    properties.insert(QStringLiteral("startHidden"), useTray && launch.minimized);
    engine.setInitialProperties(properties);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Ledger/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    // After the window exists (before its first frame): Qt Quick Controls take their palette
    // from the platform theme when the window is made, and follow the application's only
    // when it changes later.
    PortalColorScheme portal;
    ColorScheme &colors = services.colorScheme();
    colors.setSystemPreference(portal.read());
    QObject::connect(&portal, &PortalColorScheme::preferenceChanged, &colors,
                     &ColorScheme::setSystemPreference);
    colors.applySaved(launch.theme);
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    std::unique_ptr<TrayIcon> tray;
    if (useTray) {
        QApplication::setQuitOnLastWindowClosed(false);
        tray = std::make_unique<TrayIcon>(&services.reader());
        QObject::connect(tray.get(), &TrayIcon::openWindowRequested, window, [window] {
            window->show();
            window->raise();
            window->requestActivate();
        });
        QObject::connect(tray.get(), &TrayIcon::quitRequested, qApp, &QCoreApplication::quit);
        QObject::connect(tray.get(), &TrayIcon::pauseRequested, &status, &ProxyStatus::setPaused);
        QObject::connect(&status, &ProxyStatus::pausedChanged, tray.get(),
                         [&status, t = tray.get()] { t->setPaused(status.paused()); });
        tray->show();
    }
    std::unique_ptr<WindowProbe> probe;
    if (launch.probeWindow) {
        probe = std::make_unique<WindowProbe>(window, &services.reader(), sinceStart, out);
        probe->setScreenshotDirectory(launch.screenshotDirectory);
        QObject::connect(probe.get(), &WindowProbe::finished, qApp,
                         [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    }
    host.start();
    services.retention().start();
    const int code = QCoreApplication::exec();
    QString error;
    if (!host.stop(&error)) {
        err << "llmledger: " << error << Qt::endl;
        return code == 0 ? 1 : code;
    }
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QCoreApplication::setApplicationName(QStringLiteral("llmledger"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEDGER_VERSION));
    QCoreApplication::setOrganizationName(QString());

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const bool wantsGui = !arguments.contains(QLatin1String("--headless")) && hasDisplay();

    std::unique_ptr<QCoreApplication> app;
    if (wantsGui)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);

    // The saved language (Settings), else the system's; also for the commands' messages.
    LanguageManager languages;
    languages.applySavedLanguage();

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto launch = parseArguments(globalOptionsFirst(QCoreApplication::arguments()), err);
    if (!launch)
        return 2;
    if (!launch->command.isEmpty())
        return LedgerCommands(launch->runtime.paths, out, err)
            .run(launch->command, launch->commandArguments);
    if (wantsGui)
        return runGui(*launch, languages, sinceStart, out, err);
    return runHeadless(*launch, out, err);
}
