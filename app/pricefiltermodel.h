#pragma once

#include <QQmlEngine>
#include <QSortFilterProxyModel>

// The Pricing page's view of a PriceListModel: the rows whose model name or provider contain
// the search text (case-insensitive), sorted by name, provider, source or a price. Rows
// without the price sorted on (an absent cache-write price) come last in either direction,
// and ties keep name order, so the order never depends on the order rows arrived in.
class PriceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(SortKey sortKey READ sortKey WRITE setSortKey NOTIFY sortChanged)
    Q_PROPERTY(bool descending READ descending WRITE setDescending NOTIFY sortChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum SortKey { Name, Provider, Source, Input, CachedInput, CacheWrite, Output };
    Q_ENUM(SortKey)

    explicit PriceFilterModel(QObject *parent = nullptr);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    SortKey sortKey() const { return m_sortKey; }
    void setSortKey(SortKey key);
    bool descending() const { return m_descending; }
    void setDescending(bool descending);
    int count() const { return rowCount(); }

    // Clicking a column header: sorts by it, or flips the direction if it already does.
    Q_INVOKABLE void toggleSort(SortKey key);

Q_SIGNALS:
    void searchTextChanged();
    void sortChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void applySort();

    QString m_searchText;
    SortKey m_sortKey = Name;
    bool m_descending = false;
};
