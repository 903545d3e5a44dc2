import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One KPI: its value, and its change against the previous period coloured by whether it is
// good news (the model decides which).
Frame {
    id: card

    required property string title
    required property string valueText
    required property string changeText
    required property int changeGood
    required property string detail

    implicitWidth: 190
    implicitHeight: 92
    Accessible.role: Accessible.StaticText
    Accessible.name: title + ": " + valueText + (changeText ? ", " + changeText : "")

    ToolTip.visible: hover.hovered
    ToolTip.text: detail
    ToolTip.delay: 500

    HoverHandler {
        id: hover
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        Label {
            Layout.fillWidth: true
            text: card.title
            elide: Text.ElideRight
            opacity: 0.75
        }
        Label {
            objectName: "kpiValue"
            Layout.fillWidth: true
            text: card.valueText
            font.pixelSize: 22
            font.bold: true
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: card.changeText ? qsTr("%1 vs previous").arg(card.changeText) : " "
            color: card.changeGood > 0 ? "#2e9d57" : card.changeGood < 0 ? "#d9534f" : card.palette.text
            opacity: card.changeGood === 0 ? 0.7 : 1
            elide: Text.ElideRight
        }
    }
}
