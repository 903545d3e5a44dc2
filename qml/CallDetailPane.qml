import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ledger.App

// Everything recorded about one call: its fields by section (timings included), the cost by
// token class, and the request and response bodies (when body logging was on). CallDetails
// reads and formats it all; this pane only lays it out.
Pane {
    id: pane

    required property LedgerReader ledger
    required property double callId
    readonly property alias details: callDetails

    signal closeRequested()

    padding: 0

    CallDetails {
        id: callDetails

        ledger: pane.ledger
        callId: pane.callId
    }

    // A body in a read-only monospace view, with a note when it is cut short.
    component BodyView: ColumnLayout {
        id: bodyView

        required property string body
        required property string note
        required property string name
        property string emptyText

        signal copyRequested(string text)

        spacing: 4

        Label {
            Layout.fillWidth: true
            Layout.margins: 8
            visible: text.length > 0
            wrapMode: Text.WordWrap
            opacity: 0.7
            text: bodyView.body.length > 0 ? bodyView.note : bodyView.emptyText
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: bodyView.body.length > 0

            TextArea {
                readOnly: true
                selectByMouse: true
                textFormat: TextEdit.PlainText
                wrapMode: TextEdit.NoWrap
                font.family: "monospace"
                text: bodyView.body
                Accessible.name: bodyView.name
            }
        }
        Button {
            Layout.margins: 8
            visible: bodyView.body.length > 0
            text: qsTr("Copy")
            Accessible.name: qsTr("Copy %1").arg(bodyView.name)
            onClicked: bodyView.copyRequested(bodyView.body)
        }
    }

    // One line of the cost table: class, tokens, price per million, cost.
    component CostLine: RowLayout {
        id: line

        required property string tokenClass
        required property string tokens
        required property string price
        required property string usd
        property bool strong: false

        Layout.leftMargin: 12
        Layout.rightMargin: 12
        spacing: 8

        Label {
            Layout.preferredWidth: 120
            font.bold: line.strong
            text: line.tokenClass
        }
        Label {
            Layout.preferredWidth: 60
            horizontalAlignment: Text.AlignRight
            font.bold: line.strong
            text: line.tokens
        }
        Label {
            Layout.preferredWidth: 60
            horizontalAlignment: Text.AlignRight
            font.bold: line.strong
            text: line.price
        }
        Label {
            Layout.preferredWidth: 80
            horizontalAlignment: Text.AlignRight
            font.bold: line.strong
            text: line.usd
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 8
            spacing: 8

            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                font.bold: true
                text: callDetails.valid ? callDetails.title : qsTr("Call details")
            }
            LoadingIndicator {
                running: callDetails.loading
            }
            ToolButton {
                text: "✕"
                Accessible.name: qsTr("Close details")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Close details (Esc)")
                onClicked: pane.closeRequested()
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.margins: 8
            visible: callDetails.errorString.length > 0
            wrapMode: Text.WordWrap
            color: "#c9372c"
            text: callDetails.errorString
        }
        TabBar {
            id: tabs

            objectName: "detailTabs"
            Layout.fillWidth: true
            TabButton { text: qsTr("Details"); Accessible.name: text }
            TabButton { text: qsTr("Request"); Accessible.name: qsTr("Request body") }
            TabButton { text: qsTr("Response"); Accessible.name: qsTr("Response body") }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            ScrollView {
                id: fieldsView

                objectName: "detailFields"
                contentWidth: availableWidth
                clip: true

                ColumnLayout {
                    width: fieldsView.availableWidth
                    spacing: 2

                    Repeater {
                        model: callDetails.fields
                        delegate: ColumnLayout {
                            id: field

                            required property var modelData

                            Layout.fillWidth: true
                            Layout.leftMargin: 12
                            Layout.rightMargin: 12
                            spacing: 2

                            Label {
                                Layout.topMargin: 10
                                visible: field.modelData.firstInSection
                                font.bold: true
                                text: field.modelData.section
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: 8

                                Label {
                                    Layout.preferredWidth: 150
                                    Layout.alignment: Qt.AlignTop
                                    opacity: 0.7
                                    wrapMode: Text.WordWrap
                                    text: field.modelData.name
                                }
                                // Selectable, for copying an id or a message.
                                TextArea {
                                    Layout.fillWidth: true
                                    padding: 0
                                    background: null
                                    readOnly: true
                                    selectByMouse: true
                                    wrapMode: TextEdit.WrapAtWordBoundaryOrAnywhere
                                    text: field.modelData.value
                                    Accessible.name: field.modelData.name
                                }
                            }
                        }
                    }

                    Label {
                        Layout.leftMargin: 12
                        Layout.topMargin: 16
                        font.bold: true
                        text: qsTr("Cost by token class")
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: 12
                        Layout.rightMargin: 12
                        visible: callDetails.costNote.length > 0
                        wrapMode: Text.WordWrap
                        opacity: 0.7
                        text: callDetails.costNote
                    }
                    CostLine {
                        visible: callDetails.costBreakdown.length > 0
                        opacity: 0.6
                        tokenClass: qsTr("Class")
                        tokens: qsTr("Tokens")
                        price: qsTr("Per 1M")
                        usd: qsTr("Cost")
                    }
                    Repeater {
                        model: callDetails.costBreakdown
                        delegate: CostLine {
                            required property var modelData

                            opacity: modelData.tokens > 0 ? 1 : 0.5
                            tokenClass: modelData.tokenClass
                            tokens: modelData.tokensText
                            price: modelData.priceText
                            usd: modelData.usdText
                        }
                    }
                    CostLine {
                        visible: callDetails.costBreakdown.length > 0
                        strong: true
                        tokenClass: qsTr("Total")
                        tokens: ""
                        price: ""
                        usd: callDetails.costTotalText
                    }

                    Item { implicitHeight: 12 }
                }
            }

            BodyView {
                body: callDetails.requestBody
                note: callDetails.requestBodyNote
                name: qsTr("Request body")
                emptyText: callDetails.hasBodies
                           ? qsTr("No request body was recorded.")
                           : qsTr("Bodies are recorded only while body logging is on.")
                onCopyRequested: text => callDetails.copyToClipboard(text)
            }
            BodyView {
                body: callDetails.responseBody
                note: callDetails.responseBodyNote
                name: qsTr("Response body")
                emptyText: callDetails.hasBodies
                           ? qsTr("No response body was recorded.")
                           : qsTr("Bodies are recorded only while body logging is on.")
                onCopyRequested: text => callDetails.copyToClipboard(text)
            }
        }
    }
}
