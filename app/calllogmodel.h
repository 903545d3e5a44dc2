#pragma once

#include "calllogfilter.h"
#include "calllogrow.h"
#include "ledgerreader.h"
#include "logpage.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QTimer>

// The request log as a table: one row per recorded call, filtered (filter) and sorted in the
// database and loaded lazily, a page at a time, through the keyset-paged CallQueries::logPage()
// on LedgerReader's workers, so that a ledger of millions of calls opens as fast as one of ten.
// A change of filter or sort starts again from the first page. While shown, the log follows the
// proxy: on LedgerReader::callsChanged the calls written after the newest one seen are read and
// each is inserted at its sorted place among the loaded rows (one that sorts below the last
// loaded row while more pages remain comes with paging instead), never by reloading. Only time,
// cost and latency are sortable, the orders the database pages by. Every text is formatted
// here (CallLogRow); the QML only places it.
class CallLogModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(LedgerReader *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(CallLogFilter *filter READ filter CONSTANT)
    Q_PROPERTY(int sortColumn READ sortColumn WRITE setSortColumn NOTIFY sortChanged)
    Q_PROPERTY(Qt::SortOrder sortOrder READ sortOrder WRITE setSortOrder NOTIFY sortChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged) // a page is being read
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged) // rows loaded
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY hasMoreChanged) // more pages to fetch

public:
    enum Column {
        TimeColumn,
        ProviderColumn,
        ModelColumn,
        KeyColumn,
        StatusColumn,
        StreamedColumn,
        InputTokensColumn,
        OutputTokensColumn,
        CostColumn,
        LatencyColumn,
        TtftColumn,
        CacheHitColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        CallIdRole = Qt::UserRole,
        RequestIdRole,
        IsErrorRole, // status >= 400, or no answer at all
        StartedAtMsRole,
        HttpStatusRole,
        CostUsdRole, // null when the cost is unknown
        LatencyUsRole,
        SortableRole, // also a headerData() role
    };
    Q_ENUM(Role)

    explicit CallLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    // Asynchronous: the rows are inserted when the page arrives.
    void fetchMore(const QModelIndex &parent) override;
    // Ignored for a column that is not sortable.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Header roles: DisplayRole the title, DecorationRole the sort indicator ("▲", "▼" or ""),
    // ToolTipRole what a click does ("" for a column that cannot be sorted), SortableRole.
    Q_INVOKABLE static bool isSortable(int column);
    // Reverses the order of the sort column; another sortable column starts highest first.
    Q_INVOKABLE void toggleSort(int column);
    Q_INVOKABLE qint64 callIdAt(int row) const; // 0 outside the loaded rows
    Q_INVOKABLE int rowOfCall(qint64 callId) const; // -1 when not loaded
    // Starts again from the first page and rereads the filter choices.
    Q_INVOKABLE void reload();

    LedgerReader *ledger() const { return m_ledger; }
    void setLedger(LedgerReader *ledger);
    CallLogFilter *filter() const { return m_filter; }

    int sortColumn() const { return m_sortColumn; }
    void setSortColumn(int column) { sort(column, m_sortOrder); }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void setSortOrder(Qt::SortOrder order) { sort(m_sortColumn, order); }

    int pageSize() const { return m_pageSize; }
    void setPageSize(int size); // from the next page on
    bool isLoading() const { return m_loading; }
    QString errorString() const { return m_error; }
    int count() const { return int(m_rows.size()); }
    bool hasMore() const { return m_hasMore; }

Q_SIGNALS:
    void ledgerChanged();
    void sortChanged();
    void pageSizeChanged();
    void loadingChanged();
    void errorStringChanged();
    void countChanged();
    void hasMoreChanged();

private:
    struct PageResult
    {
        LogPage page;
        qint64 lastCallId = 0; // first pages only: the newest call before the page was read
    };

    QString keyName(const CallLogRow &row) const;

    void scheduleRestart();
    void restart();
    void startNextQuery();
    void startPage();
    void applyFirstPage(const ReadResult<PageResult> &result);
    void applyNextPage(const ReadResult<PageResult> &result);
    QList<CallLogRow> takeNewRows(const QList<CallRow> &calls);
    void onCallsChanged();
    void startLiveUpdate();
    void applyLiveUpdate(const ReadResult<QList<CallRow>> &result);
    void setLoading(bool loading);
    void setError(const QString &error);
    void setHasMore(bool hasMore);

    QPointer<LedgerReader> m_ledger;
    CallLogFilter *m_filter;
    int m_sortColumn = TimeColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_pageSize = 200;

    // The filter and order of the loaded rows, fixed when their first page was asked for, so
    // that paging and live updates stay consistent until a changed filter is applied.
    CallFilter m_appliedFilter;
    LogOrder m_appliedOrder;
    QList<CallLogRow> m_rows;
    LogCursor m_cursor;
    bool m_hasMore = false;
    bool m_firstPageLoaded = false;
    // Live updates read the calls after m_highestIdSeen. A call newer than the first page can
    // come both by a page and by a live update: m_newIdsLoaded keeps it from showing twice.
    qint64 m_firstPageLastId = 0;
    qint64 m_highestIdSeen = 0;
    QSet<qint64> m_newIdsLoaded;
    bool m_liveUpdateWanted = false;
    bool m_pageWanted = false;

    LatestQuery<PageResult> m_pageQuery{this};
    LatestQuery<QList<CallRow>> m_liveQuery{this};
    QTimer m_restartTimer;
    bool m_loading = false;
    QString m_error;
};
