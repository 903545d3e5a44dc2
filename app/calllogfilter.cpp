#include "calllogfilter.h"

#include "timerangeselection.h"

#include <QLocale>

#include <algorithm>

namespace {

constexpr qint64 hourMs = 3600 * 1000;

QVariantMap choice(const QString &value, const QString &text)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("text"), text}};
}

QVariantList choiceList(const QString &anyText, const QStringList &values)
{
    QVariantList list{choice(QString(), anyText)};
    for (const QString &value : values)
        list.append(choice(value, value));
    return list;
}

// The distinct non-empty keys of a grouping, in the order a person looks them up.
QStringList groupKeys(const QList<UsageGroup> &groups)
{
    QStringList keys;
    for (const UsageGroup &group : groups) {
        if (!group.key.isEmpty())
            keys.append(group.key);
    }
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    return keys;
}

} // namespace

CallLogFilter::CallLogFilter(QObject *parent) : QObject(parent)
{
    m_textPause.setSingleShot(true);
    m_textPause.setInterval(250);
    connect(&m_textPause, &QTimer::timeout, this, &CallLogFilter::changed);
    applyChoices({});
}

template<typename T>
void CallLogFilter::update(T &member, const T &value)
{
    if (member == value)
        return;
    member = value;
    Q_EMIT edited();
    Q_EMIT changed();
}

void CallLogFilter::setRangePreset(RangePreset preset)
{
    update(m_rangePreset, preset);
}

void CallLogFilter::setFromMs(qint64 ms)
{
    setCustomRange(ms, m_toMs);
}

void CallLogFilter::setToMs(qint64 ms)
{
    setCustomRange(m_fromMs, ms);
}

void CallLogFilter::setCustomRange(qint64 fromMs, qint64 toMs)
{
    if (fromMs == m_fromMs && toMs == m_toMs && m_rangePreset == CustomRange)
        return;
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_rangePreset = CustomRange;
    Q_EMIT edited();
    Q_EMIT changed();
}

QString CallLogFilter::setCustomRangeText(const QString &fromDate, const QString &fromTime,
                                          const QString &toDate, const QString &toTime)
{
    const auto parse = [this](const QString &dateText, const QString &timeText, bool end,
                              qint64 *ms) -> QString {
        *ms = 0;
        if (dateText.trimmed().isEmpty()) {
            return timeText.trimmed().isEmpty()
                ? QString()
                : (end ? tr("Enter the end date of the end time.")
                       : tr("Enter the start date of the start time."));
        }
        const QDate date = TimeRangeSelection::parseDate(dateText);
        if (!date.isValid()) {
            return tr("“%1” is not a date: enter it as %2 (e.g. %3).")
                .arg(dateText.trimmed(), dateFormatHint(),
                     TimeRangeSelection::formatDate(QDate::currentDate()));
        }
        if (timeText.trimmed().isEmpty()) {
            *ms = (end ? date.addDays(1) : date).startOfDay().toMSecsSinceEpoch();
            return {};
        }
        const QTime time = TimeRangeSelection::parseTime(timeText);
        if (!time.isValid())
            return tr("“%1” is not a time: enter it as 14:30.").arg(timeText.trimmed());
        *ms = QDateTime(date, QTime(time.hour(), time.minute())).toMSecsSinceEpoch()
            + (end ? 60 * 1000 : 0);
        return {};
    };
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString error = parse(fromDate, fromTime, false, &fromMs);
    if (error.isEmpty())
        error = parse(toDate, toTime, true, &toMs);
    if (!error.isEmpty())
        return error;
    if (fromMs == 0 && toMs == 0)
        return tr("Enter a start date, an end date or both.");
    if (fromMs > 0 && toMs > 0 && fromMs >= toMs)
        return tr("The start must come before the end.");
    setCustomRange(fromMs, toMs);
    return {};
}

