import QtQuick
import QtTest
import Ledger.App
import Ledger.Ui
import Ledger.Test

// The dashboard over the seeded ledger (ledgerfixture.h): the KPI cards show the sums of the
// known calls of the period, and choosing another period in the page's own selector changes
// them. Every expected text derives from the fixture's six calls (each 120 tokens).
Item {
    id: root

    // A page's share of the window at its minimum size (1024x700 less sidebar and tool bar).
    width: 844
    height: 640

    TestCase {
        id: testCase

        name: "Dashboard"
        when: windowShown

        property DashboardPage page

        Component {
            id: dashboardPage

            DashboardPage {
                anchors.fill: parent
                ledger: Fixture.ledger
            }
        }

        function initTestCase() {
            compare(Fixture.error, "");
        }

        function init() {
            failOnWarning(/.?/);
            page = createTemporaryObject(dashboardPage, root);
            verify(page);
        }

        // The label that shows a KPI card's value.
        function kpiValue(kpi) {
            const cards = findChild(page, "kpiCards");
            verify(cards, "kpiCards");
            compare(cards.count, KpiModel.KpiCount);
            const card = cards.itemAt(kpi);
            verify(card, "card " + kpi);
            const value = findChild(card, "kpiValue");
            verify(value, "kpiValue");
            verify(value.visible);
            return value;
        }

        function kpiText(kpi) {
            return kpiValue(kpi).text;
        }

        // Picks a period as a user does: opens the selector and clicks the entry.
        function choosePeriod(text) {
            const box = findChild(page, "rangePreset");
            verify(box, "rangePreset");
            const index = box.find(text);
            verify(index >= 0, text);
            mouseClick(box);
            tryCompare(box.popup, "opened", true);
            const entry = box.popup.contentItem.itemAtIndex(index);
            verify(entry, text);
            mouseClick(entry);
            tryCompare(box.popup, "visible", false);
            compare(box.currentText, text);
        }

        // The default period, the last 30 days, holds r1 to r5: $1.25 + $0.75 + $0.25 + $0.50 +
        // $2.00, 5 × 120 tokens, 2 errors (429, 500) in 5 calls.
        function test_kpisShowTheLedger() {
            tryCompare(page, "visible", true);
            tryCompare(kpiValue(KpiModel.TotalCost), "text", "$4.75", 10000);
            compare(kpiText(KpiModel.TotalTokens), "600");
            compare(kpiText(KpiModel.Requests), "5");
            compare(kpiText(KpiModel.ErrorRate), "40.0 %");
            compare(kpiText(KpiModel.CostPer1kTokens), "$7.92"); // 4.75 / 600 × 1000
            compare(kpiText(KpiModel.AverageDailyCost), "$0.158"); // 4.75 / 30
            waitForRendering(page);
        }

        function test_periodChangesTheKpis_data() {
            return [
                // r1, r2
                { tag: "Today", cost: "$2.00", tokens: "240", requests: "2", errors: "0.0 %",
                  perDay: "$2.00" },
                // r1 to r4
                { tag: "Last 7 days", cost: "$2.75", tokens: "480", requests: "4",
                  errors: "50.0 %", perDay: "$0.393" },
                // all six
                { tag: "Last 90 days", cost: "$8.75", tokens: "720", requests: "6",
                  errors: "33.3 %", perDay: "$0.097" }
            ];
        }

        function test_periodChangesTheKpis(data) {
            tryCompare(kpiValue(KpiModel.TotalCost), "text", "$4.75", 10000);
            choosePeriod(data.tag);
            tryCompare(kpiValue(KpiModel.TotalCost), "text", data.cost, 10000);
            compare(kpiText(KpiModel.TotalTokens), data.tokens);
            compare(kpiText(KpiModel.Requests), data.requests);
            compare(kpiText(KpiModel.ErrorRate), data.errors);
            compare(kpiText(KpiModel.AverageDailyCost), data.perDay);
        }
    }
}
