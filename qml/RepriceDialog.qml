import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ledger.App

// Re-prices the calls already in the ledger with the current prices, for all of them or a
// recent period. Runs in the background; the Pricing page shows the outcome.
Dialog {
    id: dialog

    required property PriceEditor editor

    title: qsTr("Re-price stored calls")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(460, (parent ? parent.width : 460) - 32)

    onOpened: periodBox.forceActiveFocus()

    TimeRangeSelection {
        id: range
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Re-price")
            enabled: !dialog.editor.busy
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            Accessible.name: qsTr("Re-price the calls of the chosen period")
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    onAccepted: {
        if (periodBox.currentIndex === 0) {
            editor.repriceAllCalls();
        } else {
            range.preset = periodBox.currentIndex - 1;
            editor.repriceCalls(range.fromMs, range.toMs);
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Computes the cost of recorded calls again from their token counts and today's prices. Use it after correcting a price or adding a missing one; calls whose cost does not change are left alone.")
        }
        ComboBox {
            id: periodBox
            Layout.fillWidth: true
            // The presets without "Custom": all calls, today, last 7/30/90 days.
            model: [qsTr("All recorded calls")].concat(range.presetNames.slice(0, TimeRangeSelection.Custom))
            Accessible.name: qsTr("Calls to re-price")
        }
    }
}
