pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ledger.App

// One client key on the Keys page: its numbers (formatted by KeyStatsModel), its budget, and
// what can be done with it: open its dashboard or logs, rename it (✎, F2), set its budget (the
// budget cell, B) or disable it (the ⋯ menu). A disabled key's row is dimmed and tagged.
Rectangle {
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
    required property bool disabled
    required property var budgetUsd
    required property string budgetText
    required property string monthSpendText
    required property real budgetShare

    property KeyStatsModel stats
    property KeyColumns columns
    property KeyBudgetPopup budgetEditor
    property bool editing: false
    readonly property color accent: palette.highlight

    signal openDashboard()
    signal openLogs()

    // The row clicked or edited becomes the current one, and takes the keys.
    function makeCurrent() {
        ListView.view.currentIndex = index
        forceActiveFocus()
    }
    function startEditing() {
        if (!hasKey)
            return
        ListView.view.currentIndex = index
        editing = true
        nameField.text = label
        nameField.selectAll()
        nameField.forceActiveFocus()
    }
    function stopEditing(save) {
        if (save)
            stats.setLabel(keyId, nameField.text)
        editing = false
        makeCurrent()
    }
    function editBudget() {
        if (!hasKey)
            return
        makeCurrent()
        stats.clearBudgetError()
        budgetEditor.row = index
        budgetEditor.keyName = displayName
        budgetEditor.budgetUsd = budgetUsd === undefined ? NaN : budgetUsd
        budgetEditor.parent = budgetCell
        budgetEditor.open()
    }

    implicitHeight: Math.max(50, content.implicitHeight + 2 * columns.rowPadding)
    color: ListView.isCurrentItem && ListView.view.activeFocus
           ? Qt.rgba(accent.r, accent.g, accent.b, 0.2)
           : index % 2 ? palette.alternateBase : palette.base
    border.color: ListView.isCurrentItem ? accent : "transparent"

    Accessible.role: Accessible.ListItem
    Accessible.name: (disabled ? qsTr("%1 (disabled)") : "%1").arg(displayName) + ": "
                     + qsTr("%1 requests, %2, %3 of spend, last used %4")
                       .arg(requestsText).arg(costText).arg(shareText).arg(lastUsedText)
                     + (budgetText.length > 0
                        ? ", " + qsTr("%1 of %2 budget this month").arg(monthSpendText).arg(budgetText) : "")

    Keys.onPressed: event => {
        if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
            openDashboard()
        else if (event.key === Qt.Key_F2)
            startEditing()
        else if (event.key === Qt.Key_L)
            openLogs()
        else if (event.key === Qt.Key_B)
            editBudget()
        else if (event.key === Qt.Key_Menu && hasKey)
            actionsMenu.popup(moreButton, 0, moreButton.height)
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
        anchors.margins: row.columns.rowPadding
        spacing: row.columns.rowPadding

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            spacing: 0
            visible: !row.editing
            opacity: row.disabled ? 0.55 : 1
            RowLayout {
                spacing: 2
                Label {
                    objectName: "keyName"
                    Layout.fillWidth: true
                    text: row.displayName
                    font.bold: true
                    font.italic: !row.hasKey
                    elide: Text.ElideRight
                }
                Label { // the "disabled" tag
                    visible: row.disabled
                    text: qsTr("disabled")
                    font.pixelSize: 10
                    leftPadding: 4; rightPadding: 4
                    background: Rectangle { radius: 3; color: "transparent"; border.color: row.palette.text }
                }
                ToolButton {
                    objectName: "renameButton"
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
            objectName: "labelField"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            visible: row.editing
            placeholderText: row.hint
            Accessible.name: qsTr("Label for %1").arg(row.displayName)
            // Keys handlers accept the key: the TextField's own Enter would also reach the row
            // and open the dashboard.
            Keys.onReturnPressed: row.stopEditing(true)
            Keys.onEnterPressed: row.stopEditing(true)
            Keys.onEscapePressed: row.stopEditing(false)
            onActiveFocusChanged: if (!activeFocus && row.editing) row.editing = false
        }

        RowLayout { // the numbers, dimmed for a disabled key
            Layout.fillWidth: false
            spacing: row.columns.rowPadding
            opacity: row.disabled ? 0.55 : 1
            KeyCell { objectName: "requestsCell"; columnWidth: row.columns.requestsWidth; text: row.requestsText; detail: row.successRateText }
            KeyCell { columnWidth: row.columns.tokensWidth; text: row.tokensText }
            KeyCell {
                columnWidth: row.columns.costWidth
                text: row.costText
                detail: row.shareText
                ShareBar { fraction: row.share; barColor: row.accent }
            }
            KeyCell {
                id: budgetCell
                columnWidth: row.columns.budgetWidth
                text: row.budgetText.length > 0 ? row.monthSpendText : (row.hasKey ? qsTr("no budget") : "")
                detail: row.budgetText.length > 0 ? qsTr("of %1").arg(row.budgetText) : ""
                ShareBar {
                    visible: row.budgetText.length > 0
                    fraction: row.budgetShare
                    barColor: row.budgetShare > 1 ? "#d32f2f" : row.accent // red: over budget
                }
                TapHandler { enabled: row.hasKey; onTapped: row.editBudget() }
                HoverHandler { id: budgetHover; enabled: row.hasKey; cursorShape: Qt.PointingHandCursor }
                ToolTip.visible: budgetHover.hovered
                ToolTip.text: qsTr("This month's spend against the monthly budget: click (or B) to change it")
            }
            KeyCell { columnWidth: row.columns.latencyWidth; text: row.p50Text; detail: row.p95Text }
            KeyCell { columnWidth: row.columns.lastUsedWidth; text: row.lastUsedText }
            Sparkline {
                Layout.preferredWidth: row.columns.trendWidth; Layout.preferredHeight: 24
                values: row.sparkline
                color: row.accent
                fillColor: Qt.rgba(row.accent.r, row.accent.g, row.accent.b, 0.2)
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Cost per day")
            }
        }
        RowLayout {
            Layout.preferredWidth: row.columns.actionsWidth
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
            RowButton {
                id: moreButton
                text: "⋯"
                enabled: row.hasKey
                onClicked: { row.makeCurrent(); actionsMenu.popup(moreButton, 0, moreButton.height) }
                Accessible.name: qsTr("More actions for %1").arg(row.displayName)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Budget, disable or enable (menu key)")
            }
        }
    }

    Menu {
        id: actionsMenu
        MenuItem { text: qsTr("Rename…"); onTriggered: row.startEditing() }
        MenuItem { text: qsTr("Set monthly budget…"); onTriggered: row.editBudget() }
        MenuSeparator {}
        MenuItem {
            text: row.disabled ? qsTr("Enable key") : qsTr("Disable key")
            onTriggered: row.stats.setDisabled(row.index, !row.disabled)
        }
    }

    component RowButton: Button {
        flat: true
        leftPadding: 6
        rightPadding: 6
        implicitWidth: implicitContentWidth + leftPadding + rightPadding
    }
    // A thin bar under a cell: a share of the spend, or of the budget.
    component ShareBar: Rectangle {
        property real fraction
        property color barColor
        Layout.fillWidth: true
        implicitHeight: 4
        radius: 2
        color: Qt.rgba(row.palette.mid.r, row.palette.mid.g, row.palette.mid.b, 0.4)
        Rectangle {
            width: parent.width * Math.min(1, Math.max(0, parent.fraction))
            height: parent.height; radius: 2; color: parent.barColor
        }
    }
}
