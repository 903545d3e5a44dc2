#include "calllogmodel.h"

#include <QDateTime>

#include <algorithm>

namespace {

// A live update reads at most this many new calls, and asks again when it got that many.
constexpr int liveBatch = 1000;

} // namespace

CallLogModel::CallLogModel(QObject *parent)
    : QAbstractTableModel(parent), m_filter(new CallLogFilter(this))
{
    // Zero delay: the properties QML sets together (ledger, filter, sort) cost one query.
    m_restartTimer.setSingleShot(true);
    m_restartTimer.setInterval(0);
    connect(&m_restartTimer, &QTimer::timeout, this, &CallLogModel::restart);
    connect(m_filter, &CallLogFilter::changed, this, &CallLogModel::scheduleRestart);
    connect(m_filter, &CallLogFilter::choicesFailed, this, &CallLogModel::setError);
    connect(m_filter, &CallLogFilter::keyNamesChanged, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, KeyColumn), index(int(m_rows.size()) - 1, KeyColumn));
    });
}

int CallLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallLogModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const CallLogRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.text(index.column(), keyName(row));
    case Qt::ToolTipRole:
        return row.toolTip(index.column(), keyName(row));
    case Qt::TextAlignmentRole:
        return int(CallLogRow::alignment(index.column()));
    case CallIdRole:
        return row.id;
    case RequestIdRole:
        return row.requestId;
    case IsErrorRole:
        return row.isError();
    case StartedAtMsRole:
        return row.startedAtMs;
    case HttpStatusRole:
        return row.httpStatus;
    case CostUsdRole:
        return row.costUsd ? QVariant(*row.costUsd) : QVariant();
    case LatencyUsRole:
        return row.latencyUs;
    case SortableRole:
        return isSortable(index.column());
    default:
        return {};
    }
}

QString CallLogModel::keyName(const CallLogRow &row) const
{
    return m_filter->keyName(row.clientKeyId, row.keyHint);
}

QVariant CallLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("Time"),      QT_TR_NOOP("Provider"),   QT_TR_NOOP("Model"),
        QT_TR_NOOP("Key"),       QT_TR_NOOP("Status"),     QT_TR_NOOP("Streamed"),
        QT_TR_NOOP("Tokens in"), QT_TR_NOOP("Tokens out"), QT_TR_NOOP("Cost"),
        QT_TR_NOOP("Latency"),   QT_TR_NOOP("TTFT"),       QT_TR_NOOP("Cache hit"),
    };
    switch (role) {
    case Qt::DisplayRole:
        return tr(titles[section]);
    case Qt::DecorationRole: // the sort indicator
        return section != m_sortColumn          ? QString()
            : m_sortOrder == Qt::AscendingOrder ? QStringLiteral("▲")
                                                : QStringLiteral("▼");
    case Qt::ToolTipRole:
        return !isSortable(section)   ? QString()
            : section == m_sortColumn ? tr("Click to reverse the order")
                                      : tr("Click to sort by this column");
    case Qt::TextAlignmentRole:
        return int(CallLogRow::alignment(section));
    case SortableRole:
        return isSortable(section);
    default:
        return {};
    }
}

QHash<int, QByteArray> CallLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{Qt::TextAlignmentRole, "textAlignment"},
                  {CallIdRole, "callId"},
                  {RequestIdRole, "requestId"},
                  {IsErrorRole, "isError"},
                  {StartedAtMsRole, "startedAtMs"},
                  {HttpStatusRole, "httpStatus"},
                  {CostUsdRole, "costUsd"},
                  {LatencyUsRole, "latencyUs"},
                  {SortableRole, "sortable"}});
    return names;
}

bool CallLogModel::isSortable(int column)
{
    return column == TimeColumn || column == CostColumn || column == LatencyColumn;
}

void CallLogModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT sortChanged();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    scheduleRestart();
}

