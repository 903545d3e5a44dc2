import QtQuick
import QtTest
import Ledger.App
import Ledger.Ui
import Ledger.Test

// The request log over the seeded ledger (ledgerfixture.h): its filters, set through the
// page's own controls (mouse on the boxes, typing in the search field), change which calls
// the table shows. A row is read from its cells as "model status key".
Item {
    id: root

    // A page's share of the window at its minimum size (1024x700 less sidebar and tool bar).
    width: 844
    height: 640

    TestCase {
        id: testCase

        name: "Logs"
        when: windowShown

        property LogsPage page

        // Newest first, as the table sorts.
        readonly property string r1: "gpt-4o 200 sk-…aaaa"
        readonly property string r2: "claude-sonnet 200 sk-…bbbb"
        readonly property string r3: "gpt-4o-mini 429 sk-…aaaa"
        readonly property string r4: "gpt-4o 500 sk-…bbbb"
        readonly property string r5: "claude-sonnet 200 sk-…aaaa"
        readonly property string r6: "gpt-4o 200" // no key
        readonly property var everyCall: [r2, r1, r4, r3, r5, r6]

        Component {
            id: logsPage

            LogsPage {
                anchors.fill: parent
                ledger: Fixture.ledger
            }
        }

        function initTestCase() {
            compare(Fixture.error, "");
        }

        function init() {
            failOnWarning(/.?/);
            page = createTemporaryObject(logsPage, root);
            verify(page);
            tryVerify(() => shownRows().length === 6, 10000);
            compare(shownRows(), everyCall);
            compare(findChild(page, "callCount").text, "6 call(s)");
        }

        // The rows the table has laid out, from their cells.
        function shownRows() {
            const table = page.table;
            const rows = [];
            for (let row = 0; row < table.rows; ++row) {
                const cells = [CallLogModel.ModelColumn, CallLogModel.StatusColumn,
                               CallLogModel.KeyColumn].map(column => table.itemAtCell(column, row));
                if (cells.some(cell => !cell || !cell.visible))
                    return ["row " + row + " not laid out"];
                rows.push(cells.map(cell => cell.text).join(" ").trim());
            }
            return rows;
        }

        function expectRows(expected) {
            tryVerify(() => JSON.stringify(shownRows()) === JSON.stringify(expected), 10000,
                      "expected " + JSON.stringify(expected));
            compare(page.table.rows, expected.length);
            compare(findChild(page, "callCount").text, expected.length + " call(s)");
        }

        // Picks an entry of a filter box as a user does: opens it and clicks the entry.
        function choose(boxName, text) {
            const box = findChild(page, boxName);
            verify(box, boxName);
            tryVerify(() => box.find(text) >= 0); // the model's choices come from the ledger
            const index = box.find(text);
            mouseClick(box);
            tryCompare(box.popup, "opened", true);
            const list = box.popup.contentItem;
            list.positionViewAtIndex(index, ListView.Contain);
            const entry = list.itemAtIndex(index);
            verify(entry, text);
            mouseClick(entry);
            tryCompare(box.popup, "visible", false);
            compare(box.displayText, text);
        }

        function clearFilters() {
            const clear = findChild(page, "clearFilters");
            verify(clear.enabled);
            mouseClick(clear);
            expectRows(everyCall);
            verify(!clear.enabled);
        }

        function test_modelAndStatusNarrowTheTable() {
            choose("modelFilter", "gpt-4o");
            expectRows([r1, r4, r6]);
            choose("statusFilter", "5xx server error");
            expectRows([r4]);
            choose("statusFilter", "4xx client error");
            expectRows([]);
            verify(findChild(page, "logTable").visible);
            clearFilters();
            compare(findChild(page, "modelFilter").displayText, "All models");
        }

        function test_providerNarrowsTheTable() {
            choose("providerFilter", "anthropic");
            expectRows([r2, r5]);
            choose("statusFilter", "Errors and no answer");
            expectRows([]);
            clearFilters();
        }

        function test_searchNarrowsTheTable() {
            const search = findChild(page, "searchField");
            verify(search);
            mouseClick(search);
            tryVerify(() => search.activeFocus);
            for (const c of "claude-cli")
                keyClick(c);
            compare(search.text, "claude-cli");
            expectRows([r5]); // the only call with that user agent
            keyClick(Qt.Key_A, Qt.ControlModifier);
            keyClick(Qt.Key_Backspace);
            for (const c of "mini")
                keyClick(c);
            expectRows([r3]); // gpt-4o-mini
            clearFilters();
            compare(search.text, "");
        }
    }
}
