pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ledger.App

// The column titles of the Pricing page's table; a click on one sorts by its column, a second
// click reverses the order. The widths are the rows' (PricingPage owns them).
RowLayout {
    id: header

    required property PriceFilterModel prices
    property int priceWidth: 92
    property int sourceWidth: 74
    property int actionsWidth: 64

    component SortHeader: ToolButton {
        id: sortHeader
        required property int sortKey
        property string title
        readonly property bool sorted: header.prices.sortKey === sortKey
        Layout.preferredWidth: header.priceWidth
        Layout.fillWidth: false
        text: title + (sorted ? (header.prices.descending ? " ▼" : " ▲") : "")
        font.bold: true
        opacity: sorted ? 1 : 0.7
        leftPadding: 0
        rightPadding: 0
        onClicked: header.prices.toggleSort(sortKey)
        Accessible.name: qsTr("Sort by %1").arg(title)
        contentItem: Label {
            text: sortHeader.text
            font: sortHeader.font
            horizontalAlignment: sortHeader.sortKey === PriceFilterModel.Name ? Text.AlignLeft : Text.AlignRight
            elide: Text.ElideRight
        }
    }

    SortHeader {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        sortKey: PriceFilterModel.Name
        title: qsTr("Model")
    }
    SortHeader { sortKey: PriceFilterModel.Input; title: qsTr("Input") }
    SortHeader { sortKey: PriceFilterModel.CachedInput; title: qsTr("Cached") }
    SortHeader { sortKey: PriceFilterModel.CacheWrite; title: qsTr("Cache write") }
    SortHeader { sortKey: PriceFilterModel.Output; title: qsTr("Output") }
    Label {
        Layout.preferredWidth: header.priceWidth
        horizontalAlignment: Text.AlignRight
        text: qsTr("Reasoning")
        font.bold: true
        opacity: 0.7
    }
    SortHeader {
        Layout.preferredWidth: header.sourceWidth
        sortKey: PriceFilterModel.Source
        title: qsTr("Source")
    }
    Item { Layout.preferredWidth: header.actionsWidth }
}
