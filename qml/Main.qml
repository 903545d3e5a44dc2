import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Ledger.App

ApplicationWindow {
    id: window

    required property ProxyStatus status
    required property LedgerReader ledger
    required property ProxySettings settings
    required property LanguageManager languages
    required property DesktopPreferences desktop
    required property ColorScheme colors
    required property RetentionScheduler retention
    required property PriceEditor prices
    required property ProviderListModel providers
    required property ProviderEditor providerEditor
    required property ConnectionTester connectionTester
    // With a tray icon (set by main.cpp) closing the window hides it, and the app may start
    // hidden ("start minimised to tray").
    property bool hideOnClose: false
    property bool startHidden: false

    // Pages by index in the sidebar; `page` switches them (tests and keyboard shortcuts use it).
    property int page: 0
    // The pages' names in files and measurements (scripts/screenshots.sh, the benchmark).
    readonly property var pageKeys: ["get-started", "dashboard", "keys", "logs", "providers",
        "pricing", "settings"]
    // The client key the dashboard and logs are narrowed to (from the Keys page), "" for all.
    property string focusKeyId: ""
    property string focusKeyName: ""

    width: Math.max(minimumWidth, Math.min(1200, Screen.desktopAvailableWidth))
    height: Math.max(minimumHeight, Math.min(800, Screen.desktopAvailableHeight))
    minimumWidth: 1024
    minimumHeight: 700
    visible: !startHidden
    title: qsTr("LLM Ledger")
    onClosing: close => {
        if (hideOnClose) {
            close.accepted = false;
            window.hide();
        }
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 16
            spacing: 12

            Label {
                text: qsTr("LLM Ledger")
                font.pixelSize: 18
                font.bold: true
            }
            Item { Layout.fillWidth: true }
            StatusPill {
                status: window.status
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Pane {
            Layout.fillHeight: true
            Layout.preferredWidth: 180
            padding: 8

            ListView {
                id: navigation

                objectName: "navigation"
                anchors.fill: parent
                currentIndex: window.page
                keyNavigationEnabled: true
                focus: true
                Accessible.name: qsTr("Pages")
                model: [qsTr("Get started"), qsTr("Dashboard"), qsTr("Keys"), qsTr("Logs"),
                    qsTr("Providers"), qsTr("Pricing"), qsTr("Settings")]
                delegate: ItemDelegate {
                    required property int index
                    required property string modelData

                    width: ListView.view.width
                    text: modelData
                    highlighted: ListView.isCurrentItem
                    Accessible.name: modelData
                    onClicked: window.page = index
                }
                onCurrentIndexChanged: window.page = currentIndex
            }
        }

        StackLayout {
            objectName: "pages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: window.page

            GetStartedPage {
                status: window.status
            }
            // Pages load on first visit, so that the window's first frame costs one page.
            Loader {
                active: window.page === 1 || item !== null
                sourceComponent: DashboardPage {
                    ledger: window.ledger
                    clientKeyId: window.focusKeyId
                    clientKeyName: window.focusKeyName
                    onClearKey: {
                        window.focusKeyId = "";
                        window.focusKeyName = "";
                    }
                }
            }
            Loader {
                active: window.page === 2 || item !== null
                sourceComponent: KeysPage {
                    ledger: window.ledger
                    onOpenKeyDashboard: (keyId, name) => {
                        window.focusKeyId = keyId;
                        window.focusKeyName = name;
                        window.page = 1;
                    }
                    onOpenKeyLogs: keyId => {
                        window.focusKeyId = keyId;
                        window.page = 3;
                    }
                }
            }
            Loader {
                active: window.page === 3 || item !== null
                sourceComponent: LogsPage {
                    ledger: window.ledger
                    clientKeyId: window.focusKeyId
                }
            }
            Loader {
                active: window.page === 4 || item !== null
                sourceComponent: ProvidersPage {
                    providers: window.providers
                    editor: window.providerEditor
                    tester: window.connectionTester
                }
            }
            Loader {
                active: window.page === 5 || item !== null
                sourceComponent: PricingPage {
                    editor: window.prices
                }
            }
            Loader {
                active: window.page === 6 || item !== null
                sourceComponent: SettingsPage {
                    settings: window.settings
                    languages: window.languages
                    desktop: window.desktop
                    colors: window.colors
                    retention: window.retention
                }
            }
        }
    }
}
