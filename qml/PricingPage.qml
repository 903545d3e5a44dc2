pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Ledger.App

// The prices the proxy charges calls at, per million tokens: the built-in table, the user's
// overrides (hand edits and LiteLLM imports) and the config's "prices". Searchable, sorted by a
// click on a column; Enter or F2 edits the current model, Delete removes its override, Ctrl+F
// searches. Every number comes formatted from PriceListModel; PriceEditor does the writing.
Pane {
    id: page

    required property PriceEditor editor

    // Column widths, shared by the header and the rows; the model's name takes what is left.
    readonly property int priceWidth: 92
    readonly property int sourceWidth: 74
    readonly property int actionsWidth: 64
    readonly property int rowPadding: 8
    readonly property color accent: palette.highlight

    padding: 16
    Accessible.name: qsTr("Prices")

    // The files may have changed meanwhile (`llmledger prices import`, a hand edit).
    onVisibleChanged: if (visible) editor.reload()

    PriceFilterModel {
        id: filtered
        sourceModel: page.editor.model
        searchText: searchField.text
    }

    Shortcut {
        sequences: [StandardKey.Find]
        onActivated: searchField.forceActiveFocus()
    }

    PriceEditDialog {
        id: editDialog
        objectName: "editDialog"
        editor: page.editor
    }

    RepriceDialog {
        id: repriceDialog
        objectName: "repriceDialog"
        editor: page.editor
    }

    FileDialog {
        id: importDialog
        objectName: "importDialog"
        title: qsTr("Import a LiteLLM price list")
        nameFilters: [qsTr("JSON files (*.json)"), qsTr("All files (*)")]
        onAccepted: page.editor.importLiteLlm(selectedFile)
    }

    component PriceCell: Label {
        Layout.preferredWidth: page.priceWidth
        Layout.fillWidth: false
        horizontalAlignment: Text.AlignRight
        elide: Text.ElideRight
    }
    component RowButton: ToolButton {
        implicitWidth: 28
        implicitHeight: 28
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Label { text: qsTr("Prices"); font.pixelSize: 22; font.bold: true }
            LoadingIndicator { running: page.editor.busy }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Add model…")
                enabled: !page.editor.busy
                onClicked: editDialog.openFor("")
            }
            Button {
                text: qsTr("Import LiteLLM JSON…")
                enabled: !page.editor.busy
                onClicked: importDialog.open()
                Accessible.description: qsTr("Merges a LiteLLM model_prices_and_context_window.json into your price overrides")
            }
            Button {
                text: qsTr("Re-price calls…")
                enabled: !page.editor.busy
                onClicked: repriceDialog.open()
            }
        }

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            opacity: 0.7
            text: qsTr("US dollars per million tokens. Your changes go to %1 and apply to new calls; the config's “prices” take precedence.").arg(page.editor.overridesFile)
        }

        Label {
            Layout.fillWidth: true
            visible: page.editor.errorString.length > 0
            wrapMode: Text.WordWrap
            text: qsTr("⚠ %1").arg(page.editor.errorString)
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            visible: page.editor.message.length > 0
            wrapMode: Text.WordWrap
            text: page.editor.message
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            TextField {
                id: searchField
                Layout.fillWidth: true
                placeholderText: qsTr("Search models or providers")
                Accessible.name: qsTr("Search models or providers")
                Keys.onDownPressed: list.forceActiveFocus()
            }
            Label {
                text: qsTr("%n model(s)", "", filtered.count)
                opacity: 0.7
            }
        }

        PriceTableHeader {
            Layout.fillWidth: true
            Layout.leftMargin: page.rowPadding
            Layout.rightMargin: page.rowPadding
            prices: filtered
            spacing: page.rowPadding
            priceWidth: page.priceWidth
            sourceWidth: page.sourceWidth
            actionsWidth: page.actionsWidth
        }

        ListView {
            id: list

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            model: filtered
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Model prices")
            Accessible.description: qsTr("Enter or F2 edits the price, Delete removes an override")

            delegate: Rectangle {
                id: row

                required property int index
                required property string name
                required property string provider
                required property string sourceText
                required property bool removable
                required property bool replacesBuiltIn
                required property string inputText
                required property string cachedInputText
                required property string cacheWriteText
                required property string cacheWrite1hText
                required property string outputText
                required property string reasoningText

                function makeCurrent() {
                    list.currentIndex = index;
                    forceActiveFocus();
                }
                function edit() { editDialog.openFor(name) }
                function removeOverride() {
                    if (removable)
                        page.editor.removeOverride(name);
                }

                width: ListView.view.width
                implicitHeight: Math.max(44, content.implicitHeight + 2 * page.rowPadding)
                color: ListView.isCurrentItem && list.activeFocus
                       ? Qt.rgba(page.accent.r, page.accent.g, page.accent.b, 0.2)
                       : index % 2 ? page.palette.alternateBase : page.palette.base
                border.color: ListView.isCurrentItem ? page.accent : "transparent"

                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1: input %2, cached input %3, output %4 per million tokens, %5")
                                 .arg(name).arg(inputText).arg(cachedInputText).arg(outputText)
                                 .arg(sourceText)

                Keys.onPressed: event => {
                    if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_F2)
                        edit();
                    else if (event.key === Qt.Key_Delete)
                        removeOverride();
                    else
                        return;
                    event.accepted = true;
                }

                MouseArea {
                    anchors.fill: parent
                    onClicked: row.makeCurrent()
                    onDoubleClicked: row.edit()
                }

                RowLayout {
                    id: content

                    anchors.fill: parent
                    anchors.margins: page.rowPadding
                    spacing: page.rowPadding

                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: row.name
                            font.bold: true
                            elide: Text.ElideMiddle
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: row.provider
                            font.pixelSize: 11
                            opacity: 0.7
                            elide: Text.ElideRight
                        }
                    }
                    PriceCell { text: row.inputText }
                    PriceCell { text: row.cachedInputText }
                    PriceCell {
                        text: row.cacheWriteText
                        ToolTip.visible: cacheWriteHover.hovered && row.cacheWrite1hText !== "—"
                        ToolTip.text: qsTr("1-hour cache writes: %1").arg(row.cacheWrite1hText)
                        HoverHandler { id: cacheWriteHover }
                    }
                    PriceCell { text: row.outputText }
                    PriceCell { text: row.reasoningText }
                    Label {
                        Layout.preferredWidth: page.sourceWidth
                        horizontalAlignment: Text.AlignRight
                        text: row.sourceText
                        font.italic: row.removable
                        elide: Text.ElideRight
                    }
                    RowLayout {
                        Layout.preferredWidth: page.actionsWidth
                        Layout.fillWidth: false
                        spacing: 2
                        Item { Layout.fillWidth: true }
                        RowButton {
                            text: "✎"
                            enabled: !page.editor.busy
                            onClicked: { row.makeCurrent(); row.edit() }
                            Accessible.name: qsTr("Edit the price of %1").arg(row.name)
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Edit the price (Enter)")
                        }
                        RowButton {
                            text: "↺"
                            visible: row.removable
                            enabled: !page.editor.busy
                            onClicked: row.removeOverride()
                            Accessible.name: qsTr("Remove the override of %1").arg(row.name)
                            ToolTip.visible: hovered
                            ToolTip.text: row.replacesBuiltIn
                                          ? qsTr("Remove override: back to the built-in price (Delete)")
                                          : qsTr("Remove override: the model will have no price (Delete)")
                        }
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                width: Math.min(parent.width - 32, 420)
                visible: list.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                opacity: 0.7
                text: qsTr("No model matches “%1”").arg(searchField.text)
            }
        }
    }
}
