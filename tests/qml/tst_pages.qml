import QtQuick
import QtTest
import Ledger.Ui
import Ledger.Test

// Every page of the window, on its own and inside Main.qml, loads over the seeded ledger
// without a single warning (a warning fails the test function it happens in).
Item {
    id: root

    // A page's share of the window at its minimum size (1024x700 less sidebar and tool bar).
    width: 844
    height: 640

    TestCase {
        id: testCase

        name: "Pages"
        when: windowShown

        readonly property var services: Fixture.windowProperties

        Component { id: getStartedPage; GetStartedPage {} }
        Component { id: dashboardPage; DashboardPage {} }
        Component { id: keysPage; KeysPage {} }
        Component { id: logsPage; LogsPage {} }
        Component { id: providersPage; ProvidersPage {} }
        Component { id: pricingPage; PricingPage {} }
        Component { id: settingsPage; SettingsPage {} }
        Component { id: mainWindow; Main {} }

        function initTestCase() {
            compare(Fixture.error, "");
        }

        function init() {
            failOnWarning(/.?/);
        }

        // The page's required properties, taken from the services main.cpp hands Main.qml under
        // the names Main.qml passes them on with.
        function test_pageLoads_data() {
            return [
                { tag: "Get started", component: getStartedPage, wiring: { status: "status" } },
                { tag: "Dashboard", component: dashboardPage, wiring: { ledger: "ledger" } },
                { tag: "Keys", component: keysPage, wiring: { ledger: "ledger" } },
                { tag: "Logs", component: logsPage, wiring: { ledger: "ledger" } },
                { tag: "Providers", component: providersPage,
                  wiring: { providers: "providers", editor: "providerEditor",
                            tester: "connectionTester" } },
                { tag: "Pricing", component: pricingPage, wiring: { editor: "prices" } },
                { tag: "Settings", component: settingsPage,
                  wiring: { settings: "settings", languages: "languages", desktop: "desktop",
                            retention: "retention", colors: "colors" } }
            ];
        }

        function test_pageLoads(data) {
            const properties = { width: root.width, height: root.height };
            for (const name in data.wiring) {
                const service = services[data.wiring[name]];
                if (service !== undefined) // "colors": only where the app has it
                    properties[name] = service;
            }
            const page = createTemporaryObject(data.component, root, properties);
            verify(page, data.tag);
            verify(page.visible);
            // Let the pages' models answer from the ledger's worker and the views fill.
            wait(300);
        }

        // The window as main.cpp makes it; the sidebar list takes the keyboard, and Down walks
        // through the pages, each loading on its first visit.
        function test_mainWindowWalksThroughEveryPage() {
            const window = createTemporaryObject(mainWindow, root, services);
            verify(window);
            tryCompare(window, "visible", true);
            compare(window.title, "LLM Ledger");
            verify(window.width >= 1024 && window.height >= 700);
            const navigation = findChild(window.contentItem, "navigation");
            const pages = findChild(window.contentItem, "pages");
            verify(navigation && pages);
            compare(navigation.count, 7);
            compare(pages.children.length, 7);
            window.requestActivate();
            navigation.forceActiveFocus();
            tryVerify(() => navigation.activeFocus);
            compare(window.page, 0);
            for (let page = 1; page < 7; ++page) {
                verify(!pages.children[page].item, "page " + page + " loads on its first visit");
                keyClick(Qt.Key_Down);
                compare(window.page, page);
                const loader = pages.children[page];
                tryCompare(loader, "status", Loader.Ready);
                verify(loader.item.visible);
                wait(200);
            }
            // Back to the first page; the pages visited stay loaded.
            mouseClick(navigation.itemAtIndex(0));
            compare(window.page, 0);
            verify(pages.children[6].item);
            verify(!pages.children[6].item.visible);
        }
    }
}
