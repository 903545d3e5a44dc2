import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQml.Models
import Ledger.App

// The request log: filters on top, every recorded call in a table that is sorted and filtered
// in the database, loads more rows as it scrolls and takes new calls in as the proxy records
// them, and the selected call's details beside it. Keyboard: Up/Down (and Page Up/Down) move
// the selection, Enter shows the details, Escape closes them.
Page {
    id: page

    required property LedgerReader ledger
    // Narrows the log to one client key (e.g. when opened from the Keys page); "" for all.
    property string clientKeyId: ""
    // The selected call (0: none) and whether its details are open.
    readonly property double selectedCallId: selection.currentCallId
    property bool detailsOpen: false
    readonly property alias logModel: calls
    readonly property alias table: table

    // Preferred column widths; the model column takes what is left.
    readonly property var columnWidths: [160, 90, 0, 110, 70, 80, 90, 90, 80, 80, 80, 80]

    function columnWidth(column) {
        if (column !== CallLogModel.ModelColumn)
            return columnWidths[column];
        const others = columnWidths.reduce((sum, width) => sum + width, 0);
        return Math.max(160, table.width - others);
    }

    function openDetails() {
        if (!selection.currentIndex.valid && calls.count > 0)
            selection.setCurrentIndex(calls.index(0, 0), ItemSelectionModel.NoUpdate);
        detailsOpen = selectedCallId > 0;
    }

    padding: 0
    Accessible.name: qsTr("Request log")

    onClientKeyIdChanged: calls.filter.clientKeyId = clientKeyId
    Component.onCompleted: calls.filter.clientKeyId = clientKeyId
    Keys.onEscapePressed: event => {
        event.accepted = page.detailsOpen;
        page.detailsOpen = false;
        table.forceActiveFocus();
    }

    CallLogModel {
        id: calls

        ledger: page.ledger
    }

    // The current row follows its call when new calls are inserted above it.
    ItemSelectionModel {
        id: selection

        readonly property double currentCallId: currentIndex.valid
                                                ? calls.callIdAt(currentIndex.row) : 0

        model: calls
    }

    // The title row also holds what a status line would (count, errors, export), so that the
    // table keeps its height at the window's minimum size.
    header: ColumnLayout {
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            Layout.topMargin: 8
            spacing: 12

            Label {
                objectName: "pageTitle"
                text: qsTr("Request log")
                font.pixelSize: 22
                font.bold: true
            }
            LoadingIndicator {
                running: calls.loading
            }
            Label {
                Layout.fillWidth: true
                visible: calls.errorString.length > 0
                color: "#c9372c"
                elide: Text.ElideRight
                text: qsTr("The log could not be read: %1").arg(calls.errorString)
            }
            Label {
                objectName: "callCount"
                Layout.fillWidth: true
                visible: calls.errorString.length === 0
                opacity: 0.7
                elide: Text.ElideRight
                text: calls.loading ? qsTr("Loading…")
                    : calls.hasMore ? qsTr("%n call(s) shown; scroll for more", "", calls.count)
                                    : qsTr("%n call(s)", "", calls.count)
            }
            Button {
                text: qsTr("Export CSV…")
                Accessible.name: qsTr("Export the filtered log as CSV")
                onClicked: exportDialog.open()
            }
        }
        LogFilterBar {
            Layout.fillWidth: true
            filter: calls.filter
        }
    }

    SplitView {
        anchors.fill: parent
        orientation: Qt.Horizontal

        Item {
            SplitView.fillWidth: true
            SplitView.minimumWidth: 360

            HorizontalHeaderView {
                id: header

                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                syncView: table
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                // The model sorts by the clicked column, if it can.
                TapHandler {
                    onTapped: point => calls.toggleSort(header.cellAtPosition(
                        point.position.x + header.contentX, point.position.y + header.contentY).x)
                }
                delegate: Label {
                    id: headerCell

                    required property int column
                    required property string display
                    required property string decoration // the sort indicator
                    required property string toolTip // what a click does; "" if nothing

                    padding: 8
                    verticalAlignment: Text.AlignVCenter
                    // Numbers right, text left, as in the cells below.
                    horizontalAlignment: TableView.view.syncView.model.headerData(
                                             column, Qt.Horizontal, Qt.TextAlignmentRole)
                    elide: Text.ElideRight
                    font.bold: decoration.length > 0
                    text: decoration.length > 0 ? display + " " + decoration : display
                    background: Rectangle {
                        color: headerCell.palette.button
                        Rectangle {
                            anchors.right: parent.right
                            width: 1
                            height: parent.height
                            color: headerCell.palette.mid
                        }
                    }
                    Accessible.role: Accessible.ColumnHeader
                    Accessible.name: display
                    Accessible.description: toolTip
                    HoverHandler {
                        id: headerHover

                        cursorShape: headerCell.toolTip.length > 0 ? Qt.PointingHandCursor
                                                                   : Qt.ArrowCursor
                    }
                    ToolTip.visible: headerHover.hovered && toolTip.length > 0
                    ToolTip.delay: 600
                    ToolTip.text: toolTip
                }
            }

            TableView {
                id: table

                objectName: "logTable"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: header.bottom
                anchors.bottom: parent.bottom
                model: calls
                selectionModel: selection
                clip: true
                focus: true
                activeFocusOnTab: true
                boundsBehavior: Flickable.StopAtBounds
                columnWidthProvider: column => page.columnWidth(column)
                rowHeightProvider: () => 30
                ScrollBar.vertical: ScrollBar {}
                ScrollBar.horizontal: ScrollBar {}
                Accessible.role: Accessible.Table
                Accessible.name: qsTr("Recorded calls")

                onWidthChanged: forceLayout()
                Keys.onReturnPressed: page.openDetails()
                Keys.onEnterPressed: page.openDetails()
                // A click makes its row current (TableView does that) and opens the details.
                TapHandler {
                    onTapped: {
                        page.detailsOpen = true;
                        table.forceActiveFocus();
                    }
                }

                delegate: Label {
                    id: cell

                    required property int row
                    required property string display
                    required property string toolTip
                    required property int textAlignment
                    required property bool isError
                    readonly property bool selected: row === TableView.view.currentRow

                    leftPadding: 8
                    rightPadding: 8
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: textAlignment
                    elide: Text.ElideRight
                    color: selected ? palette.highlightedText : palette.text
                    text: display
                    background: Rectangle {
                        color: cell.selected ? cell.palette.highlight
                             : cell.row % 2 ? cell.palette.alternateBase : cell.palette.base
                        Rectangle {
                            anchors.fill: parent
                            visible: cell.isError && !cell.selected
                            // An error tint that reads on light and dark bases alike.
                            color: Qt.rgba(0.85, 0.2, 0.15, 0.16)
                        }
                    }
                    Accessible.role: Accessible.Cell
                    Accessible.name: display
                    HoverHandler {
                        id: cellHover
                    }
                    ToolTip.visible: cellHover.hovered && toolTip.length > 0
                                     && (toolTip !== display || truncated)
                    ToolTip.delay: 600
                    ToolTip.text: toolTip
                }
            }

            Label {
                anchors.centerIn: table
                visible: calls.count === 0 && !calls.loading && calls.errorString.length === 0
                opacity: 0.7
                text: calls.filter.active ? qsTr("No calls match these filters.")
                                          : qsTr("No calls recorded yet.")
            }

            ExportDialog {
                id: exportDialog

                ledger: page.ledger
                logFilter: calls.filter
            }
        }

        CallDetailPane {
            objectName: "callDetailPane"
            visible: page.detailsOpen
            SplitView.preferredWidth: 400
            SplitView.minimumWidth: 300
            ledger: page.ledger
            callId: page.selectedCallId
            Accessible.name: qsTr("Call details")
            onCloseRequested: {
                page.detailsOpen = false;
                table.forceActiveFocus();
            }
        }
    }
}