QDateTime CallLogFilter::customEnd(bool end) const
{
    const qint64 ms = end ? m_toMs : m_fromMs;
    if (ms <= 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    if (!end || at.time() == QTime(0, 0))
        return end ? at.addMSecs(-1) : at;
    return at.addSecs(-60);
}

QString CallLogFilter::customDateText(bool end) const
{
    const QDateTime at = customEnd(end);
    return at.isValid() ? TimeRangeSelection::formatDate(at.date()) : QString();
}

QString CallLogFilter::customTimeText(bool end) const
{
    const qint64 ms = end ? m_toMs : m_fromMs;
    if (ms <= 0 || QDateTime::fromMSecsSinceEpoch(ms).time() == QTime(0, 0))
        return {};
    return customEnd(end).time().toString(QStringLiteral("HH:mm"));
}

int CallLogFilter::calendarMonth() const
{
    const QDateTime start = customEnd(false);
    const QDate date = start.isValid() ? start.date() : QDate::currentDate();
    return date.year() * 12 + date.month() - 1;
}

QString CallLogFilter::dateText(int year, int month, int day) const
{
    return TimeRangeSelection::formatDate(QDate(year, month, day));
}

QString CallLogFilter::dateFormatHint() const
{
    return TimeRangeSelection::dateFormat();
}

QString CallLogFilter::rangeLabel() const
{
    if (m_rangePreset != CustomRange)
        return {};
    const QLocale locale;
    const auto text = [this, &locale](bool end) {
        const QString date = customDateText(end);
        const QString time = customTimeText(end);
        if (time.isEmpty())
            return date;
        return tr("%1 %2").arg(date, locale.toString(customEnd(end).time(), QLocale::ShortFormat));
    };
    if (m_fromMs > 0 && m_toMs > 0) {
        const QString from = text(false);
        const QString to = text(true);
        return from == to ? from : tr("%1 – %2").arg(from, to);
    }
    if (m_fromMs > 0)
        return tr("Since %1").arg(text(false));
    if (m_toMs > 0)
        return tr("Until %1").arg(text(true));
    return tr("Custom range");
}

void CallLogFilter::setProvider(const QString &provider)
{
    update(m_provider, provider);
}

void CallLogFilter::setModel(const QString &model)
{
    update(m_model, model);
}

void CallLogFilter::setClientKeyId(const QString &keyId)
{
    update(m_clientKeyId, keyId);
}

void CallLogFilter::setStatus(const QString &status)
{
    static const QStringList known = {QStringLiteral("2xx"), QStringLiteral("4xx"),
                                      QStringLiteral("5xx"), QStringLiteral("errors")};
    update(m_status, known.contains(status) ? status : QString());
}

void CallLogFilter::setStreamed(TriState streamed)
{
    update(m_streamed, streamed);
}

void CallLogFilter::setCacheHit(TriState cacheHit)
{
    update(m_cacheHit, cacheHit);
}

void CallLogFilter::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    Q_EMIT edited();
    m_textPause.start(); // changed() once typing pauses
}

bool CallLogFilter::isActive() const
{
    return m_rangePreset != AllTime || !m_provider.isEmpty() || !m_model.isEmpty()
        || !m_clientKeyId.isEmpty() || !m_status.isEmpty() || m_streamed != Any || m_cacheHit != Any
        || !m_searchText.trimmed().isEmpty();
}

void CallLogFilter::clear()
{
    if (!isActive() && m_fromMs == 0 && m_toMs == 0)
        return;
    m_rangePreset = AllTime;
    m_fromMs = m_toMs = 0;
    m_provider.clear();
    m_model.clear();
    m_clientKeyId.clear();
    m_status.clear();
    m_streamed = m_cacheHit = Any;
    m_searchText.clear();
    m_textPause.stop();
    Q_EMIT edited();
    Q_EMIT changed();
}

