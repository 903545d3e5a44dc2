pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ledger.App

// Spend and health per client key over a time range, with each key's budget for the month. A
// key's row (KeyRow) leads to its own dashboard and logs, gives it a label or a budget, and
// disables it. Every number comes formatted from KeyStatsModel.
Pane {
    id: page

    required property LedgerReader ledger

    signal openKeyDashboard(string keyId, string name)
    signal openKeyLogs(string keyId)

    readonly property KeyColumns columns: KeyColumns {}

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

    KeyBudgetPopup {
        id: budgetPopup
        stats: keys
        y: parent ? parent.height : 0 // below the budget cell it was opened from
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Label { text: qsTr("Client keys"); font.pixelSize: 22; font.bold: true }
            LoadingIndicator { running: keys.loading }
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
            Layout.leftMargin: page.columns.rowPadding
            Layout.rightMargin: page.columns.rowPadding
            spacing: page.columns.rowPadding
            Label { Layout.fillWidth: true; Layout.preferredWidth: 1; text: qsTr("Key"); font.bold: true; opacity: 0.7 }
            KeyCell { header: true; columnWidth: page.columns.requestsWidth; text: qsTr("Requests"); detail: qsTr("success") }
            KeyCell { header: true; columnWidth: page.columns.tokensWidth; text: qsTr("Tokens") }
            KeyCell { header: true; columnWidth: page.columns.costWidth; text: qsTr("Cost"); detail: qsTr("share") }
            KeyCell { header: true; columnWidth: page.columns.budgetWidth; text: qsTr("This month"); detail: qsTr("of budget") }
            KeyCell { header: true; columnWidth: page.columns.latencyWidth; text: qsTr("Latency"); detail: qsTr("p50 / p95") }
            KeyCell { header: true; columnWidth: page.columns.lastUsedWidth; text: qsTr("Last used") }
            KeyCell {
                header: true; columnWidth: page.columns.trendWidth
                text: qsTr("Per day"); detail: qsTr("cost")
            }
            Item { Layout.preferredWidth: page.columns.actionsWidth }
        }

        ListView {
            id: list

            objectName: "keyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            model: keys
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Client keys")
            Accessible.description: qsTr("Enter opens the key's dashboard, L its logs, F2 renames it, "
                                         + "B sets its budget, the menu key disables or enables it")

            delegate: KeyRow {
                width: ListView.view.width
                stats: keys
                columns: page.columns
                budgetEditor: budgetPopup
                onOpenDashboard: if (hasKey) page.openKeyDashboard(keyId, displayName)
                onOpenLogs: if (hasKey) page.openKeyLogs(keyId)
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
