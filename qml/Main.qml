import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Ledger.App

ApplicationWindow {
    id: window

    required property ProxyStatus status

    width: Math.max(minimumWidth, Math.min(1100, Screen.desktopAvailableWidth))
    height: Math.max(minimumHeight, Math.min(760, Screen.desktopAvailableHeight))
    minimumWidth: 1024
    minimumHeight: 700
    visible: true
    title: qsTr("LLM Ledger")

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 16
            spacing: 12

            Label {
                text: qsTr("LLM Ledger")
                font.pixelSize: 18
                font.bold: true
            }
            Item { Layout.fillWidth: true }
            StatusPill {
                status: window.status
            }
        }
    }

    GetStartedPage {
        anchors.fill: parent
        status: window.status
    }
}
