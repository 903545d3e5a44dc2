pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ledger.App

// The upstream providers in routing order (the first whose models match serves a call),
// with their health over the last 24 hours; the form beside edits the selected one or a new
// one. Everything shown comes from ProviderListModel; changes go through ProviderEditor.
Pane {
    id: page

    required property ProviderListModel providers
    required property ProviderEditor editor
    required property ConnectionTester tester

    padding: 16

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Label { text: qsTr("Providers"); font.pixelSize: 22; font.bold: true }
            BusyIndicator { implicitWidth: 24; implicitHeight: 24; running: page.providers.loading }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Add provider")
                Accessible.name: text
                onClicked: {
                    list.currentIndex = -1
                    form.editNew()
                }
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            opacity: 0.7
            text: qsTr("A call goes to the first provider of its API style whose models match. "
                       + "Changes apply to the running proxy at once.")
        }
        Label {
            Layout.fillWidth: true
            visible: page.providers.errorString.length > 0
            wrapMode: Text.Wrap
            color: "#c9372c"
            text: page.providers.errorString
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 16

            ListView {
                id: list
                objectName: "providerList"

                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumWidth: 300
                clip: true
                focus: true
                spacing: 4
                model: page.providers
                currentIndex: -1
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Providers")
                onCurrentIndexChanged: if (currentIndex >= 0) form.edit(currentIndex)

                delegate: ProviderRow {
                    width: ListView.view.width
                    selected: ListView.isCurrentItem
                    last: index === ListView.view.count - 1
                    onSelect: list.currentIndex = index
                    onMoveUp: {
                        if (page.editor.move(index, -1))
                            list.currentIndex = index - 1
                    }
                    onMoveDown: {
                        if (page.editor.move(index, 1))
                            list.currentIndex = index + 1
                    }
                    onRemove: {
                        list.currentIndex = -1
                        page.editor.remove(index)
                        form.editNew()
                    }
                }
            }

            ProviderForm {
                id: form
                objectName: "providerForm"
                Layout.fillHeight: true
                Layout.fillWidth: false
                Layout.preferredWidth: Math.max(360, page.availableWidth * 0.4)
                providers: page.providers
                editor: page.editor
                tester: page.tester
                onSavedRow: row => list.currentIndex = row
            }
        }
    }
}
