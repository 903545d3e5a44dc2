import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A tool's set-up snippet with a copy button.
Frame {
    id: card

    required property string title
    required property string code
    required property string note
    signal copyRequested(string text)

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: card.title
                font.bold: true
            }
            Button {
                text: qsTr("Copy")
                flat: true
                onClicked: card.copyRequested(card.code)
            }
        }
        TextArea {
            Layout.fillWidth: true
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAtWordBoundaryOrAnywhere
            font.family: "monospace"
            text: card.code
            background: Rectangle {
                color: Qt.rgba(card.palette.text.r, card.palette.text.g, card.palette.text.b, 0.05)
                radius: 4
            }
        }
        Label {
            Layout.fillWidth: true
            visible: card.note.length > 0
            wrapMode: Text.WordWrap
            opacity: 0.7
            text: card.note
        }
    }
}
