import QtQuick
import QtQuick.Controls
import Ledger.App

// Listening / starting / failed, at a glance.
Rectangle {
    id: pill

    required property ProxyStatus status

    readonly property color stateColor: status.state === ProxyStatus.Listening ? "#2e9d5b"
                                      : status.state === ProxyStatus.Failed ? "#c9372c" : "#b7791f"

    implicitWidth: label.implicitWidth + 28
    implicitHeight: 28
    radius: height / 2
    color: Qt.rgba(stateColor.r, stateColor.g, stateColor.b, 0.15)
    border.color: stateColor

    Label {
        id: label
        anchors.centerIn: parent
        color: pill.stateColor
        font.bold: true
        text: pill.status.state === ProxyStatus.Listening
              ? qsTr("● Listening on port %1").arg(pill.status.port)
              : pill.status.state === ProxyStatus.Failed ? qsTr("● Proxy stopped") : qsTr("● Starting…")
    }
}
