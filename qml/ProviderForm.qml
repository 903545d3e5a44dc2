import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ledger.App

// Edits one provider (row >= 0) or a new one (row -1). A key typed here goes to the OS
// keychain on save and the field is cleared; the page only ever shows the key's hint.
Frame {
    id: form

    required property ProviderListModel providers
    required property ProviderEditor editor
    required property ConnectionTester tester
    property int row: -1
    property string keyHint: ""

    signal savedRow(int row)

    function editNew() {
        form.row = -1
        idField.text = ""
        kindBox.currentIndex = 0
        urlField.text = ""
        modelsField.text = "*"
        keySourceBox.currentIndex = 0
        keyNameField.text = ""
        keyField.text = ""
        localBox.checked = false
        form.keyHint = ""
        form.tester.clear()
        idField.forceActiveFocus()
    }
    function edit(index) {
        const p = form.providers.get(index)
        form.row = index
        idField.text = p.providerId
        kindBox.currentIndex = kindBox.indexOfValue(p.kind)
        urlField.text = p.baseUrl
        modelsField.text = p.models
        keySourceBox.currentIndex = keySourceBox.indexOfValue(p.keySource)
        keyNameField.text = p.keyName
        keyField.text = ""
        localBox.checked = p.local
        form.keyHint = p.keyHint
        form.tester.clear()
    }

    Connections {
        target: form.providers
        function onKeyHintsUpdated() {
            if (form.row >= 0)
                form.keyHint = form.providers.get(form.row).keyHint
        }
    }
    Connections {
        target: form.editor
        function onSaved(row) {
            keyField.text = ""
            form.savedRow(row)
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 8

            Label {
                text: form.row < 0 ? qsTr("New provider") : qsTr("Edit provider")
                font.pixelSize: 16
                font.bold: true
            }
            Label { text: qsTr("Name") }
            TextField {
                id: idField
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. groq")
                Accessible.name: qsTr("Provider name")
            }
            Label { text: qsTr("API style") }
            ComboBox {
                id: kindBox
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                model: [{ value: "openai", text: qsTr("OpenAI-style (/v1/chat/completions …)") },
                        { value: "anthropic", text: qsTr("Anthropic-style (/v1/messages)") }]
                Accessible.name: qsTr("API style")
            }
            Label { text: qsTr("Base URL") }
            TextField {
                id: urlField
                Layout.fillWidth: true
                placeholderText: kindBox.currentValue === "anthropic" ? "https://api.anthropic.com"
                                                                     : "https://api.openai.com/v1"
                Accessible.name: qsTr("Base URL")
            }
            Label { text: qsTr("Models (comma-separated, * and ? match any)") }
            TextField {
                id: modelsField
                Layout.fillWidth: true
                Accessible.name: qsTr("Models")
            }
            Label { text: qsTr("API key") }
            ComboBox {
                id: keySourceBox
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                // In the order of ProviderEditor.KeySource.
                model: [{ value: "client", text: qsTr("The client's own key") },
                        { value: "keychain", text: qsTr("Stored in the OS keychain") },
                        { value: "env", text: qsTr("Environment variable") },
                        { value: "none", text: qsTr("None (local server)") }]
                Accessible.name: qsTr("Key source")
            }
            TextField {
                id: keyNameField
                Layout.fillWidth: true
                visible: keySourceBox.currentValue === "env"
                placeholderText: qsTr("Variable name, e.g. GROQ_API_KEY")
                Accessible.name: qsTr("Environment variable")
            }
            TextField {
                id: keyField
                Layout.fillWidth: true
                visible: keySourceBox.currentValue === "keychain"
                echoMode: TextInput.Password
                placeholderText: form.keyHint.length > 0
                                 ? qsTr("Stored: %1 (type to replace)").arg(form.keyHint)
                                 : qsTr("Paste the API key")
                Accessible.name: qsTr("API key")
            }
            CheckBox {
                id: localBox
                text: qsTr("Local (free): calls cost nothing")
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                visible: form.editor.errorString.length > 0
                wrapMode: Text.Wrap
                color: "#c9372c"
                text: form.editor.errorString
            }
            RowLayout {
                Layout.fillWidth: true
                Button {
                    text: qsTr("Save")
                    highlighted: true
                    enabled: !form.editor.busy
                    Accessible.name: text
                    onClicked: form.editor.save(form.row, idField.text, kindBox.currentValue,
                                                urlField.text, modelsField.text,
                                                keySourceBox.currentIndex,
                                                keySourceBox.currentIndex === 1
                                                    || keySourceBox.currentIndex === 2
                                                    ? keyNameField.text : "",
                                                localBox.checked, keyField.text)
                }
                Button {
                    text: qsTr("Test connection")
                    enabled: !form.tester.running
                    Accessible.name: text
                    onClicked: form.tester.test(kindBox.currentValue, urlField.text,
                                                keySourceBox.currentValue,
                                                keySourceBox.currentValue === "env"
                                                    ? keyNameField.text : (keyNameField.text || idField.text),
                                                keyField.text)
                }
                Button {
                    text: qsTr("Delete stored key")
                    visible: form.row >= 0 && form.keyHint.length > 0
                    Accessible.name: text
                    onClicked: form.editor.deleteKey(form.row)
                }
            }
            LoadingIndicator { running: form.tester.running }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.Wrap
                text: form.tester.resultText
                color: form.tester.succeeded ? "#2e9d5b" : "#c9372c"
            }
        }
    }
}
