import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ledger.App

// The request log: filters on top, every recorded call in a table that is sorted and filtered
// in the database, loads more rows as it scrolls and takes new calls in as the proxy records
// them, and the selected call's details beside it. Keyboard: Up/Down select, Enter shows the
// details, Escape closes them.
Page {
    id: page

    required property LedgerReader ledger
    // Narrows the log to one client key (e.g. when opened from the Keys page); "" for all.
    property string clientKeyId: ""
    // The selected call (0: none) and whether its details are open.
    property double selectedCallId: 0
    property bool detailsOpen: false
    readonly property alias logModel: calls
    readonly property alias table: table

    // Preferred column widths; the model column takes what is left.
    readonly property var columnWidths: [160, 90, 0, 110, 80, 80, 90, 90, 80, 80, 80, 80]

    function columnWidth(column) {
        if (column !== CallLogModel.ModelColumn)
            return columnWidths[column];
        const others = columnWidths.reduce((sum, width) => sum + width, 0);
        return Math.max(160, table.width - others);
    }

    function selectRow(row) {
        if (row < 0 || row >= calls.count)
            return;
        selectedCallId = calls.callIdAt(row);
        table.positionViewAtRow(row, TableView.Contain);
    }

    function moveSelection(delta) {
        const current = calls.rowOfCall(selectedCallId);
        selectRow(current < 0 ? 0 : Math.max(0, Math.min(calls.count - 1, current + delta)));
    }

    function openDetails() {
        if (selectedCallId <= 0)
            moveSelection(0);
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

    header: LogFilterBar {
        filter: calls.filter
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
                delegate: Rectangle {
                    id: headerCell

                    required property int column
                    required property string display
                    required property string toolTip
                    readonly property bool sortable: calls.isSortable(column)
                    readonly property bool sorted: calls.sortColumn === column

                    implicitHeight: 32
                    color: page.palette.button
                    Accessible.role: Accessible.ColumnHeader
                    Accessible.name: display

                    Label {
                        anchors.fill: parent
                        anchors.leftMargin: 8
                        anchors.rightMargin: 8
                        verticalAlignment: Text.AlignVCenter
                        horizontalAlignment: calls.headerData(headerCell.column, Qt.Horizontal,
                                                              Qt.TextAlignmentRole)
                        elide: Text.ElideRight
                        font.bold: headerCell.sorted
                        color: page.palette.buttonText
                        text: headerCell.display + (!headerCell.sorted ? ""
                              : calls.sortOrder === Qt.AscendingOrder ? " ▲" : " ▼")
                    }
                    Rectangle {
                        anchors.right: parent.right
                        width: 1
                        height: parent.height
                        color: page.palette.mid
                    }
                    HoverHandler {
                        id: headerHover

                        cursorShape: headerCell.sortable ? Qt.PointingHandCursor : Qt.ArrowCursor
                    }
                    TapHandler {
                        enabled: headerCell.sortable
                        onTapped: calls.toggleSort(headerCell.column)
                    }
                    ToolTip.visible: headerHover.hovered && headerCell.toolTip.length > 0
                    ToolTip.delay: 600
                    ToolTip.text: headerCell.toolTip
                }
            }

            TableView {
                id: table

                objectName: "logTable"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: header.bottom
                anchors.bottom: statusLine.top
                model: calls
                clip: true
                focus: true
                activeFocusOnTab: true
                boundsBehavior: Flickable.StopAtBounds
                columnWidthProvider: column => page.columnWidth(column)
                ScrollBar.vertical: ScrollBar {}
                ScrollBar.horizontal: ScrollBar {}
                Accessible.role: Accessible.Table
                Accessible.name: qsTr("Recorded calls")

                onWidthChanged: forceLayout()
                Keys.onUpPressed: page.moveSelection(-1)
                Keys.onDownPressed: page.moveSelection(1)
                Keys.onReturnPressed: page.openDetails()
                Keys.onEnterPressed: page.openDetails()

                delegate: Rectangle {
                    id: cell

                    required property int row
                    required property int column
                    required property string display
                    required property string toolTip
                    required property int textAlignment
                    required property bool isError
                    required property double callId
                    readonly property bool selected: callId === page.selectedCallId

                    implicitHeight: 30
                    color: selected ? page.palette.highlight
                                    : row % 2 ? page.palette.alternateBase : page.palette.base
                    Accessible.role: Accessible.Cell
                    Accessible.name: display

                    Rectangle {
                        anchors.fill: parent
                        visible: cell.isError && !cell.selected
                        // An error tint that reads on light and dark bases alike.
                        color: Qt.rgba(0.85, 0.2, 0.15, 0.16)
                    }
                    Label {
                        id: cellText

                        anchors.fill: parent
                        anchors.leftMargin: 8
                        anchors.rightMargin: 8
                        verticalAlignment: Text.AlignVCenter
                        horizontalAlignment: cell.textAlignment
                        elide: Text.ElideRight
                        color: cell.selected ? page.palette.highlightedText : page.palette.text
                        text: cell.display
                    }
                    HoverHandler {
                        id: cellHover
                    }
                    TapHandler {
                        onTapped: {
                            page.selectedCallId = cell.callId;
                            page.detailsOpen = true;
                            table.forceActiveFocus();
                        }
                    }
                    ToolTip.visible: cellHover.hovered && cell.toolTip.length > 0
                                     && (cell.toolTip !== cell.display || cellText.truncated)
                    ToolTip.delay: 600
                    ToolTip.text: cell.toolTip
                }
            }

            Label {
                anchors.centerIn: table
                visible: calls.count === 0 && !calls.loading
                opacity: 0.7
                text: calls.errorString.length > 0 ? ""
                    : calls.filter.active ? qsTr("No calls match these filters.")
                                          : qsTr("No calls recorded yet.")
            }

            RowLayout {
                id: statusLine

                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: 6
                spacing: 8

                Label {
                    Layout.fillWidth: true
                    visible: calls.errorString.length > 0
                    color: "#c9372c"
                    elide: Text.ElideRight
                    text: qsTr("The log could not be read: %1").arg(calls.errorString)
                }
                Label {
                    Layout.fillWidth: true
                    visible: calls.errorString.length === 0
                    opacity: 0.7
                    text: calls.loading ? qsTr("Loading…")
                        : calls.hasMore ? qsTr("%n call(s) shown; scroll for more", "", calls.count)
                                        : qsTr("%n call(s)", "", calls.count)
                }
                BusyIndicator {
                    Layout.preferredWidth: 20
                    Layout.preferredHeight: 20
                    running: calls.loading
                    visible: running
                }
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
