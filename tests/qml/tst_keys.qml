import QtQuick
import QtTest
import Ledger.Ui
import Ledger.Test

// The Keys page over the seeded ledger (ledgerfixture.h): one row per client key of the last
// 30 days with its hint and request count, and a label given through the row's rename button
// and typed in its field replaces the hint.
Item {
    id: root

    // A page's share of the window at its minimum size (1024x700 less sidebar and tool bar).
    width: 844
    height: 640

    TestCase {
        id: testCase

        name: "Keys"
        when: windowShown

        property KeysPage page

        Component {
            id: keysPage

            KeysPage {
                anchors.fill: parent
                ledger: Fixture.ledger
            }
        }

        function initTestCase() {
            compare(Fixture.error, "");
        }

        function init() {
            failOnWarning(/.?/);
            page = createTemporaryObject(keysPage, root);
            verify(page);
        }

        // "name: requests" of every row, from the texts on screen.
        function shownKeys() {
            const list = findChild(page, "keyList");
            verify(list, "keyList");
            const keys = [];
            for (let i = 0; i < list.count; ++i) {
                const row = list.itemAtIndex(i);
                if (!row)
                    return ["row " + i + " not laid out"];
                const name = findChild(row, "keyName");
                const requests = findChild(row, "requestsCell");
                if (!name || !requests || !name.visible)
                    return ["row " + i + " has no name or request count shown"];
                keys.push(name.text + ": " + requests.text);
            }
            return keys;
        }

        function expectKeys(expected) {
            tryVerify(() => JSON.stringify(shownKeys()) === JSON.stringify(expected), 10000,
                      "expected " + JSON.stringify(expected));
        }

        // Last 30 days: key-a made r1, r3, r5 ($3.50), key-b r2, r4 ($1.25), most expensive
        // first; the call without a key (r6) is older, so there is no "(no key)" row.
        function test_rowsShowTheKeys() {
            expectKeys(["sk-…aaaa: 3", "sk-…bbbb: 2"]);
        }

        function test_labelGivenInTheRowIsShown() {
            expectKeys(["sk-…aaaa: 3", "sk-…bbbb: 2"]);
            const row = findChild(page, "keyList").itemAtIndex(1);
            const rename = findChild(row, "renameButton");
            verify(rename && rename.visible);
            mouseClick(rename);
            const field = findChild(row, "labelField");
            verify(field);
            tryVerify(() => field.visible && field.activeFocus);
            for (const c of "CI bot")
                keyClick(c);
            compare(field.text, "CI bot");
            keyClick(Qt.Key_Return);
            expectKeys(["sk-…aaaa: 3", "CI bot: 2"]);
            verify(!field.visible);

            // An emptied label gives the key its hint back (and the ledger as the other tests
            // expect it).
            mouseClick(rename);
            tryVerify(() => field.visible && field.activeFocus);
            compare(field.text, "CI bot");
            keyClick(Qt.Key_Backspace); // the label is selected
            compare(field.text, "");
            keyClick(Qt.Key_Return);
            expectKeys(["sk-…aaaa: 3", "sk-…bbbb: 2"]);
        }
    }
}
