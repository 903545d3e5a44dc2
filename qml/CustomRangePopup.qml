import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ledger.App

// The request log's custom time range: From/To dates in the locale's format with optional
// times, and a month calendar that fills the date field last edited. CallLogFilter reads and
// checks what was typed; a refusal is shown here and leaves the filter as it was.
// Keyboard: Tab through the fields, Enter applies, Escape cancels.
Popup {
    id: popup

    required property CallLogFilter filter
    // Whether a calendar click sets the end date (else the start date).
    property bool pickingEnd: false
    property string errorText: ""

    function apply() {
        errorText = filter.setCustomRangeText(fromDate.text, fromTime.text, toDate.text,
                                              toTime.text);
        if (errorText.length === 0)
            close();
    }

    modal: true
    focus: true
    padding: 12
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    onAboutToShow: {
        errorText = "";
        pickingEnd = false;
        fromDate.text = filter.customDateText(false);
        fromTime.text = filter.customTimeText(false);
        toDate.text = filter.customDateText(true);
        toTime.text = filter.customTimeText(true);
        const month = filter.calendarMonth();
        calendar.year = Math.floor(month / 12);
        calendar.month = month % 12;
        fromDate.forceActiveFocus();
    }

    component DateField: TextField {
        signal picked

        implicitWidth: 130
        placeholderText: popup.filter.dateFormatHint
        selectByMouse: true
        onActiveFocusChanged: if (activeFocus) picked()
        onAccepted: popup.apply()
    }
    component TimeField: TextField {
        implicitWidth: 80
        placeholderText: qsTr("hh:mm")
        selectByMouse: true
        onAccepted: popup.apply()
    }

    contentItem: ColumnLayout {
        spacing: 8

        GridLayout {
            columns: 3
            columnSpacing: 8
            rowSpacing: 6

            Label { text: qsTr("From") }
            DateField {
                id: fromDate

                objectName: "customFromDate"
                Accessible.name: qsTr("From date, as %1").arg(popup.filter.dateFormatHint)
                onPicked: popup.pickingEnd = false
            }
            TimeField {
                id: fromTime

                objectName: "customFromTime"
                Accessible.name: qsTr("From time (optional)")
            }
            Label { text: qsTr("To") }
            DateField {
                id: toDate

                objectName: "customToDate"
                Accessible.name: qsTr("To date, as %1").arg(popup.filter.dateFormatHint)
                onPicked: popup.pickingEnd = true
            }
            TimeField {
                id: toTime

                objectName: "customToTime"
                Accessible.name: qsTr("To time (optional)")
            }
        }

        // A mouse shortcut for the date fields; the fields remain the keyboard's way in.
        RowLayout {
            Layout.fillWidth: true

            ToolButton {
                text: "‹"
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Previous month")
                onClicked: {
                    calendar.month = calendar.month === 0 ? 11 : calendar.month - 1;
                    if (calendar.month === 11)
                        calendar.year -= 1;
                }
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                font.bold: true
                text: calendar.title
            }
            ToolButton {
                text: "›"
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Next month")
                onClicked: {
                    calendar.month = calendar.month === 11 ? 0 : calendar.month + 1;
                    if (calendar.month === 0)
                        calendar.year += 1;
                }
            }
        }
        DayOfWeekRow {
            Layout.fillWidth: true
            locale: calendar.locale
        }
        MonthGrid {
            id: calendar

            objectName: "customRangeCalendar"
            Layout.fillWidth: true
            Accessible.name: qsTr("Calendar: click a day to fill the %1 date")
                             .arg(popup.pickingEnd ? qsTr("To") : qsTr("From"))
            delegate: Label {
                required property var model

                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                opacity: model.month === calendar.month ? 1 : 0.4
                font.bold: model.today
                text: model.day
                Accessible.role: Accessible.Button
                Accessible.name: popup.filter.dateText(model.year, model.month + 1, model.day)
                TapHandler {
                    onTapped: {
                        const text = popup.filter.dateText(parent.model.year,
                                                           parent.model.month + 1,
                                                           parent.model.day);
                        if (popup.pickingEnd)
                            toDate.text = text;
                        else
                            fromDate.text = text;
                        popup.pickingEnd = !popup.pickingEnd;
                    }
                }
            }
        }

        Label {
            objectName: "customRangeError"
            Layout.fillWidth: true
            Layout.maximumWidth: 300
            visible: popup.errorText.length > 0
            color: "#c9372c"
            wrapMode: Text.WordWrap
            text: popup.errorText
        }

        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: 8

            Button {
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel the custom range")
                onClicked: popup.close()
            }
            Button {
                objectName: "customRangeApply"
                text: qsTr("Apply")
                highlighted: true
                Accessible.name: qsTr("Apply the custom range")
                onClicked: popup.apply()
            }
        }
    }
}
