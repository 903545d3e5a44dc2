import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Columns of a CostTrendModel: one bar per period, as high as the period's share of the
// costliest one, its cost above and its name below; the change against the period before in
// the tooltip. The period still running is drawn lighter.
Item {
    id: chart

    property alias model: columns.model

    Accessible.role: Accessible.Chart

    Label {
        anchors.centerIn: parent
        visible: columns.count === 0
        text: qsTr("No calls yet")
        opacity: 0.6
    }

    RowLayout {
        anchors.fill: parent
        spacing: 4

        Repeater {
            id: columns

            delegate: ColumnLayout {
                id: column

                required property string name
                required property string costText
                required property string requestsText
                required property double share
                required property string changeText
                required property bool partial

                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1 // equal columns
                spacing: 2
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("%1: %2").arg(column.name).arg(column.costText)
                ToolTip.visible: hover.hovered
                ToolTip.delay: 300
                ToolTip.text: (column.partial ? qsTr("%1 (so far)") : "%1").arg(column.name)
                              + "\n" + qsTr("%1, %2 calls").arg(column.costText).arg(column.requestsText)
                              + (column.changeText !== "" ? "\n" + qsTr("%1 vs the period before").arg(column.changeText) : "")

                HoverHandler {
                    id: hover
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: column.costText
                    font.pixelSize: 11
                    elide: Text.ElideRight
                }
                Item {
                    Layout.fillWidth: true
                    Layout.fillHeight: true

                    Rectangle {
                        anchors.bottom: parent.bottom
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: Math.min(parent.width * 0.7, 48)
                        height: Math.max(1, parent.height * column.share)
                        radius: 2
                        color: chart.palette.highlight
                        opacity: column.partial ? 0.45 : 1
                    }
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: column.name
                    font.pixelSize: 11
                    opacity: 0.75
                    elide: Text.ElideRight
                }
            }
        }
    }
}
