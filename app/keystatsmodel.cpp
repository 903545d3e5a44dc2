#include "keystatsmodel.h"

#include "ledgerformat.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
// How far back the search for the last call without a key reads the log of its last day.
constexpr int keylessSearchPages = 10;
constexpr int keylessSearchPageSize = 500;

using KeyStats = KeyStatsModel::KeyStats;
using Snapshot = KeyStatsModel::Snapshot;

KeyStats statsOf(const QString &keyId, const UsageTotals &totals, const LatencyStats &latency)
{
    KeyStats row;
    row.keyId = keyId;
    row.requests = totals.requests;
    row.errors = totals.errors;
    row.tokens = totals.tokens.totalTokens();
    row.costUsd = totals.costUsd;
    row.p50Us = latency.latency.percentileUs(0.5);
    row.p95Us = latency.latency.percentileUs(0.95);
    return row;
}

// The client_keys table knows when each key was last seen, but not the calls without a key:
// their last call is looked up in the log of the last day that had one.
qint64 lastKeylessCallMs(CallQueries &queries, const TimeRange &lastDay)
{
    CallFilter filter;
    filter.range = lastDay;
    LogCursor cursor;
    for (int page = 0; page < keylessSearchPages; ++page) {
        const LogPage found = queries.logPage(filter, cursor, keylessSearchPageSize);
        for (const CallRow &row : found.rows) {
            if (row.record.clientKeyId.isEmpty())
                return row.record.startedAtMs;
        }
        if (!found.hasMore)
            break;
        cursor = found.next;
    }
    return lastDay.fromMs; // keyless calls drowned among thousands of others: the day is close
}

// Runs on the reader's worker: usage and latency grouped by key, the known keys, and one daily
// series per key with calls (keys are few). Calls without a key have no series of their own:
// theirs is what the series of all calls has beyond the keys' series.
Snapshot readSnapshot(CallQueries &queries, const TimeRange &range, int utcOffsetSeconds)
{
    Snapshot snapshot;
    auto failed = [&queries, &snapshot] {
        snapshot.error = queries.lastError();
        return !snapshot.error.isEmpty();
    };
    const QList<UsageGroup> groups = queries.groupBy(range, GroupBy::Key);
    if (failed())
        return snapshot;
    const QHash<QString, LatencyStats> latencies = queries.latencyByKey(range);
    if (failed())
        return snapshot;
    const QList<ClientKey> keys = queries.clientKeys();
    if (failed())
        return snapshot;
    const QList<UsageBucket> allDays = queries.timeSeries(range, Bucket::Day, {}, utcOffsetSeconds);
    if (failed())
        return snapshot;

    QHash<qint64, int> dayIndex;
    for (int i = 0; i < allDays.size(); ++i)
        dayIndex.insert(allDays.at(i).startMs, i);
    QList<qreal> keylessCost(allDays.size());
    QList<qint64> keylessRequests(allDays.size());
    for (int i = 0; i < allDays.size(); ++i) {
        keylessCost[i] = allDays.at(i).totals.costUsd;
        keylessRequests[i] = allDays.at(i).totals.requests;
    }

    QHash<QString, int> rowOfKey;
    for (const UsageGroup &group : groups) {
        KeyStats row = statsOf(group.key, group.totals, latencies.value(group.key));
        row.dailyCost = QList<qreal>(allDays.size());
        snapshot.totalCostUsd += row.costUsd;
        if (!group.key.isEmpty()) {
            const QList<UsageBucket> days
                = queries.timeSeries(range, Bucket::Day, group.key, utcOffsetSeconds);
            if (failed())
                return snapshot;
            for (const UsageBucket &day : days) {
                const int i = dayIndex.value(day.startMs, -1);
                if (i < 0)
                    continue;
                row.dailyCost[i] = day.totals.costUsd;
                keylessCost[i] -= day.totals.costUsd;
                keylessRequests[i] -= day.totals.requests;
            }
        }
        rowOfKey.insert(row.keyId, int(snapshot.rows.size()));
        snapshot.rows.append(row);
    }
    for (const ClientKey &key : keys) {
        int i = rowOfKey.value(key.keyId, -1);
        if (i < 0) {
            i = int(snapshot.rows.size());
            snapshot.rows.append(statsOf(key.keyId, {}, {}));
            snapshot.rows.last().dailyCost = QList<qreal>(allDays.size());
        }
        KeyStats &row = snapshot.rows[i];
        row.label = key.label;
        row.hint = key.hint;
        row.lastUsedMs = key.lastSeenMs;
    }
    const int keyless = rowOfKey.value(QString(), -1);
    if (keyless >= 0) {
        KeyStats &row = snapshot.rows[keyless];
        // What is left after subtracting the keys is exact up to rounding of the sums.
        for (qreal &cost : keylessCost)
            cost = std::abs(cost) < 1e-9 ? 0.0 : cost;
        row.dailyCost = keylessCost;
        for (int i = int(keylessRequests.size()) - 1; i >= 0; --i) {
            if (keylessRequests.at(i) <= 0)
                continue;
            const qint64 dayStart = allDays.at(i).startMs;
            const TimeRange day{qMax(dayStart, range.fromMs), qMin(dayStart + dayMs, range.toMs)};
            row.lastUsedMs = lastKeylessCallMs(queries, day);
            if (failed())
                return snapshot;
            break;
        }
    }

    for (KeyStats &row : snapshot.rows)
        row.share = snapshot.totalCostUsd > 0 ? row.costUsd / snapshot.totalCostUsd : 0.0;
    std::sort(snapshot.rows.begin(), snapshot.rows.end(), [](const KeyStats &a, const KeyStats &b) {
        if (a.costUsd != b.costUsd)
            return a.costUsd > b.costUsd;
        if (a.lastUsedMs != b.lastUsedMs)
            return a.lastUsedMs > b.lastUsedMs;
        return a.keyId < b.keyId;
    });
    return snapshot;
}

} // namespace

