pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ledger.App

// Adds a model's price or changes one: dollars per million tokens, typed as the locale writes
// numbers. PriceEditor checks and saves them; what it objects to stays on screen with the form.
Dialog {
    id: dialog

    required property PriceEditor editor
    property bool adding: true

    // Opens the form for a model of the table, or empty for a new one ("" as model).
    function openFor(model) {
        adding = model.length === 0;
        const draft = editor.draft(model);
        nameField.text = draft.name || "";
        inputField.text = draft.input || "";
        cachedInputField.text = draft.cachedInput || "";
        cacheWriteField.text = draft.cacheWrite || "";
        cacheWrite1hField.text = draft.cacheWrite1h || "";
        outputField.text = draft.output || "";
        reasoningField.text = draft.reasoning || "";
        errorLabel.text = "";
        open();
        (adding ? nameField : inputField).forceActiveFocus();
    }

    function save() {
        errorLabel.text = editor.savePrice(nameField.text, inputField.text, cachedInputField.text,
                                           cacheWriteField.text, cacheWrite1hField.text,
                                           outputField.text, reasoningField.text);
        if (errorLabel.text.length === 0)
            close();
    }

    title: adding ? qsTr("Add a model's price") : qsTr("Edit the price of %1").arg(nameField.text)
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(480, (parent ? parent.width : 480) - 32)

    onApplied: save()

    footer: DialogButtonBox {
        Button {
            text: qsTr("Save")
            enabled: !dialog.editor.busy
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            Accessible.name: qsTr("Save the price")
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    component PriceField: TextField {
        property string label
        Layout.fillWidth: true
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        Accessible.name: label
        onAccepted: dialog.save()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            opacity: 0.7
            text: qsTr("US dollars per million tokens. Input and output are required; leave the others empty when the provider has no separate price (cache reads and writes then cost the input price, reasoning the output price).")
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 12
            rowSpacing: 8

            Label { text: qsTr("Model") }
            TextField {
                id: nameField
                Layout.fillWidth: true
                readOnly: !dialog.adding
                placeholderText: qsTr("as clients send it, e.g. gpt-4o")
                Accessible.name: qsTr("Model name")
                onAccepted: inputField.forceActiveFocus()
            }
            Label { text: qsTr("Input") }
            PriceField { id: inputField; label: qsTr("Input price") }
            Label { text: qsTr("Cached input") }
            PriceField { id: cachedInputField; label: qsTr("Cached input price") }
            Label { text: qsTr("Cache write (5 min)") }
            PriceField { id: cacheWriteField; label: qsTr("Cache write price, 5-minute TTL") }
            Label { text: qsTr("Cache write (1 h)") }
            PriceField { id: cacheWrite1hField; label: qsTr("Cache write price, 1-hour TTL") }
            Label { text: qsTr("Output") }
            PriceField { id: outputField; label: qsTr("Output price") }
            Label { text: qsTr("Reasoning") }
            PriceField { id: reasoningField; label: qsTr("Reasoning price") }
        }

        Label {
            id: errorLabel
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.WordWrap
            color: dialog.palette.highlight
            font.bold: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
