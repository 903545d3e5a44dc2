import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ledger.App

// The period selector of a page: presets, or two ISO dates when "Custom" is chosen.
RowLayout {
    id: bar

    required property TimeRangeSelection selection

    spacing: 8

    ComboBox {
        id: preset

        objectName: "rangePreset"
        model: bar.selection.presetNames
        currentIndex: bar.selection.preset
        Accessible.name: qsTr("Period")
        onActivated: index => bar.selection.preset = index
    }
    TextField {
        visible: bar.selection.preset === TimeRangeSelection.Custom
        text: bar.selection.isoDate(bar.selection.customFrom)
        placeholderText: qsTr("From (YYYY-MM-DD)")
        inputMask: "9999-99-99"
        Accessible.name: qsTr("From date")
        onEditingFinished: bar.selection.setCustomFromText(text)
    }
    TextField {
        visible: bar.selection.preset === TimeRangeSelection.Custom
        text: bar.selection.isoDate(bar.selection.customTo)
        placeholderText: qsTr("To (YYYY-MM-DD)")
        inputMask: "9999-99-99"
        Accessible.name: qsTr("To date")
        onEditingFinished: bar.selection.setCustomToText(text)
    }
    Label {
        text: bar.selection.label
        opacity: 0.7
    }
}