void CallLogModel::toggleSort(int column)
{
    if (column != m_sortColumn)
        sort(column, Qt::DescendingOrder);
    else
        sort(column, m_sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
}

qint64 CallLogModel::callIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CallLogModel::rowOfCall(qint64 callId) const
{
    const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                    [callId](const CallLogRow &row) { return row.id == callId; });
    return found == m_rows.cend() ? -1 : int(found - m_rows.cbegin());
}

void CallLogModel::setLedger(LedgerReader *ledger)
{
    if (m_ledger == ledger)
        return;
    if (m_ledger)
        disconnect(m_ledger, nullptr, this, nullptr);
    m_ledger = ledger;
    if (m_ledger) {
        connect(m_ledger, &LedgerReader::callsChanged, this, &CallLogModel::onCallsChanged);
        // Labels or prices changed: no row can be patched in place.
        connect(m_ledger, &LedgerReader::ledgerChanged, this, &CallLogModel::scheduleRestart);
    }
    m_filter->setLedger(m_ledger);
    Q_EMIT ledgerChanged();
    scheduleRestart();
}

void CallLogModel::reload()
{
    m_filter->reloadChoices();
    scheduleRestart();
}

void CallLogModel::setPageSize(int size)
{
    size = qBound(1, size, 10000);
    if (size == m_pageSize)
        return;
    m_pageSize = size;
    Q_EMIT pageSizeChanged();
}

bool CallLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_ledger && m_firstPageLoaded && m_hasMore && !m_pageWanted
        && !m_pageQuery.isRunning();
}

void CallLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_pageWanted = true;
    startNextQuery();
}

void CallLogModel::scheduleRestart()
{
    m_restartTimer.start();
}

void CallLogModel::restart()
{
    m_restartTimer.stop();
    m_pageQuery.cancel();
    m_liveQuery.cancel();
    m_liveUpdateWanted = m_pageWanted = false;
    m_firstPageLoaded = false;
    m_appliedFilter = m_filter->toCallFilter(QDateTime::currentMSecsSinceEpoch());
    m_appliedOrder.by = m_sortColumn == CostColumn ? LogSort::Cost
        : m_sortColumn == LatencyColumn            ? LogSort::Latency
                                                   : LogSort::Time;
    m_appliedOrder.descending = m_sortOrder == Qt::DescendingOrder;
    if (!m_ledger) {
        applyFirstPage({});
        return;
    }
    // The rows shown stay until the new first page replaces them: no flash of an empty table.
    setLoading(true);
    m_pageQuery.start(
        m_ledger,
        [filter = m_appliedFilter, order = m_appliedOrder, limit = m_pageSize](CallQueries &q) {
            PageResult result;
            result.lastCallId = q.lastCallId(); // before the page: a call can only be missed
            result.page = q.logPage(filter, {}, limit, order); // by neither
            return result;
        },
        [this](const ReadResult<PageResult> &result) { applyFirstPage(result); });
}

// One query at a time after the first page, a wanted live update before a wanted page: a page
// read before a live update must not be applied after it (a call the update left for paging
// could be missing from it), and a view that keeps asking for pages must not hold live
// updates back.
void CallLogModel::startNextQuery()
{
    if (!m_ledger || !m_firstPageLoaded || m_pageQuery.isRunning() || m_liveQuery.isRunning())
        return;
    if (m_liveUpdateWanted)
        startLiveUpdate();
    else if (m_pageWanted)
        startPage();
}

void CallLogModel::startPage()
{
    m_pageWanted = false;
    setLoading(true);
    m_pageQuery.start(
        m_ledger,
        [filter = m_appliedFilter, order = m_appliedOrder, limit = m_pageSize,
         after = m_cursor](CallQueries &q) {
            PageResult result;
            result.page = q.logPage(filter, after, limit, order);
            return result;
        },
        [this](const ReadResult<PageResult> &result) { applyNextPage(result); });
}

