import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A titled frame around a chart or a list; every chart of the window sits in one, so a later
// move from QtCharts to QtGraphs touches the cards' contents only.
Frame {
    id: card

    required property string title
    default property alias content: body.data

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            text: card.title
            font.bold: true
            font.pixelSize: 15
        }
        Item {
            id: body

            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
