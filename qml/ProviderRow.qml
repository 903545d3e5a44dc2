import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One provider in the list: what it is, where its key comes from, and its health.
Frame {
    id: row

    required property int index
    required property string providerId
    required property string kind
    required property string baseUrl
    required property string models
    required property string keySourceText
    required property bool local
    required property string healthText
    required property real errorRate
    required property string lastError
    required property string lastCallText
    property bool selected: false
    property bool last: false

    signal select()
    signal moveUp()
    signal moveDown()
    signal remove()

    padding: 8
    background: Rectangle {
        radius: 4
        color: row.selected ? row.palette.highlight : row.palette.base
        opacity: row.selected ? 0.25 : 1
        border.color: row.palette.mid
    }

    TapHandler { onTapped: row.select() }

    RowLayout {
        anchors.fill: parent
        spacing: 8

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                font.bold: true
                text: row.local ? qsTr("%1 (local, free)").arg(row.providerId) : row.providerId
            }
            Label {
                Layout.fillWidth: true
                elide: Text.ElideMiddle
                opacity: 0.7
                text: (row.kind === "anthropic" ? qsTr("Anthropic-style") : qsTr("OpenAI-style"))
                      + " · " + row.baseUrl
            }
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                opacity: 0.7
                text: qsTr("Models: %1 · Key: %2").arg(row.models).arg(row.keySourceText)
            }
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                text: row.healthText + " · " + row.lastCallText
                color: row.errorRate > 0.2 ? "#c9372c" : row.palette.text
            }
            Label {
                Layout.fillWidth: true
                visible: row.lastError.length > 0
                elide: Text.ElideRight
                opacity: 0.7
                text: qsTr("Last error: %1").arg(row.lastError)
            }
        }
        ToolButton {
            text: "↑"
            enabled: row.index > 0
            Accessible.name: qsTr("Move %1 up").arg(row.providerId)
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            onClicked: row.moveUp()
        }
        ToolButton {
            text: "↓"
            enabled: !row.last
            Accessible.name: qsTr("Move %1 down").arg(row.providerId)
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            onClicked: row.moveDown()
        }
        ToolButton {
            text: "✕"
            Accessible.name: qsTr("Remove %1").arg(row.providerId)
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            onClicked: row.remove()
        }
    }
}
