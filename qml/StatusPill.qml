import QtQuick
import QtQuick.Controls
import Ledger.App

// Listening / paused / starting / failed, at a glance.
Rectangle {
    id: pill

    required property ProxyStatus status

    readonly property color stateColor: status.paused ? "#b7791f"
                                      : status.state === ProxyStatus.Listening ? "#2e9d5b"
                                      : status.state === ProxyStatus.Failed ? "#c9372c" : "#b7791f"

    implicitWidth: Math.min(label.implicitWidth + 28, 440)
    implicitHeight: 28
    radius: height / 2
    color: Qt.rgba(stateColor.r, stateColor.g, stateColor.b, 0.15)
    border.color: stateColor
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text
    ToolTip.visible: hover.hovered && label.truncated
    ToolTip.text: pill.status.statusText

    HoverHandler {
        id: hover
    }

    Label {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, pill.width - 28)
        elide: Text.ElideRight
        color: pill.stateColor
        font.bold: true
        text: "● " + pill.status.statusText
    }
}
