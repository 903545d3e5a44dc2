import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Ledger.App

// Saves what a page shows as a CSV file: the request log as filtered (when the page gives a
// logFilter) or a cost report of the page's period (when it gives fromMs/toMs) grouped by day,
// model, provider or key. The user picks the file; the export runs in the background with a
// progress bar and can be cancelled, which leaves no file behind.
Dialog {
    id: dialog

    required property LedgerReader ledger
    property CallLogFilter logFilter: null
    property double fromMs: 0
    property double toMs: 0
    property string clientKeyId: ""
    property string rangeLabel: ""
    // Which choice is selected when the dialog opens.
    property int initialKind: ExportController.Log

    readonly property bool canExportLog: logFilter !== null
    readonly property bool canExportReport: toMs > fromMs
    readonly property alias exporter: exporter
    // What the last export came to, shown under the progress bar.
    property string outcome: ""
    property bool succeeded: false

    title: qsTr("Export CSV")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(480, Overlay.overlay ? Overlay.overlay.width - 40 : 480)
    closePolicy: exporter.running ? Popup.NoAutoClose : Popup.CloseOnEscape

    onAboutToShow: {
        const wantsLog = initialKind === ExportController.Log;
        logChoice.checked = canExportLog && (wantsLog || !canExportReport);
        reportChoice.checked = !logChoice.checked;
    }

    ExportController {
        id: exporter

        ledger: dialog.ledger
        logFilter: dialog.logFilter
        fromMs: dialog.fromMs
        toMs: dialog.toMs
        clientKeyId: dialog.clientKeyId
        kind: logChoice.checked ? ExportController.Log : ExportController.Report
        groupBy: grouping.currentValue === undefined ? ExportController.ByDay
                                                     : grouping.currentValue
    }

    Connections {
        target: exporter

        function onRunningChanged() {
            if (exporter.running) {
                dialog.outcome = "";
                dialog.succeeded = false;
            }
        }
        function onFinished(ok, cancelled) {
            dialog.succeeded = ok;
            dialog.outcome = ok ? qsTr("Saved %1 rows to %2")
                                  .arg(Number(exporter.rowsWritten).toLocaleString(Qt.locale(), "f", 0))
                                  .arg(exporter.lastFilePath)
                           : cancelled ? qsTr("Export cancelled; no file was written.")
                           : qsTr("The export failed: %1").arg(exporter.errorString);
        }
    }

    FileDialog {
        id: fileDialog

        title: qsTr("Export CSV to")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)"), qsTr("All files (*)")]
        onAccepted: exporter.start(selectedFile)
    }

    function chooseFile() {
        fileDialog.currentFolder = exporter.suggestedFolder;
        fileDialog.selectedFile = exporter.suggestedFile;
        fileDialog.open();
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            text: qsTr("What to export")
            font.bold: true
        }
        RadioButton {
            id: logChoice

            Layout.fillWidth: true
            enabled: dialog.canExportLog && !exporter.running
            text: dialog.logFilter && dialog.logFilter.active
                  ? qsTr("The calls of the request log, as filtered")
                  : qsTr("All calls of the request log")
            Accessible.name: text
        }
        RadioButton {
            id: reportChoice

            Layout.fillWidth: true
            enabled: dialog.canExportReport && !exporter.running
            text: dialog.rangeLabel.length > 0
                  ? qsTr("A cost report for %1").arg(dialog.rangeLabel)
                  : qsTr("A cost report for the period shown")
            Accessible.name: text
        }
        RowLayout {
            Layout.leftMargin: 32
            enabled: reportChoice.checked && !exporter.running
            spacing: 8

            Label {
                text: qsTr("One row per")
            }
            ComboBox {
                id: grouping

                Layout.preferredWidth: 160
                textRole: "text"
                valueRole: "value"
                model: [
                    { value: ExportController.ByDay, text: qsTr("Day") },
                    { value: ExportController.ByModel, text: qsTr("Model") },
                    { value: ExportController.ByProvider, text: qsTr("Provider") },
                    { value: ExportController.ByKey, text: qsTr("Client key") }
                ]
                Accessible.name: qsTr("Report rows")
            }
        }

        ProgressBar {
            Layout.fillWidth: true
            Layout.topMargin: 8
            visible: exporter.running || dialog.succeeded
            indeterminate: exporter.running && exporter.rowsTotal < 0
            value: exporter.progress
            Accessible.name: qsTr("Export progress")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: text.length > 0
            color: exporter.errorString.length > 0 && !exporter.running ? "#c9372c" : palette.text
            text: exporter.running && exporter.rowsTotal >= 0
                  ? qsTr("%1 of %2 rows written")
                        .arg(Number(exporter.rowsWritten).toLocaleString(Qt.locale(), "f", 0))
                        .arg(Number(exporter.rowsTotal).toLocaleString(Qt.locale(), "f", 0))
                  : exporter.running ? qsTr("Counting the rows…")
                  : dialog.outcome.length > 0 ? dialog.outcome
                  : exporter.errorString.length > 0
                  ? qsTr("The export failed: %1").arg(exporter.errorString)
                  : ""
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Choose file and export…")
            enabled: !exporter.running
                     && (logChoice.checked ? dialog.canExportLog : dialog.canExportReport)
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            Accessible.name: qsTr("Choose a file and export")
            onClicked: dialog.chooseFile()
        }
        Button {
            text: exporter.running ? qsTr("Cancel export") : qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            Accessible.name: text
            onClicked: exporter.running ? exporter.cancel() : dialog.close()
        }
    }
}
