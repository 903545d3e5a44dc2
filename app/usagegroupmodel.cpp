#include "usagegroupmodel.h"

#include "ledgerformat.h"

#include <QDateTime>
#include <QLocale>

UsageGroupModel::UsageGroupModel(QObject *parent) : LedgerQueryModel(parent) { }

void UsageGroupModel::setGrouping(Grouping grouping)
{
    if (m_grouping == grouping)
        return;
    m_grouping = grouping;
    Q_EMIT groupingChanged();
    scheduleQuery();
}

void UsageGroupModel::setMaxGroups(int maxGroups)
{
    maxGroups = qMax(1, maxGroups);
    if (m_maxGroups == maxGroups)
        return;
    m_maxGroups = maxGroups;
    Q_EMIT maxGroupsChanged();
    scheduleQuery();
}

int UsageGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int UsageGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<int, QByteArray> UsageGroupModel::roleNames() const
{
    return {{NameRole, "name"},
            {CostRole, "cost"},
            {CostTextRole, "costText"},
            {ShareRole, "share"},
            {ShareTextRole, "shareText"},
            {RequestsTextRole, "requestsText"},
            {TokensTextRole, "tokensText"},
            {ErrorRateTextRole, "errorRateText"}};
}

QVariant UsageGroupModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const UsageGroup &group = m_groups.at(index.row());
    const UsageTotals &t = group.totals;
    if (role == Qt::DisplayRole)
        role = index.column() == NameColumn ? NameRole : CostRole;
    const double share = m_totalCost > 0 ? t.costUsd / m_totalCost : 0.0;
    switch (role) {
    case NameRole:
        if (m_grouping == ByDay)
            return QLocale().toString(QDate::fromString(group.key, Qt::ISODate),
                                      QLocale::ShortFormat);
        if (!group.label.isEmpty())
            return group.label;
        return group.key.isEmpty() ? tr("(unknown)") : group.key;
    case CostRole:
        return t.costUsd;
    case CostTextRole:
        return LedgerFormat::usd(t.costUsd);
    case ShareRole:
        return share;
    case ShareTextRole:
        return LedgerFormat::percent(share);
    case RequestsTextRole:
        return LedgerFormat::count(t.requests);
    case TokensTextRole:
        return LedgerFormat::count(t.tokens.totalTokens());
    case ErrorRateTextRole:
        return LedgerFormat::percent(t.requests ? double(t.errors) / double(t.requests) : 0.0);
    default:
        return {};
    }
}

void UsageGroupModel::startQuery()
{
    const TimeRange range{fromMs(), toMs()};
    const GroupBy by = m_grouping == ByModel ? GroupBy::Model
        : m_grouping == ByProvider           ? GroupBy::Provider
                                             : GroupBy::Day;
    const QString key = clientKeyId();
    const int offset = QDateTime::fromMSecsSinceEpoch(range.fromMs).offsetFromUtc();
    m_query.start(
        ledger(),
        [range, by, key, offset](CallQueries &q) { return q.groupBy(range, by, key, offset); },
        [this](const ReadResult<QList<UsageGroup>> &result) {
            if (result.error.isEmpty())
                apply(result.value);
            finishQuery(result.error);
        });
}

void UsageGroupModel::apply(QList<UsageGroup> groups)
{
    if (m_grouping == ByDay)
        std::reverse(groups.begin(), groups.end()); // newest first
    if (groups.size() > m_maxGroups) {
        UsageGroup other;
        other.label = tr("Other");
        for (qsizetype i = m_maxGroups - 1; i < groups.size(); ++i)
            other.totals += groups.at(i).totals;
        groups.resize(m_maxGroups - 1);
        if (m_grouping != ByDay)
            groups.append(other);
    }
    m_totalCost = 0;
    for (const UsageGroup &group : std::as_const(groups))
        m_totalCost += group.totals.costUsd;

    // Update in place when the same groups come back (a live refresh), else reset.
    bool same = groups.size() == m_groups.size();
    for (qsizetype i = 0; same && i < groups.size(); ++i)
        same = groups.at(i).key == m_groups.at(i).key && groups.at(i).label == m_groups.at(i).label;
    if (same) {
        m_groups = groups;
        if (!m_groups.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_groups = groups;
    endResetModel();
}
