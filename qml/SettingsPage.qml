pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ledger.App

// The proxy's settings (written to the config file, applied by the running proxy without a
// restart), retention, where the data is, and how the window starts and speaks. Every value
// and every check comes from the C++ objects; a refused value shows why and snaps back.
ScrollView {
    id: page

    required property ProxySettings settings
    required property LanguageManager languages
    required property DesktopPreferences desktop
    required property ColorScheme colors
    required property RetentionScheduler retention

    contentWidth: availableWidth

    DatabaseFileInfo {
        id: database
        filePath: page.retention.databaseFile
    }
    Connections {
        target: page.retention
        function onLastResultChanged() { database.refresh(); }
    }

    // A titled group of settings, one row per setting: a label column, then the control.
    readonly property int labelWidth: 140
    component Section: GroupBox {
        default property alias rows: column.data
        Layout.fillWidth: true
        ColumnLayout {
            id: column
            anchors.fill: parent
            spacing: 10
        }
    }
    component SettingRow: RowLayout {
        id: row
        property alias label: rowLabel.text
        Layout.fillWidth: true
        spacing: 16
        Label {
            id: rowLabel
            Layout.preferredWidth: page.labelWidth
            horizontalAlignment: Text.AlignRight
            elide: Text.ElideRight
        }
    }
    component Note: Label {
        Layout.fillWidth: true
        Layout.leftMargin: page.labelWidth + 16
        wrapMode: Text.WordWrap
        opacity: 0.7
    }
    component ErrorNote: Label {
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.WordWrap
        color: "#c9372c"
    }
    // A text field committed on Enter or on leaving it; shows `value` again when that is
    // announced anew (a refused value).
    component CommitField: TextField {
        id: field
        property string value
        signal committed(string text)
        text: value
        selectByMouse: true
        onEditingFinished: committed(text)
        onValueChanged: text = value
        // Text the validator does not accept (an empty port) is dropped on leaving the field.
        onActiveFocusChanged: if (!activeFocus) Qt.callLater(revert)
        function revert() { text = value; }
    }

    ColumnLayout {
        width: page.availableWidth
        spacing: 16

        Item { implicitHeight: 8 }

        Label {
            Layout.leftMargin: 24
            text: qsTr("Settings")
            font.pixelSize: 22
            font.bold: true
        }

        ColumnLayout {
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            Layout.bottomMargin: 24
            Layout.fillWidth: true
            spacing: 16

            Section {
                title: qsTr("Proxy")

                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    opacity: 0.7
                    text: qsTr("Saved in %1. The running proxy applies changes without a restart; --port and --listen on the command line override these values.").arg(page.settings.configFile)
                }
                SettingRow {
                    label: qsTr("Listen address")
                    CommitField {
                        id: listenField
                        Layout.preferredWidth: 240
                        value: page.settings.listenAddress
                        Accessible.name: qsTr("Listen address")
                        onCommitted: text => page.settings.listenAddress = text
                    }
                }
                Note { text: qsTr("127.0.0.1 accepts calls from this computer only; 0.0.0.0 from every machine that can reach it.") }
                SettingRow {
                    label: qsTr("Port")
                    CommitField {
                        id: portField
                        objectName: "portField"
                        Layout.preferredWidth: 120
                        value: page.settings.port
                        inputMethodHints: Qt.ImhDigitsOnly
                        validator: IntValidator { bottom: 0; top: 999999 }
                        Accessible.name: qsTr("Port")
                        onCommitted: text => page.settings.port = Number(text)
                    }
                }
                SettingRow {
                    label: qsTr("Request bodies")
                    Switch {
                        objectName: "recordBodiesSwitch"
                        text: qsTr("Record request and response bodies")
                        checked: page.settings.recordBodies
                        Accessible.name: text
                        onToggled: page.settings.recordBodies = checked
                    }
                }
                SettingRow {
                    label: qsTr("Stream usage")
                    Switch {
                        text: qsTr("Ask OpenAI-style streams for exact token counts")
                        checked: page.settings.injectStreamUsage
                        Accessible.name: text
                        onToggled: page.settings.injectStreamUsage = checked
                    }
                }
                Note { text: qsTr("The usage chunk is removed before it reaches your tool. Off: such streams are recorded with estimated tokens.") }
                ErrorNote {
                    text: page.settings.errorString.length > 0
                          ? qsTr("Not saved: %1").arg(page.settings.errorString) : ""
                }
                Connections {
                    target: page.settings
                    function onSettingsChanged() {
                        listenField.revert();
                        portField.revert();
                    }
                }
            }

            Section {
                title: qsTr("Data")

                SettingRow {
                    label: qsTr("Keep calls for")
                    SpinBox {
                        from: 0
                        to: 36500
                        editable: true
                        value: page.settings.retentionDays
                        Accessible.name: qsTr("Days to keep calls, 0 for all")
                        onValueModified: page.settings.retentionDays = value
                    }
                    Label {
                        text: page.settings.retentionDays > 0
                              ? qsTr("days") : qsTr("days (0: keep every call)")
                    }
                    Button {
                        objectName: "deleteNowButton"
                        text: qsTr("Delete now")
                        enabled: page.settings.retentionDays > 0 && !page.retention.running
                        Accessible.name: qsTr("Delete calls older than the retention now")
                        onClicked: page.retention.runNow()
                    }
                    BusyIndicator {
                        implicitWidth: 24
                        implicitHeight: 24
                        running: page.retention.running
                        visible: running
                    }
                    Item { Layout.fillWidth: true }
                }
                Note { text: qsTr("Older calls and their bodies are deleted a minute after start and every 6 hours. The dashboards' hourly and daily totals keep counting them; only the log loses them.") }
                Note {
                    visible: text.length > 0
                    text: page.retention.lastResult
                }
                SettingRow {
                    label: qsTr("Database")
                    TextField {
                        Layout.fillWidth: true
                        readOnly: true
                        selectByMouse: true
                        text: database.filePath
                        Accessible.name: qsTr("Database file")
                    }
                    Button {
                        text: qsTr("Open folder")
                        enabled: database.filePath.length > 0
                        Accessible.name: qsTr("Open the database folder")
                        onClicked: Qt.openUrlExternally(database.folderUrl)
                    }
                }
                SettingRow {
                    label: qsTr("Size")
                    Label {
                        Layout.fillWidth: true
                        text: database.sizeText
                        Accessible.name: qsTr("Database size: %1").arg(database.sizeText)
                    }
                }
                Note { text: qsTr("The file does not shrink when calls are deleted: their space is reused for new ones. --data-dir moves the data.") }
            }

            Section {
                title: qsTr("Window")

                SettingRow {
                    label: qsTr("Language")
                    ComboBox {
                        implicitContentWidthPolicy: ComboBox.WidestText
                        model: page.languages.languageNames
                        currentIndex: page.languages.currentIndex
                        Accessible.name: qsTr("Language")
                        onActivated: index => page.languages.currentIndex = index
                    }
                }
                SettingRow {
                    label: qsTr("Theme")
                    ComboBox {
                        objectName: "themeBox"
                        implicitContentWidthPolicy: ComboBox.WidestText
                        // In the order of ColorScheme.Choice.
                        model: [qsTr("Follow the system"), qsTr("Light"), qsTr("Dark")]
                        currentIndex: page.colors.choice
                        Accessible.name: qsTr("Theme")
                        onActivated: index => page.colors.choice = index
                    }
                }
                SettingRow {
                    label: qsTr("At login")
                    Switch {
                        text: qsTr("Start LLM Ledger when I log in")
                        enabled: page.desktop.startAtLoginSupported
                        checked: page.desktop.startAtLogin
                        Accessible.name: text
                        onToggled: page.desktop.startAtLogin = checked
                    }
                }
                Note {
                    visible: !page.desktop.startAtLoginSupported
                    text: qsTr("Not supported on this system yet.")
                }
                SettingRow {
                    label: qsTr("Tray")
                    Switch {
                        text: qsTr("Start minimised to the tray")
                        checked: page.desktop.startMinimized
                        Accessible.name: text
                        onToggled: page.desktop.startMinimized = checked
                    }
                }
                Note { text: qsTr("Applies when LLM Ledger starts at login: the proxy records, the window stays closed until you open it from the tray.") }
                ErrorNote { text: page.desktop.errorString }
            }
        }
    }
}
