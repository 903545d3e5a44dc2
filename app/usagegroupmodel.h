#pragma once

#include "ledgerquerymodel.h"
#include "ledgerreader.h"
#include "usagetotals.h"

// Cost, requests and tokens of the range grouped by model, provider or day, most expensive
// first (days: newest first). Beyond maxGroups the rest is folded into one "Other" row so a
// pie stays readable. Columns name and cost feed QtCharts' VPieModelMapper/VBarModelMapper;
// roles carry the formatted texts.
class UsageGroupModel : public LedgerQueryModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Grouping grouping READ grouping WRITE setGrouping NOTIFY groupingChanged)
    Q_PROPERTY(int maxGroups READ maxGroups WRITE setMaxGroups NOTIFY maxGroupsChanged)
    Q_PROPERTY(double totalCost READ totalCost NOTIFY refreshed)

public:
    enum Grouping { ByModel, ByProvider, ByDay };
    Q_ENUM(Grouping)
    enum Column { NameColumn, CostColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        NameRole = Qt::UserRole,
        CostRole,
        CostTextRole,
        ShareRole,
        ShareTextRole,
        RequestsTextRole,
        TokensTextRole,
        ErrorRateTextRole,
    };
    Q_ENUM(Role)

    explicit UsageGroupModel(QObject *parent = nullptr);

    Grouping grouping() const { return m_grouping; }
    void setGrouping(Grouping grouping);
    int maxGroups() const { return m_maxGroups; }
    void setMaxGroups(int maxGroups);
    double totalCost() const { return m_totalCost; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void groupingChanged();
    void maxGroupsChanged();

protected:
    void startQuery() override;

private:
    void apply(QList<UsageGroup> groups);

    LatestQuery<QList<UsageGroup>> m_query{this};
    QList<UsageGroup> m_groups;
    Grouping m_grouping = ByModel;
    int m_maxGroups = 8;
    double m_totalCost = 0;
};
