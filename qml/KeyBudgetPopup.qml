import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ledger.App

// Edits one key's monthly budget. KeyStatsModel reads and checks what was typed; a refusal is
// shown here and keeps the popup open. Enter saves, Escape cancels; "No budget" clears it.
Popup {
    id: popup

    required property KeyStatsModel stats
    property int row: -1
    property string keyName
    property real budgetUsd: NaN

    function save(text) {
        if (stats.setBudget(row, text))
            close();
    }

    modal: true
    focus: true
    padding: 12
    margins: 8 // stays inside the window
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    onAboutToShow: {
        amount.text = isNaN(budgetUsd) ? "" : String(budgetUsd);
        amount.selectAll();
        amount.forceActiveFocus();
    }

    ColumnLayout {
        spacing: 8
        Label { text: qsTr("Monthly budget of %1").arg(popup.keyName); font.bold: true }
        Label {
            Layout.maximumWidth: 280
            wrapMode: Text.WordWrap
            opacity: 0.7
            text: qsTr("US dollars per calendar month, shown against what the key spent this month.")
        }
        RowLayout {
            Label { text: "$" }
            TextField {
                id: amount
                Layout.preferredWidth: 120
                placeholderText: qsTr("none")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                Accessible.name: qsTr("Monthly budget in US dollars")
                Keys.onReturnPressed: popup.save(text)
                Keys.onEnterPressed: popup.save(text)
            }
        }
        Label {
            Layout.maximumWidth: 280
            visible: popup.stats.budgetError.length > 0
            wrapMode: Text.WordWrap
            color: popup.palette.highlight
            text: "⚠ " + popup.stats.budgetError
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button {
                text: qsTr("No budget")
                onClicked: popup.save("")
                Accessible.name: qsTr("Remove the budget of %1").arg(popup.keyName)
            }
            Button { text: qsTr("Cancel"); onClicked: popup.close() }
            Button { text: qsTr("Save"); highlighted: true; onClicked: popup.save(amount.text) }
        }
    }
}
