#include "kpimodel.h"

#include "ledgerformat.h"

namespace {

constexpr qint64 dayMs = 86400000;

bool higherIsBetter(KpiModel::Kpi kpi)
{
    return kpi == KpiModel::CacheSavings || kpi == KpiModel::OutputTokensPerSecond
        || kpi == KpiModel::CacheHitRate;
}

bool changeMatters(KpiModel::Kpi kpi)
{
    // More requests or tokens is neither good nor bad news by itself.
    return kpi != KpiModel::TotalTokens && kpi != KpiModel::Requests;
}

} // namespace

KpiModel::KpiModel(QObject *parent) : LedgerQueryModel(parent) { }

int KpiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : KpiCount;
}

int KpiModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QHash<int, QByteArray> KpiModel::roleNames() const
{
    return {{KpiRole, "kpi"},
            {TitleRole, "title"},
            {ValueRole, "value"},
            {ValueTextRole, "valueText"},
            {ChangeTextRole, "changeText"},
            {ChangeGoodRole, "changeGood"},
            {DetailRole, "detail"}};
}

std::optional<double> KpiModel::value(Kpi kpi, const Period &p, double days)
{
    const UsageTotals &t = p.totals;
    const double tokens = double(t.tokens.totalTokens());
    switch (kpi) {
    case TotalCost:
        return t.costUsd;
    case TotalTokens:
        return tokens;
    case Requests:
        return double(t.requests);
    case CostPer1kTokens:
        return tokens > 0 ? std::optional<double>(t.costUsd / tokens * 1000) : std::nullopt;
    case AverageDailyCost:
        return days > 0 ? std::optional<double>(t.costUsd / days) : std::nullopt;
    case CacheSavings:
        return t.cacheSavingsUsd;
    case ErrorRate:
        return t.requests ? std::optional<double>(double(t.errors) / double(t.requests))
                          : std::nullopt;
    case LatencyP50:
        return p.latency.latency.percentileUs(0.5);
    case LatencyP95:
        return p.latency.latency.percentileUs(0.95);
    case TimeToFirstToken:
        return p.latency.ttft.percentileUs(0.5);
    case OutputTokensPerSecond:
        return t.tokens.outputTokens > 0 && t.latencyUsSum > t.ttftUsSum
            ? std::optional<double>(t.outputTokensPerSecond())
            : std::nullopt;
    case CacheHitRate:
        return t.requests ? std::optional<double>(double(t.cacheHits) / double(t.requests))
                          : std::nullopt;
    case KpiCount:
        break;
    }
    return std::nullopt;
}

QVariant KpiModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const auto kpi = Kpi(index.row());
    static const char *const titles[KpiCount] = {
        QT_TR_NOOP("Total cost"),      QT_TR_NOOP("Tokens"),
        QT_TR_NOOP("Requests"),        QT_TR_NOOP("Cost per 1K tokens"),
        QT_TR_NOOP("Average per day"), QT_TR_NOOP("Cache savings"),
        QT_TR_NOOP("Error rate"),      QT_TR_NOOP("Latency p50"),
        QT_TR_NOOP("Latency p95"),     QT_TR_NOOP("Time to first token"),
        QT_TR_NOOP("Output speed"),    QT_TR_NOOP("Cache hit rate"),
    };
    static const char *const details[KpiCount] = {
        QT_TR_NOOP("What the priced calls of the period cost"),
        QT_TR_NOOP("Prompt and output tokens, cached ones included"),
        QT_TR_NOOP("Calls through the proxy, failed ones included"),
        QT_TR_NOOP("Cost divided by thousands of tokens"),
        QT_TR_NOOP("Total cost divided by the days of the period"),
        QT_TR_NOOP("What prompt caching and the response cache saved against full price"),
        QT_TR_NOOP("Share of calls answered with an error or not at all"),
        QT_TR_NOOP("Median time from request to complete answer"),
        QT_TR_NOOP("95th percentile of the time to a complete answer"),
        QT_TR_NOOP("Median time to the first streamed event"),
        QT_TR_NOOP("Output tokens per second of generation"),
        QT_TR_NOOP("Share of calls answered from LLM Ledger's response cache"),
    };
    const std::optional<double> current = m_hasData ? value(kpi, m_current, m_days) : std::nullopt;
    const std::optional<double> previous
        = m_hasData ? value(kpi, m_previous, m_days) : std::nullopt;
    switch (role) {
    case KpiRole:
        return kpi;
    case TitleRole:
    case Qt::DisplayRole:
        return tr(titles[kpi]);
    case DetailRole:
        if (kpi == TotalCost && m_current.totals.unpriced > 0)
            return tr("%n call(s) without a known price are not included", nullptr,
                      int(m_current.totals.unpriced));
        return tr(details[kpi]);
    case ValueRole:
        return current ? QVariant(*current) : QVariant();
    case ValueTextRole:
        switch (kpi) {
        case TotalCost:
        case CostPer1kTokens:
        case AverageDailyCost:
        case CacheSavings:
            return LedgerFormat::usd(current);
        case TotalTokens:
        case Requests:
            return LedgerFormat::count(qint64(current.value_or(0)));
        case ErrorRate:
        case CacheHitRate:
            return current ? LedgerFormat::percent(*current) : LedgerFormat::usd(std::nullopt);
        case LatencyP50:
        case LatencyP95:
        case TimeToFirstToken:
            return LedgerFormat::duration(current);
        case OutputTokensPerSecond:
            return current ? tr("%1 tok/s").arg(QLocale().toString(*current, 'f', 1))
                           : LedgerFormat::duration(std::nullopt);
        case KpiCount:
            break;
        }
        return {};
    case ChangeTextRole:
    case ChangeGoodRole: {
        // NaN for "unknown" keeps GCC's optional<double> flow analysis quiet.
        const double now = current.value_or(qQNaN());
        const double before = previous.value_or(qQNaN());
        if (qIsNaN(now) || qIsNaN(before))
            return role == ChangeTextRole ? QVariant(QStringLiteral("")) : QVariant(0);
        if (role == ChangeTextRole) // never a null QString: QML would see undefined
            return QString(QLatin1String("") + LedgerFormat::change(now, before));
        if (!changeMatters(kpi) || now == before)
            return 0;
        return (now > before) == higherIsBetter(kpi) ? 1 : -1;
    }
    default:
        return {};
    }
}

void KpiModel::startQuery()
{
    const TimeRange current{fromMs(), toMs()};
    const TimeRange previous{2 * fromMs() - toMs(), fromMs()};
    const QString key = clientKeyId();
    m_query.start(
        ledger(),
        [current, previous, key](CallQueries &q) {
            std::pair<Period, Period> periods;
            periods.first = {q.totals(current, key), q.latency(current, key)};
            if (q.lastError().isEmpty())
                periods.second = {q.totals(previous, key), q.latency(previous, key)};
            return periods;
        },
        [this](const ReadResult<std::pair<Period, Period>> &result) {
            if (result.error.isEmpty()) {
                m_current = result.value.first;
                m_previous = result.value.second;
                m_days = double(toMs() - fromMs()) / dayMs;
                m_hasData = true;
                Q_EMIT dataChanged(index(0, 0), index(KpiCount - 1, 0));
            }
            finishQuery(result.error);
        });
}
