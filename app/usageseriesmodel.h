#pragma once

#include "ledgerquerymodel.h"
#include "ledgerreader.h"
#include "usagetotals.h"

// Tokens and cost over time for the dashboard's dual-axis chart: one row per hour or per local
// day of the range (empty buckets included), columns time (ms since the epoch), tokens and cost
// in dollars, so that QtCharts' VXYModelMapper can feed a series per measure. The axis bounds
// come along as properties.
class UsageSeriesModel : public LedgerQueryModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool hourly READ hourly WRITE setHourly NOTIFY hourlyChanged)
    Q_PROPERTY(double minTimeMs READ minTimeMs NOTIFY refreshed)
    Q_PROPERTY(double maxTimeMs READ maxTimeMs NOTIFY refreshed)
    Q_PROPERTY(double maxTokens READ maxTokens NOTIFY refreshed)
    Q_PROPERTY(double maxCost READ maxCost NOTIFY refreshed)
    // The tokens column is in units of tokenScale (1, thousands, millions, billions), so that
    // the axis reads "22.2" under "Tokens (millions)" rather than 22189715.
    Q_PROPERTY(double tokenScale READ tokenScale NOTIFY refreshed)
    Q_PROPERTY(QString tokenAxisTitle READ tokenAxisTitle NOTIFY refreshed)

public:
    enum Column { TimeColumn, TokensColumn, CostColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { TimeRole = Qt::UserRole, TokensRole, CostRole, LabelRole, CostTextRole };
    Q_ENUM(Role)

    explicit UsageSeriesModel(QObject *parent = nullptr);

    bool hourly() const { return m_hourly; }
    void setHourly(bool hourly);
    double minTimeMs() const;
    double maxTimeMs() const;
    double maxTokens() const { return m_maxTokens; }
    double maxCost() const { return m_maxCost; }
    double tokenScale() const { return tokenScaleFor(m_maxTokens); }
    QString tokenAxisTitle() const;
    static double tokenScaleFor(double maxTokens);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void hourlyChanged();

protected:
    void startQuery() override;

private:
    void apply(const QList<UsageBucket> &buckets);

    LatestQuery<QList<UsageBucket>> m_query{this};
    QList<UsageBucket> m_buckets;
    bool m_hourly = false;
    double m_maxTokens = 0;
    double m_maxCost = 0;
};
