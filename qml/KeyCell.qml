import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A fixed-width column of the Keys page: a right-aligned value and, smaller, a second one below.
ColumnLayout {
    id: cell

    property int columnWidth
    property alias text: first.text
    property alias detail: second.text
    property bool header: false

    component CellLabel: Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignRight
        elide: Text.ElideRight
    }

    Layout.preferredWidth: columnWidth
    Layout.fillWidth: false // a nested layout would take a share of the spare width
    spacing: 0
    CellLabel { id: first; font.bold: cell.header; opacity: cell.header ? 0.7 : 1 }
    CellLabel { id: second; visible: text.length > 0; font.pixelSize: 11; opacity: 0.7 }
}
