import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Rows of a UsageGroupModel: name, cost, requests and a bar of the row's share of the cost.
ListView {
    id: list

    property bool showBars: true

    clip: true
    spacing: 6
    boundsBehavior: Flickable.StopAtBounds
    Accessible.role: Accessible.List

    Label {
        anchors.centerIn: parent
        visible: list.count === 0
        text: qsTr("No calls in this period")
        opacity: 0.6
    }

    delegate: ColumnLayout {
        id: row

        required property string name
        required property string costText
        required property string requestsText
        required property double share

        width: ListView.view.width
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: row.name
                elide: Text.ElideRight
            }
            Label {
                text: qsTr("%1 calls").arg(row.requestsText)
                opacity: 0.7
            }
            Label {
                text: row.costText
                font.bold: true
            }
        }
        Rectangle {
            visible: list.showBars
            Layout.preferredWidth: Math.max(2, row.width * row.share)
            Layout.preferredHeight: 6
            radius: 3
            color: list.palette.highlight
        }
    }
}
