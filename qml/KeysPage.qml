pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ledger.App

// Spend and health per client key over a time range. A key's row leads to its own dashboard
// and logs; the pencil (or F2) gives it a label. Every number comes formatted from KeyStatsModel.
Pane {
    id: page

    required property LedgerReader ledger

    signal openKeyDashboard(string keyId, string name)
    signal openKeyLogs(string keyId)

    // Column widths, shared by the header and the rows; the key's name takes what is left.
    readonly property int requestsWidth: 72
    readonly property int tokensWidth: 56
    readonly property int costWidth: 84
    readonly property int latencyWidth: 84
    readonly property int lastUsedWidth: 76
    readonly property int trendWidth: 72
    readonly property int actionsWidth: 124
    readonly property int rowPadding: 8
    readonly property color accent: palette.highlight

    padding: 16

    TimeRangeSelection {
        id: range
    }

    KeyStatsModel {
        id: keys
        ledger: page.ledger
        fromMs: range.fromMs
        toMs: range.toMs
    }

    // A fixed-width column: a right-aligned value and, smaller, a second one below it.
    component Cell: ColumnLayout {
        id: cell
        property int columnWidth
        property alias text: first.text
        property alias detail: second.text
        property bool header: false
        Layout.preferredWidth: columnWidth
        Layout.fillWidth: false // a nested layout would take a share of the spare width
        spacing: 0
        CellLabel { id: first; font.bold: cell.header; opacity: cell.header ? 0.7 : 1 }
        CellLabel { id: second; visible: text.length > 0; font.pixelSize: 11; opacity: 0.7 }
    }
    component CellLabel: Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignRight
        elide: Text.ElideRight
    }
    component RowButton: Button {
        flat: true
        leftPadding: 6
        rightPadding: 6
        implicitWidth: implicitContentWidth + leftPadding + rightPadding
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Label { text: qsTr("Client keys"); font.pixelSize: 22; font.bold: true }
            BusyIndicator { implicitWidth: 24; implicitHeight: 24; running: keys.loading }
            Item { Layout.fillWidth: true }
            Label { text: qsTr("%1 spent, %2").arg(keys.totalCostText).arg(range.label); opacity: 0.7 }
            ComboBox {
                implicitContentWidthPolicy: ComboBox.WidestText
                model: range.presetNames
                currentIndex: range.preset
                onActivated: index => range.preset = index
                Accessible.name: qsTr("Time range")
            }
        }

        Label {
            Layout.fillWidth: true
            visible: keys.errorString.length > 0
            wrapMode: Text.WordWrap
            text: qsTr("⚠ The ledger could not be read: %1").arg(keys.errorString)
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: page.rowPadding
            Layout.rightMargin: page.rowPadding
            spacing: page.rowPadding
            Label { Layout.fillWidth: true; Layout.preferredWidth: 1; text: qsTr("Key"); font.bold: true; opacity: 0.7 }
            Cell { header: true; columnWidth: page.requestsWidth; text: qsTr("Requests"); detail: qsTr("success") }
            Cell { header: true; columnWidth: page.tokensWidth; text: qsTr("Tokens") }
            Cell { header: true; columnWidth: page.costWidth; text: qsTr("Cost"); detail: qsTr("share") }
            Cell { header: true; columnWidth: page.latencyWidth; text: qsTr("Latency"); detail: qsTr("p50 / p95") }
            Cell { header: true; columnWidth: page.lastUsedWidth; text: qsTr("Last used") }
            Cell { header: true; columnWidth: page.trendWidth; text: qsTr("Per day"); detail: qsTr("cost") }
            Item { Layout.preferredWidth: page.actionsWidth }
        }

        ListView {
            id: list

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            model: keys
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Client keys")
            Accessible.description: qsTr("Enter opens the key's dashboard, L its logs, F2 renames it")

            delegate: Rectangle {
                id: row

                required property int index
                required property string keyId
                required property string label
                required property string displayName
                required property string hint
                required property bool hasKey
                required property string requestsText
                required property string successRateText
                required property string tokensText
                required property string costText
                required property real share
                required property string shareText
                required property string p50Text
                required property string p95Text
                required property string lastUsedText
                required property var sparkline

                property bool editing: false

                // The row clicked or edited becomes the current one, and takes the keys.
                function makeCurrent() {
                    list.currentIndex = index
                    forceActiveFocus()
                }
                function openDashboard() { if (hasKey) page.openKeyDashboard(keyId, displayName) }
                function openLogs() { if (hasKey) page.openKeyLogs(keyId) }
                function startEditing() {
                    if (!hasKey)
                        return
                    list.currentIndex = index
                    editing = true
                    nameField.text = label
                    nameField.selectAll()
                    nameField.forceActiveFocus()
                }
                function stopEditing(save) {
                    if (save)
                        keys.setLabel(keyId, nameField.text)
                    editing = false
                    makeCurrent()
                }

                width: ListView.view.width
                implicitHeight: Math.max(50, content.implicitHeight + 2 * page.rowPadding)
                color: ListView.isCurrentItem && list.activeFocus
                       ? Qt.rgba(page.accent.r, page.accent.g, page.accent.b, 0.2)
                       : index % 2 ? page.palette.alternateBase : page.palette.base
                border.color: ListView.isCurrentItem ? page.accent : "transparent"

                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1: %2 requests, %3, %4 of spend, last used %5")
                                 .arg(displayName).arg(requestsText).arg(costText)
                                 .arg(shareText).arg(lastUsedText)

                Keys.onPressed: event => {
                    if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                        openDashboard()
                    else if (event.key === Qt.Key_F2)
                        startEditing()
                    else if (event.key === Qt.Key_L)
                        openLogs()
                    else
                        return
                    event.accepted = true
                }

                MouseArea {
                    anchors.fill: parent
                    onClicked: row.makeCurrent()
                    onDoubleClicked: row.openDashboard()
                }

                RowLayout {
                    id: content

                    anchors.fill: parent
                    anchors.margins: page.rowPadding
                    spacing: page.rowPadding

                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        spacing: 0
                        visible: !row.editing
                        RowLayout {
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                text: row.displayName
                                font.bold: true
                                font.italic: !row.hasKey
                                elide: Text.ElideRight
                            }
                            ToolButton {
                                visible: row.hasKey
                                text: "✎"
                                implicitWidth: 24; implicitHeight: 20
                                onClicked: row.startEditing()
                                Accessible.name: qsTr("Rename %1").arg(row.displayName)
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("Give this key a label (F2)")
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: row.label.length > 0 && row.hint.length > 0
                            text: row.hint
                            font.pixelSize: 11
                            opacity: 0.7
                            elide: Text.ElideRight
                        }
                    }
                    TextField {
                        id: nameField
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        visible: row.editing
                        placeholderText: row.hint
                        Accessible.name: qsTr("Label for %1").arg(row.displayName)
                        // Keys handlers accept the key: the TextField's own Enter would also
                        // reach the row and open the dashboard.
                        Keys.onReturnPressed: row.stopEditing(true)
                        Keys.onEnterPressed: row.stopEditing(true)
                        Keys.onEscapePressed: row.stopEditing(false)
                        onActiveFocusChanged: if (!activeFocus && row.editing) row.editing = false
                    }

                    Cell { columnWidth: page.requestsWidth; text: row.requestsText; detail: row.successRateText }
                    Cell { columnWidth: page.tokensWidth; text: row.tokensText }
                    Cell {
                        columnWidth: page.costWidth
                        text: row.costText
                        detail: row.shareText
                        Rectangle { // the share of the spend as a thin bar
                            Layout.fillWidth: true
                            implicitHeight: 4
                            radius: 2
                            color: Qt.rgba(page.palette.mid.r, page.palette.mid.g, page.palette.mid.b, 0.4)
                            Rectangle {
                                width: parent.width * Math.min(1, Math.max(0, row.share))
                                height: parent.height; radius: 2; color: page.accent
                            }
                        }
                    }
                    Cell { columnWidth: page.latencyWidth; text: row.p50Text; detail: row.p95Text }
                    Cell { columnWidth: page.lastUsedWidth; text: row.lastUsedText }
                    Sparkline {
                        Layout.preferredWidth: page.trendWidth; Layout.preferredHeight: 24
                        values: row.sparkline
                        color: page.accent
                        fillColor: Qt.rgba(page.accent.r, page.accent.g, page.accent.b, 0.2)
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("Cost per day")
                    }
                    RowLayout {
                        Layout.preferredWidth: page.actionsWidth
                        Layout.fillWidth: false
                        spacing: 2
                        RowButton {
                            text: qsTr("Dashboard")
                            enabled: row.hasKey
                            onClicked: { row.makeCurrent(); row.openDashboard() }
                            Accessible.name: qsTr("Dashboard of %1").arg(row.displayName)
                        }
                        RowButton {
                            text: qsTr("Logs")
                            enabled: row.hasKey
                            onClicked: { row.makeCurrent(); row.openLogs() }
                            Accessible.name: qsTr("Logs of %1").arg(row.displayName)
                        }
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                width: Math.min(parent.width - 32, 420)
                visible: list.count === 0 && !keys.loading && keys.errorString.length === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                opacity: 0.7
                text: qsTr("No client keys yet: keys appear here once a tool calls the proxy with its own API key")
            }
        }
    }
}
