import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One base URL to copy into a tool's settings.
Frame {
    id: card

    required property string title
    required property string url
    required property string hint
    signal copyRequested(string text)

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            text: card.title
            font.bold: true
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                Layout.fillWidth: true
                readOnly: true
                selectByMouse: true
                font.family: "monospace"
                text: card.url
            }
            Button {
                text: qsTr("Copy")
                enabled: card.url.length > 0
                onClicked: card.copyRequested(card.url)
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            opacity: 0.7
            text: card.hint
        }
    }
}
