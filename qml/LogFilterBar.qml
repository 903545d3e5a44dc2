import QtQuick
import QtQuick.Controls
import Ledger.App

// The request log's filters: period, provider, model, key, status, streamed, cache hit and a
// free-text search. The provider, model and key choices are the values the ledger holds
// (CallLogFilter reads them); every criterion lives in the filter, this bar only edits it.
Pane {
    id: bar

    required property CallLogFilter filter

    readonly property var rangeChoices: [
        { value: CallLogFilter.AllTime, text: qsTr("All time") },
        { value: CallLogFilter.LastHour, text: qsTr("Last hour") },
        { value: CallLogFilter.Last24Hours, text: qsTr("Last 24 hours") },
        { value: CallLogFilter.Last7Days, text: qsTr("Last 7 days") },
        { value: CallLogFilter.Last30Days, text: qsTr("Last 30 days") }
    ]
    readonly property var customRangeChoice: [
        { value: CallLogFilter.CustomRange, text: qsTr("Custom…") }
    ]
    readonly property var statusChoices: [
        { value: "", text: qsTr("Any status") },
        { value: "2xx", text: qsTr("2xx success") },
        { value: "4xx", text: qsTr("4xx client error") },
        { value: "5xx", text: qsTr("5xx server error") },
        { value: "errors", text: qsTr("Errors and no answer") }
    ]
    readonly property var streamedChoices: [
        { value: CallLogFilter.Any, text: qsTr("Streamed or not") },
        { value: CallLogFilter.Yes, text: qsTr("Streamed") },
        { value: CallLogFilter.No, text: qsTr("Not streamed") }
    ]
    readonly property var cacheHitChoices: [
        { value: CallLogFilter.Any, text: qsTr("Cache hit or not") },
        { value: CallLogFilter.Yes, text: qsTr("Cache hit") },
        { value: CallLogFilter.No, text: qsTr("No cache hit") }
    ]

    padding: 8

    // A ComboBox over a list of {value, text} showing the one whose value is current.
    component Choice: ComboBox {
        required property var choices
        required property var current

        signal chosen(var value)

        function indexOfCurrent() {
            for (let i = 0; i < choices.length; ++i) {
                if (choices[i].value === current)
                    return i;
            }
            return -1;
        }

        implicitWidth: 150
        textRole: "text"
        valueRole: "value"
        model: choices
        currentIndex: indexOfCurrent()
        onActivated: index => chosen(valueAt(index))
        ToolTip.visible: hovered && displayText.length > 0
        ToolTip.delay: 800
        ToolTip.text: displayText
    }

    Flow {
        width: bar.availableWidth
        spacing: 8

        Choice {
            id: rangeBox

            objectName: "rangeFilter"
            // Wide enough for a custom range with times.
            implicitWidth: Math.max(150, rangeText.advanceWidth + 48)
            choices: bar.rangeChoices.concat(bar.customRangeChoice)
            current: bar.filter.rangePreset
            // The custom range shows its dates, not "Custom…".
            displayText: bar.filter.rangePreset === CallLogFilter.CustomRange
                         ? bar.filter.rangeLabel : currentText
            Accessible.name: qsTr("Time range")
            Accessible.description: displayText
            onChosen: value => {
                if (value === CallLogFilter.CustomRange)
                    customRange.open();
                else
                    bar.filter.rangePreset = value;
            }

            TextMetrics {
                id: rangeText

                font: rangeBox.font
                text: rangeBox.displayText
            }
            CustomRangePopup {
                id: customRange

                objectName: "customRangePopup"
                y: rangeBox.height
                filter: bar.filter
                // Back to the range in force when the popup is left without applying.
                onClosed: {
                    rangeBox.currentIndex = Qt.binding(() => rangeBox.indexOfCurrent());
                    rangeBox.forceActiveFocus();
                }
            }
        }
        Choice {
            objectName: "providerFilter"
            choices: bar.filter.providerChoices
            current: bar.filter.provider
            Accessible.name: qsTr("Provider")
            onChosen: value => bar.filter.provider = value
        }
        Choice {
            objectName: "modelFilter"
            implicitWidth: 180
            choices: bar.filter.modelChoices
            current: bar.filter.model
            Accessible.name: qsTr("Model")
            onChosen: value => bar.filter.model = value
        }
        Choice {
            choices: bar.filter.keyChoices
            current: bar.filter.clientKeyId
            Accessible.name: qsTr("Client key")
            onChosen: value => bar.filter.clientKeyId = value
        }
        Choice {
            objectName: "statusFilter"
            choices: bar.statusChoices
            current: bar.filter.status
            Accessible.name: qsTr("Status")
            onChosen: value => bar.filter.status = value
        }
        Choice {
            choices: bar.streamedChoices
            current: bar.filter.streamed
            Accessible.name: qsTr("Streamed")
            onChosen: value => bar.filter.streamed = value
        }
        Choice {
            choices: bar.cacheHitChoices
            current: bar.filter.cacheHit
            Accessible.name: qsTr("Cache hit")
            onChosen: value => bar.filter.cacheHit = value
        }
        TextField {
            id: search

            objectName: "searchField"
            width: 260
            text: bar.filter.searchText
            placeholderText: qsTr("Search id, model, error, user agent")
            selectByMouse: true
            Accessible.name: qsTr("Search calls")
            onTextEdited: bar.filter.searchText = text
        }
        Button {
            objectName: "clearFilters"
            text: qsTr("Clear filters")
            enabled: bar.filter.active
            Accessible.name: text
            onClicked: bar.filter.clear()
        }
    }
}
