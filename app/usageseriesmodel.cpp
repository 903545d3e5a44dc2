#include "usageseriesmodel.h"

#include "ledgerformat.h"

#include <QDateTime>
#include <QLocale>

UsageSeriesModel::UsageSeriesModel(QObject *parent) : LedgerQueryModel(parent) { }

void UsageSeriesModel::setHourly(bool hourly)
{
    if (m_hourly == hourly)
        return;
    m_hourly = hourly;
    Q_EMIT hourlyChanged();
    scheduleQuery();
}

double UsageSeriesModel::minTimeMs() const
{
    return m_buckets.isEmpty() ? double(fromMs()) : double(m_buckets.constFirst().startMs);
}

double UsageSeriesModel::maxTimeMs() const
{
    return m_buckets.isEmpty() ? double(toMs()) : double(m_buckets.constLast().startMs);
}

double UsageSeriesModel::tokenScaleFor(double maxTokens)
{
    for (const double scale : {1e9, 1e6, 1e3}) {
        if (maxTokens >= 10 * scale)
            return scale;
    }
    return 1;
}

QString UsageSeriesModel::tokenAxisTitle() const
{
    const double scale = tokenScale();
    return scale == 1e9 ? tr("Tokens (billions)")
        : scale == 1e6  ? tr("Tokens (millions)")
        : scale == 1e3  ? tr("Tokens (thousands)")
                        : tr("Tokens");
}

int UsageSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_buckets.size());
}

int UsageSeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<int, QByteArray> UsageSeriesModel::roleNames() const
{
    return {{TimeRole, "time"},
            {TokensRole, "tokens"},
            {CostRole, "cost"},
            {LabelRole, "label"},
            {CostTextRole, "costText"}};
}

QVariant UsageSeriesModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const UsageBucket &bucket = m_buckets.at(index.row());
    const double tokens = double(bucket.totals.tokens.totalTokens());
    if (role == Qt::DisplayRole) { // what the chart mappers read, by column
        if (index.column() == TokensColumn)
            return tokens / tokenScale();
        role = index.column() == TimeColumn ? TimeRole : CostRole;
    }
    switch (role) {
    case TimeRole:
        return double(bucket.startMs);
    case TokensRole:
        return tokens;
    case CostRole:
        return bucket.totals.costUsd;
    case CostTextRole:
        return LedgerFormat::usd(bucket.totals.costUsd);
    case LabelRole: {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(bucket.startMs);
        return m_hourly ? QLocale().toString(start, QLocale::ShortFormat)
                        : QLocale().toString(start.date(), QLocale::ShortFormat);
    }
    default:
        return {};
    }
}

void UsageSeriesModel::startQuery()
{
    const TimeRange range{fromMs(), toMs()};
    const Bucket bucket = m_hourly ? Bucket::Hour : Bucket::Day;
    const QString key = clientKeyId();
    // Days of the local time zone, at its offset at the start of the range.
    const int offset = QDateTime::fromMSecsSinceEpoch(range.fromMs).offsetFromUtc();
    m_query.start(
        ledger(),
        [range, bucket, key, offset](CallQueries &q) {
            return q.timeSeries(range, bucket, key, offset);
        },
        [this](const ReadResult<QList<UsageBucket>> &result) {
            if (result.error.isEmpty())
                apply(result.value);
            finishQuery(result.error);
        });
}

void UsageSeriesModel::apply(const QList<UsageBucket> &buckets)
{
    // The maxima first: the tokens column is scaled by them when the mappers read it.
    m_maxTokens = 0;
    m_maxCost = 0;
    for (const UsageBucket &bucket : buckets) {
        m_maxTokens = qMax(m_maxTokens, double(bucket.totals.tokens.totalTokens()));
        m_maxCost = qMax(m_maxCost, bucket.totals.costUsd);
    }
    const bool sameBuckets = buckets.size() == m_buckets.size()
        && (buckets.isEmpty() || buckets.constFirst().startMs == m_buckets.constFirst().startMs);
    if (sameBuckets) {
        // A live refresh: the same buckets with new sums.
        m_buckets = buckets;
        if (!m_buckets.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_buckets = buckets;
        endResetModel();
    }
}
