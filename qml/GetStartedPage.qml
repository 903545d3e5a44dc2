import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ledger.App

// First run and always reachable: where to point your tools, and proof that
// calls are being recorded.
ScrollView {
    id: page

    required property ProxyStatus status

    contentWidth: availableWidth

    ColumnLayout {
        width: page.availableWidth
        spacing: 16

        Item { implicitHeight: 8 }

        Label {
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            Layout.fillWidth: true
            text: qsTr("Point your tools at LLM Ledger")
            font.pixelSize: 24
            font.bold: true
        }
        Label {
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Every call passes through unchanged to the provider and is recorded with its tokens, cost and timings. Your tools keep their own API keys.")
        }

        Label {
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            Layout.fillWidth: true
            visible: page.status.state === ProxyStatus.Failed
            color: "#c9372c"
            wrapMode: Text.WordWrap
            text: qsTr("The proxy could not start: %1").arg(page.status.errorString)
        }
        Repeater {
            model: page.status.warnings
            delegate: Label {
                required property string modelData
                Layout.leftMargin: 24
                Layout.rightMargin: 24
                Layout.fillWidth: true
                color: "#b7791f"
                wrapMode: Text.WordWrap
                text: "⚠ " + modelData
            }
        }

        GridLayout {
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 16
            rowSpacing: 16

            UrlCard {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                title: qsTr("OpenAI-style base URL")
                url: page.status.openAiBaseUrl
                hint: qsTr("OPENAI_BASE_URL — OpenAI SDKs, Codex, aider, Continue, Ollama-compatible tools")
                onCopyRequested: text => page.status.copyToClipboard(text)
            }
            UrlCard {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                title: qsTr("Anthropic-style base URL")
                url: page.status.anthropicBaseUrl
                hint: qsTr("ANTHROPIC_BASE_URL — Anthropic SDKs, Claude Code")
                onCopyRequested: text => page.status.copyToClipboard(text)
            }
        }

        Frame {
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            Layout.fillWidth: true

            RowLayout {
                anchors.fill: parent
                spacing: 32
                ColumnLayout {
                    Label { text: qsTr("Calls recorded since start"); opacity: 0.7 }
                    Label { text: page.status.callCount; font.pixelSize: 22; font.bold: true }
                }
                ColumnLayout {
                    Label { text: qsTr("Their cost"); opacity: 0.7 }
                    Label { text: page.status.costText; font.pixelSize: 22; font.bold: true }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Label { text: qsTr("Last call"); opacity: 0.7 }
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        text: page.status.lastCallText.length > 0 ? page.status.lastCallText
                                                                  : qsTr("Waiting for the first call…")
                    }
                }
            }
        }

        Label {
            Layout.leftMargin: 24
            Layout.topMargin: 8
            text: qsTr("Set-up snippets")
            font.pixelSize: 18
            font.bold: true
        }

        GridLayout {
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 16
            rowSpacing: 16

            Repeater {
                model: SnippetModel {
                    baseUrl: page.status.anthropicBaseUrl
                }
                delegate: SnippetCard {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    onCopyRequested: text => page.status.copyToClipboard(text)
                }
            }
        }

        Item { implicitHeight: 16 }
    }
}
