#include "pricefiltermodel.h"

#include "pricelistmodel.h"

#include <cmath>

PriceFilterModel::PriceFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &PriceFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &PriceFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &PriceFilterModel::countChanged);
    applySort();
}

void PriceFilterModel::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    Q_EMIT searchTextChanged();
    invalidateRowsFilter();
}

void PriceFilterModel::setSortKey(SortKey key)
{
    if (m_sortKey == key)
        return;
    m_sortKey = key;
    applySort();
}

void PriceFilterModel::setDescending(bool descending)
{
    if (m_descending == descending)
        return;
    m_descending = descending;
    applySort();
}

void PriceFilterModel::toggleSort(SortKey key)
{
    if (m_sortKey == key) {
        setDescending(!m_descending);
        return;
    }
    m_sortKey = key;
    m_descending = false;
    applySort();
}

void PriceFilterModel::applySort()
{
    // lessThan() knows the key; sort() only needs the direction.
    invalidate();
    sort(0, m_descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    Q_EMIT sortChanged();
}

bool PriceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QString needle = m_searchText.trimmed();
    if (needle.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    for (const int role : {PriceListModel::NameRole, PriceListModel::ProviderRole}) {
        if (index.data(role).toString().contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool PriceFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto byName = [&] {
        const int order = QString::compare(left.data(PriceListModel::NameRole).toString(),
                                           right.data(PriceListModel::NameRole).toString(),
                                           Qt::CaseInsensitive);
        // Ascending name order in either direction, so undo the view's reversal.
        return m_descending ? order > 0 : order < 0;
    };
    int role = 0;
    switch (m_sortKey) {
    case Name:
        return QString::compare(left.data(PriceListModel::NameRole).toString(),
                                right.data(PriceListModel::NameRole).toString(),
                                Qt::CaseInsensitive)
            < 0;
    case Provider:
    case Source: {
        const int textRole
            = m_sortKey == Provider ? PriceListModel::ProviderRole : PriceListModel::SourceTextRole;
        const int order = QString::compare(left.data(textRole).toString(),
                                           right.data(textRole).toString(), Qt::CaseInsensitive);
        return order != 0 ? order < 0 : byName();
    }
    case Input:
        role = PriceListModel::InputRole;
        break;
    case CachedInput:
        role = PriceListModel::CachedInputRole;
        break;
    case CacheWrite:
        role = PriceListModel::CacheWriteRole;
        break;
    case Output:
        role = PriceListModel::OutputRole;
        break;
    }
    const double a = left.data(role).toDouble();
    const double b = right.data(role).toDouble();
    if (std::isnan(a) || std::isnan(b)) {
        if (std::isnan(a) && std::isnan(b))
            return byName();
        return m_descending ? std::isnan(a) : std::isnan(b); // absent last either way
    }
    return a != b ? a < b : byName();
}
