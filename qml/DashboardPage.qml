import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Ledger.App

// What LLM use cost over a period: KPI cards, tokens and cost over time, cost by model and by
// provider, and the recent days. Optionally narrowed to one client key.
ScrollView {
    id: page

    required property LedgerReader ledger
    property string clientKeyId: ""
    property string clientKeyName: ""
    readonly property bool dark: palette.window.hslLightness < 0.5

    signal clearKey()

    contentWidth: availableWidth

    TimeRangeSelection {
        id: range
    }
    KpiModel {
        id: kpis
        ledger: page.ledger
        fromMs: range.fromMs
        toMs: range.toMs
        clientKeyId: page.clientKeyId
    }
    UsageSeriesModel {
        id: series
        ledger: page.ledger
        fromMs: range.fromMs
        toMs: range.toMs
        hourly: range.hourly
        clientKeyId: page.clientKeyId
    }
    UsageGroupModel {
        id: byModel
        ledger: page.ledger
        fromMs: range.fromMs
        toMs: range.toMs
        clientKeyId: page.clientKeyId
        grouping: UsageGroupModel.ByModel
        maxGroups: 7
    }
    UsageGroupModel {
        id: byProvider
        ledger: page.ledger
        fromMs: range.fromMs
        toMs: range.toMs
        clientKeyId: page.clientKeyId
        grouping: UsageGroupModel.ByProvider
    }
    UsageGroupModel {
        id: recentDays
        ledger: page.ledger
        fromMs: range.fromMs
        toMs: range.toMs
        clientKeyId: page.clientKeyId
        grouping: UsageGroupModel.ByDay
        maxGroups: 7
    }
    CostTrendModel {
        id: trend
        ledger: page.ledger
        toMs: range.toMs
        clientKeyId: page.clientKeyId
        period: trendPeriod.currentIndex
    }

    ColumnLayout {
        width: page.availableWidth
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 16
            Layout.bottomMargin: 0
            spacing: 12

            Label {
                text: qsTr("Dashboard")
                font.pixelSize: 22
                font.bold: true
            }
            Button {
                visible: page.clientKeyId !== ""
                text: qsTr("Key: %1 ✕").arg(page.clientKeyName || page.clientKeyId.slice(0, 8))
                flat: true
                Accessible.name: qsTr("Show all keys")
                onClicked: page.clearKey()
            }
            Item { Layout.fillWidth: true }
            LoadingIndicator {
                running: kpis.loading || series.loading
                Layout.preferredHeight: 28
                Layout.preferredWidth: 28
            }
            RangeBar {
                selection: range
            }
            Button {
                text: qsTr("Export CSV…")
                Accessible.name: qsTr("Export a cost report as CSV")
                onClicked: exportDialog.open()
            }
        }

        ExportDialog {
            id: exportDialog

            ledger: page.ledger
            fromMs: range.fromMs
            toMs: range.toMs
            clientKeyId: page.clientKeyId
            rangeLabel: range.label
            initialKind: ExportController.Report
        }

        Label {
            Layout.leftMargin: 16
            visible: kpis.errorString !== ""
            text: qsTr("Cannot read the ledger: %1").arg(kpis.errorString)
            color: "#d9534f"
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            columns: Math.max(1, Math.floor((page.availableWidth - 32) / 200))
            columnSpacing: 8
            rowSpacing: 8

            Repeater {
                objectName: "kpiCards"
                model: kpis
                delegate: KpiCard {
                    Layout.fillWidth: true
                }
            }
        }

        ChartCard {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.preferredHeight: 300
            title: range.hourly ? qsTr("Tokens and cost per hour") : qsTr("Tokens and cost per day")

            ChartView {
                id: usageChart

                anchors.fill: parent
                antialiasing: true
                legend.alignment: Qt.AlignBottom
                margins { left: 0; right: 0; top: 0; bottom: 0 }
                backgroundColor: "transparent"
                theme: page.dark ? ChartView.ChartThemeDark : ChartView.ChartThemeLight
                Accessible.name: qsTr("Tokens and cost over time")

                DateTimeAxis {
                    id: timeAxis
                    min: new Date(series.minTimeMs)
                    max: new Date(series.maxTimeMs)
                    format: range.hourly ? "hh:mm" : "MMM d"
                    tickCount: 7
                }
                ValueAxis {
                    id: tokenAxis
                    min: 0
                    max: Math.max(10, Math.ceil(series.maxTokens * 1.1 / series.tokenScale))
                    labelFormat: "%g" // a binding here makes QtCharts 6.4 redraw forever
                    titleText: series.tokenAxisTitle
                }
                ValueAxis {
                    id: costAxis
                    min: 0
                    max: Math.max(0.01, series.maxCost * 1.1)
                    labelFormat: "$%.2f"
                    titleText: qsTr("Cost")
                }
                AreaSeries {
                    name: qsTr("Tokens")
                    axisX: timeAxis
                    axisY: tokenAxis
                    opacity: 0.5
                    upperSeries: LineSeries {
                        VXYModelMapper {
                            model: series
                            xColumn: UsageSeriesModel.TimeColumn
                            yColumn: UsageSeriesModel.TokensColumn
                        }
                    }
                }
                LineSeries {
                    name: qsTr("Cost")
                    axisX: timeAxis
                    axisYRight: costAxis
                    width: 3
                    color: page.palette.text // the theme's own series colour is black on dark too
                    VXYModelMapper {
                        model: series
                        xColumn: UsageSeriesModel.TimeColumn
                        yColumn: UsageSeriesModel.CostColumn
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.bottomMargin: 16
            spacing: 12

            ChartCard {
                Layout.fillWidth: true
                Layout.preferredWidth: 3
                Layout.preferredHeight: 280
                title: qsTr("Cost by model")

                // A bar list rather than a pie: QtCharts 6.4's VPieModelMapper crashes when its
                // series is destroyed after the model.
                ShareList {
                    anchors.fill: parent
                    model: byModel
                }
            }
            ChartCard {
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                Layout.preferredHeight: 280
                title: qsTr("Cost by provider")

                ShareList {
                    anchors.fill: parent
                    model: byProvider
                }
            }
            ChartCard {
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                Layout.preferredHeight: 280
                title: qsTr("Recent days")

                ShareList {
                    anchors.fill: parent
                    model: recentDays
                    showBars: false
                }
            }
        }
        ChartCard {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.bottomMargin: 16
            Layout.preferredHeight: 250
            title: qsTr("Cost trend")

            ColumnLayout {
                anchors.fill: parent
                spacing: 8

                TabBar {
                    id: trendPeriod

                    currentIndex: CostTrendModel.Month
                    Accessible.name: qsTr("Cost trend by")

                    TabButton {
                        text: qsTr("Weeks")
                        width: implicitWidth
                    }
                    TabButton {
                        text: qsTr("Months")
                        width: implicitWidth
                    }
                    TabButton {
                        text: qsTr("Quarters")
                        width: implicitWidth
                    }
                }
                TrendBars {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    model: trend
                }
            }
        }
    }
}