CallFilter CallLogFilter::toCallFilter(qint64 nowMs) const
{
    CallFilter filter;
    switch (m_rangePreset) {
    case AllTime:
        break;
    case LastHour:
        filter.range.fromMs = nowMs - hourMs;
        break;
    case Last24Hours:
        filter.range.fromMs = nowMs - 24 * hourMs;
        break;
    case Last7Days:
        filter.range.fromMs = nowMs - 7 * 24 * hourMs;
        break;
    case Last30Days:
        filter.range.fromMs = nowMs - 30 * 24 * hourMs;
        break;
    case CustomRange:
        if (m_fromMs > 0)
            filter.range.fromMs = m_fromMs;
        if (m_toMs > 0)
            filter.range.toMs = m_toMs;
        break;
    }
    filter.provider = m_provider;
    filter.model = m_model;
    filter.clientKeyId = m_clientKeyId;
    if (m_status == QLatin1String("errors"))
        filter.errorsOnly = true;
    else if (!m_status.isEmpty())
        filter.statusClass = m_status.at(0).digitValue();
    if (m_streamed != Any)
        filter.streamed = m_streamed == Yes;
    if (m_cacheHit != Any)
        filter.cacheHit = m_cacheHit == Yes;
    filter.text = m_searchText.trimmed();
    return filter;
}

QString CallLogFilter::keyName(const QString &keyId, const QString &fallbackHint) const
{
    if (keyId.isEmpty())
        return {};
    const auto key = m_keys.constFind(keyId);
    if (key != m_keys.cend() && (!key->label.isEmpty() || !key->hint.isEmpty()))
        return key->displayName();
    return !fallbackHint.isEmpty() ? fallbackHint : keyId;
}

void CallLogFilter::setLedger(LedgerReader *ledger)
{
    if (m_ledger == ledger)
        return;
    if (m_ledger)
        disconnect(m_ledger, nullptr, this, nullptr);
    m_ledger = ledger;
    if (m_ledger)
        connect(m_ledger, &LedgerReader::ledgerChanged, this, &CallLogFilter::reloadChoices);
    reloadChoices();
}

void CallLogFilter::reloadChoices()
{
    if (!m_ledger) {
        m_choicesQuery.cancel();
        applyChoices({});
        return;
    }
    m_choicesQuery.start(
        m_ledger,
        [](CallQueries &queries) {
            Choices choices;
            // All time: the rollup makes that cheap however long the ledger.
            choices.providers = groupKeys(queries.groupBy(TimeRange(), GroupBy::Provider));
            choices.error = queries.lastError();
            choices.models = groupKeys(queries.groupBy(TimeRange(), GroupBy::Model));
            if (choices.error.isEmpty())
                choices.error = queries.lastError();
            choices.keys = queries.clientKeys();
            return choices;
        },
        [this](const ReadResult<Choices> &result) {
            const QString error = !result.error.isEmpty() ? result.error : result.value.error;
            if (!error.isEmpty())
                Q_EMIT choicesFailed(error);
            else
                applyChoices(result.value);
        });
}

void CallLogFilter::noteValues(const QString &provider, const QString &model, const QString &keyId)
{
    if ((!provider.isEmpty() && !m_knownProviders.contains(provider))
        || (!model.isEmpty() && !m_knownModels.contains(model))
        || (!keyId.isEmpty() && !m_keys.contains(keyId))) {
        if (!m_choicesQuery.isRunning())
            reloadChoices();
    }
}

void CallLogFilter::applyChoices(const Choices &choices)
{
    m_knownProviders = QSet<QString>(choices.providers.cbegin(), choices.providers.cend());
    m_knownModels = QSet<QString>(choices.models.cbegin(), choices.models.cend());
    m_providerChoices = choiceList(tr("All providers"), choices.providers);
    m_modelChoices = choiceList(tr("All models"), choices.models);

    QHash<QString, ClientKey> keys;
    m_keyChoices = {choice(QString(), tr("All keys"))};
    for (const ClientKey &key : choices.keys) {
        keys.insert(key.keyId, key);
        m_keyChoices.append(choice(key.keyId, key.displayName()));
    }
    const bool namesChanged = std::any_of(keys.cbegin(), keys.cend(), [this](const ClientKey &k) {
        const ClientKey old = m_keys.value(k.keyId);
        return old.label != k.label || old.hint != k.hint;
    });
    m_keys = keys;
    Q_EMIT choicesChanged();
    if (namesChanged)
        Q_EMIT keyNamesChanged();
}