bool operator==(const KeyStats &a, const KeyStats &b)
{
    return a.keyId == b.keyId && a.label == b.label && a.hint == b.hint && a.requests == b.requests
        && a.errors == b.errors && a.tokens == b.tokens && a.costUsd == b.costUsd
        && a.share == b.share && a.p50Us == b.p50Us && a.p95Us == b.p95Us
        && a.lastUsedMs == b.lastUsedMs && a.dailyCost == b.dailyCost;
}

KeyStatsModel::KeyStatsModel(QObject *parent) : LedgerQueryModel(parent)
{
    m_clock.setInterval(int(minuteMs));
    connect(&m_clock, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {LastUsedTextRole});
    });
    m_clock.start();
    // Rows of another ledger are no base for patching.
    connect(this, &LedgerQueryModel::ledgerChanged, this, [this] {
        m_query.cancel();
        if (!m_rows.isEmpty()) {
            beginResetModel();
            m_rows.clear();
            endResetModel();
        }
    });
}

QString KeyStatsModel::totalCostText() const
{
    return LedgerFormat::usd(m_totalCost);
}

int KeyStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeyStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QHash<int, QByteArray> KeyStatsModel::roleNames() const
{
    return {{KeyIdRole, "keyId"},
            {LabelRole, "label"},
            {DisplayNameRole, "displayName"},
            {HintRole, "hint"},
            {HasKeyRole, "hasKey"},
            {RequestsRole, "requests"},
            {RequestsTextRole, "requestsText"},
            {TokensTextRole, "tokensText"},
            {CostRole, "cost"},
            {CostTextRole, "costText"},
            {SuccessRateTextRole, "successRateText"},
            {P50TextRole, "p50Text"},
            {P95TextRole, "p95Text"},
            {P50UsRole, "p50Us"},
            {P95UsRole, "p95Us"},
            {LastUsedMsRole, "lastUsedMs"},
            {LastUsedTextRole, "lastUsedText"},
            {ShareRole, "share"},
            {ShareTextRole, "shareText"},
            {SparklineRole, "sparkline"}};
}

QVariant KeyStatsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const KeyStats &row = m_rows.at(index.row());
    switch (role) {
    case KeyIdRole:
        return row.keyId;
    case LabelRole:
        return row.label;
    case Qt::DisplayRole:
    case DisplayNameRole:
        if (!row.label.isEmpty())
            return row.label;
        if (!row.hint.isEmpty())
            return row.hint;
        return row.keyId.isEmpty() ? tr("(no key)") : row.keyId;
    case HintRole:
        return row.hint;
    case HasKeyRole:
        return !row.keyId.isEmpty();
    case RequestsRole:
        return row.requests;
    case RequestsTextRole:
        return LedgerFormat::count(row.requests);
    case TokensTextRole:
        return LedgerFormat::count(row.tokens);
    case CostRole:
        return row.costUsd;
    case CostTextRole:
        return LedgerFormat::usd(row.costUsd);
    case SuccessRateTextRole:
        if (row.requests == 0)
            return QStringLiteral("—");
        return LedgerFormat::percent(double(row.requests - row.errors) / double(row.requests));
    case P50TextRole:
        return LedgerFormat::duration(row.p50Us);
    case P95TextRole:
        return LedgerFormat::duration(row.p95Us);
    case P50UsRole:
        return row.p50Us ? QVariant(*row.p50Us) : QVariant();
    case P95UsRole:
        return row.p95Us ? QVariant(*row.p95Us) : QVariant();
    case LastUsedMsRole:
        return row.lastUsedMs;
    case LastUsedTextRole:
        return lastUsedText(row.lastUsedMs, QDateTime::currentMSecsSinceEpoch());
    case ShareRole:
        return row.share;
    case ShareTextRole:
        return LedgerFormat::percent(row.share);
    case SparklineRole:
        return QVariant::fromValue(row.dailyCost);
    default:
        return {};
    }
}

