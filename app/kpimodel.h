#pragma once

#include "latencyhistogram.h"
#include "ledgerquerymodel.h"
#include "ledgerreader.h"
#include "usagetotals.h"

// The dashboard's KPI cards, one row each: total cost, tokens, requests, cost per 1K tokens,
// average daily cost, cache savings (prompt caching and the response cache), error rate,
// p50/p95 latency, time to first token, output tokens/s and the response cache's hit rate, each
// with its change against the previous period of the same length (previousFromMs .. fromMs) and
// whether that change is good news.
class KpiModel : public LedgerQueryModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Kpi {
        TotalCost,
        TotalTokens,
        Requests,
        CostPer1kTokens,
        AverageDailyCost,
        CacheSavings,
        ErrorRate,
        LatencyP50,
        LatencyP95,
        TimeToFirstToken,
        OutputTokensPerSecond,
        CacheHitRate,
        KpiCount,
    };
    Q_ENUM(Kpi)
    enum Role {
        KpiRole = Qt::UserRole,
        TitleRole,
        ValueRole, // the number behind valueText, or undefined when unknown
        ValueTextRole,
        ChangeTextRole, // "+12.5 %", "new", or empty
        ChangeGoodRole, // 1: good news, -1: bad news, 0: neither
        DetailRole, // what the value means, for a tooltip
    };
    Q_ENUM(Role)

    struct Period
    {
        UsageTotals totals;
        LatencyStats latency;
    };

    explicit KpiModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The raw value of a KPI for a period (empty when unknown), exposed for tests.
    static std::optional<double> value(Kpi kpi, const Period &period, double days);

protected:
    void startQuery() override;

private:
    LatestQuery<std::pair<Period, Period>> m_query{this};
    Period m_current;
    Period m_previous;
    double m_days = 1;
    bool m_hasData = false;
};
