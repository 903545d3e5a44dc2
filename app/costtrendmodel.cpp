#include "costtrendmodel.h"

#include "ledgerformat.h"

#include <QDateTime>
#include <QLocale>

namespace {

QDate periodStart(CostTrendModel::Period period, QDate day, Qt::DayOfWeek firstDayOfWeek)
{
    switch (period) {
    case CostTrendModel::Week:
        return day.addDays(-((day.dayOfWeek() - int(firstDayOfWeek) + 7) % 7));
    case CostTrendModel::Month:
        return QDate(day.year(), day.month(), 1);
    case CostTrendModel::Quarter:
        return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    }
    return day;
}

QDate nextStart(CostTrendModel::Period period, QDate start)
{
    switch (period) {
    case CostTrendModel::Week:
        return start.addDays(7);
    case CostTrendModel::Month:
        return start.addMonths(1);
    case CostTrendModel::Quarter:
        return start.addMonths(3);
    }
    return start;
}

qint64 localMidnightMs(QDate day)
{
    return day.startOfDay().toMSecsSinceEpoch();
}

} // namespace

CostTrendModel::CostTrendModel(QObject *parent) : LedgerQueryModel(parent) { }

int CostTrendModel::periodCount(Period period)
{
    switch (period) {
    case Week:
        return 13; // a quarter of weeks
    case Month:
        return 12;
    case Quarter:
        return 8;
    }
    return 12;
}

QList<CostTrendModel::Span> CostTrendModel::spans(Period period, qint64 anchorMs, int count,
                                                  Qt::DayOfWeek firstDayOfWeek)
{
    const QDate anchorDay = QDateTime::fromMSecsSinceEpoch(anchorMs - 1).date();
    QDate start = periodStart(period, anchorDay, firstDayOfWeek);
    for (int i = 1; i < count; ++i)
        start = periodStart(period, start.addDays(-1), firstDayOfWeek);
    QList<Span> result;
    result.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QDate next = nextStart(period, start);
        result.append({localMidnightMs(start), std::min(localMidnightMs(next), anchorMs), start});
        start = next;
    }
    return result;
}

void CostTrendModel::setPeriod(Period period)
{
    if (m_period == period)
        return;
    m_period = period;
    Q_EMIT periodChanged();
    scheduleQuery();
}

void CostTrendModel::startQuery()
{
    const QList<Span> wanted = spans(m_period, toMs(), periodCount(m_period));
    const QString key = clientKeyId();
    m_pending = wanted;
    m_query.start(
        ledger(),
        [wanted, key](CallQueries &q) {
            QList<UsageTotals> totals;
            totals.reserve(wanted.size());
            for (const Span &span : wanted) {
                totals.append(q.totals(TimeRange{span.startMs, span.endMs}, key));
                if (!q.lastError().isEmpty())
                    break;
            }
            return totals;
        },
        [this](const ReadResult<QList<UsageTotals>> &result) {
            if (result.error.isEmpty() && result.value.size() == m_pending.size()) {
                const bool sameRows = m_rows.size() == m_pending.size()
                    && (m_rows.isEmpty()
                        || m_rows.constFirst().span.startMs == m_pending.constFirst().startMs);
                if (!sameRows)
                    beginResetModel();
                m_rows.clear();
                m_maxCost = 0;
                for (qsizetype i = 0; i < m_pending.size(); ++i) {
                    const Span &span = m_pending.at(i);
                    const bool partial
                        = span.endMs < localMidnightMs(nextStart(m_period, span.startDate));
                    m_rows.append({span, result.value.at(i), partial});
                    m_maxCost = std::max(m_maxCost, result.value.at(i).costUsd);
                }
                if (sameRows && !m_rows.isEmpty())
                    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
                else if (!sameRows)
                    endResetModel();
            }
            finishQuery(result.error);
        });
}

int CostTrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CostTrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QHash<int, QByteArray> CostTrendModel::roleNames() const
{
    return {
        {NameRole, "name"},      {StartMsRole, "startMs"},       {EndMsRole, "endMs"},
        {CostRole, "cost"},      {CostTextRole, "costText"},     {RequestsTextRole, "requestsText"},
        {ShareRole, "share"},    {ChangeTextRole, "changeText"}, {ChangeGoodRole, "changeGood"},
        {PartialRole, "partial"}};
}

QString CostTrendModel::name(const Row &row) const
{
    const QDate start = row.span.startDate;
    const QLocale locale;
    switch (m_period) {
    case Week:
        return locale.toString(start,
                               locale.dateFormat(QLocale::ShortFormat).contains(u'y')
                                   ? QStringLiteral("d MMM")
                                   : QStringLiteral("MMM d"));
    case Month:
        return locale.toString(start, QStringLiteral("MMM yyyy"));
    case Quarter:
        return tr("Q%1 %2").arg((start.month() - 1) / 3 + 1).arg(start.year());
    }
    return {};
}

QVariant CostTrendModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Row &row = m_rows.at(index.row());
    const Row *previous = index.row() > 0 ? &m_rows.at(index.row() - 1) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return name(row);
    case StartMsRole:
        return row.span.startMs;
    case EndMsRole:
        return row.span.endMs;
    case CostRole:
        return row.totals.costUsd;
    case CostTextRole:
        return LedgerFormat::usd(row.totals.costUsd);
    case RequestsTextRole:
        return LedgerFormat::count(row.totals.requests);
    case ShareRole:
        return m_maxCost > 0 ? row.totals.costUsd / m_maxCost : 0.0;
    case ChangeTextRole:
        return previous ? LedgerFormat::change(row.totals.costUsd, previous->totals.costUsd)
                        : QString();
    case ChangeGoodRole:
        return previous && row.totals.costUsd <= previous->totals.costUsd;
    case PartialRole:
        return row.partial;
    default:
        return {};
    }
}
