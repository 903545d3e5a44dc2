#include "keystatsmodel.h"

#include "keystatsquery.h"
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

using KeyStats = KeyStatsModel::KeyStats;

bool sameBudget(double a, double b)
{
    return (qIsNaN(a) && qIsNaN(b)) || a == b;
}

} // namespace

bool operator==(const KeyStats &a, const KeyStats &b)
{
    return a.keyId == b.keyId && a.label == b.label && a.hint == b.hint && a.requests == b.requests
        && a.errors == b.errors && a.tokens == b.tokens && a.costUsd == b.costUsd
        && a.share == b.share && a.p50Us == b.p50Us && a.p95Us == b.p95Us
        && a.lastUsedMs == b.lastUsedMs && a.dailyCost == b.dailyCost && a.disabled == b.disabled
        && sameBudget(a.budgetUsd, b.budgetUsd) && a.monthSpendUsd == b.monthSpendUsd;
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
            {SparklineRole, "sparkline"},
            {DisabledRole, "disabled"},
            {BudgetUsdRole, "budgetUsd"},
            {BudgetTextRole, "budgetText"},
            {MonthSpendRole, "monthSpend"},
            {MonthSpendTextRole, "monthSpendText"},
            {BudgetShareRole, "budgetShare"}};
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
    case DisabledRole:
        return row.disabled;
    case BudgetUsdRole:
        return qIsNaN(row.budgetUsd) ? QVariant() : QVariant(row.budgetUsd);
    case BudgetTextRole:
        return qIsNaN(row.budgetUsd) ? QString() : LedgerFormat::usd(row.budgetUsd);
    case MonthSpendRole:
        return row.monthSpendUsd;
    case MonthSpendTextRole:
        return LedgerFormat::usd(row.monthSpendUsd);
    case BudgetShareRole:
        if (qIsNaN(row.budgetUsd))
            return 0.0;
        if (row.budgetUsd <= 0) // a zero budget: any spend is over it
            return row.monthSpendUsd > 0 ? qInf() : 0.0;
        return row.monthSpendUsd / row.budgetUsd;
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

bool KeyStatsModel::setDisabled(int row, bool disabled)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const QString keyId = m_rows.at(row).keyId;
    return saveSetting(
        row,
        [keyId, disabled](CallQueries &queries) { return queries.setKeyDisabled(keyId, disabled); },
        [disabled](KeyStats &stats) { stats.disabled = disabled; });
}

bool KeyStatsModel::setBudget(int row, const QString &text)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    bool ok = false;
    const std::optional<double> budget = parseBudget(text, &ok);
    if (!ok) {
        setBudgetError(tr("A budget is an amount of US dollars, such as 20 or 12.50; leave it "
                          "empty for none."));
        return false;
    }
    const QString keyId = m_rows.at(row).keyId;
    const double usd = budget.value_or(qQNaN());
    return saveSetting(
        row, [keyId, budget](CallQueries &queries) { return queries.setKeyBudget(keyId, budget); },
        [this, usd](KeyStats &stats) {
            stats.budgetUsd = usd;
            setBudgetError({});
        });
}

bool KeyStatsModel::saveSetting(int row, std::function<bool(CallQueries &)> write,
                                std::function<void(KeyStats &)> update)
{
    const QString keyId = m_rows.at(row).keyId;
    if (!ledger() || keyId.isEmpty())
        return false;
    auto *watcher = new QFutureWatcher<ReadResult<bool>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, keyId, update] {
        watcher->deleteLater();
        const ReadResult<bool> result = watcher->result();
        if (!result.value) {
            const QString error
                = result.error.isEmpty() ? tr("The setting could not be saved") : result.error;
            setErrorString(error);
            setBudgetError(error);
            return;
        }
        setErrorString({});
        const int current = rowOf(keyId);
        if (current >= 0) {
            update(m_rows[current]);
            Q_EMIT dataChanged(index(current, 0), index(current, 0));
        }
        Q_EMIT settingsSaved(keyId);
        // The proxy re-reads which keys are disabled on this (WindowServices).
        if (ledger())
            Q_EMIT ledger()->ledgerChanged();
    });
    watcher->setFuture(ledger()->run(std::move(write)));
    return true;
}

void KeyStatsModel::setBudgetError(const QString &error)
{
    if (error == m_budgetError)
        return;
    m_budgetError = error;
    Q_EMIT budgetErrorChanged();
}

std::optional<double> KeyStatsModel::parseBudget(const QString &text, bool *ok,
                                                 const QLocale &locale)
{
    QString trimmed = text.trimmed();
    *ok = true;
    if (trimmed.isEmpty())
        return std::nullopt;
    if (trimmed.startsWith(QLatin1Char('$')))
        trimmed = trimmed.mid(1).trimmed();
    double usd = locale.toDouble(trimmed, ok);
    if (!*ok)
        usd = QLocale::c().toDouble(trimmed, ok);
    *ok = *ok && qIsFinite(usd) && usd >= 0;
    return *ok ? std::optional<double>(usd) : std::nullopt;
}

TimeRange KeyStatsModel::monthOf(qint64 ms)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms).date();
    const QDate first(day.year(), day.month(), 1);
    return {first.startOfDay().toMSecsSinceEpoch(),
            first.addMonths(1).startOfDay().toMSecsSinceEpoch()};
}

void KeyStatsModel::setBudgetMonth(qint64 msInMonth)
{
    if (msInMonth == m_budgetMonthMs)
        return;
    m_budgetMonthMs = msInMonth;
    scheduleQuery();
}

void KeyStatsModel::startQuery()
{
    const TimeRange range{fromMs(), toMs()};
    const TimeRange month
        = monthOf(m_budgetMonthMs != 0 ? m_budgetMonthMs : QDateTime::currentMSecsSinceEpoch());
    // Days of the local time zone as it is at the start of the range, like the dashboards.
    const int offset = QDateTime::fromMSecsSinceEpoch(range.fromMs).offsetFromUtc();
    m_query.start(
        ledger(),
        [range, month, offset](CallQueries &queries) {
            return KeyStatsQuery::read(queries, range, month, offset);
        },
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
