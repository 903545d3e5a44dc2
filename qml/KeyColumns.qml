import QtQuick

// The Keys page's column widths, shared by its header and its rows; the key's name takes what
// is left. (Hiding a column when narrow misaligned the header with Qt 6.4's RowLayout.)
QtObject {
    readonly property int requestsWidth: 68
    readonly property int tokensWidth: 52
    readonly property int costWidth: 76
    readonly property int budgetWidth: 92
    readonly property int latencyWidth: 72
    readonly property int lastUsedWidth: 72
    readonly property int trendWidth: 64
    readonly property int actionsWidth: 140
    readonly property int rowPadding: 8
}