void CallLogModel::applyFirstPage(const ReadResult<PageResult> &result)
{
    const bool failed = !result.error.isEmpty();
    m_firstPageLastId = m_highestIdSeen = failed ? 0 : result.value.lastCallId;
    m_newIdsLoaded.clear();
    const LogPage &page = result.value.page;
    // Cursor and hasMore first: views (and QAbstractItemModelTester) call fetchMore() from
    // within the reset.
    m_cursor = page.next;
    beginResetModel();
    m_rows = takeNewRows(page.rows);
    m_hasMore = page.hasMore && !failed;
    m_firstPageLoaded = !failed && m_ledger;
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT hasMoreChanged();
    setError(result.error);
    setLoading(false);
    startNextQuery();
}

void CallLogModel::applyNextPage(const ReadResult<PageResult> &result)
{
    setLoading(false);
    if (!result.error.isEmpty()) {
        setError(result.error);
        setHasMore(false); // no retry loop; reload() tries again
        startNextQuery();
        return;
    }
    const LogPage &page = result.value.page;
    const QList<CallLogRow> rows = takeNewRows(page.rows);
    m_cursor = page.next;
    setHasMore(page.hasMore);
    if (!rows.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
        Q_EMIT countChanged();
    }
    setError({});
    startNextQuery();
}

QList<CallLogRow> CallLogModel::takeNewRows(const QList<CallRow> &calls)
{
    QList<CallLogRow> rows;
    rows.reserve(calls.size());
    for (const CallRow &call : calls) {
        if (call.id > m_firstPageLastId) {
            if (m_newIdsLoaded.contains(call.id))
                continue; // came with a live update already
            m_newIdsLoaded.insert(call.id);
        }
        rows.append(CallLogRow::from(call));
    }
    return rows;
}

void CallLogModel::onCallsChanged()
{
    m_liveUpdateWanted = true;
    if (!m_firstPageLoaded && !m_pageQuery.isRunning() && !m_restartTimer.isActive())
        scheduleRestart(); // the first page failed: the ledger works again
    else
        startNextQuery();
}

void CallLogModel::startLiveUpdate()
{
    m_liveUpdateWanted = false;
    m_liveQuery.start(
        m_ledger,
        [filter = m_appliedFilter, after = m_highestIdSeen](CallQueries &q) {
            return q.callsAfter(filter, after, liveBatch);
        },
        [this](const ReadResult<QList<CallRow>> &result) { applyLiveUpdate(result); });
}

void CallLogModel::applyLiveUpdate(const ReadResult<QList<CallRow>> &result)
{
    if (!result.error.isEmpty()) {
        setError(result.error);
        startNextQuery();
        return;
    }
    const auto before = [this](const CallLogRow &a, const CallLogRow &b) {
        return CallLogRow::sortsBefore(a, b, m_appliedOrder);
    };
    bool inserted = false;
    for (const CallRow &call : result.value) {
        m_highestIdSeen = qMax(m_highestIdSeen, call.id);
        if (m_newIdsLoaded.contains(call.id))
            continue; // a page brought it already
        const CallLogRow row = CallLogRow::from(call);
        const int position
            = int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), row, before) - m_rows.cbegin());
        if (position == m_rows.size() && m_hasMore)
            continue; // below the last loaded row: the next page brings it
        m_newIdsLoaded.insert(call.id);
        beginInsertRows({}, position, position);
        m_rows.insert(position, row);
        endInsertRows();
        inserted = true;
        m_filter->noteValues(row.provider, row.model, row.clientKeyId);
    }
    if (inserted)
        Q_EMIT countChanged();
    setError({});
    if (result.value.size() == liveBatch)
        m_liveUpdateWanted = true; // there may be more
    startNextQuery();
}

void CallLogModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void CallLogModel::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorStringChanged();
}

void CallLogModel::setHasMore(bool hasMore)
{
    if (hasMore == m_hasMore)
        return;
    m_hasMore = hasMore;
    Q_EMIT hasMoreChanged();
}
