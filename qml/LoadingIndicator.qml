import QtQuick
import QtQuick.Controls

// A busy indicator that keeps its place in a layout whether it shows or not, and is hidden,
// not just transparent, when idle: Qt 6.4's Fusion BusyIndicator keeps its rotation running
// while its content is visible, even at opacity 0, and the window then renders frames for
// ever. (Hiding the indicator itself inside a RowLayout is no cure: Qt 6.4's layouts put a
// re-shown item at x = 0.)
Item {
    id: root

    property bool running: false

    implicitWidth: 24
    implicitHeight: 24

    BusyIndicator {
        anchors.fill: parent
        padding: 0
        running: root.running
        visible: root.running
        Accessible.name: qsTr("Loading")
    }
}