int KeyStatsModel::rowOf(const QString &keyId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).keyId == keyId)
            return i;
    }
    return -1;
}

bool KeyStatsModel::setLabel(const QString &keyId, const QString &label)
{
    if (!ledger() || keyId.isEmpty())
        return false;
    const QString trimmed = label.trimmed();
    auto *watcher = new QFutureWatcher<ReadResult<bool>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, keyId, trimmed] {
        watcher->deleteLater();
        const ReadResult<bool> result = watcher->result();
        if (!result.value) {
            setErrorString(result.error.isEmpty() ? tr("The label could not be saved")
                                                  : result.error);
            return;
        }
        setErrorString({});
        const int row = rowOf(keyId);
        if (row >= 0 && m_rows.at(row).label != trimmed) {
            m_rows[row].label = trimmed;
            Q_EMIT dataChanged(index(row, 0), index(row, 0), {LabelRole, DisplayNameRole});
        }
        Q_EMIT labelSaved(keyId);
        // Other pages show labels too (and this model re-reads, in case a refresh that started
        // before the write has just brought the old label back).
        if (ledger())
            Q_EMIT ledger()->ledgerChanged();
    });
    watcher->setFuture(ledger()->run(
        [keyId, trimmed](CallQueries &queries) { return queries.setKeyLabel(keyId, trimmed); }));
    return true;
}

void KeyStatsModel::startQuery()
{
    const TimeRange range{fromMs(), toMs()};
    // Days of the local time zone as it is at the start of the range, like the dashboards.
    const int offset = QDateTime::fromMSecsSinceEpoch(range.fromMs).offsetFromUtc();
    m_query.start(
        ledger(),
        [range, offset](CallQueries &queries) { return readSnapshot(queries, range, offset); },
        [this](const ReadResult<Snapshot> &result) {
            const QString error = !result.error.isEmpty() ? result.error : result.value.error;
            if (error.isEmpty())
                apply(result.value);
            finishQuery(error);
        });
}

void KeyStatsModel::apply(const Snapshot &snapshot)
{
    // Rows of keys that are gone, then the new order row by row: a row already in place is
    // updated, one further down moves up, a new one is inserted.
    QSet<QString> wanted;
    for (const KeyStats &row : snapshot.rows)
        wanted.insert(row.keyId);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (wanted.contains(m_rows.at(i).keyId))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    for (int i = 0; i < snapshot.rows.size(); ++i) {
        const KeyStats &row = snapshot.rows.at(i);
        int current = i;
        while (current < m_rows.size() && m_rows.at(current).keyId != row.keyId)
            ++current;
        if (current == m_rows.size()) {
            beginInsertRows({}, i, i);
            m_rows.insert(i, row);
            endInsertRows();
            continue;
        }
        if (current != i) {
            beginMoveRows({}, current, current, {}, i);
            m_rows.move(current, i);
            endMoveRows();
        }
        if (m_rows.at(i) != row) {
            m_rows[i] = row;
            Q_EMIT dataChanged(index(i, 0), index(i, 0));
        }
    }

    if (m_totalCost != snapshot.totalCostUsd) {
        m_totalCost = snapshot.totalCostUsd;
        Q_EMIT totalCostChanged();
    }
}

QString KeyStatsModel::lastUsedText(qint64 ms, qint64 nowMs, const QLocale &locale)
{
    if (ms <= 0)
        return tr("never");
    const qint64 ago = nowMs - ms;
    if (ago < -minuteMs) // a clock set back: no "in 5 min"
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
    if (ago < minuteMs)
        return tr("just now");
    if (ago < hourMs)
        return tr("%n min ago", nullptr, int(ago / minuteMs));
    if (ago < dayMs)
        return tr("%n h ago", nullptr, int(ago / hourMs));
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms).date();
    if (day.daysTo(QDateTime::fromMSecsSinceEpoch(nowMs).date()) == 1)
        return tr("yesterday");
    return locale.toString(day, QLocale::ShortFormat);
}
